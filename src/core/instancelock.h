// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QtGlobal>

namespace corral {

// An OS file lock (flock on Unix, LockFileEx on Windows) that says "this one is running". The OS drops
// it when the last process holding the file open dies, so it cannot go stale like a pidfile. A strategy
// inherits its lock from the launcher, which then lets go of its own copy.
class InstanceLock
{
public:
    // A file descriptor on Unix, a HANDLE on Windows: wide enough for either, converted in the per-OS files.
    using Handle = qintptr;

    explicit InstanceLock(const QString &path);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Takes the lock without waiting. False with a reason when someone else holds it or it cannot be opened.
    bool tryAcquire(QString *error = nullptr);
    bool isAcquired() const;
    void release();

    // The open handle, for a child process to inherit. Valid only while acquired.
    Handle handle() const { return m_handle; }
    QString path() const { return m_path; }

    // Whether any process holds the lock at `path` right now (probes without keeping it).
    static bool isHeldByAnyone(const QString &path);

private:
    QString m_path;
    Handle m_handle;
};

} // namespace corral
