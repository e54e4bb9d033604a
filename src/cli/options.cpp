// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "options.h"

#include "output.h"
#include "scheduletext.h"
#include "timezoneids.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTime>

#include <cmath>
#include <limits>

namespace corral::cli {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

// Whole numbers only, with a lower bound; "12abc", "1.5" and "" are mistakes worth a usage error.
bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, std::optional<int> *out,
             QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum) {
        *error = minimum == 0
                     ? Cli::tr("--%1 expects a whole number of at least 0, not '%2'").arg(name, text)
                     : Cli::tr("--%1 expects a whole number of at least %3, not '%2'").arg(name, text).arg(minimum);
        return false;
    }
    *out = value;
    return true;
}

bool readIntAnySign(const QCommandLineParser &parser, const QString &name, std::optional<int> *out, QString *error)
{
    return readInt(parser, name, std::numeric_limits<int>::min(), out, error);
}

bool readKeyValues(const QStringList &items, const QString &option, QMap<QString, QString> *env, QString *error)
{
    for (const QString &item : items) {
        // `--env ""` clears the environment in `edit`.
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Cli::tr("--%1 expects KEY=VALUE, not '%2'").arg(option, item);
            return false;
        }
        env->insert(item.left(eq), item.mid(eq + 1));
    }
    return true;
}

bool readTime(const QCommandLineParser &parser, const QString &option, QTime *out, QString *error)
{
    const QString text = parser.value(option);
    if (!parseClockTime(text.trimmed(), out)) {
        *error = Cli::tr("--%1 expects a time of day as HH:MM, not '%2'").arg(option, text);
        return false;
    }
    return true;
}

} // namespace

QString strategyOptionsHelp()
{
    return Cli::tr("Environment values given with --secret-env are stored like --env but never shown by 'status'.");
}

void addStrategyOptions(QCommandLineParser *parser)
{
    // The defaults shown are the model's own, so the help cannot drift from what `add` stores.
    const Strategy defaults;
    parser->addOptions({
        valueOption(QStringLiteral("cwd"), Cli::tr("Working directory (add: default the current one)."),
                    QStringLiteral("DIR")),
        valueOption(QStringLiteral("env"),
                    Cli::tr("Environment variable, repeatable. Given to edit, replaces the whole "
                            "environment (--env \"\" empties it)."),
                    QStringLiteral("KEY=VALUE")),
        valueOption(QStringLiteral("secret-env"), Cli::tr("Like --env, but the value is never shown (API keys)."),
                    QStringLiteral("KEY=VALUE")),
        valueOption(QStringLiteral("env-file"),
                    Cli::tr("A dotenv file (KEY=VALUE lines) read at each start, under --env (\"\" clears)."),
                    QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("inherit-env"),
                           Cli::tr("Start from this shell's whole environment, captured now and stored in the "
                                   "config, rather than corrald's base environment alone.")),
        QCommandLineOption(QStringLiteral("no-inherit-env"), Cli::tr("Drop an environment kept by --inherit-env.")),
        //: %1 is the default mode, one of the three words before it; keep the words English.
        valueOption(
            QStringLiteral("restart"),
            Cli::tr("Restart policy: never, on-failure or always (default %1).").arg(restartModeName(defaults.restart)),
            QStringLiteral("MODE")),
        valueOption(
            QStringLiteral("max-restarts"),
            Cli::tr("Quick failures in a row before the state is 'failed' (default %1).").arg(defaults.maxRestarts),
            QStringLiteral("N")),
        valueOption(QStringLiteral("stop-timeout"),
                    Cli::tr("Seconds between the polite stop and the kill (default %1; fractions allowed).")
                        .arg(defaults.stopTimeoutMs / 1000.0),
                    QStringLiteral("SEC")),
        //: %1 is the default, one of the two words before it; keep the words English.
        valueOption(QStringLiteral("leftovers"),
                    Cli::tr("When the main process exits and others of it live on: follow them (the strategy stays "
                            "running until the last is gone) or kill them (default %1).")
                        .arg(leftoverModeName(defaults.leftovers)),
                    QStringLiteral("follow|kill")),
        valueOption(QStringLiteral("depends"),
                    Cli::tr("Strategies started before this one, comma separated (\"\" clears)."),
                    QStringLiteral("A,B")),
        valueOption(QStringLiteral("priority"),
                    Cli::tr("Higher starts earlier in 'start --all' (default %1).").arg(defaults.priority),
                    QStringLiteral("N")),
        valueOption(QStringLiteral("memory-mb"), Cli::tr("Memory limit in MiB (0: none)."), QStringLiteral("N")),
        valueOption(QStringLiteral("nofile"), Cli::tr("Open file limit, soft and hard (0: soft 1024, hard corrald's)."),
                    QStringLiteral("N")),
        valueOption(QStringLiteral("threads"), Cli::tr("Cap of OpenMP/BLAS/NumExpr/Numba thread pools (0: untouched)."),
                    QStringLiteral("N")),
        valueOption(QStringLiteral("log-max-mb"),
                    Cli::tr("Rotate the log at this size in MiB (default %1).").arg(defaults.logMaxMb),
                    QStringLiteral("N")),
        valueOption(QStringLiteral("log-backups"), Cli::tr("Rotated logs kept (default %1).").arg(defaults.logBackups),
                    QStringLiteral("N")),
    });
}

