// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald may die (kill -9, a crash, an upgrade): strategies keep running, and the next corrald finds them by
// their pidfile and instance lock instead of starting second copies or trusting stale pidfiles.
#include "e2esupport.h"

using namespace corral::e2e;

class TestAdoption : public QObject
{
    Q_OBJECT

private:
    // Adds and starts a strategy; returns its pid (0 on failure, with the reason in *why).
    static qint64 startTree(Sandbox &box, const QString &name, const QStringList &treeArgs,
                            const QStringList &options = {}, QString *why = nullptr)
    {
        CtlResult r = box.addTree(name, treeArgs, options);
        if (r.ok())
            r = box.ctl({QStringLiteral("start"), name});
        if (why)
            *why = r.describe();
        const qint64 pid = r.ok() ? pidInOutput(r.out) : 0;
        box.track(pid);
        return pid;
    }

    // kill -9 the daemon that answers ping and wait until it is gone; returns its pid.
    static qint64 killDaemonHard(Sandbox &box)
    {
        const qint64 daemon = box.pingPid();
        if (daemon <= 0)
            return 0;
        killPid(daemon);
        return waitFor([&] { return !alive(daemon); }) ? daemon : 0;
    }

    static void killAndWait(qint64 pid)
    {
        killPid(pid);
        waitFor([&] { return !alive(pid); });
    }

private slots:
    void daemonKilled_strategyKeepsRunning_andTheNextDaemonAdoptsIt()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")}, {}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        const qint64 oldDaemon = killDaemonHard(box);
        QVERIFY2(oldDaemon > 0, "could not kill corrald");
        QVERIFY2(alive(pid), "the strategy died with corrald");
        // The strategy must not have inherited corrald's own lock, or no corrald could start again.
        QVERIFY2(!corral::InstanceLock::isHeldByAnyone(box.paths().daemonLockFile()),
                 "corrald's lock outlived corrald");
        QVERIFY2(corral::InstanceLock::isHeldByAnyone(box.paths().lockFile(QStringLiteral("bot"))),
                 "the strategy does not hold its instance lock");

