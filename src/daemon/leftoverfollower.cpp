// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "leftoverfollower.h"

#include "strategymembers.h"

namespace corral {

LeftoverFollower::LeftoverFollower(qint64 group, const QString &cookie, quint64 startedNotBefore, QObject *parent)
    : QObject(parent), m_group(group), m_cookie(cookie), m_startedNotBefore(startedNotBefore)
{
}

LeftoverFollower::~LeftoverFollower() = default;

bool LeftoverFollower::start(const ProcessIdentity &exited)
{
    if (exited.isValid())
        m_exited = exited;
    const QList<StrategyMember> members = strategyMembers(m_group, m_cookie, m_startedNotBefore);
    m_count = 0;
    for (const StrategyMember &m : members) {
        // A member may exit between the table and the identity: take the next one then.
        const std::optional<ProcessIdentity> identity = os::identify(m.pid);
        if (!identity || identity->isSameProcess(m_exited))
            continue;
        if (m_count++ > 0)
            continue; // counted, not followed
        m_following = *identity;
        m_carriesCookie = m.carriesCookie;
        if (m_watcher)
            m_watcher.release()->deleteLater(); // may be the caller of followedExited()
        m_watcher = std::make_unique<ExitWatcher>(identity->pid);
        connect(m_watcher.get(), &ExitWatcher::exited, this, &LeftoverFollower::followedExited);
    }
    if (m_count == 0)
        return false;
    // Watching began after the identity was read: a pid that changed hands since is already gone.
    const std::optional<ProcessIdentity> now = os::identify(m_following.pid);
    if (!now || !now->isSameProcess(m_following)) {
        QMetaObject::invokeMethod(this, &LeftoverFollower::followedExited, Qt::QueuedConnection);
    }
    return true;
}

void LeftoverFollower::followedExited()
{
    const ProcessIdentity last = m_following;
    m_exited = last;
    if (start())
        emit followingChanged();
    else
        emit allGone(last);
}

} // namespace corral