bool readStrategyOptions(const QCommandLineParser &parser, const QStringList &command, StrategyOptions *options,
                         QString *error)
{
    StrategyOptions o;
    if (parser.isSet(QStringLiteral("cwd"))) {
        const QString dir = parser.value(QStringLiteral("cwd"));
        if (dir.trimmed().isEmpty()) {
            *error = Cli::tr("--cwd expects a directory");
            return false;
        }
        o.workingDir = QDir::cleanPath(QDir::current().absoluteFilePath(dir));
    }

    const QStringList env = parser.values(QStringLiteral("env"));
    const QStringList secrets = parser.values(QStringLiteral("secret-env"));
    if (parser.isSet(QStringLiteral("env")) || parser.isSet(QStringLiteral("secret-env"))) {
        QMap<QString, QString> map;
        QMap<QString, QString> secretMap;
        if (!readKeyValues(env, QStringLiteral("env"), &map, error) ||
            !readKeyValues(secrets, QStringLiteral("secret-env"), &secretMap, error))
            return false;
        for (auto it = secretMap.cbegin(); it != secretMap.cend(); ++it)
            map.insert(it.key(), it.value());
        o.env = map;
        o.secretEnv = secretMap.keys();
    }

    if (parser.isSet(QStringLiteral("env-file"))) {
        const QString file = parser.value(QStringLiteral("env-file"));
        o.envFile = file.trimmed().isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(file));
    }
    if (parser.isSet(QStringLiteral("inherit-env")) && parser.isSet(QStringLiteral("no-inherit-env"))) {
        *error = Cli::tr("--inherit-env and --no-inherit-env exclude each other");
        return false;
    }
    if (parser.isSet(QStringLiteral("inherit-env"))) {
        const QProcessEnvironment mine = QProcessEnvironment::systemEnvironment();
        QMap<QString, QString> captured;
        const QStringList keys = mine.keys();
        for (const QString &key : keys)
            captured.insert(key, mine.value(key));
        // Run from inside a strategy, the cookie is that strategy's: corrald sets each one's own.
        captured.remove(QStringLiteral("CORRAL_STRATEGY_ID"));
        o.inheritedEnv = captured;
    } else if (parser.isSet(QStringLiteral("no-inherit-env"))) {
        o.inheritedEnv = QMap<QString, QString>();
    }

    if (parser.isSet(QStringLiteral("restart"))) {
        RestartMode mode;
        const QString text = parser.value(QStringLiteral("restart"));
        if (!parseRestartMode(text.trimmed(), &mode)) {
            *error = Cli::tr("--restart expects never, on-failure or always, not '%1'").arg(text);
            return false;
        }
        o.restart = mode;
    }

    if (parser.isSet(QStringLiteral("stop-timeout"))) {
        const QString text = parser.value(QStringLiteral("stop-timeout")).trimmed();
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        // A day is far beyond any sane grace period; the bound keeps the milliseconds inside an int.
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 86400) {
            *error = Cli::tr("--stop-timeout expects seconds (such as 5 or 0.5), not '%1'").arg(text);
            return false;
        }
        o.stopTimeoutMs = int(std::lround(seconds * 1000));
    }

    if (parser.isSet(QStringLiteral("leftovers"))) {
        LeftoverMode mode;
        const QString text = parser.value(QStringLiteral("leftovers"));
        if (!parseLeftoverMode(text.trimmed(), &mode)) {
            *error = Cli::tr("--leftovers expects follow or kill, not '%1'").arg(text);
            return false;
        }
        o.leftovers = mode;
    }

    if (parser.isSet(QStringLiteral("depends"))) {
        QStringList names;
        const QStringList parts =
            parser.values(QStringLiteral("depends")).join(QLatin1Char(',')).split(QLatin1Char(','));
        for (const QString &part : parts) {
            const QString name = part.trimmed();
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        o.dependencies = names;
    }

    if (!readInt(parser, QStringLiteral("max-restarts"), 0, &o.maxRestarts, error) ||
        !readIntAnySign(parser, QStringLiteral("priority"), &o.priority, error) ||
        !readInt(parser, QStringLiteral("memory-mb"), 0, &o.memoryMb, error) ||
        !readInt(parser, QStringLiteral("nofile"), 0, &o.openFiles, error) ||
        !readInt(parser, QStringLiteral("threads"), 0, &o.threads, error) ||
        !readInt(parser, QStringLiteral("log-max-mb"), 0, &o.logMaxMb, error) ||
        !readInt(parser, QStringLiteral("log-backups"), 0, &o.logBackups, error))
        return false;

    if (!command.isEmpty()) {
        if (command.first().trimmed().isEmpty()) {
            *error = Cli::tr("the program after '--' must not be empty");
            return false;
        }
        o.program = resolveProgram(command.first());
        o.args = command.mid(1);
    }
    *options = o;
    return true;
}

