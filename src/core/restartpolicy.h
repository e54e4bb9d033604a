// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "strategy.h"

#include <QtGlobal>

namespace corral {

// Decides what happens after a strategy's process exits. Pure logic: the caller passes the clock
// (milliseconds, any monotonic origin), so every sequence can be tested without waiting.
//
// A restart is immediate (delay 0, no timer) after a run that lasted at least the stability period and
// after the first quick failure in a row: a bot that crashed after hours, or once, is back at once, as
// under PM2. Back-off starts with the second quick failure in a row: 1 s, doubling, capped at 60 s. A run
// of at least 60 s ends the series. After maxRestarts consecutive failures the strategy gives up
// (`failed`). A stop asked for by the user or the schedule is not an exit this class sees.
class RestartPolicy
{
public:
    static constexpr qint64 InitialDelayMs = 1000;
    static constexpr qint64 MaxDelayMs = 60000;
    static constexpr qint64 StableRunMs = 60000;

    struct Decision
    {
        enum class Action { Stay, Restart, GiveUp };
        Action action = Action::Stay;
        qint64 delayMs = 0; // for Restart
    };

    explicit RestartPolicy(RestartMode mode = RestartMode::OnFailure, int maxRestarts = 10);

    void setMode(RestartMode mode) { m_mode = mode; }
    void setMaxRestarts(int maxRestarts) { m_maxRestarts = maxRestarts; }

    void started(qint64 nowMs);
    // `failed`: non-zero exit code or killed by a signal.
    Decision exited(qint64 nowMs, bool failed);
    // An explicit start by the user clears the failure history.
    void reset();

    int consecutiveFailures() const { return m_consecutive; }
    int totalRestarts() const { return m_total; }

private:
    RestartMode m_mode;
    int m_maxRestarts;
    qint64 m_startedMs = -1;
    int m_consecutive = 0; // failures in a row, the stable-run exit that began a series included
    int m_quick = 0;       // quick failures in a row: what the back-off grows with
    int m_total = 0;
};

} // namespace corral
