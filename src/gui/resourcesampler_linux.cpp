// Linux: the tree is every /proc entry in the leader's session or process group.
#include "resourcesampler.h"

#include <QDir>
#include <QElapsedTimer>
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
            m_previous.clear();
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

        const double elapsedS = m_clock.isValid() ? m_clock.restart() / 1000.0 : 0;
        if (!m_clock.isValid())
            m_clock.start();
        for (qint64 pid : leaderPids) {
            ResourceUsage u;
            u.memoryBytes = pages.value(pid) * m_pageSize;
            const auto previous = m_previous.constFind(pid);
            if (previous != m_previous.constEnd() && elapsedS > 0) {
                // A child that exited between samples takes its ticks with it: never report less than 0.
                const qint64 delta = qMax<qint64>(0, ticks.value(pid) - previous.value());
                u.cpuPercent = 100.0 * delta / m_ticksPerSecond / elapsedS;
            }
            usage.insert(pid, u);
        }
        m_previous = ticks;
        return usage;
    }

private:
    QHash<qint64, qint64> m_previous; // leader pid -> CPU ticks of its tree at the last sample
    QElapsedTimer m_clock;
    const double m_ticksPerSecond = double(qMax(1L, ::sysconf(_SC_CLK_TCK)));
    const qint64 m_pageSize = qMax(1L, ::sysconf(_SC_PAGESIZE));
};

} // namespace

std::unique_ptr<ResourceSampler> ResourceSampler::create()
{
    return std::make_unique<LinuxResourceSampler>();
}

} // namespace corral::gui
