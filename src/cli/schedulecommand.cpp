// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "options.h"
#include "output.h"
#include "schedulejson.h"
#include "scheduletext.h"
#include "session.h"

namespace corral::cli {

namespace {

const VerbSpec Spec{"schedule",
                    "schedule NAME --days DAYS --start HH:MM --stop HH:MM [--tz ZONE] | --every MIN | --clear",
                    QT_TRANSLATE_NOOP("corralctl", "Set a schedule"), Names::One, Corrald::Needed};

class ScheduleCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("Sets when corrald starts and stops a strategy by itself: a weekly window, or every MIN "
                       "minutes for a one-shot job. Replaces the previous schedule.");
    }

    void addOptions(QCommandLineParser *parser) const override { addScheduleOptions(parser); }

    QString check(const Invocation &call) override
    {
        QString error;
        readScheduleOptions(call.options(), &m_schedule, &error);
        return error;
    }

    int run(Invocation &call) override
    {
        const QString name = call.name();
        if (!call.session().call(
                protocol::Command::Schedule,
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("schedule"), scheduleToJson(m_schedule)}}))
            return ExitFailure;
        if (m_schedule.isEmpty()) {
            printLine(Cli::tr("%1: schedule cleared").arg(name));
        } else if (m_schedule.everyMinutes > 0) {
            printLine(Cli::tr("%1: runs every %2 min").arg(name).arg(m_schedule.everyMinutes));
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

private:
    Schedule m_schedule;
};

} // namespace

std::unique_ptr<Verb> makeScheduleCommand()
{
    return std::make_unique<ScheduleCommand>();
}

} // namespace corral::cli
