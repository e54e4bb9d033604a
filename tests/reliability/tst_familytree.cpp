// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// A strategy whose tree mixes process-group members, a setsid escapee and a double-forked daemon must be
// gone, every last process of it, after `stop` — repeatedly, when its members ignore SIGTERM, when corrald
// was kill -9'd in between (the tree is adopted), when corrald dies in the middle of the stop, and across
// `restart`.
#include "torture.h"

using namespace corral::torture;

class TestFamilyTree : public QObject
{
    Q_OBJECT

private:
    static constexpr int FamilySize = 5; // leader, child, grandchild, escapee, daemon

    // Adds `fam` whose members write their pids to `pids`; `ignoreTerm` makes every member ignore SIGTERM
    // (inherited through fork and exec), so that only the kill path can end them.
    static CtlResult addFamily(Sandbox &box, const QString &pids, bool ignoreTerm)
    {
        QStringList args{QStringLiteral("add"), QStringLiteral("fam"), QStringLiteral("--stop-timeout"),
                         QStringLiteral("0.5"), QStringLiteral("--")};
        if (ignoreTerm)
            args << QStringLiteral("/bin/sh") << QStringLiteral("-c")
                 << QStringLiteral("trap '' TERM; exec \"$0\" family \"$1\"") << treeProgram() << pids;
        else
            args << treeProgram() << QStringLiteral("family") << pids;
        return box.ctl(args);
    }

    // Starts `fam` and waits until all of its members have reported; returns them.
    static QList<QPair<QString, qint64>> startFamily(Sandbox &box, const QString &pids, QString *why)
    {
        QFile::remove(pids);
        const CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("fam")});
        box.track(pidInOutput(r.out));
        if (!r.ok()) {
            *why = r.describe();
            return {};
        }
        if (!waitFor([&] { return readFamily(pids).size() == FamilySize; })) {
            *why = QStringLiteral("the family never came up: %1").arg(readFamily(pids).size());
            return {};
        }
        return readFamily(pids);
    }

    static QString survivors(const QList<QPair<QString, qint64>> &family)
    {
        QStringList out;
        for (const auto &member : family)
            if (alive(member.second))
                out.append(QStringLiteral("%1 (pid %2)").arg(member.first).arg(member.second));
        return out.join(QStringLiteral(", "));
    }

    static QString allGone(Sandbox &box, const QList<QPair<QString, qint64>> &family)
    {
        // Orphans reparent to PID 1, which may reap them late: zombies count as gone (alive() says so).
        waitFor([&] { return survivors(family).isEmpty(); }, 2000);
        const QString left = survivors(family);
        if (!left.isEmpty())
            return QStringLiteral("survived: ") + left;
        if (!box.cookieHolders(QStringLiteral("fam")).isEmpty())
            return QStringLiteral("cookie holders left: ") + pidList(box.cookieHolders(QStringLiteral("fam")));
        return {};
    }

