// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// CPU and memory of process trees, from a Toolhelp snapshot and each member's own counters.
#include "winprocess.h"

#include <map>
#include <psapi.h>
#include <tlhelp32.h>

namespace corral::win {

namespace {

struct Member
{
    std::uint64_t created = 0;
    std::uint64_t cpu = 0;
    std::uint64_t workingSet = 0;
};

std::uint64_t ticks(const FILETIME &t)
{
    return (std::uint64_t(t.dwHighDateTime) << 32) | t.dwLowDateTime;
}

std::optional<Member> measure(DWORD pid)
{
    Handle process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, pid));
    if (!process || WaitForSingleObject(process.get(), 0) != WAIT_TIMEOUT)
        return std::nullopt;
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(process.get(), &created, &exited, &kernel, &user))
        return std::nullopt;
    Member m;
    m.created = ticks(created);
    m.cpu = ticks(kernel) + ticks(user);
    PROCESS_MEMORY_COUNTERS counters{};
    if (GetProcessMemoryInfo(process.get(), &counters, sizeof counters))
        m.workingSet = counters.WorkingSetSize;
    return m;
}

} // namespace

std::vector<TreeUsage> treeUsage(const std::vector<DWORD> &leaders)
{
    std::multimap<DWORD, DWORD> children; // parent pid -> child pid
    Handle snapshot(CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0));
    if (snapshot) {
        PROCESSENTRY32W entry{};
        entry.dwSize = sizeof entry;
        for (BOOL more = Process32FirstW(snapshot.get(), &entry); more; more = Process32NextW(snapshot.get(), &entry)) {
            if (entry.th32ProcessID != entry.th32ParentProcessID)
                children.emplace(entry.th32ParentProcessID, entry.th32ProcessID);
        }
    }

    std::vector<TreeUsage> result;
    for (DWORD leader : leaders) {
        TreeUsage usage;
        std::vector<std::pair<DWORD, Member>> pending;
        if (const std::optional<Member> m = measure(leader))
            pending.emplace_back(leader, *m);
        while (!pending.empty()) {
            const auto [pid, member] = pending.back();
            pending.pop_back();
            usage.members.push_back(pid);
            usage.cpuTime100ns += member.cpu;
            usage.workingSetBytes += member.workingSet;
            const auto range = children.equal_range(pid);
            for (auto it = range.first; it != range.second; ++it) {
                const std::optional<Member> child = measure(it->second);
                if (child && child->created >= member.created)
                    pending.emplace_back(it->second, *child);
            }
        }
        result.push_back(std::move(usage));
    }
    return result;
}

} // namespace corral::win
