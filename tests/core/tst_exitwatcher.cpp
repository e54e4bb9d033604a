// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "exitwatcher.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace corral;
using namespace corral::test;

class TestExitWatcher : public QObject
{
    Q_OBJECT

private slots:
    void exited_processThatIsNotOurChild_isReportedWhenItDies()
    {
        QTemporaryDir home;
        QProcess launcher; // leaves an orphan behind, as a corrald that was killed would
        launcher.start(helper("corral_test_launch"),
                       {home.path(), QStringLiteral("adoptee"), treeProgram(), QStringLiteral("sleep")});
        QVERIFY(launcher.waitForFinished(10000));
        const qint64 pid = launcher.readAllStandardOutput().trimmed().toLongLong();
        PidReaper reaper;
        reaper.add(pid);
        QVERIFY(pid > 0);

        ExitWatcher watcher(pid);
        QVERIFY(watcher.isWatching());
        QSignalSpy spy(&watcher, &ExitWatcher::exited);
        QVERIFY(!spy.wait(300)); // nothing while it lives
        ::kill(pid_t(pid), SIGTERM);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(0).toLongLong(), pid);
    }

    void exited_processAlreadyGone_isReportedAtOnce()
    {
        QProcess child;
        child.start(treeProgram(), {QStringLiteral("exit"), QStringLiteral("0")});
        QVERIFY(child.waitForFinished());
        ExitWatcher watcher(child.processId() > 0 ? child.processId() : 0x3FFFF0);
        QSignalSpy spy(&watcher, &ExitWatcher::exited);
        QVERIFY(spy.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TestExitWatcher)
#include "tst_exitwatcher.moc"
