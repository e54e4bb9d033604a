// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "descriptors.h"
#include "launcher.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <unistd.h>

namespace corral {

namespace {

// The step of the child's set-up that failed, sent to corrald with its errno so that the start fails
// with the real cause ("Operation not permitted") rather than as a program that exited with 127.
enum class SetupStep : int { Session = 1, Lock, Memory, OpenFiles };

struct SetupFailure
{
    int step;
    int error;
};

// Between fork and exec: no allocation and little stack (QProcess may run this on the small stack of a
// vfork-like child), one writev so that the line lands whole at the log's end.
__attribute__((noinline)) void writeStartMarker(const QByteArray &before, const QByteArray &after)
{
    char digits[24];
    int start = int(sizeof digits);
    for (long pid = long(::getpid()); pid > 0 && start > 0; pid /= 10)
        digits[--start] = char('0' + pid % 10);
    struct iovec parts[3] = {{const_cast<char *>(before.constData()), size_t(before.size())},
                             {digits + start, sizeof digits - size_t(start)},
                             {const_cast<char *>(after.constData()), size_t(after.size())}};
    ssize_t ignored = ::writev(STDOUT_FILENO, parts, 3); // the log, opened O_APPEND
    (void)ignored;
}

// Runs in the child between fork and exec: only async-signal-safe calls, no allocation.
[[noreturn]] void failChild(int reportFd, SetupStep step, const char *message)
{
    const SetupFailure failure{int(step), errno};
    ssize_t ignored = ::write(reportFd, &failure, sizeof failure);
    ignored = ::write(STDERR_FILENO, message, strlen(message)); // into the log too
    (void)ignored;
    _exit(127);
}

// What one start holds open at its peak: the report pipe (2), QProcess's stdin and log (2), its exec
// pipe (2) and forkfd's descriptors (up to 2).
constexpr int StartDescriptors = 8;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

} // namespace

// The report pipe of one start: the child writes a SetupFailure into it when its set-up fails; both
// ends are close-on-exec, so a successful exec leaves it empty.
struct PlatformLaunch
{
    int reportRead = -1;
    int reportWrite = -1;

