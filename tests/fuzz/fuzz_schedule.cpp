// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Arbitrary bytes as the "schedule" of a strategy.
//
// The input is spliced into {"name":"x","program":"/bin/true","schedule": <input>} and read with
// strategyFromJson, as the config file and the IPC `schedule` command read it. A schedule that validates is
// handed to ScheduleCalculator and questioned at instants derived from the input: a hash of it picks a base
// instant, and the rest sit on the schedule's own boundaries and on its zones' DST transitions, where the
// arithmetic is hard. The answers must agree with each other:
// - nextEvent(now) is strictly after now; while open it is the Stop that currentWindowEnd reports, while
//   closed a Start; the schedule is open just after a Start and closed just after a Stop, not the reverse just
//   before; asking again from anywhere before the event gives the same event; events alternate;
// - every-N ticks are whole periods from the epoch and less than a period away;
// - localToInstant gives the earliest instant that reads the wall time, or when none does (a DST gap) the
//   first whole minute after it that exists.
// The machine's zone is pinned to Europe/Berlin so that windows without "tz" meet DST too.

#include "configstore.h"
#include "schedulecalc.h"
#include "timezoneids.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace corral;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;
// Onto a boundary, and off it by the least that can change an answer.
constexpr qint64 Nudges[] = {0, -1, 1, -MinuteMs};

[[noreturn]] void fail(const char *why, const QDateTime &at = QDateTime())
{
    fprintf(stderr, "fuzz_schedule: invariant broken: %s", why);
    if (at.isValid())
        fprintf(stderr, " (at %s = %lld ms)", qPrintable(at.toUTC().toString(Qt::ISODateWithMs)),
                static_cast<long long>(at.toMSecsSinceEpoch()));
    fprintf(stderr, "\n");
    __builtin_trap();
}

void check(bool condition, const char *why, const QDateTime &at = QDateTime())
{
    if (!condition)
        fail(why, at);
}

// splitmix64: a few well-spread numbers from one hash of the input.
class Random
{
public:
    explicit Random(const uint8_t *data, size_t size)
    {
        m_state = 0xcbf29ce484222325ull; // FNV-1a
        for (size_t i = 0; i < size; ++i)
            m_state = (m_state ^ data[i]) * 0x100000001b3ull;
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }

private:
    quint64 m_state;
};

QTimeZone zoneOf(const ScheduleWindow &window)
{
    return timeZone(window.timeZone);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

bool sameEvent(const std::optional<ScheduleEvent> &a, const std::optional<ScheduleEvent> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->action == b->action && a->at == b->at;
}

// ---- localToInstant ----------------------------------------------------------------------------

// Every instant that reads `wall` (whole minutes, carried as a UTC QDateTime) in `zone`, found from the
// zone's transition list rather than by probing like the code under test does.
QList<qint64> instantsReading(const QDateTime &wall, const QTimeZone &zone)
{
    const qint64 wallMs = wall.toMSecsSinceEpoch();
    QList<int> offsets = {zone.offsetFromUtc(utc(wallMs - 3 * DayMs)), zone.offsetFromUtc(utc(wallMs + 3 * DayMs))};
    for (const QTimeZone::OffsetData &t : zone.transitions(utc(wallMs - 3 * DayMs), utc(wallMs + 3 * DayMs)))
        offsets.append(t.offsetFromUtc);
    QList<qint64> found;
    for (const int offset : offsets) {
        const qint64 candidate = wallMs - qint64(offset) * 1000;
        const QDateTime back = QDateTime::fromMSecsSinceEpoch(candidate, zone);
        if (back.date() == wall.date() && back.time() == wall.time() && !found.contains(candidate))
            found.append(candidate);
    }
    std::sort(found.begin(), found.end());
    return found;
}

void checkLocalToInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || date.year() < 1800 || date.year() > 2400)
        return;
    const QDateTime result = ScheduleCalculator::localToInstant(date, time, zone);
    check(result.isValid(), "localToInstant gave an invalid instant");
    const QDateTime wall(date, time, Qt::UTC);
    const QList<qint64> exact = instantsReading(wall, zone);
    if (!exact.isEmpty()) {
        if (result.toMSecsSinceEpoch() != exact.first()) {
            fprintf(stderr, "wall %s in %s: got %lld, expected %lld\n", qPrintable(wall.toString(Qt::ISODate)),
                    zone.id().constData(), static_cast<long long>(result.toMSecsSinceEpoch()),
                    static_cast<long long>(exact.first()));
            fail("localToInstant is not the earliest instant reading the wall time", result);
        }
        return;
    }
    // A gap: the first whole minute after the wall time that exists.
    const QDateTime got = result.toTimeZone(zone);
    const QDateTime gotWall(got.date(), got.time(), Qt::UTC);
    const qint64 forwardMs = wall.msecsTo(gotWall);
    if (forwardMs <= 0 || forwardMs > 2 * DayMs + MinuteMs) {
        fprintf(stderr, "wall %s in %s: got wall %s\n", qPrintable(wall.toString(Qt::ISODate)), zone.id().constData(),
                qPrintable(gotWall.toString(Qt::ISODate)));
        fail("localToInstant of a gap time is not shortly after it", result);
    }
    check(gotWall.time().second() == 0 && gotWall.time().msec() == 0,
          "localToInstant of a gap time is not a whole minute", result);
    const QDateTime firstMinute(date, QTime(time.hour(), time.minute()), Qt::UTC);
    for (QDateTime minute = firstMinute.addSecs(60); minute < gotWall; minute = minute.addSecs(60)) {
        if (!instantsReading(minute, zone).isEmpty()) {
            fprintf(stderr, "wall %s in %s: got wall %s, but %s exists\n", qPrintable(wall.toString(Qt::ISODate)),
                    zone.id().constData(), qPrintable(gotWall.toString(Qt::ISODate)),
                    qPrintable(minute.toString(Qt::ISODate)));
            fail("localToInstant of a gap time skipped an existing minute", result);
        }
    }
}

