// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: no sessions or process groups in the POSIX sense, and another process's environment is not
// readable without walking its memory; the process list comes from a Toolhelp snapshot.
#include "processprobe.h"

#include <windows.h>

#include <tlhelp32.h>

namespace corral::test {

bool killPid(qint64 pid)
{
    if (pid <= 1 || pid == qint64(GetCurrentProcessId()))
        return false;
    HANDLE process = OpenProcess(PROCESS_TERMINATE, FALSE, DWORD(pid));
    if (!process)
        return false;
    const bool killed = TerminateProcess(process, 1) != 0;
    CloseHandle(process);
    return killed;
}

qint64 sessionOf(qint64)
{
    return -1;
}

qint64 processGroupOf(qint64)
{
    return -1;
}

// Every process this user can open: the snapshot lists everyone's, and opening is what "mine" means here.
QList<qint64> myProcesses()
{
    QList<qint64> pids;
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE)
        return pids;
    PROCESSENTRY32W entry;
    entry.dwSize = sizeof entry;
    for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry)) {
        if (entry.th32ProcessID == 0 || entry.th32ProcessID == GetCurrentProcessId())
            continue;
        HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, entry.th32ProcessID);
        if (!process)
            continue;
        CloseHandle(process);
        if (alive(entry.th32ProcessID))
            pids.append(entry.th32ProcessID);
    }
    CloseHandle(snapshot);
    return pids;
}

QList<QByteArray> environmentOf(qint64)
{
    return {};
}

} // namespace corral::test