    void closeWriteEnd()
    {
        if (reportWrite >= 0)
            ::close(reportWrite);
        reportWrite = -1;
    }
    ~PlatformLaunch()
    {
        closeWriteEnd();
        if (reportRead >= 0)
            ::close(reportRead);
    }
};

QString Launcher::applyPlatformHooks(StrategyProcess &process, const Strategy &strategy, const InstanceLock &lock) const
{
    const int lockFd = int(lock.handle());
    // A start needs a handful of descriptors at once (the report pipe, QProcess's stdin, log and exec
    // pipe, forkfd). Running out half-way through QProcess gives messages with a stale errno ("No such
    // file or directory"), so the start is refused before, with the real cause.
    {
        int probes[StartDescriptors];
        int taken = 0;
        for (; taken < StartDescriptors; ++taken) {
            probes[taken] = ::fcntl(lockFd, F_DUPFD_CLOEXEC, 0);
            if (probes[taken] < 0)
                break;
        }
        const int err = errno;
        for (int i = 0; i < taken; ++i)
            ::close(probes[i]);
        if (taken < StartDescriptors)
            return errnoText(err);
    }

    auto state = std::make_shared<PlatformLaunch>();
    int ends[2] = {-1, -1};
    if (::pipe(ends) == 0) {
        ::fcntl(ends[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(ends[1], F_SETFD, FD_CLOEXEC);
        ::fcntl(ends[0], F_SETFL, O_NONBLOCK);
        state->reportRead = ends[0];
        state->reportWrite = ends[1];
    }
    process.platformState = state;

    const int reportFd = state->reportWrite;
    const rlim_t memoryBytes = strategy.memoryMb > 0 ? rlim_t(strategy.memoryMb) * 1024 * 1024 : 0;
    const rlim_t openFiles = strategy.maxOpenFiles > 0 ? rlim_t(strategy.maxOpenFiles) : 0;
    const rlim_t defaultOpenFiles = rlim_t(os::defaultStrategyOpenFiles());

    const QByteArray markerBefore = m_markerBefore;
    const QByteArray markerAfter = m_markerAfter;
    process.setChildProcessModifier([reportFd, lockFd, memoryBytes, openFiles, defaultOpenFiles, markerBefore,
                                     markerAfter] {
        // Own session and process group: the terminal's or corrald's SIGHUP never reaches the strategy,
        // and a stop can signal the whole group at once.
        if (::setsid() < 0)
            failChild(reportFd, SetupStep::Session, "corral: setsid failed\n");

        // Dispositions and the mask survive exec; whatever the launcher ignores or blocks must not be
        // what the strategy starts with.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGUSR1, SIGUSR2, SIGXFSZ})
            ::signal(sig, SIG_DFL);

        // Exactly stdin, stdout, stderr and the lock reach the program, whatever corrald (or a library
        // in it) left open without close-on-exec. Before the limits: they may lower the soft limit
        // below a descriptor still open.
        os::closeOnExecAllBut(lockFd);

        // The lock was opened close-on-exec so no other child inherits it; this one must.
        const int flags = ::fcntl(lockFd, F_GETFD);
        if (flags < 0 || ::fcntl(lockFd, F_SETFD, flags & ~FD_CLOEXEC) < 0)
            failChild(reportFd, SetupStep::Lock, "corral: cannot pass the instance lock to the strategy\n");

        if (memoryBytes > 0) {
            const struct rlimit rl
            {
                memoryBytes, memoryBytes
            };
            if (::setrlimit(RLIMIT_AS, &rl) != 0)
                failChild(reportFd, SetupStep::Memory, "corral: cannot apply the memory limit (RLIMIT_AS)\n");
        }
        struct rlimit rl;
        if (::getrlimit(RLIMIT_NOFILE, &rl) == 0) {
            if (openFiles > 0) {
                // Soft and hard: a program may lift a soft limit itself, and a limit is a promise.
                rl.rlim_cur = openFiles;
                rl.rlim_max = openFiles;
            } else if (defaultOpenFiles > 0) {
                // corrald raised its own soft limit; a strategy gets the login default back.
                rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ? defaultOpenFiles : std::min(rl.rlim_max, defaultOpenFiles);
            }
            if (::setrlimit(RLIMIT_NOFILE, &rl) != 0)
                failChild(reportFd, SetupStep::OpenFiles,
                          "corral: cannot apply the open-file limit (RLIMIT_NOFILE above the hard limit?)\n");
        }
        // Last, when the setup has held: the marker comes before the program's first output.
        if (!markerBefore.isEmpty())
            writeStartMarker(markerBefore, markerAfter);
    });
    return QString();
}

bool Launcher::platformRetryStart(StrategyProcess &, const Strategy &) const
{
    return false;
}

QString Launcher::platformAfterStart(StrategyProcess &process, const Strategy &strategy) const
{
    const std::shared_ptr<PlatformLaunch> state = process.platformState;
    process.platformState.reset();
    if (!state || state->reportRead < 0)
        return QString();
    // The child has exec'd or exited by now (QProcess saw its own pipe close): whatever it reported is
    // already in the pipe, and nothing more will come.
    state->closeWriteEnd();
    SetupFailure failure{0, 0};
    if (::read(state->reportRead, &failure, sizeof failure) != ssize_t(sizeof failure))
        return QString();
    const QString why = errnoText(failure.error);
    switch (SetupStep(failure.step)) {
    case SetupStep::Session:
        return QStringLiteral("cannot give it its own session (setsid): %1").arg(why);
    case SetupStep::Lock:
        return QStringLiteral("cannot pass it its instance lock: %1").arg(why);
    case SetupStep::Memory:
        return QStringLiteral("cannot apply the memory limit of %1 MiB: %2").arg(strategy.memoryMb).arg(why);
    case SetupStep::OpenFiles: {
        struct rlimit rl;
        const bool known = ::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_max != RLIM_INFINITY;
        if (strategy.maxOpenFiles > 0 && known && rlim_t(strategy.maxOpenFiles) > rl.rlim_max)
            return QStringLiteral("cannot apply the open-file limit of %1 (above the hard limit %2, which only root "
                                  "may raise): %3")
                .arg(strategy.maxOpenFiles)
                .arg(qulonglong(rl.rlim_max))
                .arg(why);
        return QStringLiteral("cannot apply the open-file limit of %1: %2").arg(strategy.maxOpenFiles).arg(why);
    }
    }
    return QStringLiteral("its set-up failed: %1").arg(why);
}

} // namespace corral
