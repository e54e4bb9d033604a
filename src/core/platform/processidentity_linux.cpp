// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Linux: everything comes from /proc.
#include "processidentity.h"

#include <QByteArray>
#include <QHash>
#include <QThread>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace corral::os {

namespace {

struct StatFields
{
    char state = '?';
    qint64 pgrp = 0;
    qint64 session = 0;
    quint64 cpuTicks = 0; // utime + stime
    quint64 startTime = 0;
    qint64 rssPages = 0;
    bool kernelThread = false; // PF_KTHREAD in the flags (field 9): no environment, never a strategy's
};

// /proc/<pid>/stat: "pid (comm) state ppid pgrp session ... utime(14) stime(15) ... starttime(22) vsize
// rss(24) ...". comm may hold spaces and
// parentheses, so fields are counted from the last ')'.
// One file of /proc/<pid>/ read whole, with plain system calls: corrald reads the whole process table at
// every exit of a strategy (to find what it left running), and QFile's stat() calls and buffers made
// that ~70 us a process, 9 ms of each restart on a desktop's 120 processes. False when it cannot be read.
bool readProcFile(qint64 pid, const char *name, QByteArray *out)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/%s", static_cast<long long>(pid), name);
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    out->resize(0);
    char chunk[4096];
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0) {
            out->append(chunk, n);
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            ok = false;
            break;
        }
    }
    ::close(fd);
    return ok;
}

bool readStat(qint64 pid, StatFields *out)
{
    QByteArray line;
    if (!readProcFile(pid, "stat", &line))
        return false;
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field N is fields[N - 3].
    if (fields.size() < 22 || fields[0].isEmpty())
        return false;
    out->state = fields[0].at(0);
    out->pgrp = fields[5 - 3].toLongLong();
    out->session = fields[6 - 3].toLongLong();
    out->cpuTicks = fields[14 - 3].toULongLong() + fields[15 - 3].toULongLong();
    out->startTime = fields[22 - 3].toULongLong();
    out->rssPages = fields[24 - 3].toLongLong();
    out->kernelThread = (fields[9 - 3].toULongLong() & 0x00200000u) != 0;
    return true;
}

QString readExe(qint64 pid)
{
    char buf[PATH_MAX];
    const QByteArray link = QStringLiteral("/proc/%1/exe").arg(pid).toLocal8Bit();
    const ssize_t n = ::readlink(link.constData(), buf, sizeof buf - 1);
    if (n <= 0)
        return QString();
    return QString::fromLocal8Bit(buf, int(n));
}

QList<qint64> allPids()
{
    QList<qint64> pids;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return pids;
    while (const dirent *e = ::readdir(proc)) {
        char *end = nullptr;
        const long long pid = std::strtoll(e->d_name, &end, 10);
        if (end != e->d_name && *end == '\0' && pid > 0)
            pids.append(pid);
    }
    ::closedir(proc);
    return pids;
}

} // namespace

std::optional<ProcessIdentity> identify(qint64 pid)
{
    StatFields st;
    if (pid <= 0 || !readStat(pid, &st) || st.state == 'Z' || st.state == 'X')
        return std::nullopt;
    ProcessIdentity id;
    id.pid = pid;
    id.startTime = st.startTime;
    id.executable = readExe(pid);
    return id;
}

bool processExists(qint64 pid)
{
    StatFields st;
    return pid > 0 && readStat(pid, &st) && st.state != 'Z' && st.state != 'X';
}

QList<qint64> processesWithCookie(const QString &value)
{
    QList<qint64> found;
    const QByteArray needle = "CORRAL_STRATEGY_ID=" + value.toUtf8();
    const qint64 self = ::getpid();
    for (qint64 pid : allPids()) {
        if (pid == self)
            continue;
        QByteArray env;
        if (!readProcFile(pid, "environ", &env))
            continue; // another user's process, or gone
        for (const QByteArray &entry : env.split('\0')) {
            if (entry == needle) {
                if (processExists(pid))
                    found.append(pid);
                break;
            }
        }
    }
    return found;
}

