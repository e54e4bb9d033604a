// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logfollower.h"

#include "logfiles.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>

#include <cstring>

namespace corral {

namespace {

constexpr qint64 ScanChunkBytes = 64 << 10;
// Enough to tell one place in a log from another, small enough to check on every read.
constexpr int RecentBytes = 256;
// Watchers miss events on some filesystems (network mounts, some containers) and when a path is replaced;
// a slow poll while someone is looking costs nothing noticeable.
constexpr int FallbackPollMs = 250;
// A rotation takes milliseconds to a second; a staging file untouched for longer was left by one that failed.
constexpr qint64 StaleRotationMs = 10000;
// Finding the tail waits this long for a rotation under way rather than guess which side of the cut it read.
constexpr int TailWaitMs = 1000;
// More cuts than this between two looks (a viewer hidden for long) are not followed through the backups.
constexpr int MaxCutsBetweenLooks = 64;
// Reads that a rotation overlapped are repeated, a few times.
constexpr int Attempts = 4;

} // namespace

LogFollower::LogFollower(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(FallbackPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        watchPaths();
        emit changed();
    });
}

LogFollower::~LogFollower() = default;

void LogFollower::setTailWindow(int lines, qint64 maxBytes)
{
    m_tailLines = qMax(0, lines);
    m_tailMaxBytes = maxBytes;
}

void LogFollower::close()
{
    m_path.clear();
    m_source = Source::None;
    m_file = {};
    m_backupSeen = {};
    m_pos = 0;
    m_tailEnd = 0;
    m_drainEndsStream = false;
    m_restartPending = false;
    m_delivered = false;
    m_hasMore = false;
    m_recent.clear();
    watchPaths();
}

LogFollower::Look LogFollower::look() const
{
    // A staging file nobody has written to for a while was left by a rotation that failed half way.
    const QFileInfo staging(m_rotatingPath);
    const bool rotating =
        staging.exists() && staging.lastModified().msecsTo(QDateTime::currentDateTime()) < StaleRotationMs;
    return {FileIdentity::of(m_path), FileIdentity::of(m_backupPath), rotating};
}

bool LogFollower::sameLook(const Look &a, const Look &b)
{
    // Sizes are left out: the writer appends all the time, and that is not a rotation.
    const auto sameFile = [](const FileIdentity &x, const FileIdentity &y) {
        return x.exists == y.exists && (!x.exists || x.sameFile(y));
    };
    return sameFile(a.live, b.live) && sameFile(a.backup, b.backup) && a.rotating == b.rotating;
}

QByteArray LogFollower::readAt(QFile &file, qint64 offset, qint64 length)
{
    QByteArray data;
    if (length <= 0 || !file.seek(offset))
        return data;
    data.resize(length);
    const qint64 got = file.read(data.data(), length);
    data.resize(qMax<qint64>(0, got));
    m_bytesRead += data.size();
    return data;
}

void LogFollower::remember(const QByteArray &delivered)
{
    if (delivered.size() >= RecentBytes) {
        m_recent = delivered.right(RecentBytes);
    } else {
        m_recent += delivered;
        if (m_recent.size() > RecentBytes)
            m_recent = m_recent.right(RecentBytes);
    }
}

qint64 LogFollower::tailStart(QFile &file, qint64 size, int lines, qint64 floor)
{
    if (lines <= 0)
        return size;
    const qint64 lowest = m_tailMaxBytes > 0 ? qMax(floor, size - m_tailMaxBytes) : floor;
    int found = 0;
    qint64 earliestLineStart = -1;
    for (qint64 end = size; end > lowest;) {
        const qint64 begin = qMax(lowest, end - ScanChunkBytes);
        const QByteArray chunk = readAt(file, begin, end - begin);
        if (chunk.size() != end - begin)
            return lowest;
        for (qint64 i = chunk.size() - 1; i >= 0; --i) {
            // A newline that ends the file ends the last line; it does not start an empty one.
            if (chunk.at(i) != '\n' || begin + i == size - 1)
                continue;
            earliestLineStart = begin + i + 1;
            if (++found == lines)
                return earliestLineStart;
        }
        end = begin;
    }
    // Out of budget before enough lines: start at a line boundary rather than in the middle of one, unless
    // the window holds no boundary at all.
    if (lowest > floor && earliestLineStart >= 0)
        return earliestLineStart;
    return lowest;
}

void LogFollower::seekToTail(const QString &path)
{
    close();
    m_path = path;
    m_backupPath = backupPath(1);
    m_rotatingPath = LogRotator::rotatingPath(path);
    m_bytesRead = 0;
    m_rotations = 0;
    m_source = Source::Tail;
    // A tail found during a rotation could be on either side of the cut; it is short, so wait for it.
    for (QElapsedTimer waited; !positionAtTail();) {
        if (!waited.isValid())
            waited.start();
        if (waited.elapsed() >= TailWaitMs)
            break;
        QThread::msleep(5);
    }
    watchPaths();
}

