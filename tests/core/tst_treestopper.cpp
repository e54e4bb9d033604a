// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "launcher.h"
#include "processidentity.h"
#include "testsupport.h"
#include "treestopper.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;
using namespace corral::test;

class TestTreeStopper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    Paths paths() const { return Paths::underHome(m_home.path()); }

    LaunchResult launchTree(const QString &name, const QStringList &args)
    {
        Strategy s;
        s.name = name;
        s.program = treeProgram();
        s.args = args;
        return Launcher(paths()).launch(s);
    }

    QString cookie(const QString &name) const { return Launcher(paths()).cookieFor(name); }

private slots:
    void stop_familyWithSetsidEscapeeAndDaemon_leavesNothingBehind()
    {
        PidReaper reaper;
        const QString pidsFile = m_home.filePath(QStringLiteral("family.pids"));
        LaunchResult r = launchTree(QStringLiteral("family"), {QStringLiteral("family"), pidsFile});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(waitFor([&] { return readFamily(pidsFile).size() == 5; }));
        const auto family = readFamily(pidsFile);
        for (const auto &member : family) {
            reaper.add(member.second);
            QVERIFY2(alive(member.second), qPrintable(member.first));
        }

        TreeStopper stopper(r.identity, cookie(QStringLiteral("family")), 2000);
        const StopResult result = stopper.run();

        for (const auto &member : family)
            QVERIFY2(!alive(member.second), qPrintable(member.first + QStringLiteral(" survived the stop")));
        QCOMPARE(result.outcome, StopResult::Outcome::Graceful);
        QCOMPARE(result.escapeesKilled, 2); // the setsid escapee and the double-forked daemon
    }

    void stop_processIgnoringTerm_isKilledAfterTheGracePeriod()
    {
        PidReaper reaper;
        LaunchResult r = launchTree(QStringLiteral("stubborn"), {QStringLiteral("ignore-term")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        reaper.add(r.identity.pid);
        QVERIFY(waitFor([&] {
            QFile log(paths().logFile(QStringLiteral("stubborn")));
            return log.open(QIODevice::ReadOnly) && log.readAll().contains("ignoring SIGTERM");
        }));

        QElapsedTimer clock;
        clock.start();
        const StopResult result = TreeStopper(r.identity, cookie(QStringLiteral("stubborn")), 300).run();
        QCOMPARE(result.outcome, StopResult::Outcome::Killed);
        QVERIFY(clock.elapsed() >= 300); // it did wait for the grace period first
        QVERIFY(!alive(r.identity.pid));
    }

    void stop_pidNowOwnedByAnotherProcess_isStaleAndNeverSignalled()
    {
        PidReaper reaper;
        QProcess stranger; // not launched by Corral: it must come out of this unharmed
        stranger.start(treeProgram(), {QStringLiteral("sleep")});
        QVERIFY(stranger.waitForStarted());
        reaper.add(stranger.processId());
        const std::optional<ProcessIdentity> real = os::identify(stranger.processId());
        QVERIFY(real);

        ProcessIdentity recorded = *real;
        recorded.startTime -= 1; // the pidfile was written for an earlier process with the same pid
        const StopResult result = TreeStopper(recorded, cookie(QStringLiteral("stale")), 100).run();
        QCOMPARE(result.outcome, StopResult::Outcome::Stale);
        QTest::qWait(200);
        QVERIFY(alive(stranger.processId()));
        QCOMPARE(stranger.state(), QProcess::Running);

        stranger.kill();
        stranger.waitForFinished();
    }

    void stop_strategyThatExecedItsRealProgram_isStillStopped()
    {
        PidReaper reaper;
        Strategy s;
        s.name = QStringLiteral("shim");
        s.program = QStringLiteral("/bin/sh");
        s.args = {QStringLiteral("-c"), QStringLiteral("sleep 0.2; exec \"$0\" sleep"), treeProgram()};
        LaunchResult r = Launcher(paths()).launch(s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        reaper.add(r.identity.pid);
        QVERIFY(waitFor([&] {
            const auto now = os::identify(r.identity.pid);
            return now && now->executable != r.identity.executable;
        }));
        const StopResult result = TreeStopper(r.identity, cookie(s.name), 2000).run();
        QCOMPARE(result.outcome, StopResult::Outcome::Graceful);
        QVERIFY(!alive(r.identity.pid));
    }

    // A stop that lands while the strategy is inside execve (a pyenv shim, `sh -c '… exec bot'`) once
    // read an empty environment, judged the process stale and signalled nothing: the bot ran on while
    // corrald reported it stopped. A process that execs itself without end is inside execve most of the
    // time, so every one of these stops lands there sooner or later.
    void stop_strategyInsideExecve_isStoppedNotJudgedStale()
    {
        for (int i = 0; i < 25; ++i) {
            PidReaper reaper;
            LaunchResult r = launchTree(QStringLiteral("reexec"), {QStringLiteral("reexec")});
            QVERIFY2(r.ok(), qPrintable(r.error));
            reaper.add(r.identity.pid);
            const StopResult result = TreeStopper(r.identity, cookie(QStringLiteral("reexec")), 2000).run();
            QVERIFY2(
                result.outcome == StopResult::Outcome::Graceful || result.outcome == StopResult::Outcome::Killed,
                qPrintable(QStringLiteral("stop %1: %2 (%3)").arg(i).arg(outcomeName(result.outcome), result.detail)));
            QVERIFY(!alive(r.identity.pid));
        }
    }

    void stop_nothingRunning_reportsAlreadyGone()
    {
        ProcessIdentity ghost;
        ghost.pid = 0x3FFFFF - 7; // above any pid this machine hands out in practice
        ghost.startTime = 42;
        const StopResult result = TreeStopper(ghost, cookie(QStringLiteral("ghost")), 100).run();
        QCOMPARE(result.outcome, StopResult::Outcome::AlreadyGone);
    }

    void stop_leaderAlreadyDeadButChildrenRemain_stopsTheChildren()
    {
        PidReaper reaper;
        const QString pidsFile = m_home.filePath(QStringLiteral("orphans.pids"));
        LaunchResult r = launchTree(QStringLiteral("orphans"), {QStringLiteral("family"), pidsFile});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(waitFor([&] { return readFamily(pidsFile).size() == 5; }));
        const auto family = readFamily(pidsFile);
        for (const auto &member : family)
            reaper.add(member.second);

        killPid(r.identity.pid);
        QVERIFY(r.process->waitForFinished(5000));
        QVERIFY(!alive(r.identity.pid));

        const StopResult result = TreeStopper(r.identity, cookie(QStringLiteral("orphans")), 2000).run();
        QCOMPARE(result.outcome, StopResult::Outcome::Graceful);
        for (const auto &member : family)
            QVERIFY2(!alive(member.second), qPrintable(member.first + QStringLiteral(" survived")));
    }

    void stop_twoStrategies_leavesTheOtherOneAlone()
    {
        PidReaper reaper;
        LaunchResult a = launchTree(QStringLiteral("alpha"), {QStringLiteral("sleep")});
        LaunchResult b = launchTree(QStringLiteral("beta"), {QStringLiteral("sleep")});
        QVERIFY(a.ok() && b.ok());
        reaper.add(a.identity.pid);
        reaper.add(b.identity.pid);
        QCOMPARE(TreeStopper(a.identity, cookie(QStringLiteral("alpha")), 1000).run().outcome,
                 StopResult::Outcome::Graceful);
        QVERIFY(!alive(a.identity.pid));
        QVERIFY(alive(b.identity.pid));
    }
};

QTEST_GUILESS_MAIN(TestTreeStopper)
#include "tst_treestopper.moc"
