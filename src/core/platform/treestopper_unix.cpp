// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "treestopper.h"

#include <QElapsedTimer>

#include <signal.h>

namespace corral {

namespace {

QElapsedTimer g_tableAge;

// A thousand stoppers ticking side by side must not each walk /proc: they share one snapshot of the
// process table, at most a few tens of milliseconds old.
const QList<os::ProcessEntry> &sharedProcessTable()
{
    static QList<os::ProcessEntry> table;
    if (!g_tableAge.isValid() || g_tableAge.elapsed() > 25) {
        table = os::processTable();
        g_tableAge.start();
    }
    return table;
}

} // namespace

void TreeStopper::invalidateProcessTable()
{
    g_tableAge.invalidate();
}

bool TreeStopper::everythingGone() const
{
    // Cheapest first: while the leader lives there is no need to look at the whole table.
    if (m_leaderValid) {
        const std::optional<ProcessIdentity> live = os::identify(m_expected.pid);
        if (live && live->isSameProcess(m_expected))
            return false;
    }
    for (const os::ProcessEntry &p : sharedProcessTable())
        if ((m_group > 0 && p.pgid == m_group) || p.cookie == m_cookie)
            if (os::processExists(p.pid))
                return false;
    return true;
}

// SIGTERM already was the polite request; there is no second kind to make.
void TreeStopper::askAgain() {}

void TreeStopper::signalAll(bool kill)
{
    const int sig = kill ? SIGKILL : SIGTERM;
    bool groupAlive = false;
    QList<qint64> escapees;
    for (const os::ProcessEntry &p : sharedProcessTable()) {
        if (m_group > 0 && p.pgid == m_group)
            groupAlive = true;
        else if (p.cookie == m_cookie)
            escapees.append(p.pid);
    }
    const std::optional<ProcessIdentity> leader = m_leaderValid ? os::identify(m_expected.pid) : std::nullopt;
    // Only a group seen alive a moment ago: a group id that has emptied may be reused by a stranger.
    if (groupAlive || (m_group == m_expected.pid && leader && leader->isSameProcess(m_expected)))
        ::kill(-pid_t(m_group), sig);
    // Descendants that left the group (setsid, double fork) still carry the cookie.
    for (qint64 pid : std::as_const(escapees))
        if (::kill(pid_t(pid), sig) == 0)
            m_escapees.insert(pid);
}

} // namespace corral
