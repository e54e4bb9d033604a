// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// A launcher that backgrounds the bot and exits (`nohup python bot.py & exit 0`, `setsid … &`, the
// `bot.sh start` of many setups) must not leave a bot running while Corral says it stopped: the strategy
// stays running and follows what is left, a stop takes it all, the restart policy applies when the last
// one is gone, and a corrald that restarts in between finds it again.
#include "e2esupport.h"
#include "support/filecontent.h"

using namespace corral::e2e;

class TestLeftovers : public QObject
{
    Q_OBJECT

private:
    // Adds `name` as a launcher that leaves one process behind and exits 0, starts it, and returns the
    // leftover's pid (0 with the reason in *why).
    static qint64 startLauncher(Sandbox &box, const QString &name, const QStringList &leaveArgs,
                                const QStringList &options, QString *why)
    {
        const QString pidFile = box.filePath(name + QStringLiteral(".leftover"));
        CtlResult r = box.addTree(name, QStringList{QStringLiteral("leave"), pidFile} + leaveArgs, options);
        if (r.ok())
            r = box.ctl({QStringLiteral("start"), name});
        *why = r.describe();
        if (!r.ok())
            return 0;
        qint64 pid = 0;
        waitFor([&] {
            const QByteArray text = corral::test::readAll(pidFile).trimmed();
            pid = text.startsWith("leftover ") ? text.mid(9).toLongLong() : 0;
            return pid > 0;
        });
        box.track(pid);
        if (pid == 0)
            *why = QStringLiteral("the launcher never wrote its leftover's pid");
        return pid;
    }

    static QJsonObject waitForFollowing(const Sandbox &box, const QString &name, qint64 pid)
    {
        return box.waitForStatus(
            name, [&](const QJsonObject &s) { return s.value(QStringLiteral("following")).toInteger() == pid; });
    }

    static QString text(const QJsonObject &status) { return QString::fromUtf8(QJsonDocument(status).toJson()); }

private slots:
    void launcherExits_strategyStaysRunningFollowingItsLeftover_andStopEndsIt()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 leftover = startLauncher(box, QStringLiteral("bot"), {}, {}, &why);
        QVERIFY2(leftover > 0, qPrintable(why));

        const QJsonObject s = waitForFollowing(box, QStringLiteral("bot"), leftover);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY2(s.value(QStringLiteral("mainExited")).toBool(), qPrintable(text(s)));
        QCOMPARE(s.value(QStringLiteral("pid")).toInteger(), leftover);
        QCOMPARE(s.value(QStringLiteral("processes")).toInt(), 1);

