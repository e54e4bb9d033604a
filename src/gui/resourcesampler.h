// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QElapsedTimer>
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

// Turns each tree's CPU time so far into a share of one core since the previous call. Every
// platform's sampler reads the counters its own way and leaves the arithmetic to this.
class CpuRate
{
public:
    // Sets cpuPercent for the leaders seen at the previous call too; the others stay -1.
    void apply(const QHash<qint64, double> &cpuSeconds, QHash<qint64, ResourceUsage> *usage);
    void forget() { m_previous.clear(); }

private:
    QHash<qint64, double> m_previous; // leader pid -> CPU seconds of its tree at the last call
    QElapsedTimer m_clock;
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