        CtlResult raw;
        const QJsonObject s = box.status(QStringLiteral("bot"), &raw);
        QVERIFY2(raw.ok(), qPrintable(raw.describe()));
        const qint64 newDaemon = box.pingPid();
        QVERIFY2(newDaemon > 0 && newDaemon != oldDaemon, "no new corrald was started on demand");
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(pidOf(s), pid);
        QVERIFY2(s.value(QStringLiteral("adopted")).toBool(), qPrintable(describe(s)));
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{pid});

        const CtlResult again = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(again.ok(), qPrintable(again.describe()));
        QVERIFY2(again.out.contains(QStringLiteral("bot: already running (pid %1)").arg(pid)),
                 qPrintable(again.describe()));
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{pid});
    }

    void daemonStoppedGracefully_leavesStrategiesRunning_andTheNextDaemonAdoptsThem()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")}, {}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        const qint64 oldDaemon = box.pingPid();
        const CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(waitFor([&] { return !alive(oldDaemon); }), "corrald still running after `daemon stop`");
        QVERIFY2(alive(pid), "`daemon stop` took the strategy down with it");

        const QJsonObject s = box.status(QStringLiteral("bot"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(pidOf(s), pid);
        QVERIFY2(s.value(QStringLiteral("adopted")).toBool(), qPrintable(describe(s)));
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{pid});
    }

    void strategyDiedWhileDaemonWasAway_isNeverReportedRunning()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")}, {}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        QVERIFY(killDaemonHard(box) > 0);
        killAndWait(pid);
        QVERIFY(!alive(pid));

        // The first answer of the new corrald must already know: the pidfile is stale.
        QJsonObject s = box.status(QStringLiteral("bot"));
        QVERIFY2(!s.isEmpty(), "status failed");
        QVERIFY2(pidOf(s) != pid, qPrintable(QStringLiteral("reports the dead pid: ") + describe(s)));

        // on-failure: either restarted (a new pid, one copy) or a recorded reason for not running.
        s = box.waitForStatus(QStringLiteral("bot"), [&](const QJsonObject &st) {
            const QString state = st.value(QStringLiteral("state")).toString();
            if (state == QStringLiteral("running"))
                return pidOf(st) > 0 && pidOf(st) != pid;
            return state != QStringLiteral("starting") && state != QStringLiteral("backoff") &&
                   st.value(QStringLiteral("lastError")).isString();
        });
        const QString state = s.value(QStringLiteral("state")).toString();
        if (state == QStringLiteral("running")) {
            box.track(pidOf(s));
            QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{pidOf(s)});
            QCOMPARE(s.value(QStringLiteral("adopted")).toBool(), false);
        } else {
            QVERIFY2(s.value(QStringLiteral("lastError")).isString(), qPrintable(describe(s)));
            QVERIFY(box.cookieHolders(QStringLiteral("bot")).isEmpty());
        }
    }

    void adoptedStrategyExits_theNewDaemonNoticesIt()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")},
                                     {QStringLiteral("--restart"), QStringLiteral("never")}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        QVERIFY(killDaemonHard(box) > 0);
        QJsonObject s = box.status(QStringLiteral("bot"));
        QVERIFY2(s.value(QStringLiteral("adopted")).toBool() && pidOf(s) == pid, qPrintable(describe(s)));

        killAndWait(pid);
        s = box.waitForStatus(QStringLiteral("bot"), [](const QJsonObject &st) {
            return st.value(QStringLiteral("state")) != QStringLiteral("running");
        });
        const QString state = s.value(QStringLiteral("state")).toString();
        QVERIFY2(state == QStringLiteral("stopped") || state == QStringLiteral("failed"),
                 qPrintable(QStringLiteral("an adopted strategy's death went unnoticed: ") + describe(s)));
        QVERIFY2(s.value(QStringLiteral("pid")).isNull(), qPrintable(describe(s)));
        QVERIFY(box.cookieHolders(QStringLiteral("bot")).isEmpty());
    }

    void stopOfAdoptedFamily_removesTheWholeTree()
    {
        E2E_SANDBOX(box);
        const QString pids = box.filePath(QStringLiteral("family.pids"));
        box.trackFamilyFile(pids);
        QString why;
        const qint64 leader = startTree(box, QStringLiteral("fam"), {QStringLiteral("family"), pids}, {}, &why);
        QVERIFY2(leader > 0, qPrintable(why));
        QVERIFY2(waitFor([&] { return readFamily(pids).size() == 5; }), "the family never came up");
        QVERIFY(killDaemonHard(box) > 0);
        const auto family = readFamily(pids);
        for (const auto &member : family)
            QVERIFY2(alive(member.second), qPrintable(member.first + QStringLiteral(" died with corrald")));

        const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("fam")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("fam: stopped")), qPrintable(r.describe()));
        for (const auto &member : family)
            QVERIFY2(!alive(member.second), qPrintable(QStringLiteral("%1 (pid %2) of the adopted tree survived `stop`")
                                                           .arg(member.first)
                                                           .arg(member.second)));
        QVERIFY(box.cookieHolders(QStringLiteral("fam")).isEmpty());
        QCOMPARE(box.state(QStringLiteral("fam")), QStringLiteral("stopped"));
    }

    void pidfileDeletedWhileDaemonAway_theLockStillPreventsASecondCopy()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")}, {}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        QVERIFY(killDaemonHard(box) > 0);
        QVERIFY(QFile::remove(box.paths().pidFile(QStringLiteral("bot"))));

        const CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        box.track(pidInOutput(r.out));
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(box.cookieHolders(QStringLiteral("bot")) == QList<qint64>{pid},
                 qPrintable(QStringLiteral("second copy started: %1; %2")
                                .arg(pidList(box.cookieHolders(QStringLiteral("bot"))), r.describe())));
        // A retry loop (backoff) must not get a second copy past the lock later either.
        QTest::qWait(2500);
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{pid});
        const QJsonObject s = box.status(QStringLiteral("bot"));
        if (s.value(QStringLiteral("state")).toString() == QStringLiteral("running"))
            QCOMPARE(pidOf(s), pid);
    }

    void strategyRunningWhileConfigWasBroken_isAdoptedOnceTheConfigIsFixed()
    {
        // corrald restarts while the user's hand edit has a typo: it has no "last good config" to keep. The bot
        // it left running must be found again once the file is fixed, not shown as stopped (and left unstoppable).
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")}, {}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(waitFor([&] { return box.daemonProcesses().isEmpty(); }));

        const QString file = box.paths().configFile();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(good.left(good.size() / 2)); // cut off mid-file
        f.close();
        r = box.ctl({QStringLiteral("list")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(alive(pid), "the strategy died while the config was broken");

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(good);
        f.close();
        const QJsonObject s = box.waitForStatus(
            QStringLiteral("bot"),
            [](const QJsonObject &st) { return st.value(QStringLiteral("state")) == QStringLiteral("running"); }, 3000);
        QVERIFY2(
            s.value(QStringLiteral("state")).toString() == QStringLiteral("running") && pidOf(s) == pid,
            qPrintable(
                QStringLiteral("pid %1 is alive: %2, but corrald says %3").arg(pid).arg(alive(pid)).arg(describe(s))));
        QVERIFY2(s.value(QStringLiteral("adopted")).toBool(), qPrintable(describe(s)));

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(!alive(pid), qPrintable(QStringLiteral("`stop` left the strategy running: ") + r.describe()));
    }

    void stopAll_withBrokenConfig_doesNotClaimSuccessWhileStrategiesRun()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")}, {}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(waitFor([&] { return box.daemonProcesses().isEmpty(); }));
        QFile f(box.paths().configFile());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"version\": 1, \"strategies\": [");
        f.close();

        // "corralctl stop --all is how a user stops everything": exit 0 must mean nothing is left running.
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(
            r.exitCode != 0 || !alive(pid),
            qPrintable(QStringLiteral("stop --all succeeded but pid %1 still runs: %2").arg(pid).arg(r.describe())));
    }

    void stalePidfileNamingAStranger_isNeverSignalled()
    {
        E2E_SANDBOX(box);
        QString why;
        const qint64 pid = startTree(box, QStringLiteral("bot"), {QStringLiteral("sleep")},
                                     {QStringLiteral("--restart"), QStringLiteral("never")}, &why);
        QVERIFY2(pid > 0, qPrintable(why));
        QVERIFY(killDaemonHard(box) > 0);
        killAndWait(pid);

        // The pid is reused by an unrelated process (same program, later start): the pidfile now points at it.
        QProcess stranger;
        stranger.start(treeProgram(), {QStringLiteral("sleep")});
        QVERIFY(stranger.waitForStarted());
        const qint64 strangerPid = stranger.processId();
        box.track(strangerPid);
        const QString pidPath = box.paths().pidFile(QStringLiteral("bot"));
        QFile in(pidPath);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject pidJson = QJsonDocument::fromJson(in.readAll()).object();
        in.close();
        pidJson.insert(QStringLiteral("pid"), strangerPid);
        QFile out(pidPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(pidJson).toJson());
        out.close();

        const QJsonObject s = box.status(QStringLiteral("bot"));
        QVERIFY2(!s.isEmpty(), "status failed");
        QVERIFY2(pidOf(s) != strangerPid, qPrintable(QStringLiteral("claims the stranger: ") + describe(s)));
        QVERIFY2(s.value(QStringLiteral("state")).toString() != QStringLiteral("running"), qPrintable(describe(s)));

        box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
        QVERIFY2(alive(strangerPid), "corrald signalled a process it did not start");
        QCOMPARE(stranger.state(), QProcess::Running);
        stranger.kill();
        stranger.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestAdoption)
#include "tst_adoption.moc"
