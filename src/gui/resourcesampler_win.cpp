// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: the tree is the leader and its descendants by parent links (win::treeUsage); CPU comes
// from the members' user + kernel times, memory from their working sets.
#include "resourcesampler.h"
#include "winprocess.h"

namespace corral::gui {

namespace {

class WindowsResourceSampler : public ResourceSampler
{
public:
    QHash<qint64, ResourceUsage> sample(const QList<qint64> &leaderPids) override
    {
        QHash<qint64, ResourceUsage> usage;
        if (leaderPids.isEmpty()) {
            m_cpu.forget();
            return usage;
        }
        std::vector<DWORD> leaders;
        for (qint64 pid : leaderPids)
            leaders.push_back(DWORD(pid));
        const std::vector<win::TreeUsage> trees = win::treeUsage(leaders);

        QHash<qint64, double> cpuSeconds;
        for (int i = 0; i < leaderPids.size(); ++i) {
            const qint64 pid = leaderPids.at(i);
            const win::TreeUsage &tree = trees.at(size_t(i));
            ResourceUsage &u = usage[pid];
            if (!tree.members.empty())
                u.memoryBytes = qint64(tree.workingSetBytes);
            cpuSeconds.insert(pid, double(tree.cpuTime100ns) / 1e7); // FILETIME ticks are 100 ns
        }
        m_cpu.apply(cpuSeconds, &usage);
        return usage;
    }

private:
    CpuRate m_cpu;
};

} // namespace

std::unique_ptr<ResourceSampler> ResourceSampler::create()
{
    return std::make_unique<WindowsResourceSampler>();
}

} // namespace corral::gui
