// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// A strategy's output goes straight to logs/<name>.log; `corralctl logs` shows its tail.
#include "e2esupport.h"

using namespace corral::e2e;

class TestLogs : public QObject
{
    Q_OBJECT

private:
    // The strategy's own lines: corrald's marker lines at each start and exit (tested in tst_history) left out.
    static QStringList lines(const QString &text)
    {
        QStringList out = text.split(QLatin1Char('\n'));
        while (!out.isEmpty() && out.constLast().isEmpty())
            out.removeLast();
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [](const QString &line) { return line.startsWith(QLatin1String("--- corral ")); }),
                  out.end());
        return out;
    }

    static QStringList numbered(int from, int to)
    {
        QStringList out;
        for (int i = from; i <= to; ++i)
            out.append(QStringLiteral("line %1").arg(i));
        return out;
    }

    static bool logHas(const Sandbox &box, const QString &name, const QByteArray &needle, int count = 1)
    {
        QFile f(box.paths().logFile(name));
        return f.open(QIODevice::ReadOnly) && f.readAll().count(needle) >= count;
    }

private slots:
    void logsN_printsTheLastLinesOfTheStrategysOutput()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("talker"), {QStringLiteral("print"), QStringLiteral("100")}).ok());
        const CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("talker")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QVERIFY2(waitFor([&] { return logHas(box, QStringLiteral("talker"), "line 99\n"); }),
                 qPrintable(QStringLiteral("no output in ") + box.paths().logFile(QStringLiteral("talker"))));
        // corrald's start marker comes before the program's first line (the child writes it before its
        // exec), so the last lines are the program's own.
        CtlResult logs =
            box.ctl({QStringLiteral("logs"), QStringLiteral("talker"), QStringLiteral("-n"), QStringLiteral("5")});
        QVERIFY2(logs.ok(), qPrintable(logs.describe()));
        QCOMPARE(lines(logs.out), numbered(95, 99));

        logs = box.ctl({QStringLiteral("logs"), QStringLiteral("talker"), QStringLiteral("-n"), QStringLiteral("1")});
        QVERIFY2(logs.ok(), qPrintable(logs.describe()));
        QCOMPARE(lines(logs.out), numbered(99, 99));

        // Asking for more than there is gives the whole file, nothing invented.
        logs = box.ctl({QStringLiteral("logs"), QStringLiteral("talker"), QStringLiteral("-n"), QStringLiteral("500")});
        QVERIFY2(logs.ok(), qPrintable(logs.describe()));
        QCOMPARE(lines(logs.out), numbered(0, 99));
    }

    void restartedStrategy_appendsToItsLog()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("talker"), {QStringLiteral("print"), QStringLiteral("10")}).ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("talker")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QVERIFY(waitFor([&] { return logHas(box, QStringLiteral("talker"), "line 9\n"); }));
        r = box.ctl({QStringLiteral("restart"), QStringLiteral("talker")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(waitFor([&] { return logHas(box, QStringLiteral("talker"), "line 9\n", 2); }),
                 "the second run's output is missing: the log was truncated or not written");
        box.track(pidOf(box.status(QStringLiteral("talker"))));

        const CtlResult logs =
            box.ctl({QStringLiteral("logs"), QStringLiteral("talker"), QStringLiteral("-n"), QStringLiteral("500")});
        QVERIFY2(logs.ok(), qPrintable(logs.describe()));
        const QStringList all = lines(logs.out);
        // Corral may add its own marker lines between runs; both runs' lines are there, in order.
        QCOMPARE(all.count(QStringLiteral("line 0")), 2);
        QCOMPARE(all.count(QStringLiteral("line 9")), 2);
        QVERIFY(all.indexOf(QStringLiteral("line 9")) < all.lastIndexOf(QStringLiteral("line 0")));
        QCOMPARE(all.constLast(), QStringLiteral("line 9"));
    }

    void stderr_goesToTheSameLog()
    {
        E2E_SANDBOX(box);
        // corral_test_tree prints its usage on stderr for an unknown mode and exits 2.
        QVERIFY(box.addTree(QStringLiteral("oops"), {QStringLiteral("no-such-mode")},
                            {QStringLiteral("--restart"), QStringLiteral("never")})
                    .ok());
        const CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("oops")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QVERIFY2(waitFor([&] { return logHas(box, QStringLiteral("oops"), "usage: corral_test_tree"); }),
                 "stderr not in the log");
        const CtlResult logs =
            box.ctl({QStringLiteral("logs"), QStringLiteral("oops"), QStringLiteral("-n"), QStringLiteral("5")});
        QVERIFY2(logs.ok() && logs.out.contains(QStringLiteral("usage: corral_test_tree")),
                 qPrintable(logs.describe()));
    }

    void bigLog_isRotatedAtTheNextStart()
    {
        E2E_SANDBOX(box);
        // ~1.3 MB of output against a 1 MiB cap.
        QVERIFY(box.addTree(QStringLiteral("chatty"), {QStringLiteral("print"), QStringLiteral("130000")},
                            {QStringLiteral("--log-max-mb"), QStringLiteral("1"), QStringLiteral("--log-backups"),
                             QStringLiteral("2")})
                    .ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("chatty")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        const QString log = box.paths().logFile(QStringLiteral("chatty"));
        QVERIFY(waitFor([&] {
            return logHas(box, QStringLiteral("chatty"), "line 129999\n") ||
                   QFileInfo::exists(log + QStringLiteral(".1"));
        }));
        r = box.ctl({QStringLiteral("restart"), QStringLiteral("chatty")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidOf(box.status(QStringLiteral("chatty"))));
        QVERIFY2(waitFor([&] { return QFileInfo::exists(log + QStringLiteral(".1")); }),
                 "no chatty.log.1 after a restart over the cap");
        QVERIFY(!QFileInfo::exists(log + QStringLiteral(".3")));
        // The backup holds the first run's lines; `logs` keeps reading the live file.
        QVERIFY(waitFor([&] { return logHas(box, QStringLiteral("chatty"), "line 129999\n"); }));
        const CtlResult logs =
            box.ctl({QStringLiteral("logs"), QStringLiteral("chatty"), QStringLiteral("-n"), QStringLiteral("2")});
        QVERIFY2(logs.ok(), qPrintable(logs.describe()));
        QCOMPARE(lines(logs.out), numbered(129998, 129999));
    }

    // Logs hold account data; and a strategy may be called "corrald" without sharing corrald's own log.
    void logs_arePrivate_andAStrategyNamedCorraldHasItsOwn()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("corrald"), {QStringLiteral("print"), QStringLiteral("3")},
                            {QStringLiteral("--log-max-mb"), QStringLiteral("1")})
                    .ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("corrald")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        const QString log = box.paths().logFile(QStringLiteral("corrald"));
        QVERIFY(waitFor([&] { return logHas(box, QStringLiteral("corrald"), "line 2\n"); }));

        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                         QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(log).permissions() & all, ownerOnly);
        QCOMPARE(QFileInfo(box.paths().logsDir()).permissions() & all, ownerOnly | QFileDevice::ExeOwner);

        QVERIFY(box.paths().daemonLogFile() != log);
        QVERIFY(QFileInfo::exists(box.paths().daemonLogFile()));
        QFile daemonLogFile(box.paths().daemonLogFile());
        QVERIFY(daemonLogFile.open(QIODevice::ReadOnly));
        const QByteArray daemonLog = daemonLogFile.readAll();
        QVERIFY2(!daemonLog.contains("line 2"), daemonLog.constData());
        QCOMPARE(lines(box.ctl({QStringLiteral("logs"), QStringLiteral("corrald"), QStringLiteral("-n"),
                                QStringLiteral("5")})
                           .out),
                 numbered(0, 2));

        // A backup is as private as the log: rotated at the next start once over the cap.
        QFile grow(log);
        QVERIFY(grow.open(QIODevice::Append));
        grow.write(QByteArray(1100 * 1024, 'x') + '\n');
        grow.close();
        r = box.ctl({QStringLiteral("restart"), QStringLiteral("corrald")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidOf(box.status(QStringLiteral("corrald"))));
        QVERIFY(waitFor([&] { return QFileInfo::exists(log + QStringLiteral(".1")); }));
        QCOMPARE(QFileInfo(log + QStringLiteral(".1")).permissions() & all, ownerOnly);
        QCOMPARE(QFileInfo(log).permissions() & all, ownerOnly);
    }

    void logsFollow_showsOutputWrittenAfterItStarted()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("talker"), {QStringLiteral("print"), QStringLiteral("3")}).ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("talker")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QVERIFY(waitFor([&] { return logHas(box, QStringLiteral("talker"), "line 2\n"); }));

        std::unique_ptr<QProcess> follow =
            box.ctlAsync({QStringLiteral("logs"), QStringLiteral("talker"), QStringLiteral("-f")});
        QVERIFY(follow->waitForStarted());
        QByteArray seen;
        QVERIFY2(waitFor([&] {
                     seen += follow->readAllStandardOutput();
                     return seen.contains("line 2\n");
                 }),
                 seen.constData());
        // A second run appends three more lines; the follower must print them as they come.
        r = box.ctl({QStringLiteral("restart"), QStringLiteral("talker")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidOf(box.status(QStringLiteral("talker"))));
        const bool more = waitFor([&] {
            seen += follow->readAllStandardOutput();
            return seen.count("line 2\n") >= 2;
        });
        follow->kill();
        follow->waitForFinished();
        QVERIFY2(more, seen.constData());
    }

    void logsOfUnknownStrategy_failsWithExitOne()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("known"), {QStringLiteral("sleep")}).ok());
        const CtlResult r =
            box.ctl({QStringLiteral("logs"), QStringLiteral("ghost"), QStringLiteral("-n"), QStringLiteral("5")});
        QVERIFY2(r.finished && r.exitCode == 1 && r.err.contains(QStringLiteral("ghost")), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
