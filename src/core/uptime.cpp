// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "uptime.h"

#include "schedulecalc.h"

#include <algorithm>

namespace corral {

namespace {

struct Span
{
    qint64 from = 0;
    qint64 to = 0;
};

QList<Span> runningSpans(const QList<HistoryEvent> &events, qint64 nowMs, bool runningNow)
{
    QList<Span> spans;
    constexpr qint64 None = -1; // not running (an optional trips GCC's maybe-uninitialized here)
    qint64 since = None;
    qint64 lastMs = 0;
    for (const HistoryEvent &e : events) {
        const qint64 at = e.at.toMSecsSinceEpoch();
        lastMs = std::max(lastMs, at);
        if (e.kind == HistoryEvent::Kind::Start || e.kind == HistoryEvent::Kind::Adopt) {
            if (since == None)
                since = at;
        } else if (e.kind == HistoryEvent::Kind::Exit && since != None) {
            spans.append({since, at});
            since = None;
        }
    }
    if (since != None)
        spans.append({since, runningNow ? nowMs : lastMs});
    return spans;
}

// The schedule's open intervals between `fromMs` and `toMs`, walked boundary by boundary with the same
// calculation corrald schedules by.
QList<Span> windowSpans(const Schedule &schedule, qint64 fromMs, qint64 toMs)
{
    const ScheduleCalculator calc(schedule);
    QList<Span> spans;
    QDateTime t = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    constexpr qint64 Closed = -1;
    qint64 openedAt = calc.isOpen(t) ? fromMs : Closed;
    // A week holds at most a few hundred boundaries; the cap guards against a calculation that stalls.
    for (int i = 0; i < 10000 && t.toMSecsSinceEpoch() < toMs; ++i) {
        const std::optional<ScheduleEvent> next = calc.nextEvent(t);
        if (!next || next->at.toMSecsSinceEpoch() <= t.toMSecsSinceEpoch())
            break;
        const qint64 at = std::min(next->at.toMSecsSinceEpoch(), toMs);
        if (next->action == ScheduleEvent::Action::Start && openedAt == Closed) {
            openedAt = at;
        } else if (next->action == ScheduleEvent::Action::Stop && openedAt != Closed) {
            spans.append({openedAt, at});
            openedAt = Closed;
        }
        t = next->at;
    }
    if (openedAt != Closed && openedAt < toMs)
        spans.append({openedAt, toMs});
    return spans;
}

qint64 overlap(const QList<Span> &a, const QList<Span> &b)
{
    qint64 total = 0;
    for (const Span &x : a)
        for (const Span &y : b)
            total += std::max<qint64>(0, std::min(x.to, y.to) - std::max(x.from, y.from));
    return total;
}

} // namespace

std::optional<double> uptimePercent(const QList<HistoryEvent> &events, const Schedule &schedule, const QDateTime &now,
                                    qint64 periodMs, bool runningNow)
{
    if (events.isEmpty())
        return std::nullopt;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 fromMs = std::max(nowMs - periodMs, events.first().at.toMSecsSinceEpoch());
    if (fromMs >= nowMs)
        return std::nullopt;
    const QList<Span> period{{fromMs, nowMs}};
    const bool windowed = !schedule.isEmpty() && schedule.everyMinutes <= 0;
    const QList<Span> counted = windowed ? windowSpans(schedule, fromMs, nowMs) : period;
    const qint64 countedMs = overlap(counted, period);
    if (countedMs <= 0)
        return std::nullopt;
    const qint64 runMs = overlap(runningSpans(events, nowMs, runningNow), counted);
    return std::min(100.0, 100.0 * double(runMs) / double(countedMs));
}

} // namespace corral
