// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "exitwatcher.h"
#include "processidentity.h"

#include <QObject>

#include <memory>

namespace corral {

// Follows what is left of a strategy after its main process exited (a launcher's `nohup bot & exit 0`,
// a `setsid` or a double fork): one leftover at a time, watched without polling, the next one picked when
// it exits, until none is left. The strategy is running as long as this finds something.
class LeftoverFollower : public QObject
{
    Q_OBJECT
public:
    // `group`: the process group the strategy started in (its main process's pid); `startedNotBefore`:
    // the main process's start time when known, which spares reading every older process.
    LeftoverFollower(qint64 group, const QString &cookie, quint64 startedNotBefore = 0, QObject *parent = nullptr);
    ~LeftoverFollower() override;

    // Looks for leftovers and follows one; false when there are none (nothing is followed then). `exited`,
    // the process whose exit this is, is never one of them, whatever a lagging process table says.
    bool start(const ProcessIdentity &exited = ProcessIdentity());

    qint64 group() const { return m_group; }
    const ProcessIdentity &following() const { return m_following; }
    // Whether the followed process carries the cookie: only then can a stop check its identity.
    bool followingCarriesCookie() const { return m_carriesCookie; }
    int count() const { return m_count; } // leftovers alive at the last look

signals:
    void followingChanged();
    void allGone(const corral::ProcessIdentity &last);

private:
    void followedExited();

    ProcessIdentity m_exited;

    qint64 m_group;
    QString m_cookie;
    quint64 m_startedNotBefore;
    ProcessIdentity m_following;
    bool m_carriesCookie = false;
    int m_count = 0;
    std::unique_ptr<ExitWatcher> m_watcher;
};

} // namespace corral
