// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "clock.h"

#include "wallclocktimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <limits>

namespace corral {

namespace {

// A callback that fires replaces or drops its own alarm more often than not (a back-off that fails
// to launch arms the next one). It is delivered from the event loop, after the timer's signal has
// returned, so the timer is never destroyed inside its own emission.
template <typename... Args> class Delivery
{
public:
    explicit Delivery(std::function<void(Args...)> callback)
        : m_callback(std::make_shared<std::function<void(Args...)>>(std::move(callback)))
    {
    }

    void post(Args... args) const
    {
        const std::weak_ptr<std::function<void(Args...)>> weak = m_callback;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [weak, args...] {
                if (const auto callback = weak.lock())
                    (*callback)(args...);
            },
            Qt::QueuedConnection);
    }

private:
    std::shared_ptr<std::function<void(Args...)>> m_callback;
};

class DelayAlarm : public Alarm
{
public:
    DelayAlarm(qint64 delayMs, std::function<void()> callback) : m_delivery(std::move(callback))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_delivery.post(); });
        m_timer.start(int(qBound<qint64>(0, delayMs, qint64(std::numeric_limits<int>::max()))));
    }

private:
    Delivery<> m_delivery;
    QTimer m_timer;
};

class WallAlarm : public Alarm
{
public:
    WallAlarm(const QDateTime &when, std::function<void(Clock::Wake)> callback) : m_delivery(std::move(callback))
    {
        QObject::connect(&m_timer, &WallClockTimer::fired, [this] { m_delivery.post(Clock::Wake::Due); });
        QObject::connect(&m_timer, &WallClockTimer::clockChanged, [this] { m_delivery.post(Clock::Wake::ClockSet); });
        m_timer.arm(when);
    }

private:
    Delivery<Clock::Wake> m_delivery;
    WallClockTimer m_timer;
};

class SystemClock : public Clock
{
public:
    SystemClock() { m_monotonic.start(); }

    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_monotonic.elapsed(); }

    std::unique_ptr<Alarm> after(qint64 delayMs, std::function<void()> callback) override
    {
        return std::make_unique<DelayAlarm>(delayMs, std::move(callback));
    }
    std::unique_ptr<Alarm> at(const QDateTime &when, std::function<void(Wake)> callback) override
    {
        return std::make_unique<WallAlarm>(when, std::move(callback));
    }

private:
    QElapsedTimer m_monotonic;
};

} // namespace

Clock &systemClock()
{
    static SystemClock clock;
    return clock;
}

} // namespace corral
