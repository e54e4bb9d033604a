// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "filecontent.h"
#include "instancelock.h"
#include "launcher.h"
#include "pidfile.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

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

    static qulonglong aboveTheReachableOpenFileLimit()
    {
        struct rlimit mine;
        if (::getrlimit(RLIMIT_NOFILE, &mine) != 0)
            return 0;
        qulonglong limit = mine.rlim_max == RLIM_INFINITY ? 0 : qulonglong(mine.rlim_max);
        if (::geteuid() == 0)
            limit = readAll(QStringLiteral("/proc/sys/fs/nr_open")).trimmed().toULongLong();
        return limit > 0 && limit < (1u << 30) ? limit + 1 : 0;
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
                // Soft and hard: a program must not be able to lift it by itself.
                QVERIFY2(line.simplified().startsWith("Max open files 123 123 "), line.constData());
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

    void launch_descriptors_areExactlyStdioAndTheLock()
    {
        PidReaper reaper;
        // What a careless library in the launcher leaves open: no close-on-exec.
        const int leaked = ::open("/dev/null", O_RDONLY);
        int pipeEnds[2];
        QVERIFY(leaked >= 0 && ::pipe(pipeEnds) == 0);
        LaunchResult r = Launcher(paths()).launch(strategy(QStringLiteral("fds"), {QStringLiteral("sleep")}));
        ::close(leaked);
        ::close(pipeEnds[0]);
        ::close(pipeEnds[1]);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const qint64 pid = launched(r, reaper);
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        QMap<QString, QString> open; // fd -> target
        // Just after the exec the dynamic loader may still hold a library open: wait for it to settle.
        waitFor(
            [&] {
                open.clear();
                for (const QString &fd : QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
                    open.insert(fd, QFileInfo(fdDir + QLatin1Char('/') + fd).symLinkTarget());
                return open.size() <= 4;
            },
            3000);
        QStringList lockFds;
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            if (it.value() == QFileInfo(paths().lockFile(QStringLiteral("fds"))).canonicalFilePath())
                lockFds.append(it.key());
        QVERIFY2(open.size() == 4 && open.value(QStringLiteral("0")) == QStringLiteral("/dev/null") &&
                     open.value(QStringLiteral("1")) ==
                         QFileInfo(paths().logFile(QStringLiteral("fds"))).canonicalFilePath() &&
                     open.value(QStringLiteral("2")) == open.value(QStringLiteral("1")) && lockFds.size() == 1,
                 qPrintable(QStringLiteral("descriptors of the strategy: %1")
                                .arg(QStringList(open.values()).join(QLatin1Char(' ')))));
    }

    void launch_withoutOpenFileLimit_startsAtTheLoginDefaultNotTheLaunchersRaisedOne()
    {
        PidReaper reaper;
        struct rlimit mine;
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &mine) == 0);
        LaunchResult r =
            Launcher(paths()).launch(strategy(QStringLiteral("default-nofile"), {QStringLiteral("sleep")}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QByteArray limits = readAll(QStringLiteral("/proc/%1/limits").arg(launched(r, reaper)));
        const qulonglong soft = mine.rlim_max == RLIM_INFINITY ? 1024 : qMin<qulonglong>(1024, mine.rlim_max);
        const QByteArray hard =
            mine.rlim_max == RLIM_INFINITY ? QByteArray("unlimited") : QByteArray::number(qulonglong(mine.rlim_max));
        const QByteArray wanted = "Max open files " + QByteArray::number(soft) + ' ' + hard + ' ';
        bool seen = false;
        for (const QByteArray &line : limits.split('\n'))
            seen = seen || line.simplified().startsWith(wanted);
        QVERIFY2(seen, limits.constData());
    }

    void launch_openFileLimitAboveTheHardLimit_failsWithTheRealCause()
    {
        // Above the hard limit for a user; above the kernel's nr_open for root, who may raise the hard one.
        const qulonglong above = aboveTheReachableOpenFileLimit();
        if (above == 0)
            QSKIP("no finite open-file limit to go above");
        Strategy s = strategy(QStringLiteral("too-many"), {QStringLiteral("sleep")});
        s.maxOpenFiles = int(above);
        LaunchResult r = Launcher(paths()).launch(s);
        QCOMPARE(r.status, LaunchResult::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("open-file limit of %1").arg(s.maxOpenFiles)) &&
                     r.error.contains(QStringLiteral("Operation not permitted")),
                 qPrintable(r.error));
        if (::geteuid() != 0)
            QVERIFY2(r.error.contains(QStringLiteral("hard limit")), qPrintable(r.error));
        QVERIFY(!InstanceLock::isHeldByAnyone(paths().lockFile(s.name)));
    }

    // Whichever descriptor the launch runs out at (the lock, the log, a pipe, the null device), the error
    // names the cause.
    void launch_outOfDescriptorsAtAnyStep_saysTooManyOpenFiles()
    {
        struct rlimit saved;
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
        struct rlimit low = saved;
        low.rlim_cur = 256;
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
        QStringList errors;
        int started = 0;
        for (int spare = 0; spare < 16; ++spare) {
            QList<int> fillers;
            for (int fd; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;)
                fillers.append(fd);
            for (int i = 0; i < spare && !fillers.isEmpty(); ++i)
                ::close(fillers.takeLast());
            LaunchResult r = Launcher(paths()).launch(strategy(QStringLiteral("starved"), {QStringLiteral("sleep")}));
            for (int fd : fillers)
                ::close(fd);
            if (r.ok()) {
                ++started;
                killPid(r.identity.pid);
                r.process->waitForFinished(5000);
            } else {
                errors.append(QStringLiteral("%1 spare: %2").arg(spare).arg(r.error));
            }
        }
        ::setrlimit(RLIMIT_NOFILE, &saved);
        QVERIFY2(started > 0, qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(errors.size() > 1, qPrintable(errors.join(QLatin1Char('\n'))));
        for (const QString &error : std::as_const(errors))
            QVERIFY2(error.contains(QStringLiteral("Too many open files")), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void launch_environment_startsFromTheBaseNotTheLaunchersOwn()
    {
        PidReaper reaper;
        qputenv("CORRAL_TEST_LEAK", "from-the-terminal");
        QProcessEnvironment base;
        base.insert(QStringLiteral("HOME"), m_home.path());
        base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        Strategy s = strategy(QStringLiteral("base-env"), {QStringLiteral("sleep")});
        s.inheritedEnv.insert(QStringLiteral("FROM_CLIENT"), QStringLiteral("captured"));
        s.inheritedEnv.insert(QStringLiteral("PATH"), QStringLiteral("/client/bin"));
        s.env.insert(QStringLiteral("PATH"), QStringLiteral("/opt/bot/bin:/usr/bin:/bin"));
        LaunchResult r = Launcher(paths(), base).launch(s);
        qunsetenv("CORRAL_TEST_LEAK");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QList<QByteArray> vars = environmentOf(launched(r, reaper));
        std::sort(vars.begin(), vars.end());
        const QList<QByteArray> expected{"CORRAL_STRATEGY_ID=" + Launcher(paths()).cookieFor(s.name).toUtf8(),
                                         "FROM_CLIENT=captured", "HOME=" + m_home.path().toUtf8(),
                                         "PATH=/opt/bot/bin:/usr/bin:/bin", "PYTHONUNBUFFERED=1"};
        QCOMPARE(vars, expected);
    }

    void launch_envFile_isReadAtEachStartUnderEnv()
    {
        PidReaper reaper;
        const QString file = m_home.filePath(QStringLiteral("bot.env"));
        const auto write = [&](const QByteArray &text) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write("# keys\nexport API_HOST=file.example\nAPI_KEY='s3 cr#t'\nOVERRIDDEN=file\n");
        Strategy s = strategy(QStringLiteral("env-file"), {QStringLiteral("sleep")});
        s.envFile = file;
        s.env.insert(QStringLiteral("OVERRIDDEN"), QStringLiteral("env"));
        LaunchResult r = Launcher(paths()).launch(s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QList<QByteArray> vars = environmentOf(launched(r, reaper));
        QVERIFY(vars.contains("API_HOST=file.example"));
        QVERIFY(vars.contains("API_KEY=s3 cr#t"));
        QVERIFY(vars.contains("OVERRIDDEN=env"));
        killPid(r.identity.pid);
        QVERIFY(r.process->waitForFinished(5000));

        write("API_HOST=changed.example\n");
        r = Launcher(paths()).launch(s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        vars = environmentOf(launched(r, reaper));
        QVERIFY2(vars.contains("API_HOST=changed.example"), "the file was not read again at the start");
        killPid(r.identity.pid);
        QVERIFY(r.process->waitForFinished(5000));

        write("API_HOST=ok\nnot a line\n");
        r = Launcher(paths()).launch(s);
        QCOMPARE(r.status, LaunchResult::Status::Failed);
        QVERIFY2(r.error.startsWith(QStringLiteral("env-file: %1:2: ").arg(file)), qPrintable(r.error));
        QVERIFY(!InstanceLock::isHeldByAnyone(paths().lockFile(s.name)));

        QFile::remove(file);
        r = Launcher(paths()).launch(s);
        QCOMPARE(r.status, LaunchResult::Status::Failed);
        QVERIFY2(r.error.contains(file) && r.error.contains(QStringLiteral("No such file or directory")),
                 qPrintable(r.error));
    }

    void cleanupTestCase()
    {
        // Any QProcess still holding a child at this point would kill it on destruction: the tests
        // reaped theirs already, so this only guards against a forgotten one.
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
