// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The log follower against real files: the tail of a large file without reading it, appends, the two
// rotations LogRotator does (rename at a start, head cut while running), truncation, partial lines and a
// file that appears later.

#include "filecontent.h"
#include "logfiles.h"
#include "logfollower.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using corral::LogFollower;
using corral::LogRotator;

using corral::test::appendTo;
using corral::test::firstDifference;
using corral::test::numberedLines;
using corral::test::writeFile;

namespace {
// Everything the follower has now, in slices of `slice` bytes.
QByteArray drain(LogFollower &follower, qint64 slice = 4096, bool *restarted = nullptr)
{
    QByteArray all;
    for (int guard = 0; guard < 100000; ++guard) {
        const LogFollower::Chunk chunk = follower.readNext(slice);
        if (restarted && chunk.restarted)
            *restarted = true;
        all += chunk.data;
        if (!follower.hasMore())
            break;
    }
    return all;
}

} // namespace

class TestLogFollower : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tail_ofAGigabyteLog_readsABoundedAmount();
    void tail_zeroLines_startsAtTheEnd();
    void follow_appendedLines_areDeliveredOnce();
    void follow_boundedSlices_endAtALineEnd();
    void follow_partialLastLine_isHeldUntilNothingFollows_thenContinued();
    void follow_renameRotation_finishesTheOldFileThenReadsTheNewOne();
    void follow_headCut_continuesWithoutLossOrRepeat_data();
    void follow_headCut_continuesWithoutLossOrRepeat();
    void follow_rotationUnderWay_readsNothingUntilItIsDone();
    void follow_realWriterWithLiveRotations_seesEveryLineOnce();
    void follow_truncatedAndRegrown_readsAgainFromTheStart();
    void follow_missingFile_isReadOnceItAppears();
    void watching_appends_emitChanged();

private:
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogFollower::init()
{
    // On the build directory's disk rather than tmpfs, so that Linux cuts heads by range collapse.
    m_dir = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/follower-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void TestLogFollower::cleanup()
{
    m_dir.reset();
}

void TestLogFollower::tail_ofAGigabyteLog_readsABoundedAmount()
{
    // 1 GiB of one sparse "line" of zeros, then real lines.
    const QString log = path("big.log");
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30));
    }
    QVERIFY(appendTo(log, '\n' + numberedLines(1, 5000)));

    LogFollower follower;
    follower.setTailWindow(1000, 4 << 20);
    const LogFollower::Chunk tail = follower.openAtTail(log);
    QCOMPARE(tail.data, numberedLines(4001, 5000));
    QVERIFY2(follower.bytesRead() < (1 << 20), qPrintable(QString::number(follower.bytesRead())));

    // More lines asked for than there are: the byte limit stops the scan inside the zeros, and the tail
    // starts at the first whole line within it.
    follower.setTailWindow(1000000, 8 << 20);
    const LogFollower::Chunk bounded = follower.openAtTail(log);
    QVERIFY(bounded.data.size() <= (8 << 20));
    QVERIFY(bounded.data.endsWith("line 5000\n"));
    QVERIFY2(follower.bytesRead() < (17 << 20), qPrintable(QString::number(follower.bytesRead())));

    // Slices: a tail of any length comes a bounded chunk at a time.
    follower.setTailWindow(5000, 0);
    follower.seekToTail(log);
    const LogFollower::Chunk first = follower.readNext(4096);
    QVERIFY(first.data.size() <= 4096);
    QVERIFY(first.data.startsWith("line 1\n"));
    QVERIFY(follower.hasMore());
    QCOMPARE(first.data + drain(follower), numberedLines(1, 5000));
}

void TestLogFollower::tail_zeroLines_startsAtTheEnd()
{
    const QString log = path("zero.log");
    QVERIFY(writeFile(log, numberedLines(1, 10)));
    LogFollower follower;
    follower.setTailWindow(0, 0);
    QCOMPARE(follower.openAtTail(log).data, QByteArray());
    QVERIFY(appendTo(log, numberedLines(11, 12)));
    QCOMPARE(drain(follower), numberedLines(11, 12));
}

