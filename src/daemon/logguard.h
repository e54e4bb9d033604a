// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "logwatch.h"
#include "paths.h"
#include "protocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace corral {

class RunnerRegistry;

// Keeps the logs of running strategies within their size limits by rotating them in place (the child
// keeps appending to the same file), and says when the logs' disk fills up. Driven by writes, not by a
// clock: the LogWatch tells when a running strategy's log was written to, and only then is its size
// looked at. Nothing wakes corrald while nothing is written, whether strategies run or not.
class LogGuard : public QObject
{
    Q_OBJECT
public:
    // The disk's free space is looked at on writes, at most this often, and once more after the last.
    static constexpr int SpaceCheckMs = 1000;
    // A log cut again within this time holds only bytes written since its last cut: the kernel writes dirty
    // pages out within 30 s, so until then they are no safer in the live file than in an unsynced backup.
    static constexpr qint64 FreshMs = 30000;

    LogGuard(const RunnerRegistry &runners, const Paths &paths, QObject *parent = nullptr);

    // Watches the log of a strategy that has become live (or runs another process now), stops watching
    // one that is no longer live; called on every state change.
    void update(const protocol::StrategyStatus &status);

signals:
    void message(const QString &text);

private:
    void enforce(const QString &name);
    void spaceMayHaveChanged();

    // Below this much free space on the logs' filesystem, output is about to be lost: say so.
    static constexpr qint64 LowSpaceBytes = 1024 * 1024;

    void checkSpace();

    const RunnerRegistry &m_runners;
    Paths m_paths;
    LogWatch m_watch;
    QHash<QString, qint64> m_watchedPid;     // name -> the pid its log is watched for
    QHash<QString, QString> m_rotateError;   // name -> why its last rotation failed
    QHash<QString, QElapsedTimer> m_lastCut; // name -> since its log was last rotated while it ran
    bool m_lowSpaceReported = false;
    QElapsedTimer m_sinceSpaceCheck;
    QTimer m_spaceTrailing;
};

} // namespace corral
