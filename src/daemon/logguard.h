// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "paths.h"

#include <QObject>
#include <QTimer>

namespace corral {

class RunnerRegistry;

// Keeps the logs of running strategies within their size limits by rotating them in place (the child
// keeps appending to the same file). A coarse timer that runs only while something runs: one stat per
// running strategy every few seconds, nothing at all when everything is stopped.
class LogGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 5000;

    LogGuard(const RunnerRegistry &runners, const Paths &paths, QObject *parent = nullptr);

    // Re-checks whether anything runs; called on every state change.
    void update();

signals:
    void message(const QString &text);

private:
    void check();

    // Below this much free space on the logs' filesystem, output is about to be lost: say so.
    static constexpr qint64 LowSpaceBytes = 1024 * 1024;

    void checkSpace();

    const RunnerRegistry &m_runners;
    bool m_lowSpaceReported = false;
    Paths m_paths;
    QTimer m_timer;
};

} // namespace corral
