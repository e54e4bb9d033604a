// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "output.h"

#include "binarymode.h"
#include "durationtext.h"
#include "scheduletext.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QPair>
#include <QRegularExpression>

#include <cstdio>

namespace corral::cli {

namespace {

const QString none = QStringLiteral("-");

FILE *outStream = nullptr;
FILE *errStream = nullptr;

FILE *out()
{
    return outStream ? outStream : stdout;
}

FILE *err()
{
    return errStream ? errStream : stderr;
}

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Shows an argument so that it could be pasted back into a shell.
QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : none;
}

QString stateText(const protocol::StrategyStatus &status)
{
    QString text = protocol::stateName(status.state);
    if (status.adopted)
        text += QStringLiteral(" (adopted)");
    return text;
}

QString uptime(const protocol::StrategyStatus &status, const QDateTime &now)
{
    if (status.state != protocol::State::Running || !status.since.isValid())
        return none;
    return durationText(qMax<qint64>(0, status.since.secsTo(now)));
}

QString scheduleText(const Schedule &schedule)
{
    if (schedule.isEmpty())
        return none;
    QStringList parts;
    if (schedule.everyMinutes > 0)
        //: Part of the schedule row: a repeating job every %1 minutes.
        parts << Cli::tr("every %1 min").arg(schedule.everyMinutes) + QLatin1Char(' ') +
                     (schedule.timeZone.isEmpty() ? Cli::tr("local time") : schedule.timeZone);
    for (const ScheduleWindow &window : schedule.windows) {
        parts << QStringLiteral("%1 %2-%3 %4")
                     .arg(dayListText(window.days), clockTimeText(window.start), clockTimeText(window.stop),
                          window.timeZone.isEmpty() ? Cli::tr("local time") : window.timeZone);
    }
    if (!schedule.holidays.isEmpty())
        parts << Cli::tr("except %n holiday dates", nullptr, int(schedule.holidays.size()));
    return parts.join(QStringLiteral("; "));
}

using Rows = QList<QPair<QString, QString>>;

void addRow(Rows *rows, const QString &label, const QString &value)
{
    rows->append({label + QLatin1Char(':'), value});
}

// Values line up after the longest label (translated labels can be longer than the English ones).
QString alignedRows(const Rows &rows)
{
    int width = 13;
    for (const auto &row : rows)
        width = qMax(width, int(row.first.size()));
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  %1 %2\n").arg(row.first, -width).arg(row.second);
    return text;
}

} // namespace

void redirectOutput(FILE *outFile, FILE *errFile)
{
    outStream = outFile;
    errStream = errFile;
}

void printOut(const QString &text)
{
    write(out(), text);
}

void printErr(const QString &text)
{
    write(err(), text);
}

void printLine(const QString &text)
{
    write(out(), text + QLatin1Char('\n'));
}

void writeRaw(const QByteArray &bytes)
{
    const BinaryMode untranslated(out());
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out());
}

int fail(const QString &message)
{
    printErr(QStringLiteral("corralctl: %1\n").arg(message));
    return ExitFailure;
}

