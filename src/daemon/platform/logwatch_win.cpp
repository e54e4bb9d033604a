// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "errorout.h"
#include "logwatch.h"

#include <windows.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWinEventNotifier>

#include <vector>

namespace corral {

namespace {

QString lastErrorText()
{
    return qt_error_string(int(GetLastError()));
}

// One directory watched with ReadDirectoryChangesW (overlapped, its event on a QWinEventNotifier). Windows
// tells of writes per directory, not per open file; the system keeps collecting changes between two reads
// while the handle is open, so the rest between reads loses nothing and folds a fast writer's writes.
struct Directory
{
    HANDLE handle = INVALID_HANDLE_VALUE;
    OVERLAPPED overlapped = {};
    std::vector<DWORD> buffer = std::vector<DWORD>(16 * 1024); // DWORD-aligned, as the call requires
    std::unique_ptr<QWinEventNotifier> notifier;
    QHash<QString, QStringList> keysOf; // file name, lower case -> keys

    ~Directory()
    {
        notifier.reset();
        if (handle != INVALID_HANDLE_VALUE) {
            // The buffer must outlive the pending read.
            CancelIoEx(handle, &overlapped);
            DWORD ignored = 0;
            GetOverlappedResult(handle, &overlapped, &ignored, TRUE);
            CloseHandle(handle);
        }
        if (overlapped.hEvent)
            CloseHandle(overlapped.hEvent);
    }

    bool arm()
    {
        ResetEvent(overlapped.hEvent);
        return ReadDirectoryChangesW(handle, buffer.data(), DWORD(buffer.size() * sizeof(DWORD)), FALSE,
                                     FILE_NOTIFY_CHANGE_SIZE | FILE_NOTIFY_CHANGE_LAST_WRITE, nullptr, &overlapped,
                                     nullptr);
    }

    // The keys whose files changed since the last read; all of them when the system's buffer overflowed.
    QStringList collect()
    {
        QStringList dirty;
        DWORD bytes = 0;
        if (!GetOverlappedResult(handle, &overlapped, &bytes, FALSE) || bytes == 0) {
            for (const QStringList &keys : std::as_const(keysOf))
                dirty << keys;
            return dirty;
        }
        const auto *base = reinterpret_cast<const char *>(buffer.data());
        for (DWORD at = 0;;) {
            const auto *info = reinterpret_cast<const FILE_NOTIFY_INFORMATION *>(base + at);
            const QString name =
                QString::fromWCharArray(info->FileName, int(info->FileNameLength / sizeof(WCHAR))).toLower();
            for (const QString &key : keysOf.value(name)) {
                if (!dirty.contains(key))
                    dirty << key;
            }
            if (info->NextEntryOffset == 0)
                break;
            at += info->NextEntryOffset;
        }
        return dirty;
    }
};

} // namespace

struct LogWatch::Private
{
    QHash<QString, std::shared_ptr<Directory>> directories; // native path, lower case -> its watch
    QHash<QString, QPair<QString, QString>> watched;        // key -> (directory, file name)
    QTimer settle;

    void forget(const QString &key)
    {
        const auto it = watched.find(key);
        if (it == watched.end())
            return;
        const auto [dirPath, name] = it.value();
        watched.erase(it);
        const std::shared_ptr<Directory> dir = directories.value(dirPath);
        if (!dir)
            return;
        QStringList &keys = dir->keysOf[name];
        keys.removeAll(key);
        if (keys.isEmpty())
            dir->keysOf.remove(name);
        if (dir->keysOf.isEmpty())
            directories.remove(dirPath);
    }
};

LogWatch::LogWatch(QObject *parent) : QObject(parent), d(new Private)
{
    d->settle.setSingleShot(true);
    d->settle.setInterval(SettleMs);
    d->settle.setTimerType(Qt::PreciseTimer);
    connect(&d->settle, &QTimer::timeout, this, [this] {
        for (const std::shared_ptr<Directory> &dir : std::as_const(d->directories)) {
            if (dir->notifier->isEnabled())
                continue;
            if (dir->arm())
                dir->notifier->setEnabled(true);
        }
    });
}

LogWatch::~LogWatch() = default;

QString LogWatch::mechanism()
{
    return QStringLiteral("ReadDirectoryChangesW");
}

bool LogWatch::watch(const QString &key, const QString &path, QString *error)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        setError(error, QStringLiteral("cannot watch %1: no such file").arg(path));
        d->forget(key);
        return false;
    }
    const QString dirPath = QDir::toNativeSeparators(file.absolutePath()).toLower();
    const QString name = file.fileName().toLower();
    if (d->watched.value(key) == qMakePair(dirPath, name))
        return true;
    d->forget(key);

    std::shared_ptr<Directory> dir = d->directories.value(dirPath);
    if (!dir) {
        dir = std::make_shared<Directory>();
        dir->handle = CreateFileW(reinterpret_cast<const wchar_t *>(dirPath.utf16()), FILE_LIST_DIRECTORY,
                                  FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                  FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OVERLAPPED, nullptr);
        if (dir->handle == INVALID_HANDLE_VALUE) {
            setError(error, QStringLiteral("cannot watch %1: %2").arg(file.absolutePath(), lastErrorText()));
            return false;
        }
        dir->overlapped.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
        if (!dir->overlapped.hEvent || !dir->arm()) {
            setError(error, QStringLiteral("cannot watch %1: %2").arg(file.absolutePath(), lastErrorText()));
            return false;
        }
        dir->notifier = std::make_unique<QWinEventNotifier>(dir->overlapped.hEvent);
        Directory *raw = dir.get();
        connect(dir->notifier.get(), &QWinEventNotifier::activated, this, [this, raw] {
            raw->notifier->setEnabled(false);
            const QStringList dirty = raw->collect();
            d->settle.start();
            for (const QString &k : dirty)
                emit written(k);
        });
        d->directories.insert(dirPath, dir);
    }
    dir->keysOf[name].append(key);
    d->watched.insert(key, qMakePair(dirPath, name));
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
