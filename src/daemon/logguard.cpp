// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logguard.h"

#include "logfiles.h"
#include "runnerregistry.h"
#include "strategyrunner.h"

#include <QFile>
#include <QStorageInfo>

namespace corral {

LogGuard::LogGuard(const RunnerRegistry &runners, const Paths &paths, QObject *parent)
    : QObject(parent), m_runners(runners), m_paths(paths)
{
    connect(&m_watch, &LogWatch::written, this, [this](const QString &name) {
        enforce(name);
        spaceMayHaveChanged();
    });
    m_spaceTrailing.setSingleShot(true);
    connect(&m_spaceTrailing, &QTimer::timeout, this, [this] {
        m_sinceSpaceCheck.start();
        checkSpace();
    });
}

void LogGuard::update(const protocol::StrategyStatus &status)
{
    const QString &name = status.name;
    if (!protocol::isLive(status.state)) {
        m_watchedPid.remove(name);
        m_rotateError.remove(name);
        m_lastCut.remove(name);
        m_watch.unwatch(name);
        return;
    }
    // A new process may write to a new file: the start renames a log past its limit into the backups.
    const qint64 pid = status.pid.value_or(0);
    if (m_watch.isWatching(name) && m_watchedPid.value(name, -1) == pid)
        return;
    const QString path = m_paths.logFile(name);
    QString error;
    if (!m_watch.watch(name, path, &error)) {
        // While starting the log may not be there yet; a log deleted by hand has nothing left to bound.
        if (status.state == protocol::State::Running && QFile::exists(path))
            emit message(QStringLiteral("%1: its log is not size-limited while it runs: %2").arg(name, error));
        return;
    }
    m_watchedPid.insert(name, pid);
    // Already past its limit, e.g. adopted after a corrald restart or its limit lowered: no write must wait.
    enforce(name);
    // A program that writes at once may have filled the disk before the watch began, and write no more.
    spaceMayHaveChanged();
}

void LogGuard::spaceMayHaveChanged()
{
    if (!m_sinceSpaceCheck.isValid() || m_sinceSpaceCheck.elapsed() >= SpaceCheckMs) {
        m_sinceSpaceCheck.start();
        checkSpace();
    } else if (!m_spaceTrailing.isActive()) {
        // The write that fills the disk may come right after a check, and none follows it: look once more.
        m_spaceTrailing.start(int(SpaceCheckMs - m_sinceSpaceCheck.elapsed()));
    }
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

void LogGuard::enforce(const QString &name)
{
    const StrategyRunner *runner = m_runners.findRunner(name);
    if (!runner || !runner->isLive() || runner->strategy().logMaxMb <= 0)
        return;
    const Strategy &s = runner->strategy();
    const LogRotator rotator(m_paths.logFile(name), qint64(s.logMaxMb) * 1024 * 1024, s.logBackups);
    if (!rotator.exceedsLimit())
        return;
    // A fast writer's log is cut many times a second: an fsync before each cut would let it run far past its
    // limit meanwhile, and protects nothing the live file had on disk.
    const QElapsedTimer lastCut = m_lastCut.value(name);
    const bool fresh = lastCut.isValid() && lastCut.elapsed() < FreshMs;
    QString error;
    if (rotator.rotateLive(&error, fresh ? LogRotator::BackupSync::NotNeeded : LogRotator::BackupSync::BeforeCut)) {
        m_rotateError.remove(name);
        m_lastCut[name].start();
        return;
    }
    // Every write tries again; the reason is said once, not once per write.
    if (m_rotateError.value(name) != error)
        emit message(QStringLiteral("%1: cannot rotate its log: %2").arg(name, error));
    m_rotateError.insert(name, error);
}

} // namespace corral
