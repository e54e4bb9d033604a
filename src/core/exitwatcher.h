// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

#include <memory>
#include <optional>

namespace corral {

// Tells when a process that is not our child exits (a strategy adopted after corrald restarted), without
// polling: pidfd on Linux, kqueue on macOS, a process handle on Windows. The exit code of a process
// that is not our child is not knowable.
class ExitWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ExitWatcher(qint64 pid, QObject *parent = nullptr);
    ~ExitWatcher() override;

    qint64 pid() const { return m_pid; }
    // False when the process was already gone when watching began (exited() follows anyway).
    bool isWatching() const;
    // After exited(): the exit code where the OS tells it to a process that is not the parent
    // (Windows); nothing on Unix, where only the parent learns it.
    std::optional<int> exitCode() const;

signals:
    void exited(qint64 pid);

private:
    struct Private;
    qint64 m_pid;
    std::unique_ptr<Private> d;
};

} // namespace corral
