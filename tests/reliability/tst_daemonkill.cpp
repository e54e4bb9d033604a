// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// kill -9 of corrald at random moments while it starts, stops and restarts many strategies, round after
// round. After each round the next corrald (started on demand by `list --json`) must tell the truth:
// no strategy has two trees, an unrelated process is untouched, and every strategy is either running with a
// valid pidfile whose pid holds its cookie and lock, or not running with no tree, no pidfile and no lock.
#include "torture.h"

using namespace corral::torture;

class TestDaemonKill : public QObject
{
    Q_OBJECT

private slots:
    void killDaemonDuringStartStopRestart_invariantsHold()
    {
        E2E_SANDBOX(box);
        // Two unrelated processes, one the leader of its own process group and session.
        Stranger stranger;
        Stranger leader(true);
        QVERIFY2(stranger.intact(), qPrintable(stranger.describe()));
        QVERIFY2(leader.intact(), qPrintable(leader.describe()));

        // Eight strategies: plain sleepers, two that ignore SIGTERM (so stops take the kill path and last
        // their grace), one depending on another (ordering in --all), different priorities.
        QStringList names;
        for (int i = 0; i < 8; ++i) {
            const QString name = QStringLiteral("t%1").arg(i);
            names.append(name);
            QStringList options{QStringLiteral("--stop-timeout"), QStringLiteral("0.4"), QStringLiteral("--priority"),
                                QString::number(i % 3)};
            if (i == 1)
                options << QStringLiteral("--depends") << QStringLiteral("t0");
            const QString mode = i >= 6 ? QStringLiteral("ignore-term") : QStringLiteral("sleep");
            const CtlResult r = box.addTree(name, {mode}, options);
            QVERIFY2(r.ok(), qPrintable(r.describe()));
        }

        quint32 seed = 0;
        QRandomGenerator rng = seededRandom(&seed);
        const int rounds = envInt("CORRAL_TORTURE_ROUNDS", 50);
        const QStringList verbs{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("restart")};
        QElapsedTimer clock;
        clock.start();
        int cutOff = 0;              // clients whose request corrald's death interrupted
        QMap<QString, int> outcomes; // which states the rounds ended in, for the log

        for (int round = 0; round < rounds; ++round) {
            const QString where = QStringLiteral("seed %1 round %2").arg(seed).arg(round);
            const qint64 daemon = box.pingPid();
            if (daemon <= 0) {
                QString why;
                QVERIFY2(!listJson(box, &why).isEmpty(), qPrintable(where + QStringLiteral(": ") + why));
            }
            const qint64 victim = box.pingPid();
            QVERIFY2(victim > 0, qPrintable(where + QStringLiteral(": no corrald answers")));

            // One action on all strategies or on a random subset, launched without waiting.
            QStringList args{verbs.at(int(rng.bounded(verbs.size())))};
            if (rng.bounded(2) == 0) {
                args << QStringLiteral("--all");
            } else {
                for (const QString &name : std::as_const(names))
                    if (rng.bounded(2) == 0)
                        args << name;
                if (args.size() == 1)
                    args << names.at(int(rng.bounded(names.size())));
            }
            // Half the kills land anywhere in 0-300 ms, half in the first 40 ms, where the action is still busy.
            const int delayMs = int(rng.bounded(2) == 0 ? rng.bounded(301) : rng.bounded(41));
            std::unique_ptr<QProcess> client = box.ctlAsync(args);
            QThread::msleep(ulong(delayMs));
            killPid(victim);
            QVERIFY2(waitFor([&] { return !alive(victim); }),
                     qPrintable(where + QStringLiteral(": corrald survived kill -9")));

            // The client may have been cut off (an error is fine) but must not hang.
            const CtlResult c = collect(*client, 30000);
            if (c.exitCode != 0)
                ++cutOff;
            QVERIFY2(c.finished, qPrintable(where + QStringLiteral(": `corralctl %1` hung after corrald died: %2")
                                                        .arg(args.join(QLatin1Char(' ')), c.describe())));

            bool settled = false;
            QString why;
            const QJsonArray list = settle(box, 20000, &settled, &why);
            QVERIFY2(settled,
                     qPrintable(where + QStringLiteral(" (`%1`, corrald killed after %2 ms): never settled: %3 %4")
                                            .arg(args.join(QLatin1Char(' ')))
                                            .arg(delayMs)
                                            .arg(describe(QJsonObject{{QStringLiteral("list"), list}}), why)));
            const QString broken = violations(box, list, names);
            QVERIFY2(broken.isEmpty(), qPrintable(where + QStringLiteral(" (`%1`, corrald killed after %2 ms):\n  %3")
                                                              .arg(args.join(QLatin1Char(' ')))
                                                              .arg(delayMs)
                                                              .arg(broken)));
            QVERIFY2(stranger.intact(), qPrintable(where + QStringLiteral(": ") + stranger.describe()));
            QVERIFY2(leader.intact(), qPrintable(where + QStringLiteral(": ") + leader.describe()));
            const QList<qint64> daemons = box.daemonProcesses();
            QVERIFY2(daemons.size() == 1,
                     qPrintable(where + QStringLiteral(": corrald processes [%1]").arg(pidList(daemons))));
            for (const QJsonValue &v : list)
                ++outcomes[statusText(v.toObject())];
        }
        qInfo("%d rounds in %lld ms, %d of them cut a client off; strategy states after the rounds: running %d, "
              "stopped %d, failed %d",
              rounds, clock.elapsed(), cutOff, outcomes.value(QStringLiteral("running")),
              outcomes.value(QStringLiteral("stopped")), outcomes.value(QStringLiteral("failed")));

        // The end: stop --all leaves nothing behind, and the stranger is still there.
        const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")}, 60000);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(box.allStrategyProcesses().isEmpty(),
                 qPrintable(QStringLiteral("left after stop --all: ") + pidList(box.allStrategyProcesses())));
        bool settled = false;
        const QJsonArray list = settle(box, 10000, &settled);
        QVERIFY(settled);
        for (const QJsonValue &v : list)
            QVERIFY2(statusText(v.toObject()) == QStringLiteral("stopped"), qPrintable(describe(v.toObject())));
        const QString broken = violations(box, list, names);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        QVERIFY2(QDir(box.paths().runDir()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty(),
                 "pidfiles left after stop --all");
        QVERIFY2(stranger.intact(), qPrintable(stranger.describe()));
        QVERIFY2(leader.intact(), qPrintable(leader.describe()));
    }
};

QTEST_GUILESS_MAIN(TestDaemonKill)
#include "tst_daemonkill.moc"
