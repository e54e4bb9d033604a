// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Linux: the tree is every /proc entry in the leader's session or process group.
#include "resourcesampler.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace corral::gui {

namespace {

struct ProcStat
{
    qint64 pgrp = 0;
    qint64 session = 0;
    qint64 cpuTicks = 0;
    qint64 rssPages = 0;
};

// /proc/<pid>/stat: "pid (comm) state ppid pgrp session ..."; comm may hold spaces and ')'.
bool readStat(const QString &path, ProcStat *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = file.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> f = line.mid(close + 2).split(' ');
    // f[0] is field 3 (state): field N is f[N - 3].
    if (f.size() < 22)
        return false;
    out->pgrp = f[5 - 3].toLongLong();
    out->session = f[6 - 3].toLongLong();
    out->cpuTicks = f[14 - 3].toLongLong() + f[15 - 3].toLongLong();
    out->rssPages = f[24 - 3].toLongLong();
    return true;
}

class LinuxResourceSampler : public ResourceSampler
{
public:
    QHash<qint64, ResourceUsage> sample(const QList<qint64> &leaderPids) override
    {
        QHash<qint64, ResourceUsage> usage;
        if (leaderPids.isEmpty()) {
            m_cpu.forget();
            return usage;
        }
        QHash<qint64, qint64> ticks;
        QHash<qint64, qint64> pages;
        for (qint64 pid : leaderPids) {
            ticks.insert(pid, 0);
            pages.insert(pid, 0);
        }
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            if (entry.isEmpty() || !entry.at(0).isDigit())
                continue;
            ProcStat stat;
            if (!readStat(QStringLiteral("/proc/%1/stat").arg(entry), &stat))
                continue;
            qint64 leader = 0;
            if (ticks.contains(stat.session))
                leader = stat.session;
            else if (ticks.contains(stat.pgrp))
                leader = stat.pgrp;
            else
                continue;
            ticks[leader] += stat.cpuTicks;
            pages[leader] += stat.rssPages;
        }

        QHash<qint64, double> cpuSeconds;
        for (qint64 pid : leaderPids) {
            usage[pid].memoryBytes = pages.value(pid) * m_pageSize;
            cpuSeconds.insert(pid, double(ticks.value(pid)) / m_ticksPerSecond);
        }
        m_cpu.apply(cpuSeconds, &usage);
        return usage;
    }

private:
    CpuRate m_cpu;
    const double m_ticksPerSecond = double(qMax(1L, ::sysconf(_SC_CLK_TCK)));
    const qint64 m_pageSize = qMax(1L, ::sysconf(_SC_PAGESIZE));
};

} // namespace

std::unique_ptr<ResourceSampler> ResourceSampler::create()
{
    return std::make_unique<LinuxResourceSampler>();
}

} // namespace corral::gui
