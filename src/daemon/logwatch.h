// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace corral {

// Tells when a watched file has been written to, by whoever holds it open: the OS's own change
// notification (inotify on Linux, kqueue on macOS and the BSDs, ReadDirectoryChangesW on Windows; one
// file per OS in platform/logwatch_*.cpp). Nothing wakes corrald while nobody writes.
//
// Coalesced: after a notification the watch rests for SettleMs, and what was written meanwhile is told
// once at the end of the rest. A writer at hundreds of MB/s in 4 KiB writes thus costs at most one
// wake-up per SettleMs, not one per write, and the caller hears of a write at most SettleMs late.
class LogWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int SettleMs = 1;

    explicit LogWatch(QObject *parent = nullptr);
    ~LogWatch() override;

    // What this build watches with, for corrald's log and the docs ("inotify", "kqueue", ...).
    static QString mechanism();

    // Watches the file `path` names now under `key`; watching a key again follows the path to the file it
    // names now (a log renamed into a backup at start is replaced by a new file). False with a reason when
    // the file is missing or the OS refuses a watch.
    bool watch(const QString &key, const QString &path, QString *error = nullptr);
    void unwatch(const QString &key);
    bool isWatching(const QString &key) const;

signals:
    // At least once after each write to the key's file; never while nothing writes.
    void written(const QString &key);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace corral
