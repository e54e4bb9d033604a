// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// 1,000 strategies in the config: corrald starts, lists them, starts them all (each once, in config
// order), keeps its own resources bounded while they run (one descriptor per strategy at most: no leak of
// pipes, locks or watchers), keeps answering while it stops them all, and leaves no process behind.
// Timings are printed, never judged: bench/fleet.sh measures them.
#include "torture.h"

using namespace corral::torture;

class TestThousand : public QObject
{
    Q_OBJECT

private:
    static int openFds(qint64 pid)
    {
        return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                       .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                       .size());
    }

    static int countState(const QJsonArray &list, const QString &state)
    {
        int n = 0;
        for (const QJsonValue &v : list)
            if (statusText(v.toObject()) == state)
                ++n;
        return n;
    }

    static QString stateSummary(const QJsonArray &list)
    {
        QMap<QString, int> counts;
        for (const QJsonValue &v : list)
            ++counts[statusText(v.toObject())];
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        return parts.join(QStringLiteral(", "));
    }

private slots:
    void thousandStrategies()
    {
        const int count = envInt("CORRAL_TORTURE_STRATEGIES", 1000);
        E2E_SANDBOX(box);
        QString why;
        const QStringList names = fillWithCopies(box, count, &why);
        QVERIFY2(names.size() == count, qPrintable(why));
        CtlResult r;

        QElapsedTimer clock;
        clock.start();
        QJsonArray list = listJson(box, &why, 60000);
        const qint64 firstList = clock.elapsed();
        QVERIFY2(list.size() == count,
                 qPrintable(QStringLiteral("list --json has %1 entries: %2").arg(list.size()).arg(why)));
        QCOMPARE(countState(list, QStringLiteral("stopped")), count);
        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0);
        const int idleFds = openFds(daemon);
        r = box.ctl({QStringLiteral("list")}, 60000);
        QVERIFY2(r.ok() && r.out.count(QLatin1Char('\n')) >= count, qPrintable(r.err));

        clock.restart();
        r = box.ctl({QStringLiteral("start"), QStringLiteral("--all")}, 240000);
        const qint64 startAll = clock.elapsed();
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("start --all: exit %1 after %2 ms; stderr: %3")
                                        .arg(r.exitCode)
                                        .arg(startAll)
                                        .arg(r.err.left(2000))));
        QVERIFY2(waitFor(
                     [&] {
                         list = listJson(box, &why, 60000);
                         return countState(list, QStringLiteral("running")) == count;
                     },
                     60000),
                 qPrintable(QStringLiteral("not all running: %1 %2").arg(stateSummary(list), why)));
        const QList<qint64> processes = box.allStrategyProcesses();
        QCOMPARE(processes.size(), qsizetype(count));
        QSet<qint64> pids;
        QHash<QString, qint64> pidByName;
        for (const QJsonValue &v : std::as_const(list)) {
            pids.insert(pidOf(v.toObject()));
            pidByName.insert(v.toObject().value(QStringLiteral("name")).toString(), pidOf(v.toObject()));
        }
        QCOMPARE(pids, QSet<qint64>(processes.cbegin(), processes.cend()));
        // The answer names each one once, started, in config order (equal priorities, no dependencies),
        // with the pid it runs under.
        const QStringList answered = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(answered.size(), qsizetype(count));
        for (int i = 0; i < count; ++i)
            QCOMPARE(answered.at(i),
                     QStringLiteral("%1: started (pid %2)").arg(names.at(i)).arg(pidByName.value(names.at(i))));

        const int runningFds = openFds(daemon);
        clock.restart();
        list = listJson(box, &why, 60000);
        const qint64 busyList = clock.elapsed();
        QCOMPARE(list.size(), count);
        CtlResult raw;
        QCOMPARE(statusText(box.status(names.at(count / 2), &raw)), QStringLiteral("running"));

        // While stop --all works, corrald must keep answering: ping it every second and keep the slowest answer.
        clock.restart();
        auto stopper = box.ctlAsync({QStringLiteral("stop"), QStringLiteral("--all")});
        qint64 slowestPing = 0;
        int unanswered = 0;
        int pings = 0;
        while (!stopper->waitForFinished(1000) && stopper->state() != QProcess::NotRunning &&
               clock.elapsed() < 240000) {
            QElapsedTimer ping;
            ping.start();
            ++pings;
            if (box.pingPid(10000) != daemon)
                ++unanswered;
            slowestPing = qMax(slowestPing, ping.elapsed());
        }
        r = collect(*stopper, 1000);
        const qint64 stopAll = clock.elapsed();
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("stop --all: exit %1 after %2 ms; stderr: %3")
                                        .arg(r.exitCode)
                                        .arg(stopAll)
                                        .arg(r.err.left(2000))));
        QVERIFY2(
            waitFor([&] { return box.allStrategyProcesses().isEmpty(); }, 10000),
            qPrintable(QStringLiteral("%1 processes left after stop --all").arg(box.allStrategyProcesses().size())));
        list = listJson(box, &why, 60000);
        QCOMPARE(countState(list, QStringLiteral("stopped")), count);
        QVERIFY(QDir(box.paths().runDir()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
        const int afterFds = openFds(daemon);
        QCOMPARE(box.pingPid(), daemon);

        qInfo("%d strategies: first list %lld ms, start --all %lld ms, list while running %lld ms, stop --all %lld ms",
              count, firstList, startAll, busyList, stopAll);
        qInfo("during stop --all: %d pings, %d unanswered within 10 s, slowest answer %lld ms", pings, unanswered,
              slowestPing);
        qInfo("corrald open descriptors: %d idle, %d with %d running, %d after stop --all", idleFds, runningFds, count,
              afterFds);
        // At most one descriptor per running strategy (its exit notification) plus corrald's own: no pipe,
        // lock or watch is left behind per strategy.
        QVERIFY2(
            runningFds < count + 50,
            qPrintable(QStringLiteral("corrald holds %1 descriptors for %2 strategies").arg(runningFds).arg(count)));
        QVERIFY2(
            unanswered == 0,
            qPrintable(QStringLiteral("corrald did not answer %1 of %2 pings within 10 s during stop --all (%3 ms)")
                           .arg(unanswered)
                           .arg(pings)
                           .arg(stopAll)));
        QVERIFY2(
            afterFds <= idleFds + 10,
            qPrintable(
                QStringLiteral("descriptors leak: %1 idle before, %2 after stop --all").arg(idleFds).arg(afterFds)));
    }
};

QTEST_GUILESS_MAIN(TestThousand)
#include "tst_thousand.moc"
