// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// POSIX parts shared by Linux and macOS; how the open descriptors are found is in the per-OS files.

#include "descriptors.h"

#include <climits>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <unistd.h>

namespace corral::os {

void stdinFromNullDevice()
{
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null < 0)
        return;
    if (null != STDIN_FILENO) {
        ::dup2(null, STDIN_FILENO); // dup2 clears close-on-exec on the copy
        ::close(null);
    }
}

long long raiseOpenFileLimit()
{
    struct rlimit rl;
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 0;
    rlim_t wanted = rl.rlim_max;
#ifdef OPEN_MAX
    // macOS (the only one of ours that defines it) refuses a soft limit above OPEN_MAX.
    if (wanted == RLIM_INFINITY || wanted > rlim_t(OPEN_MAX))
        wanted = rlim_t(OPEN_MAX);
#endif
    if (wanted > rl.rlim_cur) {
        const rlim_t before = rl.rlim_cur;
        rl.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &rl) != 0)
            rl.rlim_cur = before;
    }
    return rl.rlim_cur == RLIM_INFINITY ? 0 : static_cast<long long>(rl.rlim_cur);
}

long long defaultStrategyOpenFiles()
{
    return FD_SETSIZE;
}

} // namespace corral::os
