// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <climits>
#include <memory>

class QFile;

namespace corral::gui {

// Reads a log from its end and then follows it as it grows, a bounded slice at a time, through rotation:
// a renamed or replaced file is read to its end before the new one is opened, and a file rewritten in place
// (copy + truncate, or its head cut off) is picked up where the stream left off, in <log>.1 or in the live
// file, by matching the last bytes already delivered. Never reads more of a file than it delivers, apart from
// the backwards scan for the tail and a few hundred bytes per check.
class LogReader
{
public:
    struct Chunk
    {
        QByteArray data;
        // The bytes do not continue those delivered before (a new file, or a rewrite the reader could not
        // place), so they start a new line.
        bool restarted = false;
        // Bytes jumped over, before `data`, because the writer was further ahead than is worth showing.
        qint64 skipped = 0;
    };

    LogReader();
    ~LogReader();
    LogReader(const LogReader &) = delete;
    LogReader &operator=(const LogReader &) = delete;

    // How much openAtTail() shows: the last `lines` lines, but never more than `maxBytes` (a file of one
    // endless line must not be read whole).
    void setTailWindow(int lines, qint64 maxBytes);

    // Starts over on `path`: the end of the file as it is now. A file that does not exist yet is read from
    // its start once it appears.
    Chunk openAtTail(const QString &path);
    // What was appended since: at most `maxBytes` and `maxLines` lines, cut after the last complete line
    // unless the slice reaches the end of the file. With `keepLines`, when more complete lines than that are
    // waiting, jumps over all but the last `keepLines` of them first (a view cannot show a writer faster
    // than it can lay out lines, and the newest lines matter most).
    Chunk readNext(qint64 maxBytes, int maxLines = INT_MAX, int keepLines = 0);
    // Whether the last read stopped before the end of what the file held then.
    bool hasMore() const { return m_hasMore; }
    void close();

    QString path() const { return m_path; }
    // Every byte read from disk since openAtTail(), including the tail scan and rotation checks: lets tests and the
    // benchmark prove that a large file is not read whole.
    qint64 bytesRead() const { return m_bytesRead; }
    // How often the file was rotated or replaced under the reader.
    int rotations() const { return m_rotations; }

private:
    bool openLive();
    qint64 tailStart(qint64 size, int lines, qint64 floor);
    qint64 skipAhead(int keepLines);
    Chunk readTail();
    void followRotation();
    void relocateAfterRewrite();
    bool recentMatches(QFile *backup, qint64 backupSize);
    qint64 readAt(QFile &file, qint64 offset, char *data, qint64 length);
    void remember(const QByteArray &delivered);

    QString m_path;
    std::unique_ptr<QFile> m_file;
    qint64 m_pos = 0;
    qint64 m_lastSize = 0;
    // m_file is a file that has been rotated away: once read to its end, the live file follows from offset 0.
    bool m_draining = false;
    bool m_drainEndsStream = false; // the file drained was replaced, so the live file is another stream
    bool m_restartPending = false;
    bool m_delivered = false;
    bool m_hasMore = false;
    QByteArray m_recent; // the last bytes delivered, to recognise our place after a rewrite
    int m_tailLines = 2000;
    qint64 m_tailMaxBytes = 4 << 20;
    qint64 m_bytesRead = 0;
    int m_rotations = 0;
};

} // namespace corral::gui
