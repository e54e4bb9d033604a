#pragma once

#include <QHash>
#include <QList>
#include <QtGlobal>
#include <memory>

namespace corral::gui {

// CPU and memory of one strategy's whole process tree.
struct ResourceUsage
{
    double cpuPercent = -1;  // of one core, summed over the tree; -1 until two samples exist
    qint64 memoryBytes = -1; // resident memory summed over the tree; -1 when unknown
};

// Measures the trees of the strategies' processes. Every strategy leads its own session (and process
// group), so the tree is what shares the leader's session or group; each platform has its own file
// (resourcesampler_<os>.cpp) and create() picks it.
class ResourceSampler
{
public:
    virtual ~ResourceSampler() = default;

    // Usage per leader pid. CPU is measured since the previous call that included the same pid.
    virtual QHash<qint64, ResourceUsage> sample(const QList<qint64> &leaderPids) = 0;

    // The sampler of this platform; one that reports nothing where the platform has none yet.
    static std::unique_ptr<ResourceSampler> create();
};

} // namespace corral::gui