int usageError(const QString &verb, const QString &message)
{
    const QString help =
        verb.isEmpty() ? QStringLiteral("corralctl --help") : QStringLiteral("corralctl %1 --help").arg(verb);
    //: Second line of a usage error; %1 is a command such as "corralctl add --help".
    printErr(QStringLiteral("corralctl: %1\n").arg(message) + Cli::tr("Try '%1'.").arg(help) + QLatin1Char('\n'));
    return ExitUsage;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString statusTable(const QList<protocol::StrategyStatus> &statuses, const QDateTime &now)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("NAME"),      QStringLiteral("STATE"),    QStringLiteral("PID"),
                        QStringLiteral("UPTIME"),    QStringLiteral("RESTARTS"), QStringLiteral("EXIT"),
                        QStringLiteral("LAST ERROR")};
    for (const protocol::StrategyStatus &s : statuses) {
        const std::optional<qint64> exitCode = s.exitCode ? std::optional<qint64>(*s.exitCode) : std::nullopt;
        rows << QStringList{s.name,
                            stateText(s),
                            optionalNumber(s.pid),
                            uptime(s, now),
                            QString::number(s.restarts),
                            optionalNumber(exitCode),
                            s.lastError.isEmpty() ? QString() : s.lastError};
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths.at(c), int(row.at(c).size()));
    }
    QString text;
    for (const QStringList &row : rows) {
        // No trailing blanks: they only get in the way of grep and diff.
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c) + 2) : row.at(c);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString statusBlock(const protocol::StrategyStatus &status, const Strategy *config, const QString &logFile,
                    const QDateTime &now)
{
    // Labels are for people (scripts use --json); the state word stays the contract word.
    Rows rows;
    //: Labels of `corralctl status NAME` (lower case in English), aligned in a column; keep them short. The values
    //: (running, stopped, on-failure, ...) stay English.
    addRow(&rows, Cli::tr("state"), stateText(status));
    addRow(&rows, Cli::tr("pid"), optionalNumber(status.pid));
    QString since = status.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (status.since.isValid())
        since += QLatin1Char(' ') + Cli::tr("(%1 ago)").arg(durationText(qMax<qint64>(0, status.since.secsTo(now))));
    addRow(&rows, Cli::tr("since"), since);
    addRow(&rows, Cli::tr("restarts"), QString::number(status.restarts));
    addRow(&rows, Cli::tr("exit code"), status.exitCode ? QString::number(*status.exitCode) : none);
    addRow(&rows, Cli::tr("last error"), status.lastError.isEmpty() ? none : status.lastError);
    if (!status.lastExit.isEmpty())
        //: Row "last exit" of `corralctl status`: how the last run ended ("stopped (SIGTERM)", "exited with code 3").
        addRow(&rows, Cli::tr("last exit"), status.lastExit);
    const auto percent = [](const std::optional<double> &p) {
        return p ? QString::number(*p, 'f', 1) + QLatin1Char('%') : none;
    };
    if (status.uptime24h || status.uptime7d)
        //: Row "uptime" of `corralctl status`: the share of the last 24 hours and 7 days it was running.
        addRow(&rows, Cli::tr("uptime"),
               Cli::tr("%1 of the last 24 h, %2 of the last 7 d")
                   .arg(percent(status.uptime24h), percent(status.uptime7d)));
    if (status.nextEvent) {
        const QString at = status.nextEvent->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString text;
        if (status.nextEvent->action == ScheduleEvent::Action::Start)
            //: Row "next" of `corralctl status`: the schedule starts the strategy at this date and time.
            text = Cli::tr("start at %1").arg(at);
        else
            //: Row "next" of `corralctl status`: the schedule stops the strategy at this date and time.
            text = Cli::tr("stop at %1").arg(at);
        addRow(&rows, Cli::tr("next"), text);
    }
    if (status.nextTry.isValid())
        //: Row "next try" of `corralctl status`: in backoff, the restart policy starts it again at this time.
        addRow(&rows, Cli::tr("next try"),
               status.nextTry.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (status.mainExited)
        //: Row "following" of `corralctl status`: the main process exited, others of the strategy still run.
        addRow(&rows, Cli::tr("following"),
               Cli::tr("main process exited; following pid %1 (%n process(es) left)", nullptr, status.processes)
                   .arg(status.following.value_or(0)));
    if (status.held)
        //: Row label: the strategy is held (kept stopped) despite its schedule.
        addRow(&rows, Cli::tr("held"),
               Cli::tr("stopped by hand inside its window; the schedule starts it again in the next window"));

    if (config) {
        QStringList command{shellQuoted(config->program)};
        for (const QString &arg : config->args)
            command << shellQuoted(arg);
        addRow(&rows, Cli::tr("command"), command.join(QLatin1Char(' ')));
        addRow(&rows, Cli::tr("cwd"),
               config->workingDir.isEmpty() ? Cli::tr("(home directory)")
                                            : QDir::toNativeSeparators(config->workingDir));
        QStringList env;
        for (auto it = config->env.cbegin(); it != config->env.cend(); ++it) {
            const bool secret = config->secretEnv.contains(it.key());
            env << it.key() + QLatin1Char('=') + (secret ? QStringLiteral("********") : shellQuoted(it.value()));
        }
        addRow(&rows, Cli::tr("env"), env.isEmpty() ? none : env.join(QLatin1Char(' ')));
        // %1 is the mode as --restart takes it (never, on-failure, always).
        addRow(&rows, Cli::tr("restart"),
               //: %1 is the restart mode as --restart takes it (never, on-failure, always); keep it English.
               Cli::tr("%1, at most %2 quick failures, stop timeout %3 s")
                   .arg(restartModeName(config->restart))
                   .arg(config->maxRestarts)
                   .arg(config->stopTimeoutMs / 1000.0));
        addRow(&rows, Cli::tr("priority"), QString::number(config->priority));
        addRow(&rows, Cli::tr("depends on"),
               config->dependencies.isEmpty() ? none : config->dependencies.join(QStringLiteral(", ")));
        QStringList limits;
        if (config->memoryMb > 0)
            limits << Cli::tr("memory %1 MiB").arg(config->memoryMb);
        if (config->maxOpenFiles > 0)
            limits << Cli::tr("%n open files", nullptr, config->maxOpenFiles);
        if (config->threads > 0)
            limits << Cli::tr("%n threads", nullptr, config->threads);
        addRow(&rows, Cli::tr("limits"), limits.isEmpty() ? none : limits.join(QStringLiteral(", ")));
        addRow(&rows, Cli::tr("schedule"), scheduleText(config->schedule));
        addRow(&rows, Cli::tr("log"),
               Cli::tr("%1 (rotated at %2 MiB, %3 kept)")
                   .arg(QDir::toNativeSeparators(logFile))
                   .arg(config->logMaxMb)
                   .arg(config->logBackups));
    } else {
        addRow(&rows, Cli::tr("log"), QDir::toNativeSeparators(logFile));
    }
    return status.name + QLatin1Char('\n') + alignedRows(rows);
}

bool printActionResults(const QList<ActionResult> &results, const QList<protocol::StrategyStatus> &statuses)
{
    QHash<QString, qint64> pids;
    for (const protocol::StrategyStatus &status : statuses) {
        if (status.pid)
            pids.insert(status.name, *status.pid);
    }
    const auto withPid = [&pids](const QString &text, const QString &name) {
        return pids.contains(name) ? QStringLiteral("%1 (pid %2)").arg(text).arg(pids.value(name)) : text;
    };

    // A corrald that sends no results still says where each strategy ended up.
    if (results.isEmpty()) {
        for (const protocol::StrategyStatus &status : statuses)
            printOut(
                QStringLiteral("%1: %2\n").arg(status.name, withPid(protocol::stateName(status.state), status.name)));
        return false;
    }
    bool failed = false;
    for (const ActionResult &result : results) {
        const QString &name = result.name;
        QString message = result.message;
        // Some messages already name the strategy ("bot: program ... does not exist"); say it once.
        if (message.startsWith(name + QLatin1String(": ")))
            message = message.mid(name.size() + 2);
        QString text;
        switch (result.result) {
        case ActionResult::Result::Failed:
            failed = true;
            printErr(QStringLiteral("%1: %2\n").arg(name, message.isEmpty() ? QStringLiteral("failed") : message));
            continue;
        case ActionResult::Result::Started:
        case ActionResult::Result::Restarted:
            text = withPid(ActionResult::resultName(result.result), name);
            break;
        case ActionResult::Result::AlreadyRunning:
            text = withPid(QStringLiteral("already running"), name);
            break;
        case ActionResult::Result::NotRunning:
            text = QStringLiteral("not running");
            break;
        case ActionResult::Result::Stopped:
            text = QStringLiteral("stopped");
            break;
        }
        // corrald may restate the result ("started (pid 42)"); only news is worth a second clause.
        static const QRegularExpression restatement(
            QStringLiteral("^(started|restarted|already running|stopped|not running)( \\(pid \\d+\\))?$"));
        if (!message.isEmpty() && !restatement.match(message).hasMatch())
            text += QStringLiteral("; ") + message;
        printOut(QStringLiteral("%1: %2\n").arg(name, text));
    }
    return failed;
}

} // namespace corral::cli
