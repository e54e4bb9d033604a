// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// Statuses as corrald reports them, for the GUI tests.

#include "protocol.h"

#include <QDateTime>

namespace corral::test {

inline protocol::StrategyStatus testStatus(const QString &name, protocol::State state,
                                           std::optional<qint64> pid = std::nullopt, int restarts = 0,
                                           const QString &lastError = QString())
{
    protocol::StrategyStatus s;
    s.name = name;
    s.state = state;
    s.pid = pid;
    s.restarts = restarts;
    // A fixed instant: two statuses built a millisecond apart must still be equal. Whole seconds, so the
    // uptime the model shows is a round number whatever the clock says.
    static const QDateTime since = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 125, Qt::UTC);
    s.since = since;
    s.lastError = lastError;
    return s;
}

} // namespace corral::test
