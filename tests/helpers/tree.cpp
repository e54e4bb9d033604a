// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// A strategy stand-in for the tests: builds the process shapes real bots end up with.
//   corral_test_tree sleep                 wait forever
//   corral_test_tree ignore-term           wait forever, ignoring SIGTERM (forces the kill path)
//   corral_test_tree family PIDFILE        child + grandchild in the group, a setsid escapee and a
//                                          double-forked daemon; every pid is written to PIDFILE
//   corral_test_tree exit CODE [MS]        exit with CODE after MS milliseconds
//   corral_test_tree print N               print N numbered lines, then wait forever
//   corral_test_tree reexec                exec itself again and again (pid, start time and environment
//                                          stay; most of its life is spent inside execve)
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/types.h>
#include <unistd.h>

namespace {

[[noreturn]] void waitForever()
{
    for (;;)
        pause();
}

void appendPid(const char *file, const char *role)
{
    FILE *f = std::fopen(file, "a");
    if (!f)
        _exit(3);
    std::fprintf(f, "%s %d\n", role, int(getpid()));
    std::fclose(f);
}

// A child that records itself and waits; returns in the parent.
void spawn(const char *file, const char *role, bool ownSession, bool doubleFork)
{
    const pid_t pid = fork();
    if (pid != 0)
        return;
    if (ownSession)
        setsid();
    if (doubleFork && fork() != 0)
        _exit(0);
    appendPid(file, role);
    waitForever();
}

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "sleep")
        waitForever();
    if (mode == "ignore-term") {
        std::signal(SIGTERM, SIG_IGN);
        std::puts("ignoring SIGTERM");
        std::fflush(stdout);
        waitForever();
    }
    if (mode == "family" && argc > 2) {
        const char *file = argv[2];
        appendPid(file, "leader");
        if (fork() == 0) { // child in the group, which has a grandchild in the group too
            appendPid(file, "child");
            spawn(file, "grandchild", false, false);
            waitForever();
        }
        spawn(file, "escapee", true, false);
        spawn(file, "daemon", true, true);
        waitForever();
    }
    if (mode == "exit" && argc > 2) {
        if (argc > 3)
            usleep(useconds_t(std::atoi(argv[3])) * 1000);
        return std::atoi(argv[2]);
    }
    if (mode == "print" && argc > 2) {
        const long n = std::atol(argv[2]);
        for (long i = 0; i < n; ++i)
            std::printf("line %ld\n", i);
        std::fflush(stdout);
        waitForever();
    }
    if (mode == "reexec") {
        char *const again[] = {argv[0], const_cast<char *>("reexec"), nullptr};
        execv("/proc/self/exe", again);
        return 4;
    }
    std::fprintf(stderr, "usage: corral_test_tree sleep|ignore-term|family FILE|exit CODE [MS]|print N|reexec\n");
    return 2;
}
