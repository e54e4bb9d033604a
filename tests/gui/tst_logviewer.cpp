// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The log viewer against real files and real writer processes: the tail of a large file without reading
// it, following a fast writer without freezing the event loop, rotation mid-stream, search, backups.

#include "filecontent.h"
#include "logfiles.h"
#include "logfollower.h"
#include "logviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <memory>

using corral::LogFollower;
using corral::LogRotator;
using corral::LogTail;
using corral::gui::LogViewer;

using corral::test::appendTo;
using corral::test::numberedLines;
using corral::test::writeFile;

namespace {
// Peak resident memory of this process so far, in KiB.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A shell writer that is always ended by the test that started it, by its own handle.
class Writer
{
public:
    explicit Writer(const QString &script)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    }
    ~Writer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool started() { return m_process.waitForStarted(5000); }
    bool finished(int ms)
    {
        if (m_process.state() != QProcess::NotRunning)
            m_process.waitForFinished(ms);
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

QString shellQuote(const QString &path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

enum class Skips { Refused, Allowed };

// The number in every line "line <n>[ <padding>]" of the view, or an empty list when a line has another shape.
// With Skips::Allowed, the viewer's notes that it jumped ahead are passed over.
QList<int> numbersIn(const QPlainTextEdit *view, Skips skips = Skips::Refused)
{
    const QString prefix = QStringLiteral("line ");
    QList<int> numbers;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (skips == Skips::Allowed && text.startsWith(QStringLiteral("[… ")) &&
            text.contains(QLatin1String("skipped")))
            continue;
        bool ok = false;
        const int n = text.startsWith(prefix) ? text.mid(prefix.size()).section(QLatin1Char(' '), 0, 0).toInt(&ok) : 0;
        if (!ok) {
            qWarning() << "unexpected line" << block.blockNumber() << text;
            return {};
        }
        numbers << n;
    }
    return numbers;
}

bool consecutive(const QList<int> &numbers)
{
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        if (numbers.at(i) != numbers.at(i - 1) + 1) {
            qWarning() << "gap or repeat after" << numbers.at(i - 1) << "->" << numbers.at(i);
            return false;
        }
    }
    return !numbers.isEmpty();
}

int lastNumber(const LogViewer &viewer)
{
    const QString line = viewer.lastLine();
    return line.startsWith(QLatin1String("line ")) ? line.mid(5).section(QLatin1Char(' '), 0, 0).toInt() : -1;
}

QByteArray drain(LogFollower &reader, bool *restarted = nullptr)
{
    QByteArray all;
    for (int guard = 0; guard < 10000; ++guard) {
        const LogFollower::Chunk chunk = reader.readNext(4096);
        if (restarted && chunk.restarted)
            *restarted = true;
        all += chunk.data;
        if (!reader.hasMore())
            break;
    }
    return all;
}

} // namespace

class TestLogViewer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void largeFile_showsLastLinesWithoutReadingItWhole();
    void oneEndlessLine_readsOnlyTheTailWindow();
    void partialLine_isContinuedNotSplit();
    void missingFile_isFollowedOnceItAppears();
    void follow_writerAppends_showsNewestLine_andStopsWhenOff();
    void follow_highRateWriter_keepsEventLoopResponsive();
    void follow_renamedFile_continuesInNewFileWithoutGaps();
    void follow_liveRotation_continuesAfterTheCut();
    void reader_rewriteInPlace_continuesWhereItLeftOff_data();
    void reader_rewriteInPlace_continuesWhereItLeftOff();
    void reader_farBehind_jumpsToTheLastLines();
    void search_knownFile_countsHighlightsAndMoves();
    void fileCombo_listsExistingBackups_andShowsThePickedOne();
    void wrapAndCopy();
    void follow_afterResizes_theLastLineStaysShown();
    void follow_userScrollsUp_turnsOffVisibly_andTheViewStays();
    void follow_searchMatch_turnsOff_andTurningItOnJumpsToTheEnd();

