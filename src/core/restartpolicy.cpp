// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "restartpolicy.h"

namespace corral {

RestartPolicy::RestartPolicy(RestartMode mode, int maxRestarts) : m_mode(mode), m_maxRestarts(maxRestarts) {}

void RestartPolicy::started(qint64 nowMs)
{
    m_startedMs = nowMs;
}

RestartPolicy::Decision RestartPolicy::exited(qint64 nowMs, bool failed)
{
    // An exit without a recorded start (adopted process, clock confusion) is treated as quick: being wrong
    // costs at most one extra backoff step, while treating it as stable could let a crash loop run hot.
    const bool stable = m_startedMs >= 0 && nowMs - m_startedMs >= StableRunMs;
    m_startedMs = -1;
    if (stable) {
        m_consecutive = 0;
        m_quick = 0;
    } else {
        ++m_quick;
    }

    const bool restartWanted = m_mode == RestartMode::Always || (m_mode == RestartMode::OnFailure && failed);
    if (!restartWanted) {
        // Never: the failure is still counted so status can show it. A clean exit ends a series.
        m_consecutive = failed ? m_consecutive + 1 : 0;
        if (!failed)
            m_quick = 0;
        return {};
    }

    // Under `always` a clean exit counts like a failure: a job that exits at once must back off (and
    // eventually give up) exactly like one that crashes at once, as supervisord's startsecs and systemd's
    // start limit do.
    ++m_consecutive;
    if (m_consecutive > m_maxRestarts)
        return {Decision::Action::GiveUp, 0};

    ++m_total;
    if (m_quick <= 1)
        return {Decision::Action::Restart, 0};
    // Doubling stops at the cap, so a long series cannot overflow.
    qint64 delay = InitialDelayMs;
    for (int i = 2; i < m_quick && delay < MaxDelayMs; ++i)
        delay *= 2;
    return {Decision::Action::Restart, qMin(delay, MaxDelayMs)};
}

void RestartPolicy::reset()
{
    // totalRestarts() is a lifetime counter shown to the user; only the failure series is forgotten.
    m_consecutive = 0;
    m_quick = 0;
    m_startedMs = -1;
}

} // namespace corral
