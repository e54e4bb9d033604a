// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The probes every OS answers the same way, through core's os:: functions.
#include "processprobe.h"

#include "processidentity.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace corral::test {

bool alive(qint64 pid)
{
    return os::processExists(pid);
}

bool waitGone(qint64 pid, int ms)
{
    QDeadlineTimer deadline(ms);
    while (alive(pid)) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(10);
    }
    return true;
}

quint64 startTimeOf(qint64 pid)
{
    const std::optional<ProcessIdentity> id = os::identify(pid);
    return id ? id->startTime : 0;
}

QString executableOf(qint64 pid)
{
    const std::optional<ProcessIdentity> id = os::identify(pid);
    return id ? id->executable : QString();
}

} // namespace corral::test
