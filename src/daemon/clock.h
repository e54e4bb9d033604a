// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>

#include <functional>
#include <memory>

namespace corral {

// Dropping an alarm cancels it; a callback never runs after its alarm is gone.
class Alarm
{
public:
    virtual ~Alarm() = default;
};

// Every reading of time in corrald, and every wait, goes through one Clock so that tests can drive
// schedules and back-offs with a fake one instead of waiting for them.
class Clock
{
public:
    enum class Wake { Due, ClockSet };

    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;
    // For durations (how long a run lasted): never moves when someone sets the wall clock.
    virtual qint64 monotonicMs() const = 0;

    // `callback` runs once, `delayMs` of monotonic time from now.
    virtual std::unique_ptr<Alarm> after(qint64 delayMs, std::function<void()> callback) = 0;
    // `callback` runs once at the wall-clock instant `when`, or earlier with Wake::ClockSet when the
    // wall clock is set in between and the caller's plan may be wrong.
    virtual std::unique_ptr<Alarm> at(const QDateTime &when, std::function<void(Wake)> callback) = 0;
};

// The machine's clocks and timers.
Clock &systemClock();

} // namespace corral
