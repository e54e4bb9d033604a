// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "schedulecalc.h"

#include "timezoneids.h"
#include "utcoffset.h"

#include <algorithm>
#include <initializer_list>

namespace corral {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

// The widest gap on record is a whole day (Pacific/Apia skipped 2011-12-30); one more day of margin.
constexpr int MaxGapMinutes = 2 * 24 * 60;

// Look this many days ahead, growing only when nothing happens: most schedules answer in the first week,
// a window whose days are all holidays for months needs the long ones. The last reaches past ~400 days.
constexpr int SearchSpansDays[] = {7, 35, 140, 420};

QTimeZone zoneFor(const QString &id)
{
    const QTimeZone zone = timeZone(id);
    // Validation rejects unknown ids; one the OS lacks (an older tzdata) still runs, on the local clock
    // the user most likely meant, rather than not at all.
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Every instant that reads `wall` (a wall clock reading, carried as a UTC QDateTime) in `zone`, earliest
// first: none in a gap, two in an overlap. Offsets in effect a day either side cover every transition a
// wall time can fall near; an offset is right exactly when converting back reproduces the wall reading.
QList<qint64> instantsReading(const QDateTime &wall, const QTimeZone &zone)
{
    const qint64 wallMs = wall.toMSecsSinceEpoch();
    QList<qint64> found;
    for (const qint64 probeMs : {wallMs - DayMs, wallMs, wallMs + DayMs}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probeMs, Qt::UTC));
        const qint64 candidate = wallMs - qint64(offset) * 1000;
        const QDateTime back = QDateTime::fromMSecsSinceEpoch(candidate, zone);
        if (back.date() == wall.date() && back.time() == wall.time() && !found.contains(candidate))
            found.append(candidate);
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::optional<qint64> exactInstant(const QDateTime &wall, const QTimeZone &zone)
{
    const QList<qint64> found = instantsReading(wall, zone);
    return found.isEmpty() ? std::nullopt : std::optional<qint64>(found.first());
}

// A local reading as one number that orders like the wall clock: days and milliseconds since midnight.
qint64 wallOrdinal(const QDate &date, qint64 msOfDay)
{
    return date.toJulianDay() * DayMs + msOfDay;
}

} // namespace

QString ScheduleEvent::isoWithOffset() const
{
    return corral::isoWithOffset(zone.isValid() ? at.toTimeZone(zone) : at);
}

QString ScheduleEvent::actionName() const
{
    return action == Action::Start ? QStringLiteral("start") : QStringLiteral("stop");
}

ScheduleCalculator::ScheduleCalculator(const Schedule &schedule)
    : m_holidays(schedule.holidays), m_everyMinutes(qMax(0, schedule.everyMinutes)),
      m_everyZone(zoneFor(schedule.timeZone))
{
    std::sort(m_holidays.begin(), m_holidays.end());
    for (const ScheduleWindow &w : schedule.windows) {
        Window window;
        for (const int day : w.days) {
            if (day >= Qt::Monday && day <= Qt::Sunday && !window.days.contains(day))
                window.days.append(day);
        }
        window.start = QTime(w.start.hour(), w.start.minute(), w.start.second());
        window.stop = QTime(w.stop.hour(), w.stop.minute(), w.stop.second());
        window.zone = zoneFor(w.timeZone);
        // start == stop is rejected by validation; here it simply never opens.
        if (!window.days.isEmpty() && window.start.isValid() && window.stop.isValid() && window.start != window.stop)
            m_windows.append(window);
    }
}

bool ScheduleCalculator::isEmpty() const
{
    return m_windows.isEmpty() && m_everyMinutes == 0;
}

bool ScheduleCalculator::isOpen(const QDateTime &now) const
{
    if (m_everyMinutes > 0)
        return false;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QList<Interval> intervals = unionAround(nowMs, 1);
    return std::any_of(intervals.cbegin(), intervals.cend(),
                       [nowMs](const Interval &i) { return i.openMs <= nowMs && nowMs < i.closeMs; });
}

std::optional<QDateTime> ScheduleCalculator::currentWindowEnd(const QDateTime &now) const
{
    if (!isOpen(now))
        return std::nullopt;
    // While open, the first boundary after now is the end of the union interval holding now.
    const std::optional<ScheduleEvent> next = nextEvent(now);
    if (next && next->action == ScheduleEvent::Action::Stop)
        return next->at;
    return std::nullopt;
}

std::optional<ScheduleEvent> ScheduleCalculator::nextEvent(const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (m_everyMinutes > 0)
        return nextTick(nowMs);
    if (m_windows.isEmpty())
        return std::nullopt;

    for (const int span : SearchSpansDays) {
        // Occurrences not generated open on a local date after the span, so no earlier than this; a
        // boundary before it can neither be moved nor swallowed by them.
        const qint64 trustedBeforeMs = nowMs + (span - 2) * DayMs;
        for (const Interval &interval : unionAround(nowMs, span)) {
            if (interval.closeMs <= nowMs)
                continue;
            ScheduleEvent event;
            qint64 atMs = 0;
            if (interval.openMs > nowMs) {
                event.action = ScheduleEvent::Action::Start;
                event.zone = m_windows.at(interval.openWindow).zone;
                atMs = interval.openMs;
            } else {
                event.action = ScheduleEvent::Action::Stop;
                event.zone = m_windows.at(interval.closeWindow).zone;
                atMs = interval.closeMs;
            }
            if (atMs >= trustedBeforeMs)
                break;
            event.at = QDateTime::fromMSecsSinceEpoch(atMs, event.zone);
            return event;
        }
    }
    return std::nullopt;
}

QDateTime ScheduleCalculator::localToInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime wall(date, time, Qt::UTC);
    if (const std::optional<qint64> ms = exactInstant(wall, tz))
        return QDateTime::fromMSecsSinceEpoch(*ms, tz);

