// Windows: the tree is the leader and its descendants by parent links (win::treeUsage); CPU comes
// from the members' user + kernel times, memory from their working sets.
#include "resourcesampler.h"
#include "winprocess.h"

#include <QElapsedTimer>

namespace corral::gui {

namespace {

class WindowsResourceSampler : public ResourceSampler
{
public:
    QHash<qint64, ResourceUsage> sample(const QList<qint64> &leaderPids) override
    {
        QHash<qint64, ResourceUsage> usage;
        if (leaderPids.isEmpty()) {
            m_previous.clear();
            return usage;
        }
        std::vector<DWORD> leaders;
        for (qint64 pid : leaderPids)
            leaders.push_back(DWORD(pid));
        const std::vector<win::TreeUsage> trees = win::treeUsage(leaders);

        const double elapsedS = m_clock.isValid() ? m_clock.restart() / 1000.0 : 0;
        if (!m_clock.isValid())
            m_clock.start();
        QHash<qint64, quint64> cpu;
        for (int i = 0; i < leaderPids.size(); ++i) {
            const qint64 pid = leaderPids.at(i);
            const win::TreeUsage &tree = trees.at(size_t(i));
            ResourceUsage u;
            if (!tree.members.empty())
                u.memoryBytes = qint64(tree.workingSetBytes);
            cpu.insert(pid, tree.cpuTime100ns);
            const auto previous = m_previous.constFind(pid);
            if (previous != m_previous.constEnd() && elapsedS > 0) {
                // A member that exited takes its time with it: never report less than 0.
                const quint64 delta = tree.cpuTime100ns > previous.value() ? tree.cpuTime100ns - previous.value() : 0;
                u.cpuPercent = 100.0 * (double(delta) / 1e7) / elapsedS;
            }
            usage.insert(pid, u);
        }
        m_previous = cpu;
        return usage;
    }

private:
    QHash<qint64, quint64> m_previous; // leader pid -> CPU time of its tree at the last sample (100 ns)
    QElapsedTimer m_clock;
};

} // namespace

std::unique_ptr<ResourceSampler> ResourceSampler::create()
{
    return std::make_unique<WindowsResourceSampler>();
}

} // namespace corral::gui
