// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logfiles.h"

#include "errorout.h"
#include "logcut.h"
#include "logfollower.h"

#include <QFile>
#include <QFileInfo>

namespace corral {

namespace {

constexpr qint64 CopyChunkBytes = 1 << 20;
// How far a live rotation chases a writer that appends while the head is copied.
constexpr int ChaseRounds = 8;
constexpr qint64 ChaseMinBytes = 64 * 1024;

QString backupPath(const QString &path, int index)
{
    return path + QLatin1Char('.') + QString::number(index);
}

// copyChunks() through memory, where the kernel cannot copy.
bool copyChunksThroughMemory(QFile &from, QFile &to, qint64 limit, QString *error)
{
    QByteArray buffer(CopyChunkBytes, Qt::Uninitialized);
    qint64 left = limit;
    while (limit < 0 || left > 0) {
        const qint64 want = limit < 0 ? CopyChunkBytes : qMin(CopyChunkBytes, left);
        const qint64 got = from.read(buffer.data(), want);
        if (got < 0) {
            setError(error, QStringLiteral("cannot read %1: %2").arg(from.fileName(), from.errorString()));
            return false;
        }
        if (got == 0) {
            if (limit < 0)
                return true;
            setError(error, QStringLiteral("%1 shrank while it was being rotated").arg(from.fileName()));
            return false;
        }
        if (to.write(buffer.constData(), got) != got) {
            setError(error, QStringLiteral("cannot write %1: %2").arg(to.fileName(), to.errorString()));
            return false;
        }
        left -= got;
    }
    return true;
}

// Appends `limit` bytes (or, with -1, everything up to the end of file as it grows) from the current
// position of `from` to `to`, one chunk at a time: logs can be far larger than memory we want to spend.
// Inside the kernel where it can: a writer at 200 MB/s has corrald copy 200 MB/s into the backups.
bool copyChunks(QFile &from, QFile &to, qint64 limit, QString *error)
{
    if (!to.flush()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(to.fileName(), to.errorString()));
        return false;
    }
    qint64 in = from.pos();
    qint64 out = to.pos();
    qint64 left = limit;
    const auto settle = [&] { return from.seek(in) && to.seek(out); };
    while (limit < 0 || left > 0) {
        const qint64 want = limit < 0 ? CopyChunkBytes : qMin(CopyChunkBytes, left);
        const qint64 got = logcut::copyRange(from, in, to, out, want, error);
        if (got == logcut::CopyUnsupported) {
            if (!settle()) {
                setError(error, QStringLiteral("cannot seek in %1").arg(from.fileName()));
                return false;
            }
            return copyChunksThroughMemory(from, to, limit < 0 ? -1 : left, error);
        }
        if (got == logcut::CopyFailed)
            return false;
        if (got == 0) {
            if (limit < 0)
                break;
            setError(error, QStringLiteral("%1 shrank while it was being rotated").arg(from.fileName()));
            return false;
        }
        in += got;
        out += got;
        left -= got;
    }
    // Both files' positions follow the copy, as if it had gone through read and write.
    if (!settle()) {
        setError(error, QStringLiteral("cannot seek in %1").arg(from.fileName()));
        return false;
    }
    return true;
}

} // namespace

LogRotator::LogRotator(const QString &path, qint64 maxBytes, int backups)
    : m_path(path), m_maxBytes(maxBytes), m_backups(qMax(0, backups))
{
}

bool LogRotator::exceedsLimit() const
{
    // maxBytes <= 0 means the log is never rotated.
    return m_maxBytes > 0 && QFileInfo(m_path).size() > m_maxBytes;
}

QStringList LogRotator::backupPaths() const
{
    QStringList paths;
    for (int i = 1; i <= m_backups; ++i) {
        const QString p = backupPath(m_path, i);
        if (QFile::exists(p))
            paths << p;
    }
    return paths;
}

bool LogRotator::shiftBackups(QString *error) const
{
    // Backups beyond the count, left over from a larger setting, would otherwise never be removed.
    for (int i = m_backups; QFile::exists(backupPath(m_path, i)); ++i) {
        if (!QFile::remove(backupPath(m_path, i))) {
            setError(error, QStringLiteral("cannot remove old log %1").arg(backupPath(m_path, i)));
            return false;
        }
    }
    for (int i = m_backups - 1; i >= 1; --i) {
        const QString from = backupPath(m_path, i);
        if (!QFile::exists(from))
            continue;
        if (!QFile::rename(from, backupPath(m_path, i + 1))) {
            setError(error, QStringLiteral("cannot rename %1 to %2").arg(from, backupPath(m_path, i + 1)));
            return false;
        }
    }
    return true;
}

bool LogRotator::rotateIfNeeded(QString *error) const
{
    if (!exceedsLimit())
        return true;
    if (m_backups == 0) {
        QFile f(m_path);
        if (!f.resize(0)) {
            setError(error, QStringLiteral("cannot empty %1: %2").arg(m_path, f.errorString()));
            return false;
        }
        return true;
    }
    if (!shiftBackups(error))
        return false;
    if (!QFile::rename(m_path, backupPath(m_path, 1))) {
        setError(error, QStringLiteral("cannot rename %1 to %2").arg(m_path, backupPath(m_path, 1)));
        return false;
    }
    return true;
}