void TestLogFollower::follow_appendedLines_areDeliveredOnce()
{
    const QString log = path("append.log");
    QVERIFY(writeFile(log, numberedLines(1, 10)));
    LogFollower follower;
    follower.setTailWindow(3, 0);
    QCOMPARE(follower.openAtTail(log).data, numberedLines(8, 10));
    QCOMPARE(drain(follower), QByteArray());
    QVERIFY(appendTo(log, numberedLines(11, 20)));
    QCOMPARE(drain(follower), numberedLines(11, 20));
    QCOMPARE(drain(follower), QByteArray());
    QVERIFY(appendTo(log, numberedLines(21, 21)));
    QCOMPARE(drain(follower), numberedLines(21, 21));
    QCOMPARE(follower.rotations(), 0);
}

void TestLogFollower::follow_boundedSlices_endAtALineEnd()
{
    const QString log = path("slices.log");
    QVERIFY(writeFile(log, QByteArray()));
    LogFollower follower;
    follower.openAtTail(log);
    QVERIFY(appendTo(log, "aaaa\nbbbbbbbb\ncc\n"));
    // Eight bytes would split "bbbbbbbb": the slice stops after the last whole line.
    LogFollower::Chunk chunk = follower.readNext(8);
    QCOMPARE(chunk.data, QByteArray("aaaa\n"));
    QVERIFY(follower.hasMore());
    // A line longer than a slice has to be split; it is continued, not repeated.
    chunk = follower.readNext(4);
    QCOMPARE(chunk.data, QByteArray("bbbb"));
    QCOMPARE(follower.readNext(100).data, QByteArray("bbbb\ncc\n"));
    QVERIFY(!follower.hasMore());
    // At most maxLines lines.
    QVERIFY(appendTo(log, numberedLines(1, 10)));
    QCOMPARE(follower.readNext(1 << 20, 3).data, numberedLines(1, 3));
    QCOMPARE(drain(follower), numberedLines(4, 10));
}

void TestLogFollower::follow_partialLastLine_isHeldUntilNothingFollows_thenContinued()
{
    const QString log = path("partial.log");
    QVERIFY(writeFile(log, "first\nabc"));
    LogFollower follower;
    follower.setTailWindow(10, 0);
    QCOMPARE(follower.openAtTail(log).data, QByteArray("first\nabc"));
    QVERIFY(appendTo(log, "def"));
    const LogFollower::Chunk more = follower.readNext(4096);
    QCOMPARE(more.data, QByteArray("def"));
    QVERIFY(!more.restarted);
    QVERIFY(appendTo(log, "\r\nghi\n"));
    QCOMPARE(drain(follower), QByteArray("\r\nghi\n"));

    // A half line behind a full slice waits for the next slice rather than being split at the slice's end.
    QVERIFY(appendTo(log, "jkl\nmnopqrst"));
    QCOMPARE(follower.readNext(6).data, QByteArray("jkl\n"));
    QCOMPARE(follower.readNext(6).data, QByteArray("mnopqr"));
    QCOMPARE(follower.readNext(6).data, QByteArray("st"));
}

void TestLogFollower::follow_renameRotation_finishesTheOldFileThenReadsTheNewOne()
{
    const QString log = path("renamed.log");
    QVERIFY(writeFile(log, numberedLines(1, 3000)));
    LogFollower follower;
    follower.setTailWindow(10, 0);
    QVERIFY(follower.openAtTail(log).data.endsWith("line 3000\n"));
    // Written before the rotation but not read yet: it must come from the backup.
    QVERIFY(appendTo(log, numberedLines(3001, 3500)));

    // What corrald does before a start: the file becomes <log>.1, the strategy starts a new one.
    QString error;
    QVERIFY2(LogRotator(log, 1000, 3).rotateIfNeeded(&error), qPrintable(error));
    QVERIFY(!QFile::exists(log));
    QVERIFY(QFile::exists(log + QStringLiteral(".1")));
    QCOMPARE(drain(follower), numberedLines(3001, 3500));
    QVERIFY(appendTo(log, numberedLines(1, 5, "next ")));

    bool restarted = false;
    QCOMPARE(drain(follower, 4096, &restarted), numberedLines(1, 5, "next "));
    QVERIFY(restarted); // another run's file: it starts a line of its own
    QVERIFY(follower.rotations() >= 1);
    QVERIFY(appendTo(log, numberedLines(6, 7, "next ")));
    QCOMPARE(drain(follower), numberedLines(6, 7, "next "));
}