// ---- The calculator ----------------------------------------------------------------------------

// Ticks are the wall times N, 2N ... minutes after local midnight in the schedule's zone, or the jump of a
// gap that swallowed one.
void checkEveryN(const ScheduleCalculator &calc, const Schedule &schedule, const QDateTime &now)
{
    const qint64 periodMs = qint64(schedule.everyMinutes) * MinuteMs;
    const QTimeZone zone = timeZone(schedule.timeZone);
    check(!calc.isOpen(now), "an every-N schedule is open", now);
    check(!calc.currentWindowEnd(now), "an every-N schedule has a window end", now);
    const std::optional<ScheduleEvent> tick = calc.nextEvent(now);
    check(tick.has_value(), "an every-N schedule has no next tick", now);
    check(tick->action == ScheduleEvent::Action::Start, "an every-N tick is not a start", now);
    const qint64 atMs = tick->at.toMSecsSinceEpoch();
    check(atMs > now.toMSecsSinceEpoch(), "an every-N tick is not after now", now);
    // A period of wall time at most (a day when the period is longer), and a day-long gap on top.
    check(atMs - now.toMSecsSinceEpoch() <= std::min(periodMs, DayMs) + DayMs,
          "an every-N tick is more than a period away", now);
    const QTime wall = tick->at.toTimeZone(zone).time();
    const bool onSlot =
        wall.second() == 0 && wall.msec() == 0 && (wall.hour() * 60 + wall.minute()) % schedule.everyMinutes == 0;
    const bool atJump = zone.offsetFromUtc(utc(atMs - 1)) != zone.offsetFromUtc(utc(atMs));
    check(onSlot || atJump, "an every-N tick is neither a multiple of N from midnight nor a clock jump", now);
    check(sameEvent(calc.nextEvent(utc(atMs - 1)), tick), "the tick is not the next one a moment before it", now);
}