private:
    // Whether the document's last line is the one at the bottom of the viewport.
    bool lastLineAtBottom()
    {
        QPlainTextEdit *text = view();
        return text->cursorForPosition(QPoint(2, text->viewport()->height() - 3)).blockNumber() ==
               text->document()->blockCount() - 1;
    }
    template <typename T> T *child(const char *name)
    {
        T *widget = m_viewer->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPlainTextEdit *view() { return child<QPlainTextEdit>("logView"); }
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    void showViewer();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LogViewer> m_viewer;
};

void TestLogViewer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_viewer = std::make_unique<LogViewer>();
    m_viewer->resize(900, 500);
}

void TestLogViewer::cleanup()
{
    m_viewer.reset();
    m_dir.reset();
}

void TestLogViewer::showViewer()
{
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestLogViewer::largeFile_showsLastLinesWithoutReadingItWhole()
{
    // 256 MB of one sparse "line" of zeros, then real lines: the size of a big log in a second.
    const QString log = path("big.log");
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(256) << 20));
    }
    QVERIFY(appendTo(log, '\n' + numberedLines(1, 5000)));
    m_viewer->setMaximumLineCount(1000);
    showViewer();

    const qint64 peakBefore = peakRssKb();
    QElapsedTimer elapsed;
    elapsed.start();
    m_viewer->setLogFile(log);
    const qint64 openMs = elapsed.elapsed();
    const qint64 peakAfter = peakRssKb();
    qInfo("opened a %lld MB log in %lld ms, read %lld bytes, peak RSS +%lld KiB", QFileInfo(log).size() >> 20, openMs,
          m_viewer->bytesRead(), peakAfter - peakBefore);

    QCOMPARE(m_viewer->lastLine(), QStringLiteral("line 5000"));
    QCOMPARE(m_viewer->lineCount(), 1000);
    QCOMPARE(view()->document()->firstBlock().text(), QStringLiteral("line 4001"));
    QVERIFY2(m_viewer->bytesRead() < (8 << 20), qPrintable(QString::number(m_viewer->bytesRead())));
    QVERIFY(peakBefore > 0);
    QVERIFY2(peakAfter - peakBefore < 64 * 1024, qPrintable(QString::number(peakAfter - peakBefore)));
    // The last line is the one at the bottom of the viewport, not merely somewhere in the document.
    QPlainTextEdit *text = view();
    QTRY_COMPARE(text->cursorForPosition(QPoint(2, text->viewport()->height() - 3)).blockNumber(),
                 text->document()->blockCount() - 1);
}

void TestLogViewer::oneEndlessLine_readsOnlyTheTailWindow()
{
    const QString log = path("endless.log");
    QVERIFY(writeFile(log, QByteArray(32 << 20, 'x')));
    showViewer();
    m_viewer->setLogFile(log);
    QCOMPARE(m_viewer->lineCount(), 1);
    QVERIFY(m_viewer->lastLine().size() <= (4 << 20));
    QVERIFY2(m_viewer->bytesRead() <= (9 << 20), qPrintable(QString::number(m_viewer->bytesRead())));
}

void TestLogViewer::partialLine_isContinuedNotSplit()
{
    const QString log = path("partial.log");
    QVERIFY(writeFile(log, "first\nabc"));
    showViewer();
    m_viewer->setLogFile(log);
    QCOMPARE(m_viewer->lineCount(), 2);
    QCOMPARE(m_viewer->lastLine(), QStringLiteral("abc"));

    QVERIFY(appendTo(log, "def\r\nghi\n"));
    QTRY_COMPARE(m_viewer->lastLine(), QStringLiteral("ghi"));
    QCOMPARE(view()->toPlainText(), QStringLiteral("first\nabcdef\nghi"));
    QVERIFY(appendTo(log, "\njkl\n"));
    QTRY_COMPARE(m_viewer->lastLine(), QStringLiteral("jkl"));
    QCOMPARE(view()->toPlainText(), QStringLiteral("first\nabcdef\nghi\n\njkl"));
}

