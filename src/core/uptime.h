// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "history.h"
#include "strategy.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace corral {

// The share of time a strategy was running, from its history: what `uptime24h` and `uptime7d` say.
// Running means from a start (or an adoption) to the exit that follows; an open run lasts until `now`
// when `runningNow`, else until the last event. The period begins `periodMs` before `now`, or at the
// first event when history is younger. With windows (a weekly or calendar schedule; every-N has none),
// only the time inside them counts, on both sides of the fraction. Percent, 0-100; nullopt when the
// period holds no time to count (no history yet, or no window in it).
std::optional<double> uptimePercent(const QList<HistoryEvent> &events, const Schedule &schedule, const QDateTime &now,
                                    qint64 periodMs, bool runningNow);

} // namespace corral
