// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// macOS: libproc and sysctl. The start time is the kernel's p_starttime in microseconds.
#include "processidentity.h"

#include <QByteArray>
#include <QHash>
#include <QThread>

#include <libproc.h>
#include <mach/mach_time.h>
#include <sys/sysctl.h>
#include <unistd.h>
#include <vector>

namespace corral::os {

namespace {

bool kinfo(qint64 pid, struct kinfo_proc *out)
{
    int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, int(pid)};
    size_t len = sizeof(*out);
    if (sysctl(mib, 4, out, &len, nullptr, 0) != 0 || len == 0)
        return false;
    return out->kp_proc.p_stat != SZOMB;
}

std::vector<pid_t> allPids()
{
    std::vector<pid_t> pids(size_t(proc_listallpids(nullptr, 0)) + 64);
    const int n = proc_listallpids(pids.data(), int(pids.size() * sizeof(pid_t)));
    pids.resize(n > 0 ? size_t(n) : 0);
    return pids;
}

// The environment of another process: KERN_PROCARGS2 holds argc, exec path, argv, then envp.
QList<QByteArray> environmentOf(pid_t pid)
{
    int mib[3] = {CTL_KERN, KERN_PROCARGS2, pid};
    size_t size = 0;
    if (sysctl(mib, 3, nullptr, &size, nullptr, 0) != 0 || size < sizeof(int))
        return {};
    QByteArray buf(int(size), '\0');
    if (sysctl(mib, 3, buf.data(), &size, nullptr, 0) != 0)
        return {};
    buf.truncate(int(size));
    int argc = 0;
    memcpy(&argc, buf.constData(), sizeof argc);
    QList<QByteArray> parts = buf.mid(sizeof(int)).split('\0');
    parts.removeAll(QByteArray());
    return parts.mid(1 + argc); // skip exec path and argv
}

} // namespace

std::optional<ProcessIdentity> identify(qint64 pid)
{
    struct kinfo_proc info;
    if (pid <= 0 || !kinfo(pid, &info))
        return std::nullopt;
    ProcessIdentity id;
    id.pid = pid;
    id.startTime = quint64(info.kp_proc.p_starttime.tv_sec) * 1000000ULL + quint64(info.kp_proc.p_starttime.tv_usec);
    char path[PROC_PIDPATHINFO_MAXSIZE];
    if (proc_pidpath(int(pid), path, sizeof path) > 0)
        id.executable = QString::fromUtf8(path);
    return id;
}

bool processExists(qint64 pid)
{
    struct kinfo_proc info;
    return pid > 0 && kinfo(pid, &info);
}

QList<qint64> processesWithCookie(const QString &value)
{
    const QByteArray needle = "CORRAL_STRATEGY_ID=" + value.toUtf8();
    QList<qint64> found;
    for (pid_t pid : allPids()) {
        if (pid <= 0 || pid == getpid())
            continue;
        if (environmentOf(pid).contains(needle) && processExists(pid))
            found.append(pid);
    }
    return found;
}

QList<qint64> processGroupMembers(qint64 pgid)
{
    QList<qint64> members;
    for (pid_t pid : allPids()) {
        struct kinfo_proc info;
        if (pid > 0 && kinfo(pid, &info) && info.kp_eproc.e_pgid == pgid)
            members.append(pid);
    }
    return members;
}

qint64 currentPid()
{
    return getpid();
}

namespace {
QString cookieOf(pid_t pid)
{
    static const QByteArray prefix = "CORRAL_STRATEGY_ID=";
    for (const QByteArray &entry : environmentOf(pid))
        if (entry.startsWith(prefix))
            return QString::fromUtf8(entry.mid(prefix.size()));
    return QString();
}
} // namespace

bool carriesCookie(qint64 pid, const QString &value)
{
    if (value.isEmpty())
        return false;
    // As on Linux: inside execve a process's arguments and environment are briefly unreadable, and a
    // stop judged on that read would call a strategy that execs its real program stale. Read again.
    QString cookie = cookieOf(pid_t(pid));
    for (int attempt = 0; cookie.isEmpty() && attempt < 50 && processExists(pid); ++attempt) {
        QThread::usleep(2000);
        cookie = cookieOf(pid_t(pid));
    }
    return cookie == value;
}

QList<ProcessEntry> processTable(quint64 startedNotBefore)
{
    QList<ProcessEntry> table;
    for (pid_t pid : allPids()) {
        struct kinfo_proc info;
        if (pid <= 0 || pid == getpid() || !kinfo(pid, &info))
            continue;
        const quint64 started =
            quint64(info.kp_proc.p_starttime.tv_sec) * 1000000ULL + quint64(info.kp_proc.p_starttime.tv_usec);
        if (started < startedNotBefore)
            continue;
        table.append({pid, info.kp_eproc.e_pgid, cookieOf(pid)});
    }
    return table;
}

QList<TreeUsage> treeUsage(const QList<qint64> &leaders)
{
    QList<TreeUsage> trees;
    QHash<qint64, qsizetype> index;
    for (qint64 leader : leaders) {
        index.insert(leader, trees.size());
        trees.append(TreeUsage{leader, 0, 0, 0});
    }
    if (trees.isEmpty())
        return trees;
    // A task's CPU times are in Mach absolute time units: nanoseconds on Intel, not on Apple silicon.
    mach_timebase_info_data_t timebase{};
    if (mach_timebase_info(&timebase) != KERN_SUCCESS || timebase.denom == 0)
        timebase = {1, 1};
    const double secondsPerUnit = double(timebase.numer) / double(timebase.denom) / 1e9;
    for (pid_t pid : allPids()) {
        struct kinfo_proc info;
        if (pid <= 0 || !kinfo(pid, &info))
            continue;
        auto it = index.constFind(qint64(getsid(pid)));
        if (it == index.constEnd())
            it = index.constFind(qint64(info.kp_eproc.e_pgid));
        if (it == index.constEnd())
            continue;
        struct proc_taskinfo task;
        if (proc_pidinfo(pid, PROC_PIDTASKINFO, 0, &task, int(sizeof task)) != int(sizeof task))
            continue; // another user's process, or gone
        TreeUsage &tree = trees[*it];
        ++tree.members;
        tree.cpuSeconds += double(task.pti_total_user + task.pti_total_system) * secondsPerUnit;
        tree.memoryBytes += qint64(task.pti_resident_size);
    }
    return trees;
}

} // namespace corral::os
