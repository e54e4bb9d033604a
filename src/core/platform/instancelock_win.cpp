#include "instancelock.h"

#include <windows.h>

namespace corral {

namespace {

HANDLE openLockFile(const QString &path, bool inheritable)
{
    SECURITY_ATTRIBUTES sa{sizeof(SECURITY_ATTRIBUTES), nullptr, inheritable ? TRUE : FALSE};
    return CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, &sa, OPEN_ALWAYS,
                       FILE_ATTRIBUTE_NORMAL, nullptr);
}

} // namespace

InstanceLock::InstanceLock(const QString &path) : m_path(path), m_handle(nullptr) {}

InstanceLock::~InstanceLock()
{
    release();
}

bool InstanceLock::tryAcquire(QString *error)
{
    if (m_handle)
        return true;
    // Not inheritable by default: the launcher passes it explicitly to the one child it is meant for.
    HANDLE h = openLockFile(m_path, false);
    if (h == INVALID_HANDLE_VALUE) {
        if (error)
            *error = QStringLiteral("cannot open lock file %1 (error %2)").arg(m_path).arg(GetLastError());
        return false;
    }
    OVERLAPPED ov{};
    if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ov)) {
        const DWORD err = GetLastError();
        CloseHandle(h);
        if (error)
            *error = err == ERROR_LOCK_VIOLATION ? QStringLiteral("already running (lock %1 is held)").arg(m_path)
                                                 : QStringLiteral("cannot lock %1 (error %2)").arg(m_path).arg(err);
        return false;
    }
    m_handle = h;
    return true;
}

bool InstanceLock::isAcquired() const
{
    return m_handle != nullptr;
}

void InstanceLock::release()
{
    if (m_handle) {
        CloseHandle(m_handle);
        m_handle = nullptr;
    }
}

bool InstanceLock::isHeldByAnyone(const QString &path)
{
    HANDLE h = openLockFile(path, false);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    OVERLAPPED ov{};
    const bool held = !LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ov);
    if (!held)
        UnlockFileEx(h, 0, 1, 0, &ov);
    CloseHandle(h);
    return held;
}

} // namespace corral
