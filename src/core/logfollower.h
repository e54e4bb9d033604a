// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "fileidentity.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtGlobal>

#include <climits>
#include <memory>

class QFile;
class QFileSystemWatcher;

namespace corral {

// Reads a strategy's log from its end and then follows it as it grows, a bounded slice at a time, across
// the rotations LogRotator does. The window's log pane and `corralctl logs` both read through it.
//
// Rotation is recognised by file identity (FileIdentity), the same way on every OS:
// - the file at the path is another one (renamed away at a start): the rest of the old one is read from
//   <log>.1 if it went there, then the new file from its start;
// - the same file with a new <log>.1 (its head cut while running, by range collapse or copy + truncate):
//   <log>.1 followed by the live file is the stream, so the place moves back by the size of <log>.1, and
//   what was not read yet is taken from <log>.1 first. LogRotator names the backup <log>.1 only once the
//   cut is done, so nothing is read while a rotation is under way;
// - the same file made shorter, or rewritten, with no new backup: read again from its start. A rewrite
//   that leaves the file as long as before is noticed because the last bytes delivered are checked where
//   they should be on every read (they come with the slice, so this costs no extra read).
//
// Files are opened only for each read, never held open: Windows would refuse the rotator's rename.
class LogFollower : public QObject
{
    Q_OBJECT

public:
    struct Chunk
    {
        QByteArray data;
        // The bytes do not continue those delivered before (a new file, or a rewrite that could not be
        // placed), so they start a new line.
        bool restarted = false;
        // Bytes jumped over, before `data`, because the writer was further ahead than is worth showing.
        qint64 skipped = 0;
    };

    explicit LogFollower(QObject *parent = nullptr);
    ~LogFollower() override;

    // Where following starts: the last `lines` lines (0: the end of the file), but never more than
    // `maxBytes` (a file of one endless line must not be read whole); `maxBytes` <= 0 sets no byte limit.
    void setTailWindow(int lines, qint64 maxBytes);

    // Starts over on `path` at the start of its tail, reading nothing yet: readNext() delivers the tail and
    // then what is appended. A file that does not exist yet is read from its start once it appears.
    void seekToTail(const QString &path);
    // seekToTail(), then the tail in one chunk (bounded by the tail window).
    Chunk openAtTail(const QString &path);
    // What comes next: at most `maxBytes` and `maxLines` lines, cut after the last complete line unless the
    // slice reaches the end of the file, so a partial last line is delivered only once nothing follows it and
    // is then continued, not repeated. With `keepLines`, when more complete lines than that are waiting, jumps
    // over all but the last `keepLines` of them first (a view cannot show a writer faster than it can lay out
    // lines, and the newest lines matter most).
    Chunk readNext(qint64 maxBytes, int maxLines = INT_MAX, int keepLines = 0);
    // Whether the last read stopped before the end of what the file held then.
    bool hasMore() const { return m_hasMore; }
    void close();

    QString path() const { return m_path; }
    // Every byte read from disk since seekToTail(), including the tail scan and the checks: lets tests and
    // the benchmark prove that a large file is not read whole.
    qint64 bytesRead() const { return m_bytesRead; }
    // How often the file was rotated or replaced under the follower.
    int rotations() const { return m_rotations; }

    // While on, changed() says when the file may have grown or been rotated: a file system watcher on the
    // file and its directory, and a slow poll for what watchers miss.
    void setWatching(bool on);
    bool isWatching() const { return m_watcher != nullptr; }

signals:
    void changed();

private:
    enum class Source {
        None,   // no file yet
        Tail,   // the tail is still to be found (a rotation was under way)
        Live,   // m_pos is an offset in the file at the path
        Backup, // m_pos is an offset in backup m_drainIndex, which holds bytes not read yet; newer ones follow
    };
    struct Look
    {
        FileIdentity live;
        FileIdentity backup;
        bool rotating = false; // LogRotator is writing a backup, and may or may not have cut the file yet
    };
    struct Slice
    {
        bool ok = false; // false: the file was gone or did not hold what we delivered last
        QByteArray data;
        qint64 skipped = 0;
        qint64 start = 0; // where `data` begins
        qint64 fileSize = 0;
        QByteArray before; // the bytes just before `start` after a jump
    };

    Look look() const;
    static bool sameLook(const Look &a, const Look &b);
    bool positionAtTail();
    void settle(const Look &now);
    void startLive(const FileIdentity &live, bool restart);
    void relocateAfterCut(const Look &now);
    bool findDrained();
    QString backupPath(int index) const;
    Slice readSlice(qint64 maxBytes, int maxLines, int keepLines);
    qint64 tailStart(QFile &file, qint64 size, int lines, qint64 floor);
    QByteArray readAt(QFile &file, qint64 offset, qint64 length);
    void remember(const QByteArray &delivered);
    void watchPaths();

    QString m_path;
    QString m_backupPath;
    QString m_rotatingPath;
    Source m_source = Source::None;
    FileIdentity m_file;       // the file m_pos is an offset in, as last seen
    FileIdentity m_backupSeen; // <log>.1 as last seen: a new one means the head was cut
    qint64 m_pos = 0;
    qint64 m_tailEnd = 0; // the size of the file when its tail was found
    int m_drainIndex = 1;
    bool m_drainEndsStream = false; // the backup read is a renamed file, so the live file is another stream
    bool m_restartPending = false;
    bool m_delivered = false;
    bool m_hasMore = false;
    QByteArray m_recent; // the last bytes before m_pos, to check that the file still holds them there
    int m_tailLines = 2000;
    qint64 m_tailMaxBytes = 4 << 20;
    qint64 m_bytesRead = 0;
    int m_rotations = 0;

    std::unique_ptr<QFileSystemWatcher> m_watcher;
    QTimer m_poll;
};

} // namespace corral
