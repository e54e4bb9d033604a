// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace corral::gui {

namespace {

// A turn of the event loop spends at most about this long appending, so input and painting keep flowing
// while the viewer catches up with a fast writer.
constexpr qint64 PumpBudgetMs = 12;
constexpr double SliceBudgetUs = 8000;
// When more lines wait than could be appended in this time, the oldest of them are jumped over.
constexpr double CatchUpBudgetUs = 150000;
constexpr int PollIntervalMs = 250;
constexpr int SearchRefreshMs = 300;
// The tail shown at once is bounded in bytes too: lines of a megabyte each must not make it slow.
constexpr qint64 TailMaxBytes = 4 << 20;
// Backups are numbered without gaps; this only stops a runaway directory listing.
constexpr int MaxBackups = 99;

QToolButton *makeButton(const QString &text, const QString &objectName, QWidget *parent, bool checkable = false)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setCheckable(checkable);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

LogViewer::LogViewer(QWidget *parent) : QWidget(parent), m_decoder(QStringDecoder::Utf8)
{
    buildUi();
    m_search = std::make_unique<LogSearch>(m_view);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogViewer::refreshFileList);
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &LogViewer::pump);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchRefreshMs);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        m_search->refresh();
        updateMatchLabel();
    });
    connect(&m_follower, &LogFollower::changed, this, &LogViewer::schedulePump);
    m_follower.setTailWindow(qMin(TailLineCount, m_maximumLineCount), TailMaxBytes);
}

LogViewer::~LogViewer() = default;

void LogViewer::buildUi()
{
    m_fileCombo = new QComboBox(this);
    m_fileCombo->setObjectName(QStringLiteral("fileCombo"));
    m_fileCombo->setToolTip(tr("The live log or one of its rotated backups (.1 is the newest)"));
    m_fileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Enter: next match, Shift+Enter: previous match"));
    m_searchEdit->installEventFilter(this);

    m_findPreviousButton = makeButton(tr("Previous"), QStringLiteral("findPreviousButton"), this);
    m_findNextButton = makeButton(tr("Next"), QStringLiteral("findNextButton"), this);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_wrapButton = makeButton(tr("Wrap"), QStringLiteral("wrapButton"), this, true);
    m_wrapButton->setToolTip(tr("Wrap long lines"));
    m_followButton = makeButton(tr("Follow"), QStringLiteral("followButton"), this, true);
    m_followButton->setToolTip(tr("Show lines as they are written"));
    m_followButton->setChecked(true);
    m_copyButton = makeButton(tr("Copy"), QStringLiteral("copyButton"), this);
    m_copyButton->setToolTip(tr("Copy the selected text, or all text shown"));

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false); // an undo stack would keep every line ever appended
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(m_maximumLineCount);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_fileCombo);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_findPreviousButton);
    bar->addWidget(m_findNextButton);
    bar->addWidget(m_matchLabel);
    bar->addStretch();
    bar->addWidget(m_wrapButton);
    bar->addWidget(m_followButton);
    bar->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_fileCombo, &QComboBox::activated, this, [this](int index) {
        const QString path = m_fileCombo->itemData(index).toString();
        if (path != currentFile())
            openFile(path);
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_search->setTerm(text);
        updateMatchLabel();
    });
    connect(m_findNextButton, &QToolButton::clicked, this, &LogViewer::findNext);
    connect(m_findPreviousButton, &QToolButton::clicked, this, &LogViewer::findPrevious);
    connect(m_wrapButton, &QToolButton::toggled, this,
            [this](bool on) { m_view->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap); });
    connect(m_followButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            keepLastLineShown(); // turning it on jumps to the end
        updateFollowing();
    });
    QScrollBar *scroll = m_view->verticalScrollBar();
    // A resize, a wrap change or lines dropped off the top move the range, not the user.
    connect(scroll, &QScrollBar::rangeChanged, this, [this] {
        if (isFollowing())
            keepLastLineShown();
    });
    // Only the user's own moves (wheel, arrows, page, dragging the handle) arrive as actions. The new
    // position is already known when the signal comes, its value not yet.
    connect(scroll, &QScrollBar::actionTriggered, this, [this, scroll] {
        if (scroll->sliderPosition() < scroll->maximum())
            userMovedAway();
    });
    m_view->installEventFilter(this);
    connect(m_copyButton, &QToolButton::clicked, this, &LogViewer::copy);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    auto *next = new QShortcut(QKeySequence::FindNext, this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &LogViewer::findNext);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, &LogViewer::findPrevious);
}

