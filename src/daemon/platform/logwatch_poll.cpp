// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The generic fallback, for an OS with none of inotify, kqueue or ReadDirectoryChangesW: it POLLS. Sizes are
// compared every PollMs while something is watched, so it neither bounds a fast writer's log as tightly nor
// lets corrald sleep while strategies run. Linux, macOS, the BSDs and Windows never build this file.

#include "errorout.h"
#include "logwatch.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QTimer>

namespace corral {

namespace {
constexpr int PollMs = 250;
} // namespace

struct LogWatch::Private
{
    struct Watched
    {
        QString path;
        qint64 size = -1;
        QDateTime modified;
    };
    QHash<QString, Watched> watched;
    QTimer poll;
};

LogWatch::LogWatch(QObject *parent) : QObject(parent), d(new Private)
{
    d->poll.setInterval(PollMs);
    connect(&d->poll, &QTimer::timeout, this, [this] {
        QStringList dirty;
        for (auto it = d->watched.begin(); it != d->watched.end(); ++it) {
            const QFileInfo now(it->path);
            if (now.size() == it->size && now.lastModified() == it->modified)
                continue;
            it->size = now.size();
            it->modified = now.lastModified();
            dirty << it.key();
        }
        for (const QString &key : dirty)
            emit written(key);
    });
}

LogWatch::~LogWatch() = default;

QString LogWatch::mechanism()
{
    return QStringLiteral("polling every %1 ms (no watcher on this OS)").arg(PollMs);
}

bool LogWatch::watch(const QString &key, const QString &path, QString *error)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        setError(error, QStringLiteral("cannot watch %1: no such file").arg(path));
        unwatch(key);
        return false;
    }
    d->watched.insert(key, {path, file.size(), file.lastModified()});
    d->poll.start();
    return true;
}

void LogWatch::unwatch(const QString &key)
{
    d->watched.remove(key);
    if (d->watched.isEmpty())
        d->poll.stop();
}

bool LogWatch::isWatching(const QString &key) const
{
    return d->watched.contains(key);
}

} // namespace corral
