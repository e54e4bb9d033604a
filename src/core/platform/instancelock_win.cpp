// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: the lock file opened without sharing and byte-range locked (see win::InstanceLock).
#include "errorout.h"
#include "instancelock.h"
#include "winprocess.h"

namespace corral {

namespace {
HANDLE native(InstanceLock::Handle handle)
{
    return reinterpret_cast<HANDLE>(handle);
}
} // namespace

InstanceLock::InstanceLock(const QString &path) : m_path(path), m_handle(0) {}

InstanceLock::~InstanceLock()
{
    release();
}

bool InstanceLock::tryAcquire(QString *error)
{
    if (m_handle)
        return true;
    win::InstanceLock lock;
    std::string why;
    // Not inheritable: the launcher hands it to the one child it is meant for, by name.
    if (lock.tryAcquire(m_path.toStdWString(), &why) != win::InstanceLock::Result::Acquired) {
        setError(error, QString::fromStdString(why));
        return false;
    }
    m_handle = reinterpret_cast<Handle>(lock.take());
    return true;
}

bool InstanceLock::isAcquired() const
{
    return m_handle != 0;
}

void InstanceLock::release()
{
    if (m_handle) {
        CloseHandle(native(m_handle));
        m_handle = 0;
    }
}

bool InstanceLock::isHeldByAnyone(const QString &path)
{
    return win::InstanceLock::isHeld(path.toStdWString());
}

} // namespace corral
