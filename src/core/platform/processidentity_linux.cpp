// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Linux: everything comes from /proc.
#include "processidentity.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QThread>

#include <cerrno>
#include <climits>
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
};

// /proc/<pid>/stat: "pid (comm) state ppid pgrp session ... utime(14) stime(15) ... starttime(22) vsize
// rss(24) ...". comm may hold spaces and
// parentheses, so fields are counted from the last ')'.
bool readStat(qint64 pid, StatFields *out)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = f.readAll();
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
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (ok && pid > 0)
            pids.append(pid);
    }
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
        QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue; // another user's process, or gone
        const QByteArray env = f.readAll();
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
    QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString cookieIn(const QByteArray &environment)
{
    static const QByteArray prefix = "CORRAL_STRATEGY_ID=";
    for (const QByteArray &entry : environment.split('\0'))
        if (entry.startsWith(prefix))
            return QString::fromUtf8(entry.mid(prefix.size()));
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

QList<ProcessEntry> processTable()
{
    QList<ProcessEntry> table;
    const qint64 self = ::getpid();
    for (qint64 pid : allPids()) {
        StatFields st;
        if (pid == self || !readStat(pid, &st) || st.state == 'Z' || st.state == 'X')
            continue;
        table.append({pid, st.pgrp, cookieOf(pid)});
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
