// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// One corrald per home and one copy of a strategy, however many clients race for them.
#include "e2esupport.h"

using namespace corral::e2e;

class TestSingleton : public QObject
{
    Q_OBJECT

private:
    static bool stopDaemon(Sandbox &box)
    {
        const CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        return r.ok() && waitFor([&] { return box.daemonProcesses().isEmpty(); });
    }

private slots:
    void concurrentStarts_withoutDaemon_yieldOneStrategyAndOneDaemon()
    {
        E2E_SANDBOX(box);
        const QString name = QStringLiteral("racer");
        CtlResult r = box.addTree(name, {QStringLiteral("sleep")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(stopDaemon(box), "corrald did not go away after `daemon stop`");
        QVERIFY(box.allStrategyProcesses().isEmpty());

        // Every client waits at a barrier (a file appearing) so that all of them hit an absent corrald at once.
        const QString go = box.filePath(QStringLiteral("go"));
        const QString script = QStringLiteral("while [ ! -e \"$0\" ]; do sleep 0.005; done; exec \"$@\"");
        constexpr int clients = 16;
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < clients; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(box.environment());
            p->start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), script, go, corralctl(), QStringLiteral("start"), name});
            QVERIFY(p->waitForStarted());
            procs.push_back(std::move(p));
        }
        QFile goFile(go);
        QVERIFY(goFile.open(QIODevice::WriteOnly));
        goFile.close();

        int started = 0;
        QSet<qint64> pidsReported;
        for (auto &p : procs) {
            const CtlResult result = Sandbox::finish(*p, 30000);
            QVERIFY2(result.ok(), qPrintable(result.describe()));
            const qint64 pid = pidInOutput(result.out);
            QVERIFY2(pid > 0, qPrintable(result.describe()));
            box.track(pid);
            pidsReported.insert(pid);
            if (result.out.contains(QStringLiteral("racer: started (pid")))
                ++started;
            else
                QVERIFY2(result.out.contains(QStringLiteral("racer: already running (pid")),
                         qPrintable(result.describe()));
        }
        QCOMPARE(pidsReported.size(), 1);
        QCOMPARE(started, 1);
        const qint64 pid = *pidsReported.cbegin();
        QCOMPARE(box.cookieHolders(name), QList<qint64>{pid});

        // A corrald that lost the race may take a moment to exit; after that exactly one must be left.
        waitFor([&] { return box.daemonProcesses().size() <= 1; });
        const QList<qint64> daemons = box.daemonProcesses();
        QVERIFY2(daemons.size() == 1, qPrintable(QStringLiteral("corrald processes: %1").arg(pidList(daemons))));
        QCOMPARE(box.pingPid(), daemons.first());
        QCOMPARE(pidOf(box.status(name)), pid);
    }

    void daemonStatus_reportsTheLiveDaemon_andNeverStartsOne()
    {
        E2E_SANDBOX(box);
        CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("status")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(box.daemonProcesses().isEmpty(), "`daemon status` started a corrald");

        r = box.ctl({QStringLiteral("list")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QList<qint64> daemons = box.daemonProcesses();
        QCOMPARE(daemons.size(), 1);
        const qint64 pid = daemons.first();
        QCOMPARE(box.pingPid(), pid);

        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("status")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(QRegularExpression(QStringLiteral("\\b%1\\b").arg(pid)).match(r.out + r.err).hasMatch(),
                 qPrintable(r.describe()));

        // The daemon's lock is held while it runs and dropped when it goes.
        QVERIFY2(corral::InstanceLock::isHeldByAnyone(box.paths().daemonLockFile()), "corrald does not hold its lock");

        QVERIFY2(stopDaemon(box), "corrald did not go away after `daemon stop`");
        QVERIFY(!corral::InstanceLock::isHeldByAnyone(box.paths().daemonLockFile()));
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("status")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(box.daemonProcesses().isEmpty());
    }

    void daemonStarted_onDemand_doesNotHoldTheCallersOutputOpen()
    {
        // `x=$(corralctl start bot)` in a user's script must return: neither corrald nor the strategy may keep
        // the pipe the caller reads to end-of-file.
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("piped"), {QStringLiteral("print"), QStringLiteral("3")}).ok());
        QVERIFY2(stopDaemon(box), "corrald did not go away after `daemon stop`");

        QProcess sh;
        sh.setProcessEnvironment(box.environment());
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("\"$0\" start piped | cat"), corralctl()});
        const CtlResult r = Sandbox::finish(sh, 15000);
        QVERIFY2(r.finished, "reading corralctl's output to EOF hung: a detached process kept the pipe open");
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("piped: started")), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QCOMPARE(box.daemonProcesses().size(), 1);
    }

    void twoHomes_getTwoIndependentDaemons()
    {
        E2E_SANDBOX(a);
        E2E_SANDBOX(b);
        QVERIFY(a.addTree(QStringLiteral("same"), {QStringLiteral("sleep")}).ok());
        QVERIFY(b.addTree(QStringLiteral("same"), {QStringLiteral("sleep")}).ok());
        const CtlResult ra = a.ctl({QStringLiteral("start"), QStringLiteral("same")});
        const CtlResult rb = b.ctl({QStringLiteral("start"), QStringLiteral("same")});
        QVERIFY2(ra.ok() && ra.out.contains(QStringLiteral("started")), qPrintable(ra.describe()));
        QVERIFY2(rb.ok() && rb.out.contains(QStringLiteral("started")), qPrintable(rb.describe()));
        a.track(pidInOutput(ra.out));
        b.track(pidInOutput(rb.out));
        QVERIFY(pidInOutput(ra.out) != pidInOutput(rb.out));
        QCOMPARE(a.daemonProcesses().size(), 1);
        QCOMPARE(b.daemonProcesses().size(), 1);
        QVERIFY(a.pingPid() != b.pingPid());

        QVERIFY(a.ctl({QStringLiteral("stop"), QStringLiteral("same")}).ok());
        QVERIFY(!alive(pidInOutput(ra.out)));
        QVERIFY2(alive(pidInOutput(rb.out)), "stopping a strategy in one home killed its namesake in another");
    }
};

QTEST_GUILESS_MAIN(TestSingleton)
#include "tst_singleton.moc"
