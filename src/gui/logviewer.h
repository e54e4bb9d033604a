// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "logfollower.h"
#include "logsearch.h"

#include <QElapsedTimer>
#include <QStringDecoder>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace corral::gui {

// A strategy's log: the tail of the file at once, then what the strategy appends (follow), search with
// highlight, the rotated backups, wrap and copy. It never reads a whole file and never holds more than
// maximumLineCount lines, so a 1 GB log or a writer printing tens of thousands of lines a second cost the
// same: reading happens a bounded slice per event-loop turn.
class LogViewer : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int maximumLineCount READ maximumLineCount WRITE setMaximumLineCount)
    Q_PROPERTY(bool following READ isFollowing WRITE setFollowing NOTIFY followingChanged)

public:
    static constexpr int DefaultMaximumLineCount = 20000;
    static constexpr int TailLineCount = 2000;

    explicit LogViewer(QWidget *parent = nullptr);
    ~LogViewer() override;

    // The live log; its backups <path>.1, <path>.2 … are offered beside it. An empty path shows nothing.
    void setLogFile(const QString &path);
    QString logFile() const { return m_logFile; }
    // The file shown: the live log or the backup picked.
    QString currentFile() const { return m_follower.path(); }

    int maximumLineCount() const { return m_maximumLineCount; }
    void setMaximumLineCount(int lines);
    // How many bytes to read per event-loop turn while catching up.
    void setSliceBytes(qint64 bytes) { m_sliceBytes = qMax<qint64>(4096, bytes); }

    // Following applies to the live log only, while the viewer is visible.
    bool isFollowing() const;
    void setFollowing(bool on);

    int lineCount() const;
    QString lastLine() const;
    int matchCount() const { return m_search->count(); }
    // 1-based; 0 when no match is current.
    int currentMatch() const { return m_search->currentIndex() + 1; }
    // Bytes read from disk for the file shown since it was opened.
    qint64 bytesRead() const { return m_follower.bytesRead(); }

public slots:
    void findNext();
    void findPrevious();
    void copy();

signals:
    void followingChanged(bool following);
    // New text reached the view.
    void appended();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void openFile(const QString &path);
    void refreshFileList();
    void updateFollowing();
    // Follow on means the last line is shown: every append, resize and reflow ends at the bottom.
    void keepLastLineShown();
    // The user moved the view (wheel, scroll bar, keys, a search match): Follow goes off, visibly.
    void userMovedAway();
    void schedulePump();
    void pump();
    void clearView();
    void append(const LogFollower::Chunk &chunk);
    void updateMatchLabel();
    bool showingLiveFile() const;

    QComboBox *m_fileCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QToolButton *m_findPreviousButton = nullptr;
    QToolButton *m_findNextButton = nullptr;
    QLabel *m_matchLabel = nullptr;
    QToolButton *m_wrapButton = nullptr;
    QToolButton *m_followButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QPlainTextEdit *m_view = nullptr;

    QString m_logFile;
    LogFollower m_follower;
    std::unique_ptr<LogSearch> m_search;
    QStringDecoder m_decoder;
    // The file's last line ended with a newline that is not in the document yet: a trailing empty block
    // would show as a blank last line, and an append to a partial line must continue that line.
    bool m_newlinePending = false;
    int m_maximumLineCount = DefaultMaximumLineCount;
    qint64 m_sliceBytes = 256 << 10;
    int m_rotationsSeen = 0;
    double m_usPerLine = 10.0; // measured cost of appending one line, refined while following
    int m_linesPerTurn = 500;
    QElapsedTimer m_catchUpClock;
    bool m_activeFollowing = false;

    QTimer m_pollTimer;   // new backups for the file list
    QTimer m_pumpTimer;   // one slice per event-loop turn
    QTimer m_searchTimer; // finds matches again once appends pause, not on every slice
};

} // namespace corral::gui