void applyStrategyOptions(const StrategyOptions &o, Strategy *s)
{
    if (o.workingDir)
        s->workingDir = *o.workingDir;
    if (o.env) {
        s->env = *o.env;
        s->secretEnv = o.secretEnv;
    }
    if (o.envFile)
        s->envFile = *o.envFile;
    if (o.inheritedEnv)
        s->inheritedEnv = *o.inheritedEnv;
    if (o.restart)
        s->restart = *o.restart;
    if (o.maxRestarts)
        s->maxRestarts = *o.maxRestarts;
    if (o.stopTimeoutMs)
        s->stopTimeoutMs = *o.stopTimeoutMs;
    if (o.leftovers)
        s->leftovers = *o.leftovers;
    if (o.dependencies)
        s->dependencies = *o.dependencies;
    if (o.priority)
        s->priority = *o.priority;
    if (o.memoryMb)
        s->memoryMb = *o.memoryMb;
    if (o.openFiles)
        s->maxOpenFiles = *o.openFiles;
    if (o.threads)
        s->threads = *o.threads;
    if (o.logMaxMb)
        s->logMaxMb = *o.logMaxMb;
    if (o.logBackups)
        s->logBackups = *o.logBackups;
    if (o.program) {
        s->program = *o.program;
        s->args = o.args;
    }
}

QString resolveProgram(const QString &program)
{
    const bool hasDirectory = program.contains(QLatin1Char('/')) || program.contains(QLatin1Char('\\'));
    if (hasDirectory)
        return QDir::cleanPath(QDir::current().absoluteFilePath(program));
    const QString found = QStandardPaths::findExecutable(program);
    // Not found: keep the name, so corrald's own error names what the user typed.
    return found.isEmpty() ? program : found;
}

void addScheduleOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        valueOption(QStringLiteral("days"),
                    Cli::tr("Days of the weekly window: mon,tue,... or ranges like mon-fri; also weekdays, "
                            "weekend, daily."),
                    QStringLiteral("DAYS")),
        valueOption(QStringLiteral("start"), Cli::tr("Start time of the window."), QStringLiteral("HH:MM")),
        valueOption(QStringLiteral("stop"),
                    Cli::tr("Stop time of the window (earlier than --start: crosses midnight)."),
                    QStringLiteral("HH:MM")),
        valueOption(QStringLiteral("tz"),
                    Cli::tr("IANA time zone of the window, or whose midnight --every counts from (default: local)."),
                    QStringLiteral("ZONE")),
        valueOption(QStringLiteral("every"), Cli::tr("Run a one-shot job every MIN minutes instead."),
                    QStringLiteral("MIN")),
        QCommandLineOption(QStringLiteral("clear"), Cli::tr("Remove the schedule.")),
    });
}

bool readScheduleOptions(const QCommandLineParser &parser, Schedule *schedule, QString *error)
{
    const bool clear = parser.isSet(QStringLiteral("clear"));
    const bool every = parser.isSet(QStringLiteral("every"));
    const bool zone = parser.isSet(QStringLiteral("tz"));
    // --tz goes with a window or with --every; alone it is a window missing its days and times.
    const bool window = parser.isSet(QStringLiteral("days")) || parser.isSet(QStringLiteral("start")) ||
                        parser.isSet(QStringLiteral("stop")) || (zone && !every);
    if (int(clear) + int(every) + int(window) != 1) {
        *error = Cli::tr("give one of: --days/--start/--stop [--tz], --every MIN [--tz] or --clear");
        return false;
    }
    Schedule result;
    QString zoneId;
    if (zone) {
        zoneId = parser.value(QStringLiteral("tz")).trimmed();
        if (!isKnownTimeZone(zoneId)) {
            const QStringList closest = closestTimeZones(zoneId);
            *error = closest.isEmpty()
                         ? Cli::tr("--tz: unknown time zone '%1' (use an IANA id such as Europe/Berlin)").arg(zoneId)
                         : Cli::tr("--tz: unknown time zone '%1' (did you mean %2?)")
                               .arg(zoneId, closest.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (every) {
        std::optional<int> minutes;
        if (!readInt(parser, QStringLiteral("every"), 1, &minutes, error))
            return false;
        result.everyMinutes = *minutes;
        result.timeZone = zoneId;
    }
    if (window) {
        for (const QString &required : {QStringLiteral("days"), QStringLiteral("start"), QStringLiteral("stop")}) {
            if (!parser.isSet(required)) {
                *error = Cli::tr("a weekly window needs --days, --start and --stop (--%1 is missing)").arg(required);
                return false;
            }
        }
        ScheduleWindow w;
        QString unknown;
        if (!parseDayList(parser.value(QStringLiteral("days")), &w.days, &unknown)) {
            *error = Cli::tr("--days: unknown day '%1' (use mon, tue, wed, thu, fri, sat, sun, ranges such as "
                             "mon-fri, or weekdays, weekend, daily)")
                         .arg(unknown);
            return false;
        }
        if (w.days.isEmpty()) {
            *error = Cli::tr("--days expects at least one day, such as mon-fri");
            return false;
        }
        if (!readTime(parser, QStringLiteral("start"), &w.start, error) ||
            !readTime(parser, QStringLiteral("stop"), &w.stop, error))
            return false;
        if (w.start == w.stop) {
            *error = Cli::tr("--start and --stop are both %1: the window would be empty").arg(clockTimeText(w.start));
            return false;
        }
        w.timeZone = zoneId;
        result.windows.append(w);
    }
    *schedule = result;
    return true;
}

} // namespace corral::cli
