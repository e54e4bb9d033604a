// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "resourcesampler.h"

#include "processidentity.h"

namespace corral::gui {

void CpuRate::apply(const QHash<qint64, double> &cpuSeconds, QHash<qint64, ResourceUsage> *usage)
{
    const double elapsedS = m_clock.isValid() ? m_clock.restart() / 1000.0 : 0;
    if (!m_clock.isValid())
        m_clock.start();
    for (auto it = cpuSeconds.cbegin(); it != cpuSeconds.cend(); ++it) {
        const auto previous = m_previous.constFind(it.key());
        if (previous == m_previous.constEnd() || elapsedS <= 0)
            continue;
        // A member that exited between samples takes its time with it: never report less than 0.
        const double delta = qMax(0.0, it.value() - previous.value());
        (*usage)[it.key()].cpuPercent = 100.0 * delta / elapsedS;
    }
    m_previous = cpuSeconds;
}

QHash<qint64, ResourceUsage> ResourceSampler::sample(const QList<qint64> &leaderPids)
{
    QHash<qint64, ResourceUsage> usage;
    if (leaderPids.isEmpty()) {
        m_cpu.forget();
        return usage;
    }
    QHash<qint64, double> cpuSeconds;
    for (const os::TreeUsage &tree : os::treeUsage(leaderPids)) {
        ResourceUsage &u = usage[tree.leader];
        if (tree.members > 0)
            u.memoryBytes = tree.memoryBytes;
        cpuSeconds.insert(tree.leader, tree.cpuSeconds);
    }
    m_cpu.apply(cpuSeconds, &usage);
    return usage;
}

std::unique_ptr<ResourceSampler> ResourceSampler::create()
{
    return std::make_unique<ResourceSampler>();
}

} // namespace corral::gui
