// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "strategy.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace corral {

// One boundary of a schedule: the moment a strategy should be started or stopped.
struct ScheduleEvent
{
    enum class Action { Start, Stop };
    Action action = Action::Start;
    QDateTime at;   // the instant; compare as instants, the spec carries no meaning
    QTimeZone zone; // the zone of the window that produced it (for every-N the schedule's, or local)

    // "2026-11-23T09:20:00-05:00": wall time in `zone` and its offset, for messages and `corralctl status`.
    QString isoWithOffset() const;
    QString actionName() const; // "start" / "stop"
};

// Turns a Schedule into instants. Pure logic: the caller passes `now`, so every case (DST, holidays,
// zones far from the machine's) can be tested without a clock or a wait. The rules, in full, are in
// docs/design.md ("Schedules").
//
// Each window opens on every local date (in its own zone) whose weekday is listed and which is not a
// holiday, and closes at `stop` that day, or the next day when stop <= start. The schedule is the union
// of all those intervals: touching or overlapping windows make one interval, with no stop in between.
class ScheduleCalculator
{
public:
    explicit ScheduleCalculator(const Schedule &schedule);

    bool isEmpty() const;
    // open <= now < close for some occurrence. Always false for every-N schedules.
    bool isOpen(const QDateTime &now) const;
    // When the union interval containing `now` closes; nullopt when closed now (or open for good).
    std::optional<QDateTime> currentWindowEnd(const QDateTime &now) const;
    // The first boundary strictly after `now`; for every-N schedules the next tick (Start): the wall
    // times 00:00, N, 2N ... minutes after each local midnight in the schedule's zone.
    // nullopt when nothing will happen within the next ~400 days.
    std::optional<ScheduleEvent> nextEvent(const QDateTime &now) const;
    // The next `count` events after `from`, each found by nextEvent from the one before: what corrald's
    // timer will act on, for `corralctl schedule --preview` and the editor.
    QList<ScheduleEvent> upcoming(const QDateTime &from, int count) const;

    // Wall time in `zone` -> instant. In a DST gap: the first valid minute after the wall time (02:30 on a
    // spring-forward night is 03:00). In an overlap: the earlier of the two instants.
    static QDateTime localToInstant(const QDate &date, const QTime &time, const QTimeZone &zone);

private:
    struct Window
    {
        QList<int> days; // sorted, unique, 1..7
        QTime start;
        QTime stop;
        QTimeZone zone;
    };
    struct Interval
    {
        qint64 openMs = 0;
        qint64 closeMs = 0;
        int openWindow = 0;  // index into m_windows of the occurrence that opens it
        int closeWindow = 0; // ... and of the one that closes it
    };

    // Occurrences that open on local dates from two days before `nowMs` up to `daysAhead` after, merged.
    QList<Interval> unionAround(qint64 nowMs, int daysAhead) const;
    std::optional<ScheduleEvent> nextTick(qint64 nowMs) const;

    QList<Window> m_windows;
    QList<QDate> m_holidays; // sorted
    int m_everyMinutes = 0;
    QTimeZone m_everyZone;
};

} // namespace corral