bool LogRotator::rotateLive(QString *error, BackupSync sync) const
{
    if (!QFile::exists(m_path))
        return true;
    // Unbuffered: the writer keeps appending, and the copy must see the file as it is now, not as a
    // buffer filled earlier.
    QFile live(m_path);
    if (!live.open(QIODevice::ReadWrite | QIODevice::ExistingOnly | QIODevice::Unbuffered)) {
        setError(error, QStringLiteral("cannot open %1: %2").arg(m_path, live.errorString()));
        return false;
    }
    if (m_backups == 0) {
        // Nothing is kept, so what the writer appends during the truncate goes the same way as the rest.
        if (!live.resize(0)) {
            setError(error, QStringLiteral("cannot empty %1: %2").arg(m_path, live.errorString()));
            return false;
        }
        return true;
    }
    const qint64 size = live.size();
    if (size == 0)
        return true;
    const qint64 head = logcut::cuttableLength(live, size);
    if (head == 0)
        return true; // less than a block: it is cut once it has grown

    if (QFile::exists(rotatingPath(m_path))) {
        // Left by a rotation that failed after the cut, or by a crash half way: it may hold the only copy of
        // what was cut, so it becomes a backup rather than being overwritten (at worst a backup repeats lines).
        if (!shiftBackups(error))
            return false;
        if (!QFile::rename(rotatingPath(m_path), backupPath(m_path, 1))) {
            setError(error, QStringLiteral("cannot rename %1 to %2").arg(rotatingPath(m_path), backupPath(m_path, 1)));
            return false;
        }
    }
    if (!shiftBackups(error))
        return false;
    // The backup is written under another name and becomes <log>.1 only once the live file has been cut: a
    // follower that sees a new <log>.1 can rely on the cut being done (see LogFollower).
    QFile backup(rotatingPath(m_path));
    if (!backup.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setError(error, QStringLiteral("cannot create %1: %2").arg(backup.fileName(), backup.errorString()));
        return false;
    }
    // The backup holds the same account data as the log: as private as the log itself.
    backup.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // On failure the backup would duplicate bytes that are still in the live file.
    const auto fail = [&backup] {
        backup.remove();
        return false;
    };

    bool cut = false;
    if (head > 0) {
        // The live file keeps the unaligned tail, so a line may be split between the backup and the live
        // file: the oldest backup followed by the live file is still exactly what the writer wrote.
        if (!copyChunks(live, backup, head, error))
            return fail();
        // A fast writer appends while the head is copied: copy what it added too (a few rounds at most, the
        // copy outruns any writer), so that the cut leaves only what arrives during the cut itself.
        qint64 cutLength = head;
        for (int round = 0; round < ChaseRounds; ++round) {
            const qint64 more = logcut::cuttableLength(live, live.size()) - cutLength;
            if (more < ChaseMinBytes)
                break;
            if (!copyChunks(live, backup, more, error))
                return fail();
            cutLength += more;
        }
        switch (logcut::cutHead(live, cutLength, backup, sync == BackupSync::BeforeCut, error)) {
        case logcut::Cut::Done:
            cut = true;
            break;
        case logcut::Cut::Failed:
            return fail();
        case logcut::Cut::Unsupported:
            break; // the backup already holds the head: carry on with copy + truncate
        }
    }
    if (!cut) {
        // Copy + truncate: bytes the writer appends between the last read and the truncate are lost. Only
        // filesystems without collapse (tmpfs, btrfs, other systems) come here, and the window is one short
        // read; the writer's O_APPEND makes it carry on at the new end.
        if (!copyChunks(live, backup, -1, error))
            return fail();
        if (!live.resize(0)) {
            setError(error, QStringLiteral("cannot empty %1: %2").arg(m_path, live.errorString()));
            return fail();
        }
    }
    backup.close();
    // From here the backup holds the only copy of what was cut: on failure it stays where it is.
    if (!QFile::rename(backup.fileName(), backupPath(m_path, 1))) {
        setError(error, QStringLiteral("cannot rename %1 to %2").arg(backup.fileName(), backupPath(m_path, 1)));
        return false;
    }
    return true;
}

QString LogRotator::rotatingPath(const QString &path)
{
    return path + QStringLiteral(".rotating");
}

QStringList LogTail::lastLines(const QString &path, int lines, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot open %1: %2").arg(path, f.errorString()));
        return {};
    }
    f.close();
    if (lines <= 0)
        return {};

    // The follower reads the tail the way the window and `logs -f` do, including when a live rotation cuts
    // the front of the file while it reads; here no byte limit applies, the caller asked for whole lines.
    LogFollower follower;
    follower.setTailWindow(lines, 0);
    QByteArray data = follower.openAtTail(path).data;
    if (data.isEmpty())
        return {};

    if (data.endsWith('\n'))
        data.chop(1);
    QStringList result;
    const QList<QByteArray> parts = data.split('\n');
    result.reserve(parts.size());
    for (QByteArray part : parts) {
        if (part.endsWith('\r'))
            part.chop(1);
        result << QString::fromUtf8(part);
    }
    return result;
}

} // namespace corral