void TestLogViewer::missingFile_isFollowedOnceItAppears()
{
    const QString log = path("later.log");
    showViewer();
    m_viewer->setLogFile(log);
    QCOMPARE(m_viewer->lineCount(), 0);
    QVERIFY(m_viewer->isFollowing());
    QVERIFY(writeFile(log, numberedLines(1, 3)));
    QTRY_COMPARE(m_viewer->lastLine(), QStringLiteral("line 3"));
    QCOMPARE(m_viewer->lineCount(), 3);
}

void TestLogViewer::follow_writerAppends_showsNewestLine_andStopsWhenOff()
{
    const QString log = path("ticker.log");
    QVERIFY(writeFile(log, numberedLines(1, 10)));
    showViewer();
    m_viewer->setLogFile(log);
    QCOMPARE(m_viewer->lastLine(), QStringLiteral("line 10"));

    Writer writer(QStringLiteral("i=10; while [ $i -lt 100000 ]; do i=$((i+1)); echo \"line $i\"; sleep 0.01; "
                                 "done >> %1")
                      .arg(shellQuote(log)));
    QVERIFY(writer.started());
    QTRY_VERIFY(lastNumber(*m_viewer) >= 40);
    QVERIFY(consecutive(numbersIn(view())));

    auto *follow = child<QToolButton>("followButton");
    QVERIFY(follow->isChecked());
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(!m_viewer->isFollowing());
    const QString frozen = m_viewer->lastLine();
    const int frozenNumber = lastNumber(*m_viewer);
    // The file goes on growing while the view stays as it was.
    QTRY_VERIFY(LogTail::lastLines(log, 1).value(0).mid(5).toInt() >= frozenNumber + 20);
    QTest::qWait(300); // what would have been one more poll and a pump, had following not stopped
    QCOMPARE(m_viewer->lastLine(), frozen);

    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(m_viewer->isFollowing());
    QTRY_VERIFY(lastNumber(*m_viewer) >= frozenNumber + 20);
    QVERIFY(consecutive(numbersIn(view())));
}

void TestLogViewer::follow_highRateWriter_keepsEventLoopResponsive()
{
    constexpr int Lines = 200000;
    const QString log = path("fast.log");
    QVERIFY(writeFile(log, QByteArray()));
    showViewer();
    m_viewer->setLogFile(log);

    QElapsedTimer sinceTick;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(20);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGap = qMax(maxGap, sinceTick.restart());
        ++ticks;
    });

    // One write per line, as a program that flushes every line does.
    Writer writer(QStringLiteral("awk 'BEGIN { for (i = 1; i <= %1; i++) { print \"line \" i; fflush() } }' >> %2")
                      .arg(Lines)
                      .arg(shellQuote(log)));
    sinceTick.start();
    ticker.start();
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(writer.started());
    QTRY_VERIFY_WITH_TIMEOUT(lastNumber(*m_viewer) == Lines, 60000);
    ticker.stop();
    qInfo("%d lines followed in %lld ms; event loop: %d ticks, longest gap %lld ms", Lines, elapsed.elapsed(), ticks,
          maxGap);
    QVERIFY(writer.finished(10000));
    QVERIFY2(maxGap < 500, qPrintable(QString::number(maxGap)));
    QVERIFY(m_viewer->lineCount() <= LogViewer::DefaultMaximumLineCount);
    const QList<int> numbers = numbersIn(view(), Skips::Allowed);
    QVERIFY(!numbers.isEmpty());
    // Whatever was dropped at the top or jumped over to catch up, what is shown is whole lines in order.
    QCOMPARE(numbers.last(), Lines);
    for (qsizetype i = 1; i < numbers.size(); ++i)
        QVERIFY(numbers.at(i) > numbers.at(i - 1));
}

