// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// PID reuse: a strategy's pidfile names a pid that now belongs to an unrelated process. Whatever the
// pidfile claims about it (its real start time, a wrong one, its own executable or the strategy's), corral
// must never signal that process: not by stop, stop --all, restart, nor when a new corrald reads the
// pidfile at its start.
#include "torture.h"

using namespace corral::torture;

class TestPidReuse : public QObject
{
    Q_OBJECT

private:
    // kill -9 corrald (so that nothing rewrites the file behind us and the next corrald reads it fresh),
    // then point bot's pidfile at `pid`.
    static bool plant(Sandbox &box, qint64 pid, bool realStartTime, QString *why)
    {
        if (box.pingPid() > 0 && killDaemonHard(box) <= 0) {
            *why = QStringLiteral("corrald did not die");
            return false;
        }
        const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
        const quint64 start = startTimeOf(pid);
        if (start == 0) {
            *why = QStringLiteral("pid %1 is gone").arg(pid);
            return false;
        }
        const QJsonObject o{
            {QStringLiteral("name"), QStringLiteral("bot")},
            {QStringLiteral("pid"), pid},
            // A wrong start time: as if the pidfile were from an older process with this pid.
            {QStringLiteral("startTime"), QString::number(realStartTime ? start : start - 7)},
            {QStringLiteral("executable"), exe},
            {QStringLiteral("startedAt"), QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODateWithMs)}};
        QDir().mkpath(box.paths().runDir());
        QFile f(box.paths().pidFile(QStringLiteral("bot")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *why = f.errorString();
            return false;
        }
        f.write(QJsonDocument(o).toJson());
        return true;
    }

    static qint64 startBot(Sandbox &box, QString *why)
    {
        const CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        *why = r.describe();
        const qint64 pid = r.ok() ? pidInOutput(r.out) : 0;
        box.track(pid);
        return pid;
    }

    static void addColumns()
    {
        QTest::addColumn<bool>("ownSession");
        QTest::addColumn<bool>("foreignExe");
        QTest::addColumn<bool>("realStartTime");
        for (bool ownSession : {false, true})
            for (bool foreignExe : {false, true})
                for (bool real : {true, false})
                    QTest::addRow("%s%s%s", ownSession ? "own-group," : "", foreignExe ? "/bin/sleep," : "tree-sleep,",
                                  real ? "real-start-time" : "wrong-start-time")
                        << ownSession << foreignExe << real;
    }

    static std::unique_ptr<Stranger> makeStranger(bool ownSession, bool foreignExe)
    {
        return foreignExe ? std::make_unique<Stranger>(ownSession, QStringLiteral("/bin/sleep"),
                                                       QStringList{QStringLiteral("100000")})
                          : std::make_unique<Stranger>(ownSession);
    }

#define STRANGER_INTACT(step)                                                                                          \
    QVERIFY2(stranger->intact(),                                                                                       \
             qPrintable(QStringLiteral("after %1: %2").arg(QStringLiteral(step), stranger->describe())))

private slots:
    void strategyGone_pidReusedByStranger_neverSignalled_data()
    {
        addColumns();
    }

