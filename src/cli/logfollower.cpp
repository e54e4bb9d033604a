// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logfollower.h"

#include <QFile>
#include <QFileInfo>

namespace corral::cli {

namespace {

constexpr qint64 ChunkBytes = 64 << 10;
// Watchers miss events on some filesystems (network mounts, some containers) and when a path is
// replaced; a slow poll while the user is watching a terminal costs nothing noticeable.
constexpr int FallbackPollMs = 250;

} // namespace

LogFollower::LogFollower(const QString &path, qint64 offset, Sink sink, QObject *parent)
    : QObject(parent), m_path(path), m_backupPath(path + QStringLiteral(".1")), m_offset(qMax<qint64>(0, offset)),
      m_sink(std::move(sink))
{
    m_live = FileIdentity::of(m_path);
    m_backup = FileIdentity::of(m_backupPath);
    if (!m_live.exists)
        m_offset = 0;
}

void LogFollower::start()
{
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    watchFile();
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFollower::poll);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogFollower::poll);
    connect(&m_fallback, &QTimer::timeout, this, &LogFollower::poll);
    m_fallback.start(FallbackPollMs);
    poll();
}

void LogFollower::watchFile()
{
    // A watched file that is renamed away is dropped from the watcher; the new one must be added again.
    if (QFile::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

qint64 LogFollower::copyRange(const QString &path, qint64 from, qint64 to)
{
    if (to <= from)
        return 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(from))
        return 0;
    qint64 copied = 0;
    while (from + copied < to) {
        const QByteArray chunk = file.read(qMin(ChunkBytes, to - from - copied));
        if (chunk.isEmpty())
            break;
        m_sink(chunk);
        copied += chunk.size();
    }
    return copied;
}

void LogFollower::poll()
{
    const FileIdentity live = FileIdentity::of(m_path);

    if (m_live.exists && !live.sameFile(m_live)) {
        // Renamed away (rotation at start): its unread rest is in the backup if it went there.
        const FileIdentity backup = FileIdentity::of(m_backupPath);
        if (backup.sameFile(m_live))
            copyRange(m_backupPath, m_offset, backup.size);
        m_backup = backup;
        m_offset = 0;
    } else if (live.exists && live.size < m_offset) {
        const FileIdentity backup = FileIdentity::of(m_backupPath);
        if (backup.exists && !backup.unchanged(m_backup)) {
            // The head went into a fresh backup: what we had not read yet is at its end.
            const qint64 cut = backup.size;
            copyRange(m_backupPath, m_offset, cut);
            m_offset = qMax<qint64>(0, m_offset - cut);
            if (m_offset > live.size)
                m_offset = 0;
        } else {
            m_offset = 0;
        }
        m_backup = backup;
    }

    m_live = live;
    if (!live.exists) {
        m_offset = 0;
        return;
    }
    watchFile();
    m_offset += copyRange(m_path, m_offset, live.size);
}

} // namespace corral::cli
