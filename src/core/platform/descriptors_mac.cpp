// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// macOS: no close_range; /dev/fd lists the open descriptors at start, and between fork and exec (where
// opendir's allocation is not allowed) every number up to the soft limit is marked instead.

#include "descriptors.h"

#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace corral::os {

namespace {

constexpr int FirstAfterStdio = STDERR_FILENO + 1;

} // namespace

void closeInheritedDescriptors()
{
    std::vector<int> open;
    if (DIR *dir = ::opendir("/dev/fd")) {
        const int own = ::dirfd(dir);
        while (const struct dirent *entry = ::readdir(dir)) {
            char *end = nullptr;
            const long fd = std::strtol(entry->d_name, &end, 10);
            if (end != entry->d_name && *end == '\0' && fd >= FirstAfterStdio && fd != own)
                open.push_back(int(fd));
        }
        ::closedir(dir);
    } else {
        const long last = ::sysconf(_SC_OPEN_MAX);
        for (int fd = FirstAfterStdio; fd < (last > 0 ? last : 10240); ++fd)
            open.push_back(fd);
    }
    for (int fd : open)
        ::close(fd);
}

bool closeOnExecAllBut(int keep) noexcept
{
    struct rlimit rl;
    rlim_t last = 10240; // OPEN_MAX: what raiseOpenFileLimit() allows at most
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < last)
        last = rl.rlim_cur;
    for (int fd = FirstAfterStdio; rlim_t(fd) < last; ++fd) {
        if (fd == keep)
            continue;
        const int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0 && !(flags & FD_CLOEXEC))
            ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
    return true;
}

} // namespace corral::os
