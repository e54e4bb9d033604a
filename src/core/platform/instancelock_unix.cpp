// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "errorout.h"
#include "instancelock.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace corral {

InstanceLock::InstanceLock(const QString &path) : m_path(path), m_handle(-1) {}

InstanceLock::~InstanceLock()
{
    release();
}

bool InstanceLock::tryAcquire(QString *error)
{
    if (m_handle >= 0)
        return true;
    // O_CLOEXEC: only the one child this lock is meant for may inherit it (the launcher clears the flag
    // in that child); any other process corrald forks meanwhile must not keep it alive.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error =
                QStringLiteral("cannot open lock file %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    // flock, not fcntl locks: an flock belongs to the open file description, so it survives fork and
    // exec in the child that inherits the descriptor, and is released when the last holder closes it.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (error)
            *error = err == EWOULDBLOCK
                         ? QStringLiteral("already running (lock %1 is held)").arg(m_path)
                         : QStringLiteral("cannot lock %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(err)));
        return false;
    }
    // A launcher started with a closed stdin/stdout would get fd 0-2 here, and QProcess redirects those
    // in the child, which would close the lock under the strategy.
    if (fd <= STDERR_FILENO) {
        const int high = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
        const int err = errno;
        ::close(fd); // closing one of two descriptors of the same description keeps the lock
        if (high < 0) {
            setError(error, QStringLiteral("cannot move lock descriptor of %1: %2")
                                .arg(m_path, QString::fromLocal8Bit(strerror(err))));
            return false;
        }
        m_handle = high;
        return true;
    }
    m_handle = fd;
    return true;
}

bool InstanceLock::isAcquired() const
{
    return m_handle >= 0;
}

void InstanceLock::release()
{
    // Closing our descriptor does not unlock a copy a child inherited: the lock lives while any
    // descriptor of this open file description does.
    if (m_handle >= 0) {
        ::close(int(m_handle));
        m_handle = -1;
    }
}

bool InstanceLock::isHeldByAnyone(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // never created: nobody can hold it
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

} // namespace corral
