// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logreader.h"

#include <QFile>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace corral::gui {

namespace {

constexpr qint64 ScanChunkBytes = 64 << 10;
// Enough to tell one place in a log from another, small enough to check on every read.
constexpr int RecentBytes = 256;

struct FileId
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileId &other) const { return device == other.device && inode == other.inode; }
    bool operator!=(const FileId &other) const { return !(*this == other); }
};

// Where identity is unknown both sides say nullopt, so a replaced file is only noticed by its content.
std::optional<FileId> idOfPath(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{quint64(st.st_dev), quint64(st.st_ino)};
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

std::optional<FileId> idOfOpenFile(const QFile &file)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::fstat(file.handle(), &st) != 0)
        return std::nullopt;
    return FileId{quint64(st.st_dev), quint64(st.st_ino)};
#else
    Q_UNUSED(file);
    return std::nullopt;
#endif
}

std::unique_ptr<QFile> openForReading(const QString &path)
{
    // Unbuffered: the file changes under us, and every read seeks to an offset we chose.
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return nullptr;
    return file;
}

} // namespace

LogReader::LogReader() = default;
LogReader::~LogReader() = default;

void LogReader::setTailWindow(int lines, qint64 maxBytes)
{
    m_tailLines = qMax(1, lines);
    m_tailMaxBytes = qMax<qint64>(1, maxBytes);
}

void LogReader::close()
{
    m_file.reset();
    m_pos = 0;
    m_lastSize = 0;
    m_draining = false;
    m_drainEndsStream = false;
    m_restartPending = false;
    m_delivered = false;
    m_hasMore = false;
    m_recent.clear();
}

qint64 LogReader::readAt(QFile &file, qint64 offset, char *data, qint64 length)
{
    if (!file.seek(offset))
        return -1;
    const qint64 got = file.read(data, length);
    if (got > 0)
        m_bytesRead += got;
    return got;
}

void LogReader::remember(const QByteArray &delivered)
{
    if (delivered.isEmpty())
        return;
    m_delivered = true;
    if (delivered.size() >= RecentBytes) {
        m_recent = delivered.right(RecentBytes);
    } else {
        m_recent += delivered;
        if (m_recent.size() > RecentBytes)
            m_recent = m_recent.right(RecentBytes);
    }
}

bool LogReader::openLive()
{
    m_file = openForReading(m_path);
    m_pos = 0;
    m_lastSize = 0;
    m_draining = false;
    return m_file != nullptr;
}

