// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace corral {

// What the OS says a process is. pid alone is not an identity: pids are reused, so the start time
// (as the kernel reports it, not a wall clock we took) and the executable come with it.
struct ProcessIdentity
{
    qint64 pid = 0;
    quint64 startTime = 0; // opaque, OS-defined: Linux ticks since boot, Windows FILETIME, macOS µs
    QString executable;

    bool isValid() const { return pid > 0; }
    // The same process: pid and kernel start time. The executable is not part of it, because a
    // process may exec (a pyenv shim, `sh -c '… exec bot'`) and stays the one we started; two
    // processes with one pid and one start tick do not happen.
    bool isSameProcess(const ProcessIdentity &o) const { return pid == o.pid && startTime == o.startTime; }
    bool operator==(const ProcessIdentity &o) const
    {
        return pid == o.pid && startTime == o.startTime && executable == o.executable;
    }
    bool operator!=(const ProcessIdentity &o) const { return !(*this == o); }
};

namespace os {

// The identity of a live process, or nothing when there is no such process (or it is a zombie).
std::optional<ProcessIdentity> identify(qint64 pid);
bool processExists(qint64 pid);
// Live processes whose environment holds CORRAL_STRATEGY_ID=value. Finds descendants that left the
// process group (setsid, double fork); only processes of the calling user can be read.
QList<qint64> processesWithCookie(const QString &value);
// Live processes whose process group is pgid.
QList<qint64> processGroupMembers(qint64 pgid);
qint64 currentPid();

// Whether the process carries CORRAL_STRATEGY_ID=value in its environment. Where environments cannot
// be read (Windows: the Job Object is the proof there), true.
bool carriesCookie(qint64 pid, const QString &value);

// One pass over the process table: every live process of this user with its process group and its
// CORRAL_STRATEGY_ID value (empty when it has none). Many stoppers share one snapshot instead of each
// walking /proc on every tick.
struct ProcessEntry
{
    qint64 pid = 0;
    qint64 pgid = 0;
    QString cookie;
};
// `startedNotBefore` (a ProcessIdentity::startTime) leaves out processes started earlier, without reading
// their environment: what a strategy left behind is never older than its main process.
QList<ProcessEntry> processTable(quint64 startedNotBefore = 0);

// What one strategy's tree costs: CPU time so far and resident memory, summed over its live members.
struct TreeUsage
{
    qint64 leader = 0;
    int members = 0; // live processes counted; 0 when the leader and its tree are gone
    double cpuSeconds = 0;
    qint64 memoryBytes = 0;
};
// One pass over the process table for many trees, in the order of `leaders`. On Unix a tree is what
// shares the leader's session or process group (every strategy leads its own); on Windows it is the
// leader and its descendants by parent links. Processes this user may not read are not counted.
QList<TreeUsage> treeUsage(const QList<qint64> &leaders);

} // namespace os
} // namespace corral