void TestLogViewer::follow_renamedFile_continuesInNewFileWithoutGaps()
{
    constexpr int Lines = 400;
    const QString log = path("renamed.log");
    showViewer();
    m_viewer->setLogFile(log);
    // Opens the file for every line, like a strategy restarted after a rotation at start.
    Writer writer(QStringLiteral("i=0; while [ $i -lt %1 ]; do i=$((i+1)); echo \"line $i\" >> %2; sleep 0.005; "
                                 "done")
                      .arg(Lines)
                      .arg(shellQuote(log)));
    QVERIFY(writer.started());
    QTRY_VERIFY(lastNumber(*m_viewer) >= 100);
    QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
    QVERIFY(writer.finished(30000));
    QTRY_COMPARE(m_viewer->lastLine(), QStringLiteral("line %1").arg(Lines));
    const QList<int> numbers = numbersIn(view());
    QVERIFY(consecutive(numbers));
    QCOMPARE(numbers.first(), 1);
    QTRY_COMPARE(child<QComboBox>("fileCombo")->count(), 2);
}

void TestLogViewer::follow_liveRotation_continuesAfterTheCut()
{
    constexpr int Lines = 600;
    const QString log = path("live.log");
    showViewer();
    m_viewer->setLogFile(log);
    // Holds the file open with O_APPEND throughout, as a running strategy does. Lines of ~100 bytes, so the
    // file outgrows a filesystem block (rotateLive leaves smaller files alone) well before the rotation.
    Writer writer(QStringLiteral("exec >> %2; i=0; while [ $i -lt %1 ]; do i=$((i+1)); echo \"line $i %3\"; "
                                 "sleep 0.005; done")
                      .arg(Lines)
                      .arg(shellQuote(log), QString(90, QLatin1Char('p'))));
    QVERIFY(writer.started());
    QTRY_VERIFY(lastNumber(*m_viewer) >= 200);
    QString error;
    QVERIFY2(LogRotator(log, 1, 3).rotateLive(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(log + QStringLiteral(".1")));
    QVERIFY(writer.finished(30000));
    QTRY_COMPARE(lastNumber(*m_viewer), Lines);
    QTRY_COMPARE(child<QComboBox>("fileCombo")->count(), 2);
    const QList<int> numbers = numbersIn(view());
    // Copy + truncate (filesystems without collapse) may lose a line or two to the rotation itself; the
    // viewer must add no garbage, no repeats and no half lines of its own.
    QVERIFY(!numbers.isEmpty());
    QCOMPARE(numbers.first(), 1);
    for (qsizetype i = 1; i < numbers.size(); ++i)
        QVERIFY2(numbers.at(i) > numbers.at(i - 1), qPrintable(QString::number(numbers.at(i))));
    QVERIFY(numbers.size() >= Lines - 5);
}

void TestLogViewer::reader_rewriteInPlace_continuesWhereItLeftOff_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("unreadBeforeRotation");
    QTest::addColumn<bool>("restarts");
    QTest::newRow("copy+truncate, caught up") << "copytruncate" << false << false;
    QTest::newRow("copy+truncate, behind") << "copytruncate" << true << false;
    QTest::newRow("rotateLive, caught up") << "live" << false << false;
    QTest::newRow("rotateLive, behind") << "live" << true << false;
    QTest::newRow("renamed, caught up") << "rename" << false << true;
    QTest::newRow("renamed, behind") << "rename" << true << true;
    QTest::newRow("emptied without backup") << "empty" << false << true;
}