QList<qint64> processGroupMembers(qint64 pgid)
{
    QList<qint64> members;
    if (pgid <= 0)
        return members;
    for (qint64 pid : allPids()) {
        StatFields st;
        if (readStat(pid, &st) && st.pgrp == pgid && st.state != 'Z' && st.state != 'X')
            members.append(pid);
    }
    return members;
}

qint64 currentPid()
{
    return ::getpid();
}

namespace {
QByteArray environmentOf(qint64 pid)
{
    QByteArray environment;
    return readProcFile(pid, "environ", &environment) ? environment : QByteArray();
}

QString cookieIn(const QByteArray &environment)
{
    static const QByteArray prefix = "CORRAL_STRATEGY_ID=";
    // Entry by entry in place: no list of copies for a table of hundreds of environments.
    for (qsizetype at = 0; at < environment.size();) {
        qsizetype end = environment.indexOf('\0', at);
        if (end < 0)
            end = environment.size();
        const QByteArrayView entry(environment.constData() + at, end - at);
        if (entry.startsWith(prefix))
            return QString::fromUtf8(entry.constData() + prefix.size(), entry.size() - prefix.size());
        at = end + 1;
    }
    return QString();
}

QString cookieOf(qint64 pid)
{
    return cookieIn(environmentOf(pid));
}
} // namespace

bool carriesCookie(qint64 pid, const QString &value)
{
    if (value.isEmpty())
        return false;
    // Inside execve the kernel shows no environment until the new image has one: a strategy that execs
    // its real program (a shim, `sh -c '… exec bot'`) reads as empty for that moment. Judged on such a
    // read, a stop would call it stale and leave it running. So an empty read is read again, for at most
    // ~100 ms; a process that really has no environment (env -i) only costs that wait.
    QByteArray environment = environmentOf(pid);
    for (int attempt = 0; environment.isEmpty() && attempt < 50 && processExists(pid); ++attempt) {
        QThread::usleep(2000);
        environment = environmentOf(pid);
    }
    return cookieIn(environment) == value;
}

QList<ProcessEntry> processTable(quint64 startedNotBefore)
{
    QList<ProcessEntry> table;
    const qint64 self = ::getpid();
    for (qint64 pid : allPids()) {
        StatFields st;
        if (pid == self || !readStat(pid, &st) || st.state == 'Z' || st.state == 'X' || st.startTime < startedNotBefore)
            continue;
        // Half a machine's processes are kernel threads: their empty environ need not be read.
        table.append({pid, st.pgrp, st.kernelThread ? QString() : cookieOf(pid)});
    }
    return table;
}

QList<TreeUsage> treeUsage(const QList<qint64> &leaders)
{
    static const double ticksPerSecond = double(qMax(1L, ::sysconf(_SC_CLK_TCK)));
    static const qint64 pageSize = qMax(1L, ::sysconf(_SC_PAGESIZE));
    QList<TreeUsage> trees;
    QHash<qint64, qsizetype> index;
    for (qint64 leader : leaders) {
        index.insert(leader, trees.size());
        trees.append(TreeUsage{leader, 0, 0, 0});
    }
    if (trees.isEmpty())
        return trees;
    for (qint64 pid : allPids()) {
        StatFields st;
        if (!readStat(pid, &st) || st.state == 'Z' || st.state == 'X')
            continue;
        auto it = index.constFind(st.session);
        if (it == index.constEnd())
            it = index.constFind(st.pgrp);
        if (it == index.constEnd())
            continue;
        TreeUsage &tree = trees[*it];
        ++tree.members;
        tree.cpuSeconds += double(st.cpuTicks) / ticksPerSecond;
        tree.memoryBytes += st.rssPages * pageSize;
    }
    return trees;
}

} // namespace corral::os