qint64 LogReader::tailStart(qint64 size, int lines, qint64 floor)
{
    const qint64 lowest = qMax(floor, size - m_tailMaxBytes);
    QByteArray chunk;
    int found = 0;
    qint64 earliestLineStart = -1;
    for (qint64 end = size; end > lowest;) {
        const qint64 begin = qMax(lowest, end - ScanChunkBytes);
        chunk.resize(end - begin);
        if (readAt(*m_file, begin, chunk.data(), chunk.size()) != chunk.size())
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

LogReader::Chunk LogReader::readTail()
{
    Chunk chunk;
    if (!openLive()) {
        m_hasMore = false;
        return chunk;
    }
    const qint64 size = m_file->size();
    const qint64 start = tailStart(size, m_tailLines, 0);
    chunk.data.resize(size - start);
    const qint64 got = readAt(*m_file, start, chunk.data.data(), chunk.data.size());
    chunk.data.resize(qMax<qint64>(0, got));
    m_pos = start + chunk.data.size();
    m_lastSize = size;
    m_recent.clear();
    m_restartPending = false;
    remember(chunk.data);
    m_hasMore = m_pos < m_file->size();
    return chunk;
}

LogReader::Chunk LogReader::openAtTail(const QString &path)
{
    close();
    m_path = path;
    m_bytesRead = 0;
    m_rotations = 0;
    return readTail();
}

LogReader::Chunk LogReader::readNext(qint64 maxBytes, int maxLines, int keepLines)
{
    Chunk chunk;
    m_hasMore = false;
    if (m_path.isEmpty())
        return chunk;
    if (!m_file) {
        if (!openLive())
            return chunk;
        // The file (re)appeared: whatever we showed before belongs to another file.
        m_restartPending = true;
        m_recent.clear();
    }
    if (!m_draining)
        followRotation();

    if (keepLines > 0 && !m_draining)
        chunk.skipped = skipAhead(keepLines);
    const qint64 size = m_file->size();
    const qint64 want = qMin(qMax<qint64>(1, maxBytes), size - m_pos);
    if (want > 0) {
        chunk.data.resize(want);
        const qint64 got = qMax<qint64>(0, readAt(*m_file, m_pos, chunk.data.data(), want));
        chunk.data.resize(got);
        qsizetype lineEnd = -1;
        for (int lines = 0; lines < maxLines;) {
            lineEnd = chunk.data.indexOf('\n', lineEnd + 1);
            if (lineEnd < 0)
                break;
            if (++lines == maxLines)
                chunk.data.truncate(lineEnd + 1);
        }
        // A full slice with more behind it ends at a line end, so a line is never split across two appends
        // (nor a UTF-8 sequence, nor a CR LF pair) unless it alone is longer than a slice.
        if (chunk.data.size() == want && m_pos + want < size) {
            const qsizetype lastNewline = chunk.data.lastIndexOf('\n');
            if (lastNewline >= 0)
                chunk.data.truncate(lastNewline + 1);
        }
        m_pos += chunk.data.size();
    }
    if (!chunk.data.isEmpty()) {
        chunk.restarted = (m_restartPending || chunk.skipped > 0) && m_delivered;
        m_restartPending = false;
        remember(chunk.data);
    }
    if (m_draining) {
        if (m_pos < m_file->size()) {
            m_hasMore = true;
            return chunk;
        }
        m_file.reset();
        if (m_drainEndsStream)
            m_restartPending = true;
        // The live file is looked at with the next read, at once if it is there.
        m_hasMore = openLive();
        return chunk;
    }
    m_lastSize = qMax(m_lastSize, size);
    m_hasMore = m_pos < m_file->size();
    return chunk;
}

qint64 LogReader::skipAhead(int keepLines)
{
    const qint64 size = m_file->size();
    if (size <= m_pos)
        return 0;
    const qint64 start = tailStart(size, keepLines, m_pos);
    if (start <= m_pos)
        return 0;
    const qint64 skipped = start - m_pos;
    m_pos = start;
    // What precedes the new place, so that a rewrite of the file is still recognised afterwards.
    m_recent.resize(qMin<qint64>(RecentBytes, start));
    if (readAt(*m_file, start - m_recent.size(), m_recent.data(), m_recent.size()) != m_recent.size())
        m_recent.clear();
    return skipped;
}

void LogReader::followRotation()
{
    const std::optional<FileId> onDisk = idOfPath(m_path);
    if (onDisk != idOfOpenFile(*m_file)) {
        // Renamed away or deleted: what is left in the file we hold is still ours; the new file comes after.
        m_draining = true;
        m_drainEndsStream = true;
        ++m_rotations;
        return;
    }
    const qint64 size = m_file->size();
    if (size < m_lastSize || size < m_pos || !recentMatches(nullptr, 0))
        relocateAfterRewrite();
}

// Compares the bytes delivered last with what now sits just before our position in <log>.1 followed by the
// live file: the backup ends where the live file's remaining content begins, whichever way it was rotated.
bool LogReader::recentMatches(QFile *backup, qint64 backupSize)
{
    const qint64 length = qMin<qint64>(m_recent.size(), m_pos);
    if (length <= 0)
        return backup == nullptr; // nothing to compare: in place, nothing contradicts us
    const QByteArray expected = m_recent.right(length);
    QByteArray actual(length, Qt::Uninitialized);
    const qint64 start = m_pos - length;
    qint64 filled = 0;
    if (backup && start < backupSize) {
        const qint64 part = qMin(length, backupSize - start);
        if (readAt(*backup, start, actual.data(), part) != part)
            return false;
        filled = part;
    }
    if (filled < length) {
        const qint64 liveOffset = start + filled - (backup ? backupSize : 0);
        if (readAt(*m_file, liveOffset, actual.data() + filled, length - filled) != length - filled)
            return false;
    }
    return actual == expected;
}

void LogReader::relocateAfterRewrite()
{
    ++m_rotations;
    std::unique_ptr<QFile> backup = openForReading(m_path + QStringLiteral(".1"));
    if (backup) {
        const qint64 backupSize = backup->size();
        if (recentMatches(backup.get(), backupSize)) {
            if (m_pos < backupSize) {
                // We were behind when the content moved into the backup: finish it there, then the live file
                // continues it from its first byte.
                m_file = std::move(backup);
                m_draining = true;
                m_drainEndsStream = false;
            } else {
                m_pos -= backupSize;
                m_lastSize = m_file->size();
            }
            return;
        }
    }
    // Cannot tell where we were (no backup kept, or rotated twice since the last look): the live file from its
    // start is the best guess; it may repeat or miss a little.
    m_pos = 0;
    m_lastSize = 0;
    m_recent.clear();
    m_restartPending = true;
}

} // namespace corral::gui