void TestLogFollower::follow_headCut_continuesWithoutLossOrRepeat_data()
{
    QTest::addColumn<bool>("unreadBeforeRotation");
    QTest::addColumn<int>("slice");
    QTest::newRow("caught up") << false << 4096;
    QTest::newRow("behind, small slices") << true << 100;
    QTest::newRow("behind, large slices") << true << (1 << 20);
}

void TestLogFollower::follow_headCut_continuesWithoutLossOrRepeat()
{
    QFETCH(bool, unreadBeforeRotation);
    QFETCH(int, slice);
    const QString log = path("cut.log");
    // Several filesystem blocks, so rotateLive really cuts something; the writer holds it open with O_APPEND.
    QFile writer(log);
    QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    QVERIFY(writer.write(numberedLines(1, 3000)) > 0);
    LogFollower follower;
    follower.setTailWindow(10, 0);
    QVERIFY(follower.openAtTail(log).data.endsWith("line 3000\n"));

    QByteArray expected;
    if (unreadBeforeRotation) {
        QVERIFY(writer.write(numberedLines(3001, 3500)) > 0);
        expected += numberedLines(3001, 3500);
    }
    QString error;
    QVERIFY2(LogRotator(log, 1, 3).rotateLive(&error), qPrintable(error));
    QVERIFY(QFile::exists(log + QStringLiteral(".1")));
    QVERIFY(!QFile::exists(LogRotator::rotatingPath(log))); // published under its name once done
    QVERIFY(QFileInfo(log).size() < 3000 * 9);
    // More than the cut, so that the file is no shorter than before: the size alone would not tell.
    const QByteArray after = numberedLines(10001, 16000, "next ");
    QVERIFY(writer.write(after) > 0);
    expected += after;

    bool restarted = false;
    QCOMPARE(firstDifference(drain(follower, slice, &restarted), expected), QString());
    QVERIFY(!restarted); // one stream, continued
    QCOMPARE(follower.rotations(), 1);

    // A second cut, caught up this time.
    QVERIFY2(LogRotator(log, 1, 3).rotateLive(&error), qPrintable(error));
    QVERIFY(writer.write(numberedLines(1, 100, "third ")) > 0);
    QCOMPARE(firstDifference(drain(follower, slice), numberedLines(1, 100, "third ")), QString());
    QCOMPARE(follower.rotations(), 2);
}

void TestLogFollower::follow_rotationUnderWay_readsNothingUntilItIsDone()
{
    const QString log = path("underway.log");
    QVERIFY(writeFile(log, numberedLines(1, 10)));
    LogFollower follower;
    follower.setTailWindow(10, 0);
    QCOMPARE(follower.openAtTail(log).data, numberedLines(1, 10));
    QVERIFY(appendTo(log, numberedLines(11, 20)));
    // LogRotator's staging file: the backup is being written and the cut may or may not be done yet.
    QVERIFY(writeFile(LogRotator::rotatingPath(log), numberedLines(1, 5)));
    QCOMPARE(follower.readNext(4096).data, QByteArray());
    QVERIFY(!follower.hasMore());
    // The rotator is done (here it had nothing to cut): reading goes on.
    QVERIFY(QFile::remove(LogRotator::rotatingPath(log)));
    QCOMPARE(drain(follower), numberedLines(11, 20));
}