void LogViewer::setLogFile(const QString &path)
{
    m_logFile = path;
    m_fileCombo->clear();
    refreshFileList();
    openFile(path);
}

void LogViewer::openFile(const QString &path)
{
    clearView();
    if (path.isEmpty()) {
        m_follower.close();
        m_view->setPlaceholderText(QString());
    } else {
        append(m_follower.openAtTail(path));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
        m_view->setPlaceholderText(
            QFileInfo::exists(path) ? QString() : tr("Nothing logged yet: %1").arg(QDir::toNativeSeparators(path)));
    }
    m_rotationsSeen = m_follower.rotations();
    const int index = m_fileCombo->findData(path);
    if (index >= 0)
        m_fileCombo->setCurrentIndex(index);
    m_followButton->setEnabled(showingLiveFile());
    m_search->refresh();
    updateMatchLabel();
    updateFollowing();
}

void LogViewer::refreshFileList()
{
    QStringList paths;
    if (!m_logFile.isEmpty()) {
        paths << m_logFile;
        for (int i = 1; i <= MaxBackups; ++i) {
            const QString backup = m_logFile + QLatin1Char('.') + QString::number(i);
            if (!QFileInfo::exists(backup))
                break;
            paths << backup;
        }
    }
    QStringList shown;
    for (int i = 0; i < m_fileCombo->count(); ++i)
        shown << m_fileCombo->itemData(i).toString();
    if (shown == paths)
        return;
    const QSignalBlocker blocker(m_fileCombo);
    m_fileCombo->clear();
    for (const QString &path : std::as_const(paths))
        m_fileCombo->addItem(QFileInfo(path).fileName(), path);
    const int index = m_fileCombo->findData(currentFile());
    m_fileCombo->setCurrentIndex(qMax(0, index));
}

bool LogViewer::showingLiveFile() const
{
    return !m_logFile.isEmpty() && currentFile() == m_logFile;
}

bool LogViewer::isFollowing() const
{
    return m_followButton->isChecked() && showingLiveFile();
}

void LogViewer::setFollowing(bool on)
{
    m_followButton->setChecked(on);
}

void LogViewer::setMaximumLineCount(int lines)
{
    m_maximumLineCount = qMax(1, lines);
    m_view->setMaximumBlockCount(m_maximumLineCount);
    m_follower.setTailWindow(qMin(TailLineCount, m_maximumLineCount), TailMaxBytes);
}

int LogViewer::lineCount() const
{
    const QTextDocument *document = m_view->document();
    return document->isEmpty() ? 0 : document->blockCount();
}

QString LogViewer::lastLine() const
{
    return m_view->document()->lastBlock().text();
}

void LogViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateFollowing();
}

void LogViewer::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateFollowing();
}

void LogViewer::updateFollowing()
{
    // Hidden, the viewer reads nothing; shown again, it catches up (or jumps to the tail if far behind).
    const bool active = isFollowing() && isVisible();
    m_follower.setWatching(active);
    if (active) {
        m_pollTimer.start();
        schedulePump();
    } else {
        m_pollTimer.stop();
        m_pumpTimer.stop();
    }
    if (active != m_activeFollowing) {
        m_activeFollowing = active;
        emit followingChanged(isFollowing());
    }
}

