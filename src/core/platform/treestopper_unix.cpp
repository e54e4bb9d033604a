#include "treestopper.h"

#include <signal.h>

namespace corral {

bool TreeStopper::everythingGone() const
{
    // Cheapest first: while the leader lives there is no need to walk /proc.
    if (m_leaderValid) {
        const std::optional<ProcessIdentity> live = os::identify(m_expected.pid);
        if (live && live->isSameProcess(m_expected))
            return false;
    }
    return os::processGroupMembers(m_expected.pid).isEmpty() && os::processesWithCookie(m_cookie).isEmpty();
}

void TreeStopper::signalAll(bool kill)
{
    const int sig = kill ? SIGKILL : SIGTERM;
    const QList<qint64> group = os::processGroupMembers(m_expected.pid);
    // Only a group seen alive a moment ago: a group id that has emptied may be reused by a stranger.
    if (!group.isEmpty())
        ::kill(-pid_t(m_expected.pid), sig);
    // Descendants that left the group (setsid, double fork) still carry the cookie.
    for (qint64 pid : os::processesWithCookie(m_cookie)) {
        if (group.contains(pid))
            continue;
        if (::kill(pid_t(pid), sig) == 0)
            m_escapees.insert(pid);
    }
}

} // namespace corral