void TestLogViewer::reader_rewriteInPlace_continuesWhereItLeftOff()
{
    QFETCH(QString, how);
    QFETCH(bool, unreadBeforeRotation);
    QFETCH(bool, restarts);
    const QString log = path("rot.log");
    // Larger than a filesystem block, so rotateLive really cuts something.
    QVERIFY(writeFile(log, numberedLines(1, 3000)));
    LogFollower reader;
    reader.setTailWindow(10, 1 << 20);
    QVERIFY(reader.openAtTail(log).data.endsWith("line 3000\n"));

    QByteArray expected;
    if (unreadBeforeRotation) {
        QVERIFY(appendTo(log, numberedLines(3001, 3500)));
        expected += numberedLines(3001, 3500);
    }
    if (how == QLatin1String("copytruncate")) {
        QVERIFY(QFile::copy(log, log + QStringLiteral(".1")));
        QVERIFY(QFile::resize(log, 0));
    } else if (how == QLatin1String("live")) {
        QString error;
        QVERIFY2(LogRotator(log, 1, 3).rotateLive(&error), qPrintable(error));
    } else if (how == QLatin1String("rename")) {
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
    } else {
        QVERIFY(QFile::resize(log, 0));
    }
    // More new bytes than were there before, so a size check alone would not notice.
    const QByteArray after = numberedLines(10001, 16000, "next ");
    QVERIFY(appendTo(log, after));
    expected += after;

    bool restarted = false;
    const QByteArray got = drain(reader, &restarted);
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(restarted, restarts);
    QVERIFY(reader.rotations() >= 1);
}

void TestLogViewer::reader_farBehind_jumpsToTheLastLines()
{
    const QString log = path("behind.log");
    QVERIFY(writeFile(log, numberedLines(1, 10)));
    LogFollower reader;
    reader.setTailWindow(100, 1 << 20);
    reader.openAtTail(log);
    QVERIFY(appendTo(log, numberedLines(11, 400000)));
    const qint64 before = reader.bytesRead();
    LogFollower::Chunk chunk = reader.readNext(256 << 10, 50, 1000);
    QCOMPARE(chunk.skipped, qint64(numberedLines(11, 399000).size()));
    QVERIFY(chunk.restarted);
    QCOMPARE(chunk.data, numberedLines(399001, 399050));
    QVERIFY(reader.bytesRead() - before < (1 << 20));
    chunk = reader.readNext(256 << 10, INT_MAX, 1000);
    QCOMPARE(chunk.skipped, 0);
    QCOMPARE(chunk.data, numberedLines(399051, 400000));
    QVERIFY(!reader.hasMore());
}

