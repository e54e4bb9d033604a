// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// What core's os:: functions say about processes, on each Unix: a zombie is gone, a start time does not
// move, a tree is the leader's session, and the process table sees a child in its own group. The tests'
// alive() is os::processExists, so these also prove that probe is real where it runs.

#include "processidentity.h"
#include "testsupport.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace corral;
using namespace corral::test;

namespace {

// A child in a session of its own (as a strategy is) running `script`; killed with its whole group by the
// guard the caller keeps, whichever check fails.
qint64 startSessionLeader(QProcess &process, const QString &script)
{
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    return process.waitForStarted() ? process.processId() : 0;
}

void killGroup(QProcess &process, qint64 leader)
{
    if (leader > 1)
        ::kill(-pid_t(leader), SIGKILL);
    process.waitForFinished();
}

} // namespace

class TestProcessIdentity : public QObject
{
    Q_OBJECT

private slots:
    void processExists_exitedButNotReaped_isGone()
    {
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        const auto reap = qScopeGuard([child] { ::waitpid(child, nullptr, 0); });
        // Not reaped yet: the pid still exists for kill(0), but it is no process any more.
        QVERIFY(waitFor([&] { return !os::processExists(child); }));
        QCOMPARE(::kill(child, 0), 0);
        QVERIFY(!alive(child));
        QVERIFY(!os::identify(child));
    }

    void identify_liveProcess_keepsItsStartTime()
    {
        QProcess process;
        process.start(treeProgram(), {QStringLiteral("sleep")});
        QVERIFY(process.waitForStarted());
        const qint64 pid = process.processId();
        const auto end = qScopeGuard([&] {
            process.kill();
            process.waitForFinished();
        });
        QVERIFY(waitFor([&] { return executableOf(pid).endsWith(QStringLiteral("corral_test_tree")); }));
        const auto first = os::identify(pid);
        QVERIFY(first);
        QVERIFY(first->startTime != 0);
        QTest::qWait(50);
        const auto second = os::identify(pid);
        QVERIFY(second);
        QVERIFY(first->isSameProcess(*second));
        QCOMPARE(startTimeOf(pid), first->startTime);
        QVERIFY(alive(pid));
    }

    void treeUsage_sessionLeader_countsItsWholeSession()
    {
        QProcess process;
        const qint64 leader = startSessionLeader(process, QStringLiteral("sleep 30 & sleep 30 & wait"));
        QVERIFY(leader > 1);
        const auto end = qScopeGuard([&] { killGroup(process, leader); });

        // The shell and its two sleeps, once both are forked.
        QList<os::TreeUsage> usage;
        QVERIFY(waitFor([&] {
            usage = os::treeUsage({leader});
            return usage.size() == 1 && usage.first().members == 3;
        }));
        QCOMPARE(usage.first().leader, leader);
        QVERIFY(usage.first().memoryBytes > 0);
        QVERIFY(usage.first().cpuSeconds >= 0);
    }

    void treeUsage_severalLeaders_answersInTheirOrder_andAGoneOneIsEmpty()
    {
        QProcess process;
        const qint64 leader = startSessionLeader(process, QStringLiteral("exec sleep 30"));
        QVERIFY(leader > 1);
        const auto end = qScopeGuard([&] { killGroup(process, leader); });

        const qint64 gone = 999999999;
        QList<os::TreeUsage> usage;
        QVERIFY(waitFor([&] {
            usage = os::treeUsage({gone, leader});
            return usage.size() == 2 && usage.at(1).members == 1;
        }));
        QCOMPARE(usage.at(0).leader, gone);
        QCOMPARE(usage.at(0).members, 0);
        QCOMPARE(usage.at(0).memoryBytes, qint64(0));
        QCOMPARE(usage.at(1).leader, leader);
        QVERIFY(os::treeUsage({}).isEmpty());
    }

    void processTable_childInItsOwnGroup_isListedWithIt()
    {
        QProcess process;
        const qint64 leader = startSessionLeader(process, QStringLiteral("exec sleep 30"));
        QVERIFY(leader > 1);
        const auto end = qScopeGuard([&] { killGroup(process, leader); });

        QVERIFY(waitFor([&] { return processGroupOf(leader) == leader; }));
        QCOMPARE(sessionOf(leader), leader);
        bool listed = false;
        for (const os::ProcessEntry &entry : os::processTable())
            if (entry.pid == leader) {
                listed = true;
                QCOMPARE(entry.pgid, leader);
            }
        QVERIFY(listed);
        QVERIFY(os::processGroupMembers(leader).contains(leader));
    }
};

QTEST_GUILESS_MAIN(TestProcessIdentity)
#include "tst_processidentity.moc"
