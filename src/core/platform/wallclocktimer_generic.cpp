// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// macOS and Windows: no cancel-on-set timer at hand. A precise QTimer aims at the deadline but never
// sleeps longer than a few minutes, and compares wall and monotonic time on every wake to notice a
// clock change or a sleep.
#include "wallclocktimer.h"

#include <QElapsedTimer>
#include <QTimer>

namespace corral {

namespace {
constexpr qint64 MaxSleepMs = 5 * 60 * 1000;
constexpr qint64 JumpToleranceMs = 2000;
} // namespace

struct WallClockTimer::Private
{
    QTimer timer;
    QElapsedTimer monotonic;
    qint64 wallAtArm = 0;
};

WallClockTimer::WallClockTimer(QObject *parent) : QObject(parent), d(new Private)
{
    d->timer.setSingleShot(true);
    d->timer.setTimerType(Qt::PreciseTimer);
    connect(&d->timer, &QTimer::timeout, this, [this] {
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        const bool jumped = qAbs((wall - d->wallAtArm) - d->monotonic.elapsed()) > JumpToleranceMs;
        if (m_deadline.isValid() && wall >= m_deadline.toMSecsSinceEpoch()) {
            m_deadline = QDateTime();
            emit fired();
        } else if (jumped) {
            emit clockChanged();
        } else {
            arm(m_deadline);
        }
    });
}

WallClockTimer::~WallClockTimer() = default;

void WallClockTimer::arm(const QDateTime &deadline)
{
    m_deadline = deadline;
    d->wallAtArm = QDateTime::currentMSecsSinceEpoch();
    d->monotonic.start();
    const qint64 wait = qBound<qint64>(0, deadline.toMSecsSinceEpoch() - d->wallAtArm, MaxSleepMs);
    d->timer.start(int(wait));
}

void WallClockTimer::cancel()
{
    m_deadline = QDateTime();
    d->timer.stop();
}

} // namespace corral
