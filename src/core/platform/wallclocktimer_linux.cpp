// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "wallclocktimer.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstdint>
#include <sys/timerfd.h>
#include <unistd.h>

namespace corral {

struct WallClockTimer::Private
{
    int fd = -1;
    std::unique_ptr<QSocketNotifier> notifier;
};

WallClockTimer::WallClockTimer(QObject *parent) : QObject(parent), d(new Private)
{
    d->fd = ::timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC | TFD_NONBLOCK);
    if (d->fd < 0)
        qFatal("timerfd_create failed");
    d->notifier = std::make_unique<QSocketNotifier>(d->fd, QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        uint64_t expirations = 0;
        const ssize_t n = ::read(d->fd, &expirations, sizeof expirations);
        if (n < 0 && errno == ECANCELED) {
            // Someone set the clock: the deadline is still armed but the plan may be wrong.
            emit clockChanged();
            return;
        }
        if (n == sizeof expirations) {
            m_deadline = QDateTime();
            emit fired();
        }
    });
}

WallClockTimer::~WallClockTimer()
{
    d->notifier.reset();
    if (d->fd >= 0)
        ::close(d->fd);
}

void WallClockTimer::arm(const QDateTime &deadline)
{
    m_deadline = deadline;
    const qint64 ms = qMax<qint64>(deadline.toMSecsSinceEpoch(), 1);
    struct itimerspec spec = {};
    spec.it_value.tv_sec = time_t(ms / 1000);
    spec.it_value.tv_nsec = long(ms % 1000) * 1000000L;
    // Absolute wall time, and cancelled (ECANCELED on read) whenever the clock is set: a jump is
    // noticed when it happens, not at the next event.
    ::timerfd_settime(d->fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr);
}

void WallClockTimer::cancel()
{
    m_deadline = QDateTime();
    struct itimerspec spec = {};
    ::timerfd_settime(d->fd, 0, &spec, nullptr);
}

} // namespace corral
