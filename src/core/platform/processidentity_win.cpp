// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: identity is pid + creation time (win::identify). A strategy's descendants are found
// through its Job Object, not by reading environments.
#include "processidentity.h"
#include "winprocess.h"

namespace corral::os {

std::optional<ProcessIdentity> identify(qint64 pid)
{
    const std::optional<win::Identity> id = win::identify(DWORD(pid));
    if (!id)
        return std::nullopt;
    ProcessIdentity result;
    result.pid = pid;
    result.startTime = id->creationTime;
    result.executable = QString::fromStdWString(id->image);
    return result;
}

bool processExists(qint64 pid)
{
    return win::identify(DWORD(pid)).has_value();
}

QList<qint64> processesWithCookie(const QString &)
{
    return {};
}

QList<qint64> processGroupMembers(qint64)
{
    return {};
}

qint64 currentPid()
{
    return qint64(GetCurrentProcessId());
}

// The Job Object, named after the cookie, is the proof of ownership on Windows.
bool carriesCookie(qint64, const QString &)
{
    return true;
}

QList<ProcessEntry> processTable(quint64)
{
    return {};
}

QList<TreeUsage> treeUsage(const QList<qint64> &leaders)
{
    std::vector<DWORD> ids;
    for (qint64 leader : leaders)
        ids.push_back(DWORD(leader));
    const std::vector<win::TreeUsage> trees = win::treeUsage(ids);
    QList<TreeUsage> usage;
    for (size_t i = 0; i < trees.size() && i < size_t(leaders.size()); ++i) {
        TreeUsage tree;
        tree.leader = leaders.at(qsizetype(i));
        tree.members = int(trees[i].members.size());
        tree.cpuSeconds = double(trees[i].cpuTime100ns) / 1e7; // FILETIME ticks are 100 ns
        tree.memoryBytes = qint64(trees[i].workingSetBytes);
        usage.append(tree);
    }
    return usage;
}

} // namespace corral::os
