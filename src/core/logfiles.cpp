// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logfiles.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif

namespace corral {

namespace {

constexpr qint64 CopyChunkBytes = 1 << 20;
constexpr qint64 TailChunkBytes = 64 << 10;

QString backupPath(const QString &path, int index)
{
    return path + QLatin1Char('.') + QString::number(index);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Appends `limit` bytes (or, with -1, everything up to the end of file as it grows) from the current
// position of `from` to `to`, one chunk at a time: logs can be far larger than memory we want to spend.
bool copyChunks(QFile &from, QFile &to, qint64 limit, QString *error)
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

// Where the last `lines` lines of `f` (of `size` bytes) begin, reading backwards a chunk at a time.
std::optional<qint64> tailStart(QFile &f, qint64 size, int lines, QString *error)
{
    QByteArray chunk;
    int found = 0;
    for (qint64 end = size; end > 0;) {
        const qint64 begin = qMax<qint64>(0, end - TailChunkBytes);
        chunk.resize(end - begin);
        if (!f.seek(begin) || f.read(chunk.data(), chunk.size()) != chunk.size()) {
            setError(error, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return std::nullopt;
        }
        for (qint64 i = chunk.size() - 1; i >= 0; --i) {
            // A newline that ends the file ends the last line; it does not start an empty one.
            if (chunk.at(i) != '\n' || begin + i == size - 1)
                continue;
            if (++found == lines)
                return begin + i + 1;
        }
        end = begin;
    }
    return 0;
}

#ifdef Q_OS_LINUX
QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// Linux can cut whole blocks off the front of a file in place (FALLOC_FL_COLLAPSE_RANGE: ext4, XFS). The
// kernel serialises that with O_APPEND writes, so unlike a truncate it loses nothing the writer appends
// meanwhile. The range must be block aligned and end before EOF, so a file of exactly k blocks gives up
// k - 1 of them; 0 means the file is too small to cut anything.
qint64 collapsibleLength(int fd, qint64 size)
{
    struct stat st;
    struct statfs fs;
    if (::fstat(fd, &st) != 0 || ::fstatfs(fd, &fs) != 0)
        return 0;
    // Both are powers of two in practice, so the larger one is a multiple of the filesystem block.
    const qint64 block = qMax<qint64>(st.st_blksize, fs.f_bsize);
    if (block <= 0 || size <= 0)
        return 0;
    return (size - 1) / block * block;
}

enum class Collapse { Done, Unsupported, Failed };

Collapse collapseHead(QFile &live, qint64 length, QString *error)
{
    if (::fallocate(live.handle(), FALLOC_FL_COLLAPSE_RANGE, 0, length) == 0)
        return Collapse::Done;
    // tmpfs, btrfs and friends say EOPNOTSUPP; a block size we guessed wrong says EINVAL.
    if (errno == EOPNOTSUPP || errno == EINVAL || errno == ENOSYS)
        return Collapse::Unsupported;
    setError(error, QStringLiteral("cannot cut %1: %2").arg(live.fileName(), errnoText()));
    return Collapse::Failed;
}
#endif

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

bool LogRotator::rotateLive(QString *error) const
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

#ifdef Q_OS_LINUX
    const qint64 head = collapsibleLength(live.handle(), size);
    if (head == 0)
        return true; // less than a block: it is cut once it has grown
#endif

    if (!shiftBackups(error))
        return false;
    QFile backup(backupPath(m_path, 1));
    if (!backup.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setError(error, QStringLiteral("cannot create %1: %2").arg(backup.fileName(), backup.errorString()));
        return false;
    }
    // On failure the backup would duplicate bytes that are still in the live file.
    const auto fail = [&backup] {
        backup.remove();
        return false;
    };

#ifdef Q_OS_LINUX
    // The live file keeps the unaligned tail, so a line may be split between the backup and the live file:
    // the oldest backup followed by the live file is still exactly what the writer wrote.
    if (!copyChunks(live, backup, head, error))
        return fail();
    // The backup must be on disk before the only other copy of those bytes is cut away.
    if (!backup.flush()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(backup.fileName(), backup.errorString()));
        return fail();
    }
    if (::fsync(backup.handle()) != 0) {
        setError(error, QStringLiteral("cannot sync %1: %2").arg(backup.fileName(), errnoText()));
        return fail();
    }
    switch (collapseHead(live, head, error)) {
    case Collapse::Done:
        return true;
    case Collapse::Failed:
        return fail();
    case Collapse::Unsupported:
        break; // the backup already holds the head: carry on with copy + truncate
    }
#endif

    // Copy + truncate: bytes the writer appends between the last read and the truncate are lost. Only
    // filesystems without collapse (tmpfs, btrfs, other systems) come here, and the window is one short
    // read; the writer's O_APPEND makes it carry on at the new end.
    if (!copyChunks(live, backup, -1, error))
        return fail();
    if (!live.resize(0)) {
        setError(error, QStringLiteral("cannot empty %1: %2").arg(m_path, live.errorString()));
        return fail();
    }
    return true;
}

QStringList LogTail::lastLines(const QString &path, int lines, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setError(error, QStringLiteral("cannot open %1: %2").arg(path, f.errorString()));
        return {};
    }
    if (lines <= 0)
        return {};

    // A live rotation can cut the front of the file while we read it, which moves every offset: try again.
    QByteArray data;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const qint64 size = f.size();
        const std::optional<qint64> start = tailStart(f, size, lines, error);
        if (!start) {
            if (f.size() < size) {
                setError(error, QString());
                continue;
            }
            return {};
        }
        if (!f.seek(*start)) {
            setError(error, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
            return {};
        }
        data = f.read(size - *start);
        if (f.size() >= size)
            break;
    }
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