void LogViewer::schedulePump()
{
    if (isFollowing() && isVisible() && !m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void LogViewer::pump()
{
    if (!isFollowing() || !isVisible())
        return;
    // Whether to jump ahead is decided at most once per poll interval: the backwards scan it takes is
    // cheap, but not free, and a writer that is merely bursty deserves the chance to be shown in full.
    int keepLines = 0;
    if (!m_catchUpClock.isValid() || m_catchUpClock.elapsed() >= PollIntervalMs) {
        keepLines =
            std::clamp(int(CatchUpBudgetUs / m_usPerLine), qMin(TailLineCount, m_maximumLineCount), m_maximumLineCount);
        m_catchUpClock.start();
    }
    QElapsedTimer spent;
    spent.start();
    do {
        QElapsedTimer slice;
        slice.start();
        const LogFollower::Chunk chunk = m_follower.readNext(m_sliceBytes, m_linesPerTurn, keepLines);
        keepLines = 0;
        append(chunk);
        // Appending costs per line (mostly dropping old lines off the top), so the next slice is sized in
        // lines from what the last ones cost on this machine.
        const qsizetype lines = chunk.data.count('\n');
        if (lines >= 100) {
            const double usPerLine = double(slice.nsecsElapsed()) / 1000.0 / double(lines);
            m_usPerLine = std::clamp(0.7 * m_usPerLine + 0.3 * usPerLine, 0.5, 1000.0);
            m_linesPerTurn = std::clamp(int(SliceBudgetUs / m_usPerLine), 100, 20000);
        }
    } while (m_follower.hasMore() && spent.elapsed() < PumpBudgetMs);
    if (m_follower.rotations() != m_rotationsSeen) {
        m_rotationsSeen = m_follower.rotations();
        refreshFileList();
    }
    if (m_follower.hasMore())
        schedulePump();
}

void LogViewer::clearView()
{
    m_view->clear();
    m_decoder.resetState();
    m_newlinePending = false;
}

void LogViewer::append(const LogFollower::Chunk &chunk)
{
    QString text;
    bool newLine = chunk.restarted;
    if (chunk.skipped > 0) {
        text = tr("[… %1 skipped: written faster than they can be shown …]")
                   .arg(QLocale().formattedDataSize(chunk.skipped));
        text += QLatin1Char('\n');
        newLine = true;
    }
    if (chunk.restarted)
        m_decoder.resetState();
    if (!chunk.data.isEmpty()) {
        QByteArray bytes = chunk.data;
        bytes.replace("\r\n", "\n");
        text += m_decoder.decode(bytes);
    }
    if (text.isEmpty())
        return;

    QTextDocument *document = m_view->document();
    QString insert;
    if (!document->isEmpty() && (m_newlinePending || newLine))
        insert = QStringLiteral("\n");
    m_newlinePending = text.endsWith(QLatin1Char('\n'));
    if (m_newlinePending)
        text.chop(1);
    insert += text;
    if (insert.isEmpty())
        return;

    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(insert);
    if (isFollowing())
        keepLastLineShown();
    if (!m_search->term().isEmpty() && !m_searchTimer.isActive())
        m_searchTimer.start();
    emit appended();
}

void LogViewer::findNext()
{
    if (m_searchTimer.isActive()) {
        m_searchTimer.stop();
        m_search->refresh();
    }
    // Going to a match is looking away from the end: following would pull the view back from it.
    if (m_search->count() > 0)
        userMovedAway();
    m_search->next();
    updateMatchLabel();
}

void LogViewer::findPrevious()
{
    if (m_searchTimer.isActive()) {
        m_searchTimer.stop();
        m_search->refresh();
    }
    if (m_search->count() > 0)
        userMovedAway();
    m_search->previous();
    updateMatchLabel();
}

void LogViewer::keepLastLineShown()
{
    // The text cursor goes along: left behind, the next ensureCursorVisible() would pull the view back.
    QTextCursor end(m_view->document());
    end.movePosition(QTextCursor::End);
    if (!m_view->textCursor().hasSelection())
        m_view->setTextCursor(end);
    QScrollBar *scroll = m_view->verticalScrollBar();
    scroll->setValue(scroll->maximum());
}

void LogViewer::userMovedAway()
{
    if (m_followButton->isChecked())
        m_followButton->setChecked(false);
}

void LogViewer::updateMatchLabel()
{
    if (m_search->term().isEmpty())
        m_matchLabel->clear();
    else if (m_search->count() == 0)
        m_matchLabel->setText(tr("No matches"));
    else if (m_search->currentIndex() < 0)
        m_matchLabel->setText(m_search->count() == 1 ? tr("1 match") : tr("%1 matches").arg(m_search->count()));
    else
        m_matchLabel->setText(tr("%1 of %2").arg(m_search->currentIndex() + 1).arg(m_search->count()));
}

void LogViewer::copy()
{
    const QTextCursor selection = m_view->textCursor();
    const QString text = selection.hasSelection() ? selection.selection().toPlainText() : m_view->toPlainText();
    QGuiApplication::clipboard()->setText(text);
}

bool LogViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // Keys move the text cursor and the view follows it without a scroll-bar action: look once the
        // key has been handled.
        QTimer::singleShot(0, this, [this] {
            const QScrollBar *scroll = m_view->verticalScrollBar();
            if (isFollowing() && scroll->value() < scroll->maximum())
                userMovedAway();
        });
    }
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace corral::gui
