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

// Turns each tree's CPU time so far into a share of one core since the previous call.
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

// Measures the trees of the strategies' processes. What a tree is, and how its counters are read, is
// core's per-OS business (os::treeUsage); this turns the counters into the window's columns.
class ResourceSampler
{
public:
    // Usage per leader pid. CPU is measured since the previous call that included the same pid; a leader
    // whose tree has no live process has unknown memory (-1), not 0 bytes.
    QHash<qint64, ResourceUsage> sample(const QList<qint64> &leaderPids);

    static std::unique_ptr<ResourceSampler> create();

private:
    CpuRate m_cpu;
};

} // namespace corral::gui
