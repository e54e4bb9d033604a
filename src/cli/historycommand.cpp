// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "durationtext.h"
#include "history.h"
#include "output.h"
#include "session.h"

#include <QJsonArray>

namespace corral::cli {

namespace {

constexpr int DefaultCount = 20;

const QString CountOption = QStringLiteral("n");
const QString JsonOption = QStringLiteral("json");

const VerbSpec Spec{"history", "history NAME [-n N] [--json]",
                    QT_TRANSLATE_NOOP("corralctl", "Show what happened to a strategy, and why"), Names::One,
                    Corrald::Needed};

// One event per line: time, event, cause, detail. The words are the file's own, so scripts can rely on them.
QString eventLine(const HistoryEvent &e)
{
    QString detail = e.detail;
    if (e.runMs)
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" ")) +
                  QStringLiteral("after %1").arg(durationText(*e.runMs / 1000));
    return QStringLiteral("%1  %2 %3 %4")
        .arg(e.at.toString(Qt::ISODate), -13 - 12)
        .arg(kindName(e.kind), -13)
        .arg(causeName(e.cause), -9)
        .arg(detail)
        .trimmed();
}

class HistoryCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("Shows a strategy's last events, oldest first: each start, stop, exit (code or signal, "
                       "and how long it ran), restart and give-up, with its time and its cause (cli, window, "
                       "schedule, policy, adoption, process). corrald keeps the last %1 per strategy.")
            .arg(HistoryFile::Keep);
    }

    void addOptions(QCommandLineParser *parser) const override
    {
        parser->addOptions({
            QCommandLineOption(CountOption, Cli::tr("How many events (default %1).").arg(DefaultCount),
                               QStringLiteral("N")),
            QCommandLineOption(JsonOption, Cli::tr("Print a JSON array of events.")),
        });
    }

    QString check(const Invocation &call) override
    {
        if (!call.isSet(CountOption))
            return QString();
        bool ok = false;
        m_count = call.value(CountOption).toInt(&ok);
        if (!ok || m_count < 0)
            return Cli::tr("-n expects a whole number of events, not '%1'").arg(call.value(CountOption));
        return QString();
    }

    int run(Invocation &call) override
    {
        const std::optional<Response> response = call.session().call(
            protocol::Command::History, {{QStringLiteral("name"), call.name()}, {QStringLiteral("count"), m_count}});
        if (!response)
            return ExitFailure;
        const QJsonArray events = response->body.value(QLatin1String("events")).toArray();
        if (call.isSet(JsonOption)) {
            printOut(jsonText(events));
            return ExitOk;
        }
        QString text;
        for (const QJsonValue &value : events) {
            HistoryEvent e;
            QString error;
            if (!HistoryEvent::fromJson(value.toObject(), &e, &error))
                return fail(error);
            text += eventLine(e) + QLatin1Char('\n');
        }
        if (events.isEmpty())
            text = Cli::tr("No history yet for %1.").arg(call.name()) + QLatin1Char('\n');
        printOut(text);
        return ExitOk;
    }

private:
    int m_count = DefaultCount;
};

} // namespace

std::unique_ptr<Verb> makeHistoryCommand()
{
    return std::make_unique<HistoryCommand>();
}

} // namespace corral::cli
