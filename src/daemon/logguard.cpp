// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logguard.h"

#include "logfiles.h"
#include "runnerregistry.h"
#include "strategyrunner.h"

#include <QStorageInfo>

namespace corral {

LogGuard::LogGuard(const RunnerRegistry &runners, const Paths &paths, QObject *parent)
    : QObject(parent), m_runners(runners), m_paths(paths)
{
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LogGuard::check);
}

void LogGuard::update()
{
    bool anyRunning = false;
    for (const QString &name : m_runners.names())
        anyRunning = anyRunning || m_runners.findRunner(name)->isLive();
    if (anyRunning && !m_timer.isActive())
        m_timer.start();
    else if (!anyRunning)
        m_timer.stop();
}

void LogGuard::checkSpace()
{
    QStorageInfo disk(m_paths.logsDir());
    disk.refresh();
    const bool low = disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < LowSpaceBytes;
    if (low && !m_lowSpaceReported) {
        emit message(QStringLiteral("the disk holding %1 is full (%2 bytes free): strategies' output is being lost")
                         .arg(m_paths.logsDir())
                         .arg(disk.bytesAvailable()));
    } else if (!low && m_lowSpaceReported) {
        emit message(QStringLiteral("the disk holding %1 has space again").arg(m_paths.logsDir()));
    }
    m_lowSpaceReported = low;
}

void LogGuard::check()
{
    checkSpace();
    for (const QString &name : m_runners.names()) {
        const StrategyRunner *runner = m_runners.findRunner(name);
        if (!runner->isLive() || runner->strategy().logMaxMb <= 0)
            continue;
        const Strategy &s = runner->strategy();
        const LogRotator rotator(m_paths.logFile(name), qint64(s.logMaxMb) * 1024 * 1024, s.logBackups);
        if (!rotator.exceedsLimit())
            continue;
        QString error;
        if (!rotator.rotateLive(&error))
            emit message(QStringLiteral("%1: cannot rotate its log: %2").arg(name, error));
    }
}

} // namespace corral
