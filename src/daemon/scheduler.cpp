// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "scheduler.h"

#include "configstore.h"
#include "runnerregistry.h"
#include "schedulecalc.h"
#include "strategyrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace corral {

Scheduler::Scheduler(const RunnerRegistry &runners, const Paths &paths, Clock &clock, QObject *parent)
    : QObject(parent), m_runners(runners), m_paths(paths), m_clock(clock)
{
}

QString Scheduler::holdFile(const QString &name) const
{
    return m_paths.runDir() + QLatin1Char('/') + name + QStringLiteral(".hold");
}

bool Scheduler::isHeld(const QString &name, const QDateTime &now) const
{
    QFile f(holdFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QDateTime until = QDateTime::fromString(QString::fromUtf8(f.readAll()).trimmed(), Qt::ISODateWithMs);
    return until.isValid() && now < until;
}

void Scheduler::clearHold(const QString &name)
{
    QFile::remove(holdFile(name));
}

void Scheduler::noteManualStop(const QString &name)
{
    const StrategyRunner *runner = m_runners.findRunner(name);
    if (!runner)
        return;
    const QDateTime now = m_clock.nowUtc();
    const std::optional<QDateTime> end = ScheduleCalculator(runner->strategy().schedule).currentWindowEnd(now);
    if (!end)
        return;
    // On disk, so that a corrald restarted inside the same window does not undo the user's stop.
    QSaveFile f(holdFile(name));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(end->toUTC().toString(Qt::ISODateWithMs).toUtf8());
        f.commit();
    }
    emit message(
        QStringLiteral("%1 stopped by hand inside its window: held until %2").arg(name, end->toString(Qt::ISODate)));
}

void Scheduler::noteManualStart(const QString &name)
{
    clearHold(name);
}

void Scheduler::evaluate()
{
    const QDateTime now = m_clock.nowUtc();
    QDateTime earliest;
    const auto consider = [&earliest](const QDateTime &when) {
        if (when.isValid() && (!earliest.isValid() || when < earliest))
            earliest = when;
    };

    QMap<QString, Track> tracks;
    for (const QString &name : m_runners.names()) {
        StrategyRunner *runner = m_runners.findRunner(name);
        const Schedule &schedule = runner->strategy().schedule;
        if (schedule.isEmpty())
            continue;
        const ScheduleCalculator calc(schedule);
        Track track = m_tracks.value(name);
        // A new schedule replaces the old one at once: the tick planned for the old one is forgotten.
        // wasOpen stays, so a window open under both neither restarts nor stops the strategy.
        if (!(track.schedule == schedule))
            track.nextTick = QDateTime();
        track.schedule = schedule;
        QString outcome;

        if (schedule.everyMinutes > 0) {
            if (track.nextTick.isValid() && now >= track.nextTick) {
                if (runner->isLive()) {
                    runner->recorder().note(HistoryEvent::Kind::Schedule, HistoryEvent::Cause::Schedule,
                                            QStringLiteral("still running at its tick: not started twice"));
                    emit message(QStringLiteral("%1 is still running at its %2-minute tick: not started twice")
                                     .arg(name)
                                     .arg(schedule.everyMinutes));
                } else {
                    runner->start(&outcome, HistoryEvent::Cause::Schedule);
                    emit message(QStringLiteral("schedule: %1 %2").arg(name, outcome));
                }
                track.nextTick = QDateTime();
            }
            if (!track.nextTick.isValid()) {
                const auto next = calc.nextEvent(now);
                track.nextTick = next ? next->at : QDateTime();
            }
            consider(track.nextTick);
        } else {
            const bool open = calc.isOpen(now);
            if (open && !track.wasOpen) {
                if (isHeld(name, now)) {
                    runner->recorder().note(HistoryEvent::Kind::Schedule, HistoryEvent::Cause::Schedule,
                                            QStringLiteral("window opened; held by a stop by hand: not started"));
                    emit message(QStringLiteral("%1 was stopped by hand in this window: not started").arg(name));
                } else if (!runner->isLive()) {
                    runner->start(&outcome, HistoryEvent::Cause::Schedule);
                    emit message(QStringLiteral("schedule: %1 %2 (window opened)").arg(name, outcome));
                }
            } else if (!open && track.wasOpen) {
                clearHold(name);
                if (runner->state() != protocol::State::Stopped) {
                    emit message(QStringLiteral("schedule: stopping %1 (window closed)").arg(name));
                    runner->stop([](ActionOutcome, const QString &) {}, HistoryEvent::Cause::Schedule);
                }
            }
            track.wasOpen = open;
            if (const auto next = calc.nextEvent(now))
                consider(next->at);
        }
        tracks.insert(name, track);
    }
    m_tracks = tracks;

    m_wakeUpAt = earliest;
    m_wakeUp.reset();
    if (earliest.isValid()) {
        m_wakeUp = m_clock.at(earliest, [this](Clock::Wake wake) {
            if (wake == Clock::Wake::ClockSet)
                emit message(QStringLiteral("the system clock changed: re-planning schedules"));
            evaluate();
        });
    }
}

QList<ScheduleEvent> Scheduler::preview(const Strategy &strategy, const QDateTime &from, int count) const
{
    return ScheduleCalculator(strategy.schedule).upcoming(from.isValid() ? from : m_clock.nowUtc(), count);
}

void Scheduler::describe(const Strategy &strategy, protocol::StrategyStatus *status) const
{
    status->schedule.reset();
    status->nextEvent.reset();
    if (!strategy.schedule.isEmpty()) {
        status->schedule = strategy.schedule;
        std::optional<ScheduleEvent> event = ScheduleCalculator(strategy.schedule).nextEvent(m_clock.nowUtc());
        const Track track = m_tracks.value(strategy.name);
        if (event && strategy.schedule.everyMinutes > 0 && track.schedule == strategy.schedule &&
            track.nextTick.isValid())
            event->at = track.nextTick.toTimeZone(event->zone);
        status->nextEvent = event;
    }
    status->held = isHeld(strategy.name, m_clock.nowUtc());
}

} // namespace corral
