// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "clock.h"
#include "paths.h"
#include "protocol.h"
#include "schedulecalc.h"
#include "strategy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <memory>

namespace corral {

class RunnerRegistry;

// Acts on every strategy's schedule with one wall-clock timer armed for the next event across all of
// them: no polling. Level-triggered: at each evaluation a window that is open now and was not at the
// last one has opened (this is also the catch-up at corrald start), one that was open and is not has
// closed — so a clock jump or a sleep through a boundary is handled like any other evaluation.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    Scheduler(const RunnerRegistry &runners, const Paths &paths, Clock &clock, QObject *parent = nullptr);

    // Re-plans everything; called at start, when the config changes and whenever the timer fires.
    void evaluate();
    // Fills the schedule part of a status: `schedule`, `nextEvent` (with the window zone's offset; for
    // every-N the tick this scheduler planned) and `held` (a manual stop inside the current window).
    void describe(const Strategy &strategy, protocol::StrategyStatus *status) const;

    // The next `count` events of `strategy` after `from` (now when invalid): the calculation evaluate()
    // arms its timer with, for `corralctl schedule --preview`.
    QList<ScheduleEvent> preview(const Strategy &strategy, const QDateTime &from, int count) const;

    // A manual stop inside an open window holds the strategy until that window ends; a manual start
    // lifts the hold.
    void noteManualStop(const QString &name);
    void noteManualStart(const QString &name);

    // When the one timer is armed for; invalid when no schedule has a next event.
    QDateTime nextWakeUp() const { return m_wakeUpAt; }

signals:
    void message(const QString &text);

private:
    struct Track
    {
        Schedule schedule; // the one the rest was worked out for
        bool wasOpen = false;
        QDateTime nextTick; // every-N schedules
    };

    bool isHeld(const QString &name, const QDateTime &now) const;
    void clearHold(const QString &name);
    QString holdFile(const QString &name) const;

    const RunnerRegistry &m_runners;
    Paths m_paths;
    Clock &m_clock;
    QMap<QString, Track> m_tracks;
    std::unique_ptr<Alarm> m_wakeUp;
    QDateTime m_wakeUpAt;
};

} // namespace corral