    void strategyGone_pidReusedByStranger_neverSignalled()
    {
        QFETCH(bool, ownSession);
        QFETCH(bool, foreignExe);
        QFETCH(bool, realStartTime);
        E2E_SANDBOX(box);
        CtlResult r = box.addTree(QStringLiteral("bot"), {QStringLiteral("sleep")},
                                  {QStringLiteral("--restart"), QStringLiteral("never"),
                                   QStringLiteral("--stop-timeout"), QStringLiteral("0.5")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QString why;
        const qint64 bot = startBot(box, &why);
        QVERIFY2(bot > 0, qPrintable(why));
        QVERIFY(killDaemonHard(box) > 0);
        killPid(bot);
        QVERIFY(waitFor([&] { return !alive(bot); }));

        auto stranger = makeStranger(ownSession, foreignExe);
        STRANGER_INTACT("its start");
        QVERIFY2(plant(box, stranger->pid(), realStartTime, &why), qPrintable(why));

        // A new corrald reads the pidfile: it must not claim the stranger.
        QJsonObject s = box.status(QStringLiteral("bot"));
        QVERIFY2(!s.isEmpty(), "status failed");
        QVERIFY2(pidOf(s) != stranger->pid(), qPrintable(QStringLiteral("claims the stranger: ") + describe(s)));
        QVERIFY2(statusText(s) != QStringLiteral("running"), qPrintable(describe(s)));
        STRANGER_INTACT("a new corrald read the pidfile");

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        STRANGER_INTACT("stop bot");

        QVERIFY2(plant(box, stranger->pid(), realStartTime, &why), qPrintable(why));
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        STRANGER_INTACT("stop --all");

        QVERIFY2(plant(box, stranger->pid(), realStartTime, &why), qPrintable(why));
        r = box.ctl({QStringLiteral("restart"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 fresh = pidInOutput(r.out);
        box.track(fresh);
        QVERIFY2(fresh > 0 && fresh != stranger->pid(), qPrintable(r.describe()));
        STRANGER_INTACT("restart bot");
        QCOMPARE(box.cookieHolders(QStringLiteral("bot")), QList<qint64>{fresh});
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(box.cookieHolders(QStringLiteral("bot")).isEmpty());
        STRANGER_INTACT("stop of the restarted bot");

        // corrald restarts (kill -9, then a graceful stop) with the planted pidfile on disk.
        QVERIFY2(plant(box, stranger->pid(), realStartTime, &why), qPrintable(why));
        QString listWhy;
        QVERIFY2(!listJson(box, &listWhy).isEmpty(), qPrintable(listWhy));
        QTest::qWait(300);
        STRANGER_INTACT("a corrald restart");
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(waitFor([&] { return box.daemonProcesses().isEmpty(); }));
        QVERIFY2(plant(box, stranger->pid(), realStartTime, &why), qPrintable(why));
        QVERIFY2(!listJson(box, &listWhy).isEmpty(), qPrintable(listWhy));
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        STRANGER_INTACT("daemon stop, a new corrald and stop --all");
        s = box.status(QStringLiteral("bot"));
        QVERIFY2(pidOf(s) != stranger->pid(), qPrintable(describe(s)));
    }

    void strategyRunning_pidfileNamesStranger_neverSignalled_data()
    {
        addColumns();
    }

    void strategyRunning_pidfileNamesStranger_neverSignalled()
    {
        // The strategy still runs (its lock is held) but its pidfile names someone else. The lock says
        // "running"; the pidfile must not be trusted to say *who*: the cookie does.
        QFETCH(bool, ownSession);
        QFETCH(bool, foreignExe);
        QFETCH(bool, realStartTime);
        E2E_SANDBOX(box);
        CtlResult r = box.addTree(QStringLiteral("bot"), {QStringLiteral("sleep")},
                                  {QStringLiteral("--restart"), QStringLiteral("never"),
                                   QStringLiteral("--stop-timeout"), QStringLiteral("0.5")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QString why;
        const qint64 bot = startBot(box, &why);
        QVERIFY2(bot > 0, qPrintable(why));
        auto stranger = makeStranger(ownSession, foreignExe);
        QVERIFY2(plant(box, stranger->pid(), realStartTime, &why), qPrintable(why));

        // Everything first, the verdicts after: the worst outcome (a signalled stranger) is the one reported.
        const QJsonObject s = box.status(QStringLiteral("bot"));
        const bool intactAfterRead = stranger->intact();
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(intactAfterRead, "the stranger died when a new corrald read the pidfile");
        QVERIFY2(
            stranger->intact(),
            qPrintable(QStringLiteral("`stop bot` signalled the stranger (pid %1) its pidfile named, while the real "
                                      "strategy (pid %2) held the lock; status before the stop: %3; stop said: %4")
                           .arg(stranger->pid())
                           .arg(bot)
                           .arg(describe(s), r.describe())));
        QVERIFY2(pidOf(s) != stranger->pid(),
                 qPrintable(QStringLiteral("adopted the stranger instead of the cookie holder %1: ").arg(bot) +
                            describe(s)));
        QVERIFY2(!alive(bot), qPrintable(QStringLiteral("the real strategy survived stop: ") + r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestPidReuse)
#include "tst_pidreuse.moc"
