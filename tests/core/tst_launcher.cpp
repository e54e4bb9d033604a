// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "filecontent.h"
#include "instancelock.h"
#include "launcher.h"
#include "pidfile.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;
using namespace corral::test;

using corral::test::readAll;

class TestLauncher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    Paths paths() const { return Paths::underHome(m_home.path()); }

    Strategy strategy(const QString &name, const QStringList &args) const
    {
        Strategy s;
        s.name = name;
        s.program = treeProgram();
        s.args = args;
        return s;
    }

    // Launches, registers the pid for cleanup and keeps the QProcess from killing it on scope exit.
    qint64 launched(LaunchResult &r, PidReaper &reaper)
    {
        if (!r.ok())
            return 0;
        reaper.add(r.identity.pid);
        return r.identity.pid;
    }

private slots:
    void launch_sleeper_runsInItsOwnSessionAndGroup()
    {
        PidReaper reaper;
        LaunchResult r = Launcher(paths()).launch(strategy(QStringLiteral("own-session"), {QStringLiteral("sleep")}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const qint64 pid = launched(r, reaper);
        QCOMPARE(processGroupOf(pid), pid);
        QCOMPARE(sessionOf(pid), pid);
        QVERIFY(sessionOf(pid) != sessionOf(QCoreApplication::applicationPid()));
    }

    void launch_output_goesStraightToTheLogFileWithStderrMerged()
    {
        PidReaper reaper;
        Strategy s;
        s.name = QStringLiteral("shell-out");
        s.program = QStringLiteral("/bin/sh");
        s.args = {QStringLiteral("-c"), QStringLiteral("echo to-stdout; echo to-stderr >&2; exec sleep 60")};
        LaunchResult r = Launcher(paths()).launch(s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        launched(r, reaper);
        const QString log = paths().logFile(s.name);
        QVERIFY(waitFor([&] { return readAll(log).contains("to-stderr"); }));
        QVERIFY(readAll(log).contains("to-stdout\n"));
        // stdout of the child is the log file itself, not a pipe to us.
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/fd/1").arg(r.identity.pid)).symLinkTarget(),
                 QFileInfo(log).canonicalFilePath());
    }

    void launch_environment_carriesCookieUnbufferedPythonThreadCapsAndUserValues()
    {
        PidReaper reaper;
        Strategy s = strategy(QStringLiteral("env-check"), {QStringLiteral("sleep")});
        s.env.insert(QStringLiteral("API_HOST"), QStringLiteral("paper.example"));
        s.threads = 2;
        LaunchResult r = Launcher(paths()).launch(s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QList<QByteArray> vars = environmentOf(launched(r, reaper));
        QVERIFY(vars.contains("API_HOST=paper.example"));
        QVERIFY(vars.contains("PYTHONUNBUFFERED=1"));
        QVERIFY(vars.contains("OMP_NUM_THREADS=2"));
        QVERIFY(vars.contains("OPENBLAS_NUM_THREADS=2"));
        QVERIFY(vars.contains("CORRAL_STRATEGY_ID=" + Launcher(paths()).cookieFor(s.name).toUtf8()));
    }

    void launch_secondCopyWhileFirstLives_isRefusedByTheLock()
    {
        PidReaper reaper;
        const Strategy s = strategy(QStringLiteral("singleton"), {QStringLiteral("sleep")});
        LaunchResult first = Launcher(paths()).launch(s);
        QVERIFY2(first.ok(), qPrintable(first.error));
        launched(first, reaper);

        LaunchResult second = Launcher(paths()).launch(s);
        reaper.add(second.identity.pid);
        QCOMPARE(second.status, LaunchResult::Status::AlreadyRunning);
        QCOMPARE(second.identity.pid, first.identity.pid);
        QVERIFY(second.process == nullptr);
    }

    void launch_afterTheFirstDied_succeedsBecauseTheOsDroppedTheLock()
    {
        PidReaper reaper;
        const Strategy s = strategy(QStringLiteral("relaunch"), {QStringLiteral("sleep")});
        LaunchResult first = Launcher(paths()).launch(s);
        QVERIFY2(first.ok(), qPrintable(first.error));
        killPid(launched(first, reaper));
        QVERIFY(first.process->waitForFinished(5000));
        QVERIFY(!InstanceLock::isHeldByAnyone(paths().lockFile(s.name)));

        LaunchResult second = Launcher(paths()).launch(s);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(launched(second, reaper) != first.identity.pid);
    }

    void launch_lockOfOneStrategy_isNotInheritedByTheNextOne()
    {
        PidReaper reaper;
        LaunchResult a = Launcher(paths()).launch(strategy(QStringLiteral("lock-a"), {QStringLiteral("sleep")}));
        LaunchResult b = Launcher(paths()).launch(strategy(QStringLiteral("lock-b"), {QStringLiteral("sleep")}));
        QVERIFY(a.ok() && b.ok());
        launched(a, reaper);
        launched(b, reaper);
        QVERIFY(InstanceLock::isHeldByAnyone(paths().lockFile(QStringLiteral("lock-a"))));
        killPid(a.identity.pid);
        QVERIFY(a.process->waitForFinished(5000));
        QVERIFY2(!InstanceLock::isHeldByAnyone(paths().lockFile(QStringLiteral("lock-a"))),
                 "a's lock outlived a: another process holds a copy");
        QVERIFY(InstanceLock::isHeldByAnyone(paths().lockFile(QStringLiteral("lock-b"))));
    }

    void launch_limits_areVisibleInTheChild()
    {
        PidReaper reaper;
        Strategy s = strategy(QStringLiteral("limited"), {QStringLiteral("sleep")});
        s.memoryMb = 512;
        s.maxOpenFiles = 123;
        LaunchResult r = Launcher(paths()).launch(s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QByteArray limits = readAll(QStringLiteral("/proc/%1/limits").arg(launched(r, reaper)));
        QVERIFY2(limits.contains(QByteArray::number(512LL * 1024 * 1024)), limits.constData());
        bool sawFiles = false;
        for (const QByteArray &line : limits.split('\n')) {
            if (line.startsWith("Max open files")) {
                sawFiles = true;
                QVERIFY2(line.simplified().startsWith("Max open files 123 "), line.constData());
            }
        }
        QVERIFY(sawFiles);
    }

    void launch_survivesTheExitOfTheProcessThatLaunchedIt()
    {
        PidReaper reaper;
        QProcess launcher;
        launcher.start(helper("corral_test_launch"),
                       {m_home.path(), QStringLiteral("orphan"), treeProgram(), QStringLiteral("sleep")});
        QVERIFY(launcher.waitForFinished(10000));
        QCOMPARE(launcher.exitCode(), 0);
        const qint64 pid = launcher.readAllStandardOutput().trimmed().toLongLong();
        reaper.add(pid);
        QVERIFY(pid > 0);
        QTest::qWait(200);
        QVERIFY2(alive(pid), "the strategy died with its launcher");
        // The lock went with the strategy, not with the launcher.
        QVERIFY(InstanceLock::isHeldByAnyone(paths().lockFile(QStringLiteral("orphan"))));
        const auto pidFile = PidFile::read(paths().pidFile(QStringLiteral("orphan")));
        QVERIFY(pidFile && pidFile->matches());
        QCOMPARE(pidFile->identity.pid, pid);

        killPid(pid);
        QVERIFY(waitFor([&] { return !InstanceLock::isHeldByAnyone(paths().lockFile(QStringLiteral("orphan"))); }));
    }

    void launch_badInput_comesBackAsOneClearSentence_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("cwd");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing program") << QStringLiteral("/nonexistent/bot.py") << QString()
                                         << QStringLiteral("does not exist");
        QTest::newRow("not in PATH") << QStringLiteral("no-such-tool-here") << QString()
                                     << QStringLiteral("not found in PATH");
        const QString plain = m_home.filePath(QStringLiteral("notes.txt"));
        QFile notes(plain);
        if (notes.open(QIODevice::WriteOnly))
            notes.write("not a program\n");
        notes.close();
        QFile::setPermissions(plain, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QTest::newRow("not executable") << plain << QString() << QStringLiteral("is not executable");
        QTest::newRow("program is a dir") << QStringLiteral("/tmp") << QString() << QStringLiteral("is a directory");
        QTest::newRow("bad cwd") << QStringLiteral("/bin/true") << QStringLiteral("/nonexistent/dir")
                                 << QStringLiteral("working directory /nonexistent/dir does not exist");
    }

    void launch_badInput_comesBackAsOneClearSentence()
    {
        QFETCH(QString, program);
        QFETCH(QString, cwd);
        QFETCH(QString, expected);
        Strategy s;
        s.name = QStringLiteral("bad");
        s.program = program;
        s.workingDir = cwd;
        LaunchResult r = Launcher(paths()).launch(s);
        QCOMPARE(r.status, LaunchResult::Status::Failed);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
        QVERIFY(!InstanceLock::isHeldByAnyone(paths().lockFile(s.name)));
    }

    void launch_relativeProgram_isResolvedInTheWorkingDirectory()
    {
        PidReaper reaper;
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("bot.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho started in $(pwd)\nexec sleep 60\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        Strategy s;
        s.name = QStringLiteral("relative");
        s.program = QStringLiteral("./bot.sh");
        s.workingDir = dir.path();
        LaunchResult r = Launcher(paths()).launch(s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        launched(r, reaper);
        QVERIFY(
            waitFor([&] { return readAll(paths().logFile(s.name)).contains("started in " + dir.path().toUtf8()); }));
    }

    void cleanupTestCase()
    {
        // Any QProcess still holding a child at this point would kill it on destruction: the tests
        // reaped theirs already, so this only guards against a forgotten one.
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
