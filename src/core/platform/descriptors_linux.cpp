// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Linux: close_range(2) where the kernel has it (5.9, CLOSE_RANGE_CLOEXEC 5.11), /proc/self/fd otherwise.

#include "descriptors.h"

#include <climits>
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace corral::os {

namespace {

constexpr int FirstAfterStdio = STDERR_FILENO + 1;

// The raw syscall: glibc's wrapper is younger (2.34) than some systems we build on.
bool closeRange(unsigned first, unsigned last, unsigned flags) noexcept
{
#ifdef SYS_close_range
    if (first > last)
        return true;
    return ::syscall(SYS_close_range, first, last, flags) == 0;
#else
    (void)first;
    (void)last;
    (void)flags;
    return false;
#endif
}

// Calls `apply(fd)` for each open descriptor above stderr, read from /proc/self/fd with getdents64 into
// a buffer on the stack: no opendir, so no allocation, so usable between fork and exec. The buffer is
// small and the function never inlined: QProcess may run the child on a small stack (vfork), and the
// common path (close_range) must not pay for this frame.
template <typename Apply> __attribute__((noinline)) bool forEachOpenDescriptor(Apply apply) noexcept
{
    const int dir = ::open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return false;
    alignas(struct dirent64) char buffer[512];
    for (;;) {
        const long bytes = ::syscall(SYS_getdents64, dir, buffer, sizeof buffer);
        if (bytes <= 0) {
            ::close(dir);
            return bytes == 0;
        }
        for (long offset = 0; offset < bytes;) {
            const auto *entry = reinterpret_cast<const struct dirent64 *>(buffer + offset);
            offset += entry->d_reclen;
            int fd = 0;
            const char *c = entry->d_name;
            if (*c < '0' || *c > '9')
                continue; // "." and ".."
            for (; *c >= '0' && *c <= '9'; ++c)
                fd = fd * 10 + (*c - '0');
            if (fd >= FirstAfterStdio && fd != dir)
                apply(fd);
        }
    }
}

// The last resort without /proc: every number up to the soft limit (bounded, a limit can be huge).
template <typename Apply> void forEveryDescriptorNumber(Apply apply) noexcept
{
    struct rlimit rl;
    rlim_t last = 65536;
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < last)
        last = rl.rlim_cur;
    for (int fd = FirstAfterStdio; rlim_t(fd) < last; ++fd)
        apply(fd);
}

void setCloseOnExec(int fd) noexcept
{
    const int flags = ::fcntl(fd, F_GETFD);
    if (flags >= 0 && !(flags & FD_CLOEXEC))
        ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
}

} // namespace

void closeInheritedDescriptors()
{
    if (closeRange(FirstAfterStdio, ~0U, 0))
        return;
    // Closing while listing is safe here: /proc/self/fd is read by descriptor number, not by position.
    if (!forEachOpenDescriptor([](int fd) { ::close(fd); }))
        forEveryDescriptorNumber([](int fd) { ::close(fd); });
}

bool closeOnExecAllBut(int keep) noexcept
{
    if (keep < FirstAfterStdio) {
        if (closeRange(FirstAfterStdio, ~0U, CLOSE_RANGE_CLOEXEC))
            return true;
    } else if (closeRange(FirstAfterStdio, unsigned(keep) - 1, CLOSE_RANGE_CLOEXEC) &&
               closeRange(unsigned(keep) + 1, ~0U, CLOSE_RANGE_CLOEXEC)) {
        return true;
    }
    const auto mark = [keep](int fd) {
        if (fd != keep)
            setCloseOnExec(fd);
    };
    if (forEachOpenDescriptor(mark))
        return true;
    forEveryDescriptorNumber(mark);
    return true;
}

} // namespace corral::os
