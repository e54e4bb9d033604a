// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Unix (Linux and macOS): signals, sessions and process groups are POSIX.
#include "processprobe.h"

#include <signal.h>
#include <unistd.h>

namespace corral::test {

bool killPid(qint64 pid)
{
    if (pid <= 1 || pid == qint64(::getpid()))
        return false;
    return ::kill(pid_t(pid), SIGKILL) == 0;
}

qint64 sessionOf(qint64 pid)
{
    return pid > 0 ? qint64(::getsid(pid_t(pid))) : -1;
}

qint64 processGroupOf(qint64 pid)
{
    return pid > 0 ? qint64(::getpgid(pid_t(pid))) : -1;
}

} // namespace corral::test
