// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace corral {

// Size-based rotation of a strategy's log: <log>.1 is the newest backup, <log>.N the oldest.
class LogRotator
{
public:
    LogRotator(const QString &path, qint64 maxBytes, int backups);

    // Before a start, when nothing writes to the file: renames the file into the backups if it is larger
    // than the limit. True when nothing had to be done or rotation succeeded.
    bool rotateIfNeeded(QString *error = nullptr) const;
    // Whether a live rotation puts the backup on disk (fsync) before it cuts the live file. Not needed when
    // every byte cut was written within the last 30 s (the log was cut that recently): the kernel has not
    // promised those to be on disk in the live file either, its dirty pages are written within 30 s.
    enum class BackupSync { BeforeCut, NotNeeded };

    // While the strategy runs and holds the file open with O_APPEND: moves the content into a backup and
    // leaves the live file (same inode) empty, without losing what the writer appends meanwhile.
    bool rotateLive(QString *error = nullptr, BackupSync sync = BackupSync::BeforeCut) const;
    bool exceedsLimit() const;

    QStringList backupPaths() const; // existing backups, newest first

    // Where rotateLive() writes the backup before it becomes <log>.1. It exists only while a live rotation
    // is under way (or after one that failed once the file was cut, holding what was cut).
    static QString rotatingPath(const QString &path);

private:
    bool shiftBackups(QString *error) const;

    QString m_path;
    qint64 m_maxBytes;
    int m_backups;
};

// Reads the end of a file of any size without reading all of it.
class LogTail
{
public:
    // The last `lines` complete or partial lines of the file, oldest first.
    static QStringList lastLines(const QString &path, int lines, QString *error = nullptr);
};

} // namespace corral
