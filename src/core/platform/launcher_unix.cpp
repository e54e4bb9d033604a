// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "launcher.h"

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace corral {

namespace {

// Runs in the child between fork and exec: only async-signal-safe calls, no allocation.
void failChild(const char *message)
{
    const ssize_t ignored = ::write(STDERR_FILENO, message, strlen(message));
    (void)ignored;
    _exit(127);
}

} // namespace

void Launcher::applyPlatformHooks(StrategyProcess &process, const Strategy &strategy, const InstanceLock &lock) const
{
    const int lockFd = int(lock.handle());
    const rlim_t memoryBytes = strategy.memoryMb > 0 ? rlim_t(strategy.memoryMb) * 1024 * 1024 : 0;
    const rlim_t openFiles = strategy.maxOpenFiles > 0 ? rlim_t(strategy.maxOpenFiles) : 0;

    process.setChildProcessModifier([lockFd, memoryBytes, openFiles] {
        // Own session and process group: the terminal's or corrald's SIGHUP never reaches the strategy,
        // and a stop can signal the whole group at once.
        if (::setsid() < 0)
            failChild("corral: setsid failed\n");

        // Dispositions and the mask survive exec; whatever the launcher ignores or blocks must not be
        // what the strategy starts with.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGUSR1, SIGUSR2, SIGXFSZ})
            ::signal(sig, SIG_DFL);

        // The lock was opened close-on-exec so no other child inherits it; this one must.
        const int flags = ::fcntl(lockFd, F_GETFD);
        if (flags < 0 || ::fcntl(lockFd, F_SETFD, flags & ~FD_CLOEXEC) < 0)
            failChild("corral: cannot pass the instance lock to the strategy\n");

        if (memoryBytes > 0) {
            const struct rlimit rl
            {
                memoryBytes, memoryBytes
            };
            if (::setrlimit(RLIMIT_AS, &rl) != 0)
                failChild("corral: cannot apply the memory limit (RLIMIT_AS)\n");
        }
        if (openFiles > 0) {
            struct rlimit rl;
            ::getrlimit(RLIMIT_NOFILE, &rl);
            rl.rlim_cur = openFiles;
            if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < openFiles)
                rl.rlim_max = openFiles; // only root may raise the hard limit; others get a clear failure
            if (::setrlimit(RLIMIT_NOFILE, &rl) != 0)
                failChild("corral: cannot apply the open-file limit (RLIMIT_NOFILE above the hard limit?)\n");
        }
    });
}

bool Launcher::platformRetryStart(StrategyProcess &, const Strategy &) const
{
    return false;
}

QString Launcher::platformAfterStart(StrategyProcess &, const Strategy &) const
{
    return QString();
}

} // namespace corral