    // In a gap: transitions fall on whole minutes, so the first whole minute after the wall time that
    // exists is the moment the clocks jumped.
    const QDateTime wholeMinute(date, QTime(time.hour(), time.minute()), Qt::UTC);
    for (int minute = 1; minute <= MaxGapMinutes; ++minute) {
        if (const std::optional<qint64> ms = exactInstant(wholeMinute.addSecs(60 * minute), tz))
            return QDateTime::fromMSecsSinceEpoch(*ms, tz);
    }
    return QDateTime(date, time, tz); // no zone data behaves like this; let Qt decide
}

QList<ScheduleCalculator::Interval> ScheduleCalculator::unionAround(qint64 nowMs, int daysAhead) const
{
    struct Occurrence
    {
        qint64 openMs;
        qint64 closeMs;
        int window;
    };
    QList<Occurrence> occurrences;
    for (int i = 0; i < m_windows.size(); ++i) {
        const Window &w = m_windows.at(i);
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, w.zone).date();
        // A window lasts less than a day, so one that opened two local days ago has closed before now.
        for (QDate day = today.addDays(-2); day <= today.addDays(daysAhead); day = day.addDays(1)) {
            if (!w.days.contains(day.dayOfWeek()) || std::binary_search(m_holidays.cbegin(), m_holidays.cend(), day))
                continue;
            const qint64 openMs = localToInstant(day, w.start, w.zone).toMSecsSinceEpoch();
            const QDate closeDay = w.stop > w.start ? day : day.addDays(1);
            const qint64 closeMs = localToInstant(closeDay, w.stop, w.zone).toMSecsSinceEpoch();
            // Both ends inside one DST gap leave nothing to run.
            if (closeMs > openMs)
                occurrences.append({openMs, closeMs, i});
        }
    }
    std::sort(occurrences.begin(), occurrences.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.openMs != b.openMs ? a.openMs < b.openMs : a.window < b.window;
    });

    QList<Interval> merged;
    for (const Occurrence &o : occurrences) {
        // Touching intervals merge too: a stop and a start at the same instant would only bounce the process.
        if (!merged.isEmpty() && o.openMs <= merged.last().closeMs) {
            Interval &last = merged.last();
            if (o.closeMs > last.closeMs || (o.closeMs == last.closeMs && o.window < last.closeWindow)) {
                last.closeMs = o.closeMs;
                last.closeWindow = o.window;
            }
            continue;
        }
        merged.append({o.openMs, o.closeMs, o.window, o.window});
    }
    return merged;
}

std::optional<ScheduleEvent> ScheduleCalculator::nextTick(qint64 nowMs) const
{
    // Ticks are the wall times 00:00, N, 2N ... minutes after each local midnight (cron's */N; the day's
    // last interval is shorter when N does not divide a day), at every instant the zone's clock reads
    // one: twice in a fall-back overlap, and a tick inside a spring-forward gap at the moment the clocks
    // jump, as for windows. Wall times, not the epoch, so `--every 60` is on the hour in Kolkata too.
    const QTimeZone &zone = m_everyZone;
    const qint64 periodMs = qint64(m_everyMinutes) * MinuteMs;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    // How far the clocks go back before the next tick can be due (0 without a fall-back ahead): by that
    // much the next tick can read earlier on the wall than now does, and a tick later on the wall can
    // come first in time.
    const qint64 aheadMs = std::min(periodMs, DayMs) + DayMs;
    const qint64 backMs = std::max<qint64>(
        0, qint64(now.offsetFromUtc() - zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(nowMs + aheadMs, Qt::UTC))) *
               1000);
    // Scan wall times in order from now's reading less that shift until that shift past the first tick
    // found. The limit before anything is found covers a day-long gap.
    const qint64 nowWall = wallOrdinal(now.date(), now.time().msecsSinceStartOfDay());
    const qint64 fromWall = nowWall - backMs;
    qint64 untilWall = nowWall + 2 * DayMs + periodMs;
    std::optional<qint64> best;
    for (QDate day = QDate::fromJulianDay(floorDiv(fromWall, DayMs)); wallOrdinal(day, 0) <= untilWall;
         day = day.addDays(1)) {
        const qint64 dayStart = wallOrdinal(day, 0);
        const qint64 firstSlot = fromWall > dayStart ? (fromWall - dayStart + periodMs - 1) / periodMs : 0;
        for (qint64 slotMs = firstSlot * periodMs; slotMs < DayMs && dayStart + slotMs <= untilWall;
             slotMs += periodMs) {
            const QTime time = QTime::fromMSecsSinceStartOfDay(int(slotMs));
            QList<qint64> instants = instantsReading(QDateTime(day, time, Qt::UTC), zone);
            if (instants.isEmpty())
                instants = {localToInstant(day, time, zone).toMSecsSinceEpoch()};
            for (const qint64 at : std::as_const(instants)) {
                if (at > nowMs && (!best || at < *best)) {
                    best = at;
                    untilWall = std::min(untilWall, dayStart + slotMs + backMs);
                }
            }
        }
    }
    if (!best)
        return std::nullopt;
    ScheduleEvent event;
    event.action = ScheduleEvent::Action::Start;
    event.zone = zone;
    event.at = QDateTime::fromMSecsSinceEpoch(*best, zone);
    return event;
}

QList<ScheduleEvent> ScheduleCalculator::upcoming(const QDateTime &from, int count) const
{
    QList<ScheduleEvent> events;
    QDateTime at = from;
    while (events.size() < count) {
        const std::optional<ScheduleEvent> next = nextEvent(at);
        if (!next)
            break;
        events.append(*next);
        at = next->at;
    }
    return events;
}

} // namespace corral
