// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QObject>

#include <memory>

namespace corral {

// A one-shot timer for a wall-clock instant ("09:20 in New York"), not a duration: it fires at that
// time even if the clock is set or the machine sleeps in between, and says so when the clock jumps so
// that the caller can re-plan. Linux: timerfd on CLOCK_REALTIME with cancel-on-set; elsewhere a precise
// QTimer that re-checks the wall clock at least every few minutes.
class WallClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit WallClockTimer(QObject *parent = nullptr);
    ~WallClockTimer() override;

    void arm(const QDateTime &deadline);
    void cancel();
    QDateTime deadline() const { return m_deadline; }

signals:
    void fired();
    void clockChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
    QDateTime m_deadline;
};

} // namespace corral