        // No second copy: a start says it runs, and the leftover is the only process of the strategy.
        const CtlResult again = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(again.ok() && again.out.contains(QStringLiteral("already running")), qPrintable(again.describe()));
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{leftover});

        const CtlResult stop = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(stop.ok(), qPrintable(stop.describe()));
        QVERIFY2(waitFor([&] { return !alive(leftover); }), "stop left the leftover alive");
        QCOMPARE(box.state(QStringLiteral("bot")), QStringLiteral("stopped"));
    }

    void leftoverInItsOwnSession_isFoundByItsCookie_andStopAllReachesIt()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 leftover = startLauncher(box, QStringLiteral("bot"), {QStringLiteral("setsid")},
                                              {QStringLiteral("--stop-timeout"), QStringLiteral("1")}, &why);
        QVERIFY2(leftover > 0, qPrintable(why));
        const QJsonObject s = waitForFollowing(box, QStringLiteral("bot"), leftover);
        QVERIFY2(s.value(QStringLiteral("mainExited")).toBool(), qPrintable(text(s)));

        const CtlResult stop = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
        QVERIFY2(stop.ok(), qPrintable(stop.describe()));
        QVERIFY2(waitFor([&] { return !alive(leftover); }), "stop --all left the leftover alive");
    }

    void lastLeftoverExits_theRestartPolicyApplies()
    {
        E2E_SANDBOX(box);
        QString why;
        // never: the strategy ends stopped, saying why.
        const qint64 once = startLauncher(box, QStringLiteral("once"), {},
                                          {QStringLiteral("--restart"), QStringLiteral("never")}, &why);
        QVERIFY2(once > 0, qPrintable(why));
        waitForFollowing(box, QStringLiteral("once"), once);
        killPid(once);
        QJsonObject s = box.waitForState(QStringLiteral("once"), QStringLiteral("stopped"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY2(s.value(QStringLiteral("lastError")).toString().contains(QString::number(once)), qPrintable(text(s)));

        // on-failure: the bot vanished, which is a failure; the launcher runs again and leaves a new one.
        const qint64 first = startLauncher(box, QStringLiteral("again"), {}, {}, &why);
        QVERIFY2(first > 0, qPrintable(why));
        waitForFollowing(box, QStringLiteral("again"), first);
        const QString pidFile = box.filePath(QStringLiteral("again.leftover"));
        corral::test::writeFile(pidFile, QByteArray());
        killPid(first);
        qint64 second = 0;
        s = box.waitForStatus(QStringLiteral("again"), [&](const QJsonObject &st) {
            second = st.value(QStringLiteral("following")).toInteger();
            return second > 0 && second != first;
        });
        box.track(second);
        QVERIFY2(second > 0 && second != first, qPrintable(text(s)));
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(), 1);
    }

    void leftoversKill_endsWhatTheMainProcessLeft()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 leftover = startLauncher(box, QStringLiteral("bot"), {QStringLiteral("setsid")},
                                              {QStringLiteral("--leftovers"), QStringLiteral("kill"),
                                               QStringLiteral("--restart"), QStringLiteral("never")},
                                              &why);
        QVERIFY2(leftover > 0, qPrintable(why));
        QVERIFY2(waitFor([&] { return !alive(leftover); }), "--leftovers kill left the leftover alive");
        const QJsonObject s = box.waitForState(QStringLiteral("bot"), QStringLiteral("stopped"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        // The main process's clean exit is the verdict: nothing failed.
        QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(-1), 0);
        QVERIFY2(s.value(QStringLiteral("lastError")).isNull(), qPrintable(text(s)));
    }

    void corraldKilledWhileFollowing_theNextOneFollowsTheSameProcess()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 leftover = startLauncher(box, QStringLiteral("bot"), {QStringLiteral("setsid")}, {}, &why);
        QVERIFY2(leftover > 0, qPrintable(why));
        waitForFollowing(box, QStringLiteral("bot"), leftover);

        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0);
        killPid(daemon);
        QVERIFY(waitFor([&] { return !alive(daemon); }));

        const QJsonObject s = box.status(QStringLiteral("bot")); // starts a new corrald
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY2(s.value(QStringLiteral("mainExited")).toBool(), qPrintable(text(s)));
        QCOMPARE(s.value(QStringLiteral("following")).toInteger(), leftover);
        QVERIFY(box.pingPid() != daemon);

        const CtlResult stop = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(stop.ok(), qPrintable(stop.describe()));
        QVERIFY2(waitFor([&] { return !alive(leftover); }), "stop after re-adoption left the leftover alive");
    }

    void leftoverThatDroppedItsLock_isStillFoundAfterACorraldRestart()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 leftover =
            startLauncher(box, QStringLiteral("bot"), {QStringLiteral("setsid"), QStringLiteral("closefds")}, {}, &why);
        QVERIFY2(leftover > 0, qPrintable(why));
        waitForFollowing(box, QStringLiteral("bot"), leftover);
        QVERIFY2(!corral::InstanceLock::isHeldByAnyone(box.paths().lockFile(QStringLiteral("bot"))),
                 "the leftover still holds the lock: the case is not the one meant");

        const qint64 daemon = box.pingPid();
        killPid(daemon);
        QVERIFY(waitFor([&] { return !alive(daemon); }));

        // Neither "exited while corrald was away" nor a second copy: the cookie finds it.
        const CtlResult start = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(start.ok() && start.out.contains(QStringLiteral("already running")), qPrintable(start.describe()));
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{leftover});
        QCOMPARE(box.status(QStringLiteral("bot")).value(QStringLiteral("following")).toInteger(), leftover);
    }
};

QTEST_GUILESS_MAIN(TestLeftovers)
#include "tst_leftovers.moc"
