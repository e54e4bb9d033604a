// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "errorout.h"
#include "logwatch.h"

#include <QHash>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>

namespace corral {

// One inotify descriptor for all the logs, read through a QSocketNotifier. Not QFileSystemWatcher: it
// asks for attribute, move and delete events too and goes through a path lookup per notification, and
// it cannot rest between notifications; here only IN_MODIFY is asked for, which the kernel merges while
// it sits unread in the queue, so the rest after each read is what coalesces a fast writer's writes.
struct LogWatch::Private
{
    int fd = -1;
    std::unique_ptr<QSocketNotifier> notifier;
    QTimer settle;
    QHash<QString, int> watchOf;    // key -> watch descriptor
    QHash<int, QStringList> keysOf; // watch descriptor -> keys (two keys naming one file share it)

    void forget(const QString &key)
    {
        const auto it = watchOf.find(key);
        if (it == watchOf.end())
            return;
        const int wd = it.value();
        watchOf.erase(it);
        QStringList &keys = keysOf[wd];
        keys.removeAll(key);
        if (keys.isEmpty()) {
            keysOf.remove(wd);
            ::inotify_rm_watch(fd, wd);
        }
    }

    // Everything queued, as the keys written to (each once) in the order first seen.
    QStringList drain()
    {
        QStringList dirty;
        alignas(struct inotify_event) char buffer[16 * 1024];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break; // EAGAIN: all read
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const struct inotify_event *>(buffer + at);
                at += ssize_t(sizeof(struct inotify_event) + event->len);
                if (event->mask & IN_Q_OVERFLOW) {
                    // Events were dropped: any file may have been written to.
                    for (auto k = watchOf.cbegin(); k != watchOf.cend(); ++k) {
                        if (!dirty.contains(k.key()))
                            dirty << k.key();
                    }
                    continue;
                }
                const QStringList keys = keysOf.value(event->wd);
                if (event->mask & IN_IGNORED) {
                    // The file is gone (its last link removed) or the watch was removed by us.
                    for (const QString &key : keys)
                        watchOf.remove(key);
                    keysOf.remove(event->wd);
                    continue;
                }
                for (const QString &key : keys) {
                    if (!dirty.contains(key))
                        dirty << key;
                }
            }
        }
        return dirty;
    }
};

LogWatch::LogWatch(QObject *parent) : QObject(parent), d(new Private)
{
    d->settle.setSingleShot(true);
    d->settle.setInterval(SettleMs);
    d->settle.setTimerType(Qt::PreciseTimer);
    connect(&d->settle, &QTimer::timeout, this, [this] {
        if (d->notifier)
            d->notifier->setEnabled(true);
    });
}

LogWatch::~LogWatch()
{
    d->notifier.reset();
    if (d->fd >= 0)
        ::close(d->fd);
}

QString LogWatch::mechanism()
{
    return QStringLiteral("inotify");
}

bool LogWatch::watch(const QString &key, const QString &path, QString *error)
{
    if (d->fd < 0) {
        d->fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (d->fd < 0) {
            setError(error,
                     QStringLiteral("cannot watch %1: inotify: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
            return false;
        }
        d->notifier = std::make_unique<QSocketNotifier>(d->fd, QSocketNotifier::Read);
        connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
            const QStringList dirty = d->drain();
            if (dirty.isEmpty())
                return;
            d->notifier->setEnabled(false);
            d->settle.start();
            for (const QString &k : dirty)
                emit written(k);
        });
    }
    // The same file gives back the same watch descriptor, so watching again is cheap and idempotent.
    const int wd = ::inotify_add_watch(d->fd, path.toLocal8Bit().constData(), IN_MODIFY);
    if (wd < 0) {
        setError(error, QStringLiteral("cannot watch %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        d->forget(key);
        return false;
    }
    if (d->watchOf.value(key, -1) == wd)
        return true;
    // Another file now (or none before): the old watch goes unless another key still needs it. It is not
    // `wd`, which the kernel never hands out twice for two files.
    d->forget(key);
    d->watchOf.insert(key, wd);
    d->keysOf[wd].append(key);
    return true;
}

void LogWatch::unwatch(const QString &key)
{
    d->forget(key);
}

bool LogWatch::isWatching(const QString &key) const
{
    return d->watchOf.contains(key);
}

} // namespace corral
