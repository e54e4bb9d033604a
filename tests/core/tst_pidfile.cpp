// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "pidfile.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;
using namespace corral::test;

class TestPidFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void writeRead_roundTrip_keepsEveryField()
    {
        PidFile p;
        p.name = QStringLiteral("ticker");
        p.identity = *os::identify(QCoreApplication::applicationPid());
        p.startedAt = QDateTime::fromString(QStringLiteral("2026-11-20T09:20:00.123Z"), Qt::ISODateWithMs);
        const QString path = m_dir.filePath(QStringLiteral("run/ticker.json"));
        QVERIFY(p.write(path));
        const auto back = PidFile::read(path);
        QVERIFY(back);
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->identity, p.identity);
        QCOMPARE(back->startedAt, p.startedAt);
    }

    void identify_self_givesStartTimeAndExecutable()
    {
        const auto me = os::identify(QCoreApplication::applicationPid());
        QVERIFY(me);
        QVERIFY(me->startTime > 0);
        QCOMPARE(QFileInfo(me->executable).canonicalFilePath(),
                 QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
    }

    void check_liveProcessWithSameIdentity_matches()
    {
        PidFile p{QStringLiteral("me"), *os::identify(QCoreApplication::applicationPid()),
                  QDateTime::currentDateTimeUtc()};
        QCOMPARE(p.check(), PidFile::Match::Matches);
    }

    void check_reusedPid_isAMismatch()
    {
        PidFile p{QStringLiteral("me"), *os::identify(QCoreApplication::applicationPid()),
                  QDateTime::currentDateTimeUtc()};
        p.identity.startTime += 1;
        QCOMPARE(p.check(), PidFile::Match::Mismatch);
    }

    void check_processThatExecedAnotherProgram_stillMatches()
    {
        // A shell that execs the real program keeps its pid and start time: it is the process we started.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("read line; exec \"$0\" sleep"), treeProgram()});
        QVERIFY(shell.waitForStarted());
        PidReaper reaper;
        reaper.add(shell.processId());
        const auto before = os::identify(shell.processId());
        QVERIFY(before);
        shell.write("go\n");
        QVERIFY(waitFor([&] {
            const auto now = os::identify(shell.processId());
            return now && now->executable != before->executable;
        }));
        PidFile p{QStringLiteral("shim"), *before, QDateTime::currentDateTimeUtc()};
        QCOMPARE(p.check(), PidFile::Match::Matches);
        shell.kill();
        shell.waitForFinished();
    }

    void check_deadProcess_isNoProcess()
    {
        QProcess child;
        child.start(treeProgram(), {QStringLiteral("exit"), QStringLiteral("0")});
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        const auto id = os::identify(pid);
        QVERIFY(child.waitForFinished());
        PidFile p{QStringLiteral("gone"), id.value_or(ProcessIdentity{pid, 1, QString()}),
                  QDateTime::currentDateTimeUtc()};
        QCOMPARE(p.check(), PidFile::Match::NoProcess);
    }

    void read_damagedFile_isRefusedWithTheFileName()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"pid\": 12");
        f.close();
        QString error;
        QVERIFY(!PidFile::read(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"pid\": -4, \"startTime\": \"1\"}");
        f.close();
        QVERIFY(!PidFile::read(path, &error));
    }
};

QTEST_GUILESS_MAIN(TestPidFile)
#include "tst_pidfile.moc"
