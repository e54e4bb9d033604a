// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "exitwatcher.h"
#include "processidentity.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

namespace corral {

struct ExitWatcher::Private
{
    int pidfd = -1;
    std::unique_ptr<QSocketNotifier> notifier;
    std::unique_ptr<QTimer> fallback;
};

ExitWatcher::ExitWatcher(qint64 pid, QObject *parent) : QObject(parent), m_pid(pid), d(new Private)
{
    // A pidfd becomes readable when the process exits, whoever its parent is.
    d->pidfd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (d->pidfd >= 0) {
        d->notifier = std::make_unique<QSocketNotifier>(d->pidfd, QSocketNotifier::Read);
        connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
            d->notifier->setEnabled(false);
            emit exited(m_pid);
        });
        return;
    }
    if (errno == ESRCH) {
        QMetaObject::invokeMethod(
            this, [this] { emit exited(m_pid); }, Qt::QueuedConnection);
        return;
    }
    // Kernels before 5.3 have no pidfd: check once a second, the only polling left in corrald.
    d->fallback = std::make_unique<QTimer>();
    d->fallback->setInterval(1000);
    connect(d->fallback.get(), &QTimer::timeout, this, [this] {
        if (!os::processExists(m_pid)) {
            d->fallback->stop();
            emit exited(m_pid);
        }
    });
    d->fallback->start();
}

ExitWatcher::~ExitWatcher()
{
    d->notifier.reset();
    if (d->pidfd >= 0)
        ::close(d->pidfd);
}

bool ExitWatcher::isWatching() const
{
    return d->pidfd >= 0 || d->fallback;
}

std::optional<int> ExitWatcher::exitCode() const
{
    return std::nullopt;
}

} // namespace corral
