// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: identity is pid + creation time (win::identify). A strategy's descendants are found
// through its Job Object, not by reading environments.
#include "processidentity.h"
#include "winprocess.h"

namespace corral::os {

std::optional<ProcessIdentity> identify(qint64 pid)
{
    const std::optional<win::Identity> id = win::identify(DWORD(pid));
    if (!id)
        return std::nullopt;
    ProcessIdentity result;
    result.pid = pid;
    result.startTime = id->creationTime;
    result.executable = QString::fromStdWString(id->image);
    return result;
}

bool processExists(qint64 pid)
{
    return win::identify(DWORD(pid)).has_value();
}

QList<qint64> processesWithCookie(const QString &)
{
    return {};
}

QList<qint64> processGroupMembers(qint64)
{
    return {};
}

qint64 currentPid()
{
    return qint64(GetCurrentProcessId());
}

// The Job Object, named after the cookie, is the proof of ownership on Windows.
bool carriesCookie(qint64, const QString &)
{
    return true;
}

QList<ProcessEntry> processTable()
{
    return {};
}

} // namespace corral::os
