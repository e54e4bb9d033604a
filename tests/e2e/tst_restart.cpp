// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The restart policy as a user sees it: a crashing bot backs off and gives up, a clean exit is not a crash,
// and a user's stop always wins over a pending restart.
#include "e2esupport.h"

using namespace corral::e2e;

class TestRestart : public QObject
{
    Q_OBJECT

private slots:
    void crashLoop_backsOffAndEndsFailedAfterMaxRestarts()
    {
        E2E_SANDBOX(box);
        // Each run lives 300 ms: a quick failure, yet long enough to be seen running.
        CtlResult r =
            box.addTree(QStringLiteral("crash"), {QStringLiteral("exit"), QStringLiteral("3"), QStringLiteral("300")},
                        {QStringLiteral("--max-restarts"), QStringLiteral("2")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QElapsedTimer clock;
        clock.start();
        r = box.ctl({QStringLiteral("start"), QStringLiteral("crash")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        QStringList seen;
        const QJsonObject s = box.waitForState(QStringLiteral("crash"), QStringLiteral("failed"), 20000, &seen);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(s.value(QStringLiteral("state")).toString() == QStringLiteral("failed"),
                 qPrintable(describe(s) + QStringLiteral(" states seen: ") + seen.join(QLatin1Char(' '))));
        QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(-1), 3);
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(-1), 2);
        QVERIFY2(s.value(QStringLiteral("pid")).isNull(), qPrintable(describe(s)));
        QVERIFY2(seen.contains(QStringLiteral("backoff")), qPrintable(seen.join(QLatin1Char(' '))));
        // Three runs of 300 ms, an immediate restart after the first quick failure and a wait of 1 s
        // after the second: a tight loop would be done far sooner.
        QVERIFY2(elapsed >= 1800, qPrintable(QStringLiteral("failed after only %1 ms").arg(elapsed)));
        QVERIFY(box.cookieHolders(QStringLiteral("crash")).isEmpty());

        // `start` on a failed strategy is the user's retry: it runs again with a fresh streak.
        r = box.ctl({QStringLiteral("start"), QStringLiteral("crash")});
        QVERIFY2(r.ok() && r.out.contains(QStringLiteral("crash: started")), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        const QJsonObject retried = box.status(QStringLiteral("crash"));
        QVERIFY2(retried.value(QStringLiteral("state")).toString() != QStringLiteral("failed"),
                 qPrintable(describe(retried)));
        QVERIFY2(retried.value(QStringLiteral("restarts")).toInt(-1) < 2, qPrintable(describe(retried)));
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("crash")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(box.state(QStringLiteral("crash")), QStringLiteral("stopped"));
    }

    void cleanExit_withOnFailure_endsStoppedAndIsNotRestarted()
    {
        E2E_SANDBOX(box);
        CtlResult r =
            box.addTree(QStringLiteral("job"), {QStringLiteral("exit"), QStringLiteral("0"), QStringLiteral("200")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("job")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);

        QJsonObject s = box.waitForStatus(QStringLiteral("job"), [](const QJsonObject &st) {
            return st.value(QStringLiteral("exitCode")).isDouble();
        });
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(-1), 0);
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(-1), 0);
        // A restart would be immediate (the first quick failure in a row): watch well past it.
        QTest::qWait(1600);
        s = box.status(QStringLiteral("job"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(-1), 0);
        QVERIFY(box.cookieHolders(QStringLiteral("job")).isEmpty());
    }

    void failure_withRestartNever_endsWithoutARestart()
    {
        E2E_SANDBOX(box);
        CtlResult r =
            box.addTree(QStringLiteral("once"), {QStringLiteral("exit"), QStringLiteral("5"), QStringLiteral("100")},
                        {QStringLiteral("--restart"), QStringLiteral("never")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("once")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QJsonObject s = box.waitForStatus(QStringLiteral("once"), [](const QJsonObject &st) {
            return st.value(QStringLiteral("exitCode")).isDouble();
        });
        QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(-1), 5);
        const QString state = s.value(QStringLiteral("state")).toString();
        QVERIFY2(state == QStringLiteral("stopped") || state == QStringLiteral("failed"), qPrintable(describe(s)));
        QTest::qWait(1600);
        s = box.status(QStringLiteral("once"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), state);
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(-1), 0);
        QVERIFY(box.cookieHolders(QStringLiteral("once")).isEmpty());
    }

    void cleanExit_withAlways_isRestarted()
    {
        E2E_SANDBOX(box);
        CtlResult r =
            box.addTree(QStringLiteral("loop"), {QStringLiteral("exit"), QStringLiteral("0"), QStringLiteral("200")},
                        {QStringLiteral("--restart"), QStringLiteral("always")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("loop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 first = pidInOutput(r.out);
        box.track(first);
        QVERIFY(first > 0);
        const QJsonObject s = box.waitForStatus(
            QStringLiteral("loop"), [&](const QJsonObject &st) { return pidOf(st) > 0 && pidOf(st) != first; });
        box.track(pidOf(s));
        QVERIFY2(pidOf(s) > 0 && pidOf(s) != first, qPrintable(describe(s)));
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("loop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(box.state(QStringLiteral("loop")), QStringLiteral("stopped"));
    }

    void killedStrategy_withOnFailure_isRestartedAsOneNewProcess()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("bot"), {QStringLiteral("sleep")}).ok());
        const CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY2(pid > 0, qPrintable(r.describe()));
        QVERIFY(killPid(pid));

        const QJsonObject s = box.waitForStatus(
            QStringLiteral("bot"),
            [&](const QJsonObject &st) {
                return st.value(QStringLiteral("state")).toString() == QStringLiteral("running") && pidOf(st) != pid;
            },
            8000);
        const qint64 newPid = pidOf(s);
        box.track(newPid);
        QVERIFY2(newPid > 0 && newPid != pid, qPrintable(describe(s)));
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(-1), 1);
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{newPid});
    }

    void stopDuringBackoff_staysStopped_andNoProcessAppears()
    {
        E2E_SANDBOX(box);
        CtlResult r =
            box.addTree(QStringLiteral("crash"), {QStringLiteral("exit"), QStringLiteral("3"), QStringLiteral("300")},
                        {QStringLiteral("--max-restarts"), QStringLiteral("5")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("crash")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QJsonObject s = box.waitForState(QStringLiteral("crash"), QStringLiteral("backoff"), 5000);
        QVERIFY2(s.value(QStringLiteral("state")).toString() == QStringLiteral("backoff"), qPrintable(describe(s)));

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("crash")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(box.state(QStringLiteral("crash")), QStringLiteral("stopped"));

        // The pending restart (1 s) must have been cancelled: watch for any process for longer than that.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> appeared;
        while (clock.elapsed() < 2500 && appeared.isEmpty()) {
            appeared = box.cookieHolders(QStringLiteral("crash"));
            QTest::qWait(20);
        }
        for (qint64 pid : appeared)
            box.track(pid);
        QVERIFY2(appeared.isEmpty(), qPrintable(QStringLiteral("restarted after stop: pid %1").arg(pidList(appeared))));
        s = box.status(QStringLiteral("crash"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY(s.value(QStringLiteral("pid")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