void checkWindows(const ScheduleCalculator &calc, const QDateTime &now)
{
    const bool open = calc.isOpen(now);
    const std::optional<QDateTime> end = calc.currentWindowEnd(now);
    const std::optional<ScheduleEvent> next = calc.nextEvent(now);

    if (end) {
        check(open, "closed, yet a window end", now);
        check(*end > now, "the window end is not after now", now);
        check(next && next->action == ScheduleEvent::Action::Stop && next->at == *end,
              "the window end is not the next event", now);
    }
    if (!next)
        return; // nothing within the horizon, or open for good
    check(next->at.isValid(), "the next event is an invalid time", now);
    check(next->at > now, "the next event is not after now", now);
    check(!next->isoWithOffset().isEmpty(), "the next event prints as nothing", now);
    if (open) {
        check(next->action == ScheduleEvent::Action::Stop, "open, yet the next event is a start", now);
        check(end.has_value(), "open with a stop ahead, yet no window end", now);
    } else {
        check(next->action == ScheduleEvent::Action::Start, "closed, yet the next event is a stop", now);
    }

    const QDateTime at = next->at;
    const bool starts = next->action == ScheduleEvent::Action::Start;
    check(calc.isOpen(at) == starts, "the state after an event is not what the event says", at);
    check(calc.isOpen(at.addMSecs(-1)) == !starts, "the state before an event is not the opposite", at);

    // Nothing happens between now and the event, so asking from anywhere in between gives the same answer.
    const qint64 gapMs = now.msecsTo(at);
    check(sameEvent(calc.nextEvent(now.addMSecs(gapMs / 2)), next), "the next event moves when asked later", now);
    check(sameEvent(calc.nextEvent(at.addMSecs(-1)), next), "the next event moves when asked just before it", at);

    const std::optional<ScheduleEvent> after = calc.nextEvent(at);
    if (after) {
        check(after->at > at, "the event after an event is not later", at);
        check(after->action != next->action, "two events in a row do the same thing", at);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setenv("TZ", "Europe/Berlin", 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArrayLiteral("{\"name\":\"x\",\"program\":\"/bin/true\",\"schedule\": ") +
                            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)) + '}';
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    Strategy strategy;
    if (!strategyFromJson(document.object(), &strategy, nullptr) || !validation::checkStrategy(strategy).isEmpty())
        return 0;

    const Schedule &schedule = strategy.schedule;
    // Each question costs O(windows x days searched); a handful of windows already meet every case.
    if (schedule.windows.size() > 6)
        return 0;
    const ScheduleCalculator calc(schedule);
    check(calc.isEmpty() == schedule.isEmpty(), "a valid schedule lost or gained windows");
    if (calc.isEmpty())
        return 0;

    Random random(data, size);
    // Mostly this century and the next; now and then far out, where zones run on LMT or on POSIX rules.
    const qint64 spanMs = random.below(4) == 0 ? 450ll * 365 * DayMs : 130ll * 365 * DayMs;
    const qint64 originMs = random.below(4) == 0 ? -150ll * 365 * DayMs : 0;
    const qint64 baseMs = originMs + random.below(spanMs);

    QList<QDateTime> instants = {utc(baseMs)};
    for (const ScheduleWindow &window : schedule.windows) {
        const QTimeZone zone = zoneOf(window);
        // The window's own boundaries on a day near the base, and a hair either side.
        const QDate day = utc(baseMs).toTimeZone(zone).date().addDays(random.below(10) - 2);
        for (const QTime &time : {window.start, window.stop}) {
            const QDateTime boundary = ScheduleCalculator::localToInstant(day, time, zone);
            instants.append(boundary.toUTC().addMSecs(Nudges[random.below(std::size(Nudges))]));
            checkLocalToInstant(day, time, zone);
        }
        // The zone's transitions around the base: the window's times on those days, and wall times inside the gap
        // or the overlap.
        const QTimeZone::OffsetData transition =
            random.below(2) ? zone.nextTransition(utc(baseMs)) : zone.previousTransition(utc(baseMs));
        if (transition.atUtc.isValid()) {
            const QDateTime atUtc = transition.atUtc.toUTC();
            instants.append(atUtc.addMSecs(Nudges[random.below(3)]));
            const QDateTime localAfter = atUtc.toTimeZone(zone);
            const QDate transitionDay = localAfter.date();
            checkLocalToInstant(transitionDay, window.start, zone);
            checkLocalToInstant(transitionDay.addDays(-1), window.stop, zone);
            const QDateTime wallAfter(localAfter.date(), localAfter.time(), Qt::UTC);
            const QDateTime probe = wallAfter.addSecs(60 * (random.below(181) - 120));
            checkLocalToInstant(probe.date(), QTime(probe.time().hour(), probe.time().minute()), zone);
        }
    }
    if (schedule.everyMinutes > 0) {
        const qint64 periodMs = qint64(schedule.everyMinutes) * MinuteMs;
        const qint64 tickMs = baseMs - baseMs % periodMs;
        instants.append(utc(tickMs + Nudges[random.below(std::size(Nudges))]));
    }
    for (const ScheduleWindow &window : schedule.windows) {
        for (const QDate &holiday : schedule.holidays.mid(0, 2))
            instants.append(ScheduleCalculator::localToInstant(holiday, window.start, zoneOf(window)).toUTC());
    }

    for (const QDateTime &now : instants) {
        if (!now.isValid())
            continue;
        if (schedule.everyMinutes > 0)
            checkEveryN(calc, schedule, now);
        else
            checkWindows(calc, now);
    }
    return 0;
}
