// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Many clients start the same strategy at the same moment, round after round: there must never be two
// trees, not even for an instant, and every client must succeed (exit 0, "started" or "already running").
#include "torture.h"

using namespace corral::torture;

class TestRacingStarts : public QObject
{
    Q_OBJECT

private:
    struct Race
    {
        QList<CtlResult> results;
        int maxHolders = 0;  // the most cookie holders seen at one sample, over all strategies
        QString worstSample; // which strategy and pids, for the failure message
        int samples = 0;
    };

    // Releases `clients` copies of `argv` at once and samples the cookie holders of `names` until all
    // clients are done.
    static Race race(Sandbox &box, int round, int clients, const QStringList &argv, const QStringList &names)
    {
        Race out;
        const QString barrier = box.filePath(QStringLiteral("go-%1").arg(round));
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < clients; ++i)
            procs.push_back(startAtBarrier(box, barrier, QStringList{corralctl()} + argv));
        touch(barrier);

        QDeadlineTimer deadline(60000);
        for (;;) {
            for (const QString &name : names) {
                const QList<qint64> holders = box.cookieHolders(name);
                ++out.samples;
                if (holders.size() > out.maxHolders) {
                    out.maxHolders = int(holders.size());
                    out.worstSample = QStringLiteral("%1: [%2]").arg(name, pidList(holders));
                }
            }
            bool running = false;
            for (auto &p : procs)
                if (p->state() != QProcess::NotRunning && !p->waitForFinished(1))
                    running = true;
            if (!running || deadline.hasExpired())
                break;
        }
        for (auto &p : procs)
            out.results.append(collect(*p, 5000));
        return out;
    }

    static bool stopDaemon(Sandbox &box)
    {
        const CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        return r.ok() && waitFor([&] { return box.daemonProcesses().isEmpty(); });
    }

private slots:
    void oneStrategy_manyClients_repeated()
    {
        E2E_SANDBOX(box);
        const QString name = QStringLiteral("racer");
        CtlResult r =
            box.addTree(name, {QStringLiteral("sleep")}, {QStringLiteral("--stop-timeout"), QStringLiteral("1")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const int rounds = envInt("CORRAL_TORTURE_RACE_ROUNDS", 20);
        constexpr int clients = 12;
        int samples = 0;

        for (int round = 0; round < rounds; ++round) {
            // Every other round the clients also race to start corrald itself.
            const bool coldDaemon = round % 2 == 1;
            if (coldDaemon)
                QVERIFY2(stopDaemon(box), "corrald did not go away after `daemon stop`");
            QVERIFY(box.cookieHolders(name).isEmpty());

            const Race res = race(box, round, clients, {QStringLiteral("start"), name}, {name});
            samples += res.samples;
            QVERIFY2(res.maxHolders <= 1, qPrintable(QStringLiteral("round %1 (%2 corrald): two trees at once: %3")
                                                         .arg(round)
                                                         .arg(coldDaemon ? "no" : "a running")
                                                         .arg(res.worstSample)));
            int started = 0;
            QSet<qint64> pids;
            for (const CtlResult &c : res.results) {
                QVERIFY2(c.ok(),
                         qPrintable(QStringLiteral("round %1: a client failed: %2").arg(round).arg(c.describe())));
                const qint64 pid = pidInOutput(c.out);
                box.track(pid);
                QVERIFY2(pid > 0, qPrintable(QStringLiteral("round %1: no pid in %2").arg(round).arg(c.describe())));
                pids.insert(pid);
                if (c.out.contains(QStringLiteral("racer: started (pid")))
                    ++started;
                else
                    QVERIFY2(c.out.contains(QStringLiteral("racer: already running (pid")),
                             qPrintable(QStringLiteral("round %1: %2").arg(round).arg(c.describe())));
            }
            QVERIFY2(started == 1,
                     qPrintable(QStringLiteral("round %1: %2 clients say they started it").arg(round).arg(started)));
            QVERIFY2(pids.size() == 1, qPrintable(QStringLiteral("round %1: clients report different pids: %2")
                                                      .arg(round)
                                                      .arg(pidList(pids.values()))));
            const qint64 pid = *pids.cbegin();
            QCOMPARE(box.cookieHolders(name), QList<qint64>{pid});
            waitFor([&] { return box.daemonProcesses().size() <= 1; });
            QCOMPARE(box.daemonProcesses().size(), 1);

            r = box.ctl({QStringLiteral("stop"), name});
            QVERIFY2(r.ok() && r.out.contains(QStringLiteral("racer: stopped")), qPrintable(r.describe()));
            QVERIFY2(
                box.cookieHolders(name).isEmpty(),
                qPrintable(
                    QStringLiteral("round %1: left after stop: %2").arg(round).arg(pidList(box.cookieHolders(name)))));
        }
        qInfo("%d rounds of %d clients; the process table was sampled %d times during the races", rounds, clients,
              samples);
    }

    void startAll_manyClients_repeated()
    {
        // The same race, with `start --all` over several strategies, one depending on another.
        E2E_SANDBOX(box);
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        for (const QString &name : names) {
            QStringList options{QStringLiteral("--stop-timeout"), QStringLiteral("1")};
            if (name == QStringLiteral("b"))
                options << QStringLiteral("--depends") << QStringLiteral("a");
            const CtlResult r = box.addTree(name, {QStringLiteral("sleep")}, options);
            QVERIFY2(r.ok(), qPrintable(r.describe()));
        }
        const int rounds = envInt("CORRAL_TORTURE_RACE_ROUNDS", 20) / 2;
        constexpr int clients = 8;
        for (int round = 0; round < rounds; ++round) {
            if (round % 2 == 1)
                QVERIFY(stopDaemon(box));
            const Race res = race(box, round, clients, {QStringLiteral("start"), QStringLiteral("--all")}, names);
            QVERIFY2(res.maxHolders <= 1,
                     qPrintable(QStringLiteral("round %1: two trees at once: %2").arg(round).arg(res.worstSample)));
            for (const CtlResult &c : res.results)
                QVERIFY2(c.ok(),
                         qPrintable(QStringLiteral("round %1: a client failed: %2").arg(round).arg(c.describe())));
            for (const QString &name : names) {
                const QList<qint64> holders = box.cookieHolders(name);
                for (qint64 pid : holders)
                    box.track(pid);
                QVERIFY2(holders.size() == 1,
                         qPrintable(QStringLiteral("round %1: %2 has [%3]").arg(round).arg(name, pidList(holders))));
                const QJsonObject s = box.status(name);
                QCOMPARE(statusText(s), QStringLiteral("running"));
                QCOMPARE(pidOf(s), holders.first());
            }
            const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            QVERIFY2(box.allStrategyProcesses().isEmpty(), qPrintable(pidList(box.allStrategyProcesses())));
        }
    }
};

QTEST_GUILESS_MAIN(TestRacingStarts)
#include "tst_racingstarts.moc"
