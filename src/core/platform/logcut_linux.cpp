// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "errorout.h"
#include "logcut.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace corral::logcut {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

} // namespace

// Linux can cut whole blocks off the front of a file in place (FALLOC_FL_COLLAPSE_RANGE: ext4, XFS). The
// kernel serialises that with O_APPEND writes, so unlike a truncate it loses nothing the writer appends
// meanwhile. The range must be block aligned and end before EOF, so a file of exactly k blocks gives up
// k - 1 of them; 0 means the file is too small to cut anything.
qint64 cuttableLength(QFile &live, qint64 size)
{
    struct stat st;
    struct statfs fs;
    if (::fstat(live.handle(), &st) != 0 || ::fstatfs(live.handle(), &fs) != 0)
        return 0;
    // Both are powers of two in practice, so the larger one is a multiple of the filesystem block.
    const qint64 block = qMax<qint64>(st.st_blksize, fs.f_bsize);
    if (block <= 0 || size <= 0)
        return 0;
    return (size - 1) / block * block;
}

Cut cutHead(QFile &live, qint64 length, QFile &backup, bool syncBackup, QString *error)
{
    // The backup must be on disk before the only other copy of those bytes is cut away.
    if (!backup.flush()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(backup.fileName(), backup.errorString()));
        return Cut::Failed;
    }
    if (syncBackup && ::fsync(backup.handle()) != 0) {
        setError(error, QStringLiteral("cannot sync %1: %2").arg(backup.fileName(), errnoText()));
        return Cut::Failed;
    }
    if (::fallocate(live.handle(), FALLOC_FL_COLLAPSE_RANGE, 0, length) == 0)
        return Cut::Done;
    // tmpfs, btrfs and friends say EOPNOTSUPP; a block size we guessed wrong says EINVAL.
    if (errno == EOPNOTSUPP || errno == EINVAL || errno == ENOSYS)
        return Cut::Unsupported;
    setError(error, QStringLiteral("cannot cut %1: %2").arg(live.fileName(), errnoText()));
    return Cut::Failed;
}

qint64 copyRange(QFile &from, qint64 fromOffset, QFile &to, qint64 toOffset, qint64 length, QString *error)
{
    loff_t in = fromOffset;
    loff_t out = toOffset;
    const ssize_t n = ::copy_file_range(from.handle(), &in, to.handle(), &out, size_t(length), 0);
    if (n >= 0)
        return qint64(n);
    // Older kernels, other filesystems, files on two filesystems: the caller copies through memory.
    if (errno == ENOSYS || errno == EXDEV || errno == EINVAL || errno == EOPNOTSUPP || errno == EBADF)
        return CopyUnsupported;
    setError(error, QStringLiteral("cannot copy %1 to %2: %3").arg(from.fileName(), to.fileName(), errnoText()));
    return CopyFailed;
}

} // namespace corral::logcut