bool LogFollower::positionAtTail()
{
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        const Look before = look();
        if (before.rotating)
            return false;
        m_backupSeen = before.backup;
        if (!before.live.exists) {
            m_source = Source::None;
            return true;
        }
        // Unbuffered: the file changes under us, and every read seeks to an offset we chose.
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            continue;
        const qint64 size = file.size();
        const qint64 start = tailStart(file, size, m_tailLines, 0);
        const qint64 recent = qMin<qint64>(RecentBytes, start);
        const QByteArray tailPrefix = readAt(file, start - recent, recent);
        if (tailPrefix.size() != recent || !sameLook(before, look()))
            continue;
        m_source = Source::Live;
        m_file = before.live;
        m_pos = start;
        m_tailEnd = size;
        m_recent = tailPrefix;
        return true;
    }
    // The file keeps changing identity under us: start from whatever is there now.
    startLive(FileIdentity::of(m_path), false);
    return true;
}

LogFollower::Chunk LogFollower::openAtTail(const QString &path)
{
    seekToTail(path);
    if (m_source != Source::Live)
        return {};
    return readNext(qMax<qint64>(1, m_tailEnd - m_pos));
}

void LogFollower::startLive(const FileIdentity &live, bool restart)
{
    m_source = live.exists ? Source::Live : Source::None;
    m_file = live;
    m_pos = 0;
    m_recent.clear();
    if (restart)
        m_restartPending = true;
}

QString LogFollower::backupPath(int index) const
{
    return m_path + QLatin1Char('.') + QString::number(index);
}

void LogFollower::relocateAfterCut(const Look &now)
{
    // Each cut since the last look pushed the backups one place up and put a new one at <log>.1, so the
    // stream from where the place was counted is <log>.k … <log>.1 and the live file, where <log>.k+1 is the
    // backup seen last time; with none seen, every backup is new. With one backup kept there is no <log>.2
    // to count by and one cut is assumed: a wrong guess fails the check of the last bytes delivered, and the
    // live file is read again from its start.
    QList<FileIdentity> fresh{now.backup};
    for (int index = 2;; ++index) {
        const FileIdentity next = FileIdentity::of(backupPath(index));
        if (m_backupSeen.exists && next.unchanged(m_backupSeen))
            break;
        if (!next.exists) {
            if (m_backupSeen.exists && index > 2) {
                startLive(now.live, true); // the backup seen last time is gone: too many cuts to count
                return;
            }
            break;
        }
        if (index > MaxCutsBetweenLooks) {
            startLive(now.live, true);
            return;
        }
        fresh << next;
    }
    for (int index = int(fresh.size()); index >= 1; --index) {
        const FileIdentity &backup = fresh.at(index - 1);
        if (m_pos < backup.size) {
            // Behind when the head went into this backup: finish it there; the newer backups and then the
            // live file continue it.
            m_source = Source::Backup;
            m_file = backup;
            m_drainIndex = index;
            m_drainEndsStream = false;
            return;
        }
        m_pos -= backup.size;
    }
    if (m_pos > now.live.size)
        startLive(now.live, true);
}

bool LogFollower::findDrained()
{
    // Further rotations push the backup being read further up; its identity says where it went.
    for (int index = m_drainIndex; index <= m_drainIndex + MaxCutsBetweenLooks; ++index) {
        const FileIdentity id = FileIdentity::of(backupPath(index));
        if (!id.exists)
            return false;
        if (id.sameFile(m_file)) {
            m_drainIndex = index;
            return true;
        }
    }
    return false;
}

void LogFollower::settle(const Look &now)
{
    switch (m_source) {
    case Source::None:
        // The file (re)appeared: whatever was shown before belongs to another file.
        if (now.live.exists)
            startLive(now.live, true);
        break;
    case Source::Tail:
        break;
    case Source::Backup:
        if (!findDrained()) {
            // Rotated out of reach while the old file was being finished.
            ++m_rotations;
            startLive(now.live, true);
        }
        break;
    case Source::Live:
        if (!now.live.sameFile(m_file)) {
            ++m_rotations;
            if (now.backup.sameFile(m_file)) {
                // Renamed away at a start: what is left of it is still ours; the new file comes after.
                m_source = Source::Backup;
                m_file = now.backup;
                m_drainIndex = 1;
                m_drainEndsStream = true;
            } else {
                startLive(now.live, true); // deleted, or rotated beyond <log>.1
            }
        } else if (now.backup.exists && !now.backup.unchanged(m_backupSeen)) {
            ++m_rotations;
            relocateAfterCut(now);
        } else if (now.live.size < m_pos) {
            ++m_rotations;
            startLive(now.live, true); // emptied or shortened by something other than the rotator
        }
        break;
    }
    m_backupSeen = now.backup;
}

