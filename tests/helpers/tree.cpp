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
//   corral_test_tree leave PIDFILE [setsid] [closefds]
//                                          a launcher's `nohup bot & exit 0`: forks a child that waits
//                                          forever (in its own session with setsid; without any descriptor
//                                          above 2, the instance lock included, with closefds), writes
//                                          "leftover PID" to PIDFILE and exits 0
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
    if (mode == "leave" && argc > 2) {
        bool ownSession = false;
        bool closeFds = false;
        for (int i = 3; i < argc; ++i) {
            ownSession = ownSession || std::strcmp(argv[i], "setsid") == 0;
            closeFds = closeFds || std::strcmp(argv[i], "closefds") == 0;
        }
        const pid_t child = fork();
        if (child == 0) {
            if (ownSession)
                setsid();
            if (closeFds)
                for (int fd = 3; fd < 1024; ++fd)
                    close(fd);
            waitForever();
        }
        FILE *f = std::fopen(argv[2], "a");
        if (!f || child < 0)
            return 3;
        std::fprintf(f, "leftover %d\n", int(child));
        std::fclose(f);
        return 0;
    }
    if (mode == "reexec") {
        char *const again[] = {argv[0], const_cast<char *>("reexec"), nullptr};
        execv("/proc/self/exe", again);
        return 4;
    }
    std::fprintf(stderr, "usage: corral_test_tree sleep|ignore-term|family FILE|exit CODE [MS]|print N|reexec|"
                         "leave FILE [setsid] [closefds]\n");
    return 2;
}
