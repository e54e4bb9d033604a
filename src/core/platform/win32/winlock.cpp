// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "winprocess.h"

namespace corral::win {

// Share mode 0: while any handle to this open of the file exists — ours, then the strategy's inherited
// copy — nobody can open it for reading, so the lock lives exactly as long as the strategy holds it.
InstanceLock::Result InstanceLock::tryAcquire(const std::wstring &path, std::string *error)
{
    if (m_file)
        return Result::Acquired;
    Handle file(CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL,
                            nullptr));
    if (!file) {
        const DWORD code = GetLastError();
        if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION) {
            if (error)
                *error = "already running (lock " + toUtf8(path) + " is held)";
            return Result::HeldElsewhere;
        }
        if (error)
            *error = lastError(("cannot open lock file " + toUtf8(path)).c_str());
        return Result::Failed;
    }
    OVERLAPPED at{};
    if (!LockFileEx(file.get(), LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
        const bool held = GetLastError() == ERROR_LOCK_VIOLATION;
        if (error)
            *error = held ? "already running (lock " + toUtf8(path) + " is held)"
                          : lastError(("cannot lock " + toUtf8(path)).c_str());
        return held ? Result::HeldElsewhere : Result::Failed;
    }
    m_file = std::move(file);
    return Result::Acquired;
}

bool InstanceLock::isHeld(const std::wstring &path)
{
    Handle probe(CreateFileW(path.c_str(), FILE_READ_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                             nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!probe)
        return GetLastError() == ERROR_SHARING_VIOLATION;
    return false;
}

} // namespace corral::win