void TestLogFollower::follow_realWriterWithLiveRotations_seesEveryLineOnce()
{
    constexpr int Lines = 60000;
    const QString log = path("busy.log");
    QVERIFY(writeFile(log, QByteArray()));
    LogFollower follower;
    follower.setTailWindow(10, 0);
    follower.openAtTail(log);
    // Far more backups than rotations: on filesystems without range collapse nothing is deleted either.
    LogRotator rotator(log, 16 * 1024, 1000);

    // The shell opens the log once with O_APPEND (>>) and writes one line per write(2), like a strategy.
    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("i=1; while [ $i -le %1 ]; do echo line $i; i=$((i+1)); done >> \"$1\"").arg(Lines),
                  QStringLiteral("sh"), log});
    const auto stopWriter = qScopeGuard([&writer] {
        if (writer.state() != QProcess::NotRunning) {
            writer.kill();
            writer.waitForFinished(5000);
        }
    });
    QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));

    QByteArray seen;
    int rotations = 0;
    int turn = 0;
    while (writer.state() != QProcess::NotRunning) {
        if (rotator.exceedsLimit()) {
            QString error;
            QVERIFY2(rotator.rotateLive(&error), qPrintable(error));
            ++rotations;
        }
        // Sometimes caught up, sometimes behind when the next cut comes.
        if (++turn % 3 != 0)
            seen += drain(follower, 1000);
        writer.waitForFinished(1);
    }
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    seen += drain(follower, 1000);
    QVERIFY2(rotations >= 5, qPrintable(QStringLiteral("only %1 rotations happened").arg(rotations)));

    // Whatever copy + truncate may lose on filesystems without range collapse, the follower adds no loss,
    // repeat or half line of its own: what it delivered is what the backups and the live file hold.
    QByteArray onDisk;
    const QStringList backups = rotator.backupPaths();
    for (auto it = backups.crbegin(); it != backups.crend(); ++it) {
        QFile f(*it);
        QVERIFY(f.open(QIODevice::ReadOnly));
        onDisk += f.readAll();
    }
    QFile live(log);
    QVERIFY(live.open(QIODevice::ReadOnly));
    onDisk += live.readAll();
    QCOMPARE(firstDifference(seen, onDisk), QString());
    QVERIFY(seen.endsWith("line " + QByteArray::number(Lines) + '\n'));
}

void TestLogFollower::follow_truncatedAndRegrown_readsAgainFromTheStart()
{
    const QString log = path("truncated.log");
    QVERIFY(writeFile(log, numberedLines(1, 3000)));
    LogFollower follower;
    follower.setTailWindow(10, 0);
    follower.openAtTail(log);

    // Emptied by hand, no backup: shorter than the place read to.
    QVERIFY(QFile::resize(log, 0));
    QVERIFY(appendTo(log, numberedLines(1, 5, "short ")));
    bool restarted = false;
    QCOMPARE(drain(follower, 4096, &restarted), numberedLines(1, 5, "short "));
    QVERIFY(restarted);

    // Emptied again and rewritten past the place read to before: only the content says so.
    QVERIFY(QFile::resize(log, 0));
    const QByteArray longer = numberedLines(1, 20000, "long ");
    QVERIFY(appendTo(log, longer));
    restarted = false;
    QCOMPARE(firstDifference(drain(follower, 1 << 16, &restarted), longer), QString());
    QVERIFY(restarted);
    QCOMPARE(follower.rotations(), 2);
}

void TestLogFollower::follow_missingFile_isReadOnceItAppears()
{
    const QString log = path("later.log");
    LogFollower follower;
    follower.setTailWindow(10, 0);
    QCOMPARE(follower.openAtTail(log).data, QByteArray());
    QCOMPARE(follower.readNext(4096).data, QByteArray());
    QVERIFY(!follower.hasMore());

    // Everything the new file holds, from its start, not its tail.
    QVERIFY(writeFile(log, numberedLines(1, 30)));
    const LogFollower::Chunk chunk = follower.readNext(1 << 20);
    QCOMPARE(chunk.data, numberedLines(1, 30));
    QVERIFY(!chunk.restarted); // nothing was shown before it

    // Deleted and created again: another file, which starts a new line.
    QVERIFY(QFile::remove(log));
    QCOMPARE(follower.readNext(4096).data, QByteArray());
    QVERIFY(writeFile(log, "again\n"));
    bool restarted = false;
    QCOMPARE(drain(follower, 4096, &restarted), QByteArray("again\n"));
    QVERIFY(restarted);
}

void TestLogFollower::watching_appends_emitChanged()
{
    const QString log = path("watched.log");
    LogFollower follower;
    follower.openAtTail(log);
    QSignalSpy changed(&follower, &LogFollower::changed);
    follower.setWatching(true);
    QVERIFY(follower.isWatching());
    QVERIFY(writeFile(log, "hello\n"));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(drain(follower), QByteArray("hello\n"));
    follower.setWatching(false);
    QVERIFY(!follower.isWatching());
}

QTEST_GUILESS_MAIN(TestLogFollower)
#include "tst_logfollower.moc"
