// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "exitwatcher.h"

#include <QSocketNotifier>

#include <sys/event.h>
#include <unistd.h>

namespace corral {

struct ExitWatcher::Private
{
    int kq = -1;
    std::unique_ptr<QSocketNotifier> notifier;
};

ExitWatcher::ExitWatcher(qint64 pid, QObject *parent) : QObject(parent), m_pid(pid), d(new Private)
{
    // A kqueue is itself a descriptor that turns readable when one of its events fires.
    d->kq = kqueue();
    struct kevent change;
    EV_SET(&change, pid_t(pid), EVFILT_PROC, EV_ADD | EV_ONESHOT, NOTE_EXIT, 0, nullptr);
    if (d->kq < 0 || kevent(d->kq, &change, 1, nullptr, 0, nullptr) < 0) {
        QMetaObject::invokeMethod(
            this, [this] { emit exited(m_pid); }, Qt::QueuedConnection);
        return;
    }
    d->notifier = std::make_unique<QSocketNotifier>(d->kq, QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        d->notifier->setEnabled(false);
        emit exited(m_pid);
    });
}

ExitWatcher::~ExitWatcher()
{
    d->notifier.reset();
    if (d->kq >= 0)
        close(d->kq);
}

bool ExitWatcher::isWatching() const
{
    return d->notifier != nullptr;
}

std::optional<int> ExitWatcher::exitCode() const
{
    return std::nullopt;
}

} // namespace corral