void TestLogViewer::search_knownFile_countsHighlightsAndMoves()
{
    const QString log = path("search.log");
    QByteArray content;
    QList<int> errorLines;
    for (int i = 0; i < 100; ++i) {
        if (i % 6 == 3) {
            content += "2024-01-01 ERROR order " + QByteArray::number(i) + " rejected\n";
            errorLines << i;
        } else {
            content += "2024-01-01 info tick " + QByteArray::number(i) + '\n';
        }
    }
    QCOMPARE(errorLines.size(), 17);
    QVERIFY(writeFile(log, content));
    showViewer();
    m_viewer->setLogFile(log);

    auto *search = child<QLineEdit>("searchEdit");
    auto *label = child<QLabel>("matchLabel");
    QPlainTextEdit *text = view();
    QTest::keyClicks(search, QStringLiteral("error"));
    QCOMPARE(m_viewer->matchCount(), 17);
    QCOMPARE(text->extraSelections().size(), 17);
    QCOMPARE(label->text(), QStringLiteral("17 matches"));

    // The first search goes to the first match the reader can see; the view shows the end of the file.
    const auto currentLine = [text] { return text->textCursor().blockNumber(); };
    const int topLine = text->cursorForPosition(QPoint(0, 0)).blockNumber();
    QVERIFY(topLine > errorLines.at(1));
    const int first = int(std::lower_bound(errorLines.cbegin(), errorLines.cend(), topLine) - errorLines.cbegin());
    QVERIFY(first < 16);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(label->text(), QStringLiteral("%1 of 17").arg(first + 1));
    QCOMPARE(currentLine(), errorLines.at(first));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("ERROR"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(label->text(), QStringLiteral("%1 of 17").arg(first + 2));
    QCOMPARE(currentLine(), errorLines.at(first + 1));
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(currentLine(), errorLines.at(first));

    // Wrapping both ways; the view scrolls to the match.
    for (int i = first; i < 16; ++i)
        QTest::mouseClick(child<QToolButton>("findNextButton"), Qt::LeftButton);
    QCOMPARE(label->text(), QStringLiteral("17 of 17"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(label->text(), QStringLiteral("1 of 17"));
    QCOMPARE(currentLine(), errorLines.at(0));
    QTRY_VERIFY(text->cursorForPosition(QPoint(0, 0)).blockNumber() <= errorLines.at(0));
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(label->text(), QStringLiteral("17 of 17"));
    QCOMPARE(currentLine(), errorLines.at(16));
    QTest::mouseClick(child<QToolButton>("findPreviousButton"), Qt::LeftButton);
    QCOMPARE(m_viewer->currentMatch(), 16);
    QTest::mouseClick(child<QToolButton>("findNextButton"), Qt::LeftButton);
    QCOMPARE(m_viewer->currentMatch(), 17);

    // Going to a match turned following off; on again, new matches arriving are counted and highlighted.
    QVERIFY(!m_viewer->isFollowing());
    QTest::mouseClick(child<QToolButton>("followButton"), Qt::LeftButton);
    QVERIFY(m_viewer->isFollowing());
    QVERIFY(appendTo(log, "2024-01-02 ERROR late\n"));
    QTRY_COMPARE(m_viewer->matchCount(), 18);
    QCOMPARE(text->extraSelections().size(), 18);
    QCOMPARE(label->text(), QStringLiteral("17 of 18"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such text"));
    QCOMPARE(m_viewer->matchCount(), 0);
    QCOMPARE(text->extraSelections().size(), 0);
    QCOMPARE(label->text(), QStringLiteral("No matches"));
}

void TestLogViewer::fileCombo_listsExistingBackups_andShowsThePickedOne()
{
    const QString log = path("s.log");
    QVERIFY(writeFile(log, numberedLines(300, 310)));
    QVERIFY(writeFile(log + QStringLiteral(".1"), numberedLines(200, 210)));
    QVERIFY(writeFile(log + QStringLiteral(".2"), numberedLines(100, 110)));
    QVERIFY(writeFile(log + QStringLiteral(".4"), numberedLines(1, 2))); // after a gap: not a backup of ours
    showViewer();
    m_viewer->setLogFile(log);

    auto *combo = child<QComboBox>("fileCombo");
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("s.log"));
    QCOMPARE(combo->itemText(1), QStringLiteral("s.log.1"));
    QCOMPARE(combo->itemText(2), QStringLiteral("s.log.2"));

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_viewer->currentFile(), log + QStringLiteral(".2"));
    QCOMPARE(m_viewer->lastLine(), QStringLiteral("line 110"));
    QVERIFY(!m_viewer->isFollowing());
    QVERIFY(!child<QToolButton>("followButton")->isEnabled());

    // A backup is not followed: what is appended to the live log does not show up here.
    QVERIFY(appendTo(log, numberedLines(311, 311)));
    QTest::qWait(300);
    QCOMPARE(m_viewer->lastLine(), QStringLiteral("line 110"));

    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(m_viewer->currentFile(), log);
    QVERIFY(m_viewer->isFollowing());
    QCOMPARE(m_viewer->lastLine(), QStringLiteral("line 311"));

    QVERIFY(writeFile(log + QStringLiteral(".3"), numberedLines(50, 51)));
    QTRY_COMPARE(combo->count(), 5);
}

void TestLogViewer::wrapAndCopy()
{
    const QString log = path("copy.log");
    QVERIFY(writeFile(log, "alpha\nbeta\ngamma\n"));
    showViewer();
    m_viewer->setLogFile(log);
    QPlainTextEdit *text = view();
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->lineWrapMode(), QPlainTextEdit::NoWrap);
    QTest::mouseClick(child<QToolButton>("wrapButton"), Qt::LeftButton);
    QCOMPARE(text->lineWrapMode(), QPlainTextEdit::WidgetWidth);

    auto *copy = child<QToolButton>("copyButton");
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("alpha\nbeta\ngamma"));
    QTextCursor cursor(text->document()->findBlockByNumber(1));
    cursor.select(QTextCursor::LineUnderCursor);
    text->setTextCursor(cursor);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("beta"));
}

