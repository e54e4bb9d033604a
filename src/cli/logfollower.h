// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "fileidentity.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace corral::cli {

// `corralctl logs -f`: hands on every byte appended to a strategy's log, across the two rotations
// corrald does (see LogRotator):
// - at start the file is renamed to <log>.1 and a new one begins: the rest of the old file is read from
//   <log>.1, then the new file from its start;
// - while running its head is cut into a new <log>.1 (range collapse, or copy + truncate): the read
//   offset moves back by what was cut, and anything not read yet is taken from <log>.1.
// A file made smaller with no new backup (truncated by hand) is read again from its start.
// The file is opened only for each read, so the follower never holds it open against a rename
// (which Windows would refuse).
class LogFollower : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const QByteArray &)>;

    // `offset`: how much of the file has already been shown.
    LogFollower(const QString &path, qint64 offset, Sink sink, QObject *parent = nullptr);

    void start();
    // Also called by the watcher and the timer; public so tests can drive it without waiting.
    void poll();

private:
    qint64 copyRange(const QString &path, qint64 from, qint64 to);
    void watchFile();

    QString m_path;
    QString m_backupPath;
    qint64 m_offset;
    Sink m_sink;
    FileIdentity m_live;   // the file m_offset refers to
    FileIdentity m_backup; // <log>.1 as last seen: a new one means a rotation happened
    QFileSystemWatcher m_watcher;
    QTimer m_fallback;
};

} // namespace corral::cli