private slots:
    void stop_removesTheWholeTree_data()
    {
        QTest::addColumn<bool>("ignoreTerm");
        QTest::addColumn<bool>("adopted");
        QTest::newRow("polite") << false << false;
        QTest::newRow("ignores-SIGTERM") << true << false;
        QTest::newRow("adopted") << false << true;
        QTest::newRow("adopted-ignores-SIGTERM") << true << true;
    }

    void stop_removesTheWholeTree()
    {
        QFETCH(bool, ignoreTerm);
        QFETCH(bool, adopted);
        E2E_SANDBOX(box);
        Stranger stranger(true);
        const QString pids = box.filePath(QStringLiteral("family.pids"));
        box.trackFamilyFile(pids);
        const CtlResult added = addFamily(box, pids, ignoreTerm);
        QVERIFY2(added.ok(), qPrintable(added.describe()));

        for (int round = 0; round < 3; ++round) {
            QString why;
            const auto family = startFamily(box, pids, &why);
            QVERIFY2(family.size() == FamilySize, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
            if (adopted) {
                QVERIFY(killDaemonHard(box) > 0);
                for (const auto &member : family)
                    QVERIFY2(alive(member.second), qPrintable(member.first + QStringLiteral(" died with corrald")));
                const QJsonObject s = box.status(QStringLiteral("fam"));
                QVERIFY2(statusText(s) == QStringLiteral("running") && s.value(QStringLiteral("adopted")).toBool(),
                         qPrintable(describe(s)));
            }
            const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("fam")});
            QVERIFY2(r.ok() && r.out.contains(QStringLiteral("fam: stopped")), qPrintable(r.describe()));
            // Members that ignore SIGTERM can only have gone by the kill: the test took the path it meant to.
            if (ignoreTerm)
                QVERIFY2(r.out.contains(QStringLiteral("killed")), qPrintable(r.describe()));
            const QString left = allGone(box, family);
            QVERIFY2(left.isEmpty(),
                     qPrintable(QStringLiteral("round %1: %2; stop said: %3").arg(round).arg(left, r.describe())));
            QCOMPARE(box.state(QStringLiteral("fam")), QStringLiteral("stopped"));
            QVERIFY2(stranger.intact(), qPrintable(stranger.describe()));
        }
    }

    void daemonKilledDuringStop_theNextStopFinishesTheJob()
    {
        E2E_SANDBOX(box);
        Stranger stranger(true);
        const QString pids = box.filePath(QStringLiteral("family.pids"));
        box.trackFamilyFile(pids);
        QVERIFY(addFamily(box, pids, true).ok());
        quint32 seed = 0;
        QRandomGenerator rng = seededRandom(&seed);
        for (int round = 0; round < 3; ++round) {
            QString why;
            const auto family = startFamily(box, pids, &why);
            QVERIFY2(family.size() == FamilySize, qPrintable(why));
            const qint64 daemon = box.pingPid();
            QVERIFY(daemon > 0);
            // Inside the grace period (0.5 s: the members ignore SIGTERM), or just after the kill.
            const int delayMs = int(rng.bounded(700));
            auto client = box.ctlAsync({QStringLiteral("stop"), QStringLiteral("fam")});
            QThread::msleep(ulong(delayMs));
            killPid(daemon);
            QVERIFY(waitFor([&] { return !alive(daemon); }));
            const CtlResult cut = collect(*client, 30000);
            QVERIFY2(cut.finished, qPrintable(cut.describe()));

            bool settled = false;
            settle(box, 20000, &settled);
            QVERIFY(settled);
            // Whatever the first stop managed, a second one must leave nothing (it may say "not running"
            // when the first finished before corrald died, or restart it by policy: stop that too).
            const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("fam")});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            const QString left = allGone(box, family);
            QVERIFY2(left.isEmpty(),
                     qPrintable(QStringLiteral("seed %1 round %2, corrald killed %3 ms into the stop: %4")
                                    .arg(seed)
                                    .arg(round)
                                    .arg(delayMs)
                                    .arg(left)));
            // A restart by policy after the cut-off stop would have made a new family: it must be gone too.
            QVERIFY2(box.cookieHolders(QStringLiteral("fam")).isEmpty(),
                     qPrintable(pidList(box.cookieHolders(QStringLiteral("fam")))));
            QVERIFY2(stranger.intact(), qPrintable(stranger.describe()));
        }
    }

    void restart_replacesTheWholeTree()
    {
        E2E_SANDBOX(box);
        Stranger stranger(true);
        const QString pids = box.filePath(QStringLiteral("family.pids"));
        box.trackFamilyFile(pids);
        QVERIFY(addFamily(box, pids, false).ok());
        QString why;
        auto family = startFamily(box, pids, &why);
        QVERIFY2(family.size() == FamilySize, qPrintable(why));
        for (int round = 0; round < 3; ++round) {
            if (round == 1)
                QVERIFY(killDaemonHard(box) > 0); // the tree restarted in this round is an adopted one
            const CtlResult r = box.ctl({QStringLiteral("restart"), QStringLiteral("fam")});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            box.track(pidInOutput(r.out));
            QVERIFY2(waitFor([&] { return readFamily(pids).size() == FamilySize * 2; }),
                     qPrintable(QStringLiteral("round %1: the new family never came up").arg(round)));
            const auto all = readFamily(pids);
            const QList<QPair<QString, qint64>> fresh = all.mid(FamilySize);
            const QString left = survivors(family);
            QVERIFY2(left.isEmpty(),
                     qPrintable(QStringLiteral("round %1: the old tree survived restart: %2").arg(round).arg(left)));
            QList<qint64> expected;
            for (const auto &member : fresh) {
                QVERIFY2(alive(member.second), qPrintable(member.first));
                expected.append(member.second);
            }
            QList<qint64> holders = box.cookieHolders(QStringLiteral("fam"));
            std::sort(holders.begin(), holders.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(holders, expected);
            // Keep only the current family in the file for the next round.
            QFile f(pids);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (const auto &member : fresh)
                f.write(QStringLiteral("%1 %2\n").arg(member.first).arg(member.second).toUtf8());
            f.close();
            family = fresh;
        }
        const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("fam")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QString left = allGone(box, family);
        QVERIFY2(left.isEmpty(), qPrintable(left));
        QVERIFY2(stranger.intact(), qPrintable(stranger.describe()));
    }
};

QTEST_GUILESS_MAIN(TestFamilyTree)
#include "tst_familytree.moc"