void TestLogViewer::follow_afterResizes_theLastLineStaysShown()
{
    const QString log = path("resized.log");
    QVERIFY(writeFile(log, numberedLines(1, 500)));
    showViewer();
    m_viewer->setLogFile(log);
    QTRY_VERIFY(lastLineAtBottom());

    // Each resize moves the scroll range under the view; a view left mid-file with Follow on would lie.
    int next = 501;
    for (const QSize size : {QSize(900, 250), QSize(600, 700), QSize(400, 200), QSize(900, 500)}) {
        m_viewer->resize(size);
        QCoreApplication::processEvents();
        QVERIFY(appendTo(log, numberedLines(next, next + 2)));
        next += 3;
        const QString wanted = QStringLiteral("line %1").arg(next - 1);
        QTRY_COMPARE(m_viewer->lastLine(), wanted);
        QTRY_VERIFY2(lastLineAtBottom(), qPrintable(QStringLiteral("at %1x%2").arg(size.width()).arg(size.height())));
        QVERIFY(m_viewer->isFollowing());
    }
}

void TestLogViewer::follow_userScrollsUp_turnsOffVisibly_andTheViewStays()
{
    const QString log = path("scrolled.log");
    QVERIFY(writeFile(log, numberedLines(1, 500)));
    showViewer();
    m_viewer->setLogFile(log);
    QTRY_VERIFY(lastLineAtBottom());

    QScrollBar *scroll = view()->verticalScrollBar();
    scroll->triggerAction(QAbstractSlider::SliderPageStepSub); // what a click above the handle does
    auto *follow = child<QToolButton>("followButton");
    QVERIFY2(!follow->isChecked(), "scrolled up, and the Follow button still says it follows");
    QVERIFY(!m_viewer->isFollowing());
    const int position = scroll->value();
    QVERIFY(position < scroll->maximum());

    QVERIFY(appendTo(log, numberedLines(501, 520)));
    QTest::qWait(300); // a poll and a pump, had it still followed
    QCOMPARE(scroll->value(), position);

    // Keys move the view too: Follow on again, then Page Up.
    QTest::mouseClick(follow, Qt::LeftButton);
    QTRY_COMPARE(m_viewer->lastLine(), QStringLiteral("line 520"));
    QTRY_VERIFY(lastLineAtBottom());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_PageUp);
    QTRY_VERIFY(!follow->isChecked());
}

void TestLogViewer::follow_searchMatch_turnsOff_andTurningItOnJumpsToTheEnd()
{
    const QString log = path("searched.log");
    QVERIFY(writeFile(log, numberedLines(1, 300)));
    showViewer();
    m_viewer->setLogFile(log);
    QTRY_VERIFY(lastLineAtBottom());

    child<QLineEdit>("searchEdit")->setText(QStringLiteral("line 42"));
    m_viewer->findPrevious();
    auto *follow = child<QToolButton>("followButton");
    QVERIFY2(!follow->isChecked(), "moved to a match, and the Follow button still says it follows");
    QVERIFY(!lastLineAtBottom());

    QVERIFY(appendTo(log, numberedLines(301, 305)));
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(m_viewer->isFollowing());
    QTRY_COMPARE(m_viewer->lastLine(), QStringLiteral("line 305"));
    QTRY_VERIFY(lastLineAtBottom());
}

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