LogFollower::Slice LogFollower::readSlice(qint64 maxBytes, int maxLines, int keepLines)
{
    Slice slice;
    QFile file(m_source == Source::Backup ? backupPath(m_drainIndex) : m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return slice;
    const qint64 size = file.size();
    slice.fileSize = size;
    if (size < m_pos)
        return slice;

    // The bytes before our place come with the slice and must be those delivered last.
    const qint64 check = qMin<qint64>(m_recent.size(), m_pos);
    qint64 start = m_pos;
    const bool jump = keepLines > 0 && m_source == Source::Live;
    if (jump) {
        if (check > 0 && readAt(file, m_pos - check, check) != m_recent.right(check))
            return slice;
        start = qMax(m_pos, tailStart(file, size, keepLines, m_pos));
        if (start > m_pos) {
            slice.skipped = start - m_pos;
            const qint64 recent = qMin<qint64>(RecentBytes, start);
            slice.before = readAt(file, start - recent, recent);
        }
    }
    const qint64 want = qMin(qMax<qint64>(1, maxBytes), size - start);
    const qint64 prefix = jump ? 0 : check;
    QByteArray data = readAt(file, start - prefix, prefix + qMax<qint64>(0, want));
    if (data.size() < prefix ||
        std::memcmp(data.constData(), m_recent.constData() + m_recent.size() - prefix, size_t(prefix)) != 0)
        return slice;
    data.remove(0, prefix);

    qsizetype lineEnd = -1;
    for (int lines = 0; lines < maxLines;) {
        lineEnd = data.indexOf('\n', lineEnd + 1);
        if (lineEnd < 0)
            break;
        if (++lines == maxLines)
            data.truncate(lineEnd + 1);
    }
    // A full slice with more behind it ends at a line end, so a line is never split across two slices (nor a
    // UTF-8 sequence, nor a CR LF pair) unless it alone is longer than a slice.
    if (want > 0 && data.size() == want && start + want < size) {
        const qsizetype lastNewline = data.lastIndexOf('\n');
        if (lastNewline >= 0)
            data.truncate(lastNewline + 1);
    }
    slice.ok = true;
    slice.start = start;
    slice.data = data;
    return slice;
}

LogFollower::Chunk LogFollower::readNext(qint64 maxBytes, int maxLines, int keepLines)
{
    Chunk chunk;
    m_hasMore = false;
    if (m_path.isEmpty())
        return chunk;
    if (m_source == Source::Tail && !positionAtTail())
        return chunk;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        const Look before = look();
        // Between the backup being written and it being named <log>.1 the place cannot be known; the next
        // look (the watcher sees the cut, or the poll) is soon.
        if (before.rotating)
            return chunk;
        settle(before);
        if (m_source == Source::None)
            return chunk;
        const Slice slice = readSlice(maxBytes, maxLines, keepLines);
        if (!sameLook(before, look()))
            continue; // a rotation overlapped the read: what was read may be from either side of it
        if (!slice.ok) {
            // Not what we delivered where it should be: the file was rewritten in place.
            ++m_rotations;
            startLive(before.live, true);
            continue;
        }
        chunk.skipped = slice.skipped;
        chunk.data = slice.data;
        if (slice.skipped > 0)
            m_recent = slice.before;
        m_pos = slice.start + slice.data.size();
        if (!chunk.data.isEmpty()) {
            chunk.restarted = (m_restartPending || chunk.skipped > 0) && m_delivered;
            m_restartPending = false;
            m_delivered = true;
            remember(chunk.data);
        }
        if (m_source == Source::Backup && m_pos >= slice.fileSize) {
            // The backup is finished; the next newer one, or the live file, follows from its start, looked at
            // with the next read.
            if (m_drainIndex > 1) {
                --m_drainIndex;
                m_file = FileIdentity::of(backupPath(m_drainIndex));
                m_pos = 0;
                m_recent.clear();
            } else {
                startLive(before.live, m_drainEndsStream);
            }
            m_hasMore = true;
            return chunk;
        }
        m_hasMore = m_pos < slice.fileSize;
        return chunk;
    }
    return chunk;
}

void LogFollower::setWatching(bool on)
{
    if (on == isWatching())
        return;
    if (on) {
        m_watcher = std::make_unique<QFileSystemWatcher>();
        const auto onChange = [this] {
            watchPaths();
            emit changed();
        };
        connect(m_watcher.get(), &QFileSystemWatcher::fileChanged, this, onChange);
        connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, this, onChange);
        m_poll.start();
        watchPaths();
    } else {
        m_watcher.reset();
        m_poll.stop();
    }
}

void LogFollower::watchPaths()
{
    if (!m_watcher)
        return;
    QStringList wanted;
    if (!m_path.isEmpty()) {
        const QFileInfo info(m_path);
        // The directory says when the file is renamed away or appears; a watched file renamed away is
        // dropped from the watcher, so the new one is added again.
        if (info.absoluteDir().exists())
            wanted << info.absolutePath();
        if (info.exists())
            wanted << m_path;
    }
    QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString &path : std::as_const(watched)) {
        if (!wanted.contains(path))
            m_watcher->removePath(path);
    }
    watched = m_watcher->files() + m_watcher->directories();
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
}

} // namespace corral
