// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "options.h"
#include "output.h"
#include "schedulejson.h"
#include "scheduletext.h"
#include "session.h"

#include <QJsonArray>

namespace corral::cli {

namespace {

const QString PreviewOption = QStringLiteral("preview");
const QString FromOption = QStringLiteral("from");
const QString CountOption = QStringLiteral("count");
const QString JsonOption = QStringLiteral("json");

const VerbSpec Spec{"schedule",
                    "schedule NAME --days DAYS --start HH:MM --stop HH:MM [--tz ZONE] | --every MIN [--tz ZONE] | "
                    "--clear | --preview [--from ISO-8601] [-n N] [--json]",
                    QT_TRANSLATE_NOOP("corralctl", "Set or preview a schedule"), Names::One, Corrald::Needed};

class ScheduleCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("Sets when corrald starts and stops a strategy by itself: a weekly window, or every MIN "
                       "minutes (from local midnight in the zone) for a one-shot job. Replaces the previous "
                       "schedule at once. With --preview, lists the next events of the schedule corrald has, "
                       "as corrald's own timer computes them.");
    }

    void addOptions(QCommandLineParser *parser) const override
    {
        addScheduleOptions(parser);
        parser->addOptions({
            QCommandLineOption(PreviewOption, Cli::tr("List the next starts and stops instead of setting.")),
            QCommandLineOption(FromOption,
                               Cli::tr("Preview from this instant (ISO 8601; without an offset, local time) "
                                       "instead of now."),
                               QStringLiteral("ISO-8601")),
            QCommandLineOption(QStringList{QStringLiteral("n"), CountOption},
                               Cli::tr("How many events to preview (default %1).").arg(protocol::DefaultPreviewEvents),
                               QStringLiteral("N")),
            QCommandLineOption(JsonOption, Cli::tr("Print the preview as a JSON array of {\"at\", \"action\"}.")),
        });
    }

    QString check(const Invocation &call) override
    {
        m_preview = call.isSet(PreviewOption);
        if (!m_preview) {
            for (const QString &option : {FromOption, CountOption, JsonOption}) {
                if (call.isSet(option))
                    return Cli::tr("--%1 goes with --preview").arg(option);
            }
            QString error;
            readScheduleOptions(call.options(), &m_schedule, &error);
            return error;
        }
        for (const char *option : {"days", "start", "stop", "tz", "every", "clear"}) {
            if (call.isSet(QLatin1String(option)))
                return Cli::tr("--preview shows the schedule corrald has: give it without --%1")
                    .arg(QLatin1String(option));
        }
        if (call.isSet(FromOption)) {
            const QString text = call.value(FromOption).trimmed();
            m_from = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!m_from.isValid())
                return Cli::tr("--from expects an ISO 8601 date and time such as 2026-12-01T09:00:00+05:30, not '%1'")
                    .arg(text);
        }
        if (call.isSet(CountOption)) {
            bool ok = false;
            m_count = call.value(CountOption).toInt(&ok);
            if (!ok || m_count < 1 || m_count > protocol::MaxPreviewEvents)
                return Cli::tr("-n expects a whole number of events from 1 to %1, not '%2'")
                    .arg(protocol::MaxPreviewEvents)
                    .arg(call.value(CountOption));
        }
        m_json = call.isSet(JsonOption);
        return QString();
    }

    int run(Invocation &call) override { return m_preview ? preview(call) : set(call); }

private:
    int set(Invocation &call)
    {
        const QString name = call.name();
        if (!call.session().call(
                protocol::Command::Schedule,
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("schedule"), scheduleToJson(m_schedule)}}))
            return ExitFailure;
        const QString zone = m_schedule.timeZone.isEmpty() ? Cli::tr("local time") : m_schedule.timeZone;
        if (m_schedule.isEmpty()) {
            printLine(Cli::tr("%1: schedule cleared").arg(name));
        } else if (m_schedule.everyMinutes > 0) {
            //: %1 strategy, %2 minutes, %3 the time zone or "local time".
            printLine(
                Cli::tr("%1: runs every %2 min from midnight, %3").arg(name).arg(m_schedule.everyMinutes).arg(zone));
        } else {
            const ScheduleWindow &window = m_schedule.windows.first();
            //: %1 strategy, %2 days as given to --days (mon,tue,...), %3-%4 start and stop time, %5 the time zone or
            //: "local time".
            printLine(Cli::tr("%1: runs %2 %3-%4 %5")
                          .arg(name, dayListText(window.days), clockTimeText(window.start), clockTimeText(window.stop),
                               window.timeZone.isEmpty() ? Cli::tr("local time") : window.timeZone));
        }
        return ExitOk;
    }

    int preview(Invocation &call)
    {
        const QString name = call.name();
        QJsonObject args{{QStringLiteral("name"), name}, {QStringLiteral("count"), m_count}};
        // As an instant with its offset: a local --from means this machine's zone, not corrald's idea of it.
        if (m_from.isValid())
            args.insert(QStringLiteral("from"), m_from.toUTC().toString(Qt::ISODateWithMs));
        const std::optional<Response> response = call.session().call(protocol::Command::Preview, args);
        if (!response)
            return ExitFailure;
        const QJsonArray events = response->body.value(QLatin1String("events")).toArray();
        if (m_json) {
            printOut(jsonText(events));
            return ExitOk;
        }
        if (events.isEmpty())
            printLine(Cli::tr("%1: nothing scheduled").arg(name));
        for (const QJsonValue &event : events) {
            const QJsonObject e = event.toObject();
            // Scripts read these lines: the instant and the action word, as in the JSON.
            printLine(e.value(QLatin1String("at")).toString() + QLatin1Char(' ') +
                      e.value(QLatin1String("action")).toString());
        }
        return ExitOk;
    }

    Schedule m_schedule;
    bool m_preview = false;
    bool m_json = false;
    QDateTime m_from;
    int m_count = protocol::DefaultPreviewEvents;
};

} // namespace

std::unique_ptr<Verb> makeScheduleCommand()
{
    return std::make_unique<ScheduleCommand>();
}

} // namespace corral::cli
