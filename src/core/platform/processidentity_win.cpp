// Windows: the creation FILETIME from GetProcessTimes is the start time.
#include "processidentity.h"

#include <windows.h>

namespace corral::os {

namespace {

HANDLE openForQuery(qint64 pid)
{
    return OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, DWORD(pid));
}

bool stillActive(HANDLE h)
{
    return WaitForSingleObject(h, 0) == WAIT_TIMEOUT;
}

} // namespace

std::optional<ProcessIdentity> identify(qint64 pid)
{
    HANDLE h = openForQuery(pid);
    if (!h)
        return std::nullopt;
    std::optional<ProcessIdentity> result;
    FILETIME created, exited, kernel, user;
    if (stillActive(h) && GetProcessTimes(h, &created, &exited, &kernel, &user)) {
        ProcessIdentity id;
        id.pid = pid;
        id.startTime = (quint64(created.dwHighDateTime) << 32) | created.dwLowDateTime;
        wchar_t path[MAX_PATH * 4];
        DWORD len = DWORD(sizeof path / sizeof path[0]);
        if (QueryFullProcessImageNameW(h, 0, path, &len))
            id.executable = QString::fromWCharArray(path, int(len));
        result = id;
    }
    CloseHandle(h);
    return result;
}

bool processExists(qint64 pid)
{
    HANDLE h = openForQuery(pid);
    if (!h)
        return false;
    const bool alive = stillActive(h);
    CloseHandle(h);
    return alive;
}

// Windows keeps a strategy's descendants in its Job Object, which ends them all at once; there is no
// need (and no cheap way) to read other processes' environments.
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

bool carriesCookie(qint64, const QString &)
{
    return true;
}

QList<ProcessEntry> processTable()
{
    return {};
}

} // namespace corral::os
