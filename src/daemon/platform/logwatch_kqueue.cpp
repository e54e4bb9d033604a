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
#include <fcntl.h>
#include <sys/event.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef O_EVTONLY
#define O_EVTONLY O_RDONLY // the BSDs: a plain read-only descriptor
#endif

namespace corral {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

} // namespace

// One kqueue for all the logs, read through a QSocketNotifier; each log is watched through a descriptor of
// its own (O_EVTONLY on macOS: it does not keep the volume from unmounting). EV_CLEAR makes the kernel
// fold every write since the last read into one event per file, so the rest after each read is what
// coalesces a fast writer's writes.
struct LogWatch::Private
{
    struct Watched
    {
        int fd = -1;
        dev_t dev = 0;
        ino_t ino = 0;
    };

    int kq = -1;
    std::unique_ptr<QSocketNotifier> notifier;
    QTimer settle;
    QHash<QString, Watched> watched; // key -> its file
    QHash<int, QString> keyOf;       // descriptor -> key

    void forget(const QString &key)
    {
        const auto it = watched.find(key);
        if (it == watched.end())
            return;
        keyOf.remove(it->fd);
        ::close(it->fd); // closing removes its event from the kqueue
        watched.erase(it);
    }

    QStringList drain()
    {
        QStringList dirty;
        struct kevent events[64];
        const struct timespec now = {0, 0};
        for (;;) {
            const int n = ::kevent(kq, nullptr, 0, events, 64, &now);
            if (n <= 0)
                break;
            for (int i = 0; i < n; ++i) {
                const QString key = keyOf.value(int(events[i].ident));
                if (key.isEmpty())
                    continue;
                if (events[i].fflags & (NOTE_DELETE | NOTE_RENAME)) {
                    // The path names another file now, or none: the caller watches again at the next start.
                    forget(key);
                    continue;
                }
                if (!dirty.contains(key))
                    dirty << key;
            }
            if (n < 64)
                break;
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
    const QStringList keys = d->watched.keys();
    for (const QString &key : keys)
        d->forget(key);
    if (d->kq >= 0)
        ::close(d->kq);
}

QString LogWatch::mechanism()
{
    return QStringLiteral("kqueue");
}

bool LogWatch::watch(const QString &key, const QString &path, QString *error)
{
    if (d->kq < 0) {
        d->kq = ::kqueue();
        if (d->kq < 0) {
            setError(error, QStringLiteral("cannot watch %1: kqueue: %2").arg(path, errnoText()));
            return false;
        }
        ::fcntl(d->kq, F_SETFD, FD_CLOEXEC);
        d->notifier = std::make_unique<QSocketNotifier>(d->kq, QSocketNotifier::Read);
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
    // Opened first and identified by its descriptor: the path may name another file a moment later.
    const int fd = ::open(path.toLocal8Bit().constData(), O_EVTONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        setError(error, QStringLiteral("cannot watch %1: %2").arg(path, errnoText()));
        if (fd >= 0)
            ::close(fd);
        d->forget(key);
        return false;
    }
    const auto it = d->watched.constFind(key);
    if (it != d->watched.cend() && it->dev == st.st_dev && it->ino == st.st_ino) {
        ::close(fd);
        return true;
    }
    d->forget(key);
    struct kevent change;
    // udata 0, not nullptr: a pointer on macOS and FreeBSD, an intptr_t on older NetBSD.
    EV_SET(&change, uintptr_t(fd), EVFILT_VNODE, EV_ADD | EV_CLEAR,
           NOTE_WRITE | NOTE_EXTEND | NOTE_DELETE | NOTE_RENAME, 0, 0);
    if (::kevent(d->kq, &change, 1, nullptr, 0, nullptr) != 0) {
        setError(error, QStringLiteral("cannot watch %1: %2").arg(path, errnoText()));
        ::close(fd);
        return false;
    }
    d->watched.insert(key, {fd, st.st_dev, st.st_ino});
    d->keyOf.insert(fd, key);
    return true;
}

void LogWatch::unwatch(const QString &key)
{
    d->forget(key);
}

bool LogWatch::isWatching(const QString &key) const
{
    return d->watched.contains(key);
}

} // namespace corral
