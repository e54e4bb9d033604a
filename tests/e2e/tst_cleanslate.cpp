// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald and its strategies start from a clean slate, however and from wherever corrald was started:
// no descriptor of the spawning shell (a pipe held open hangs `... | cat`), no variable exported in its
// terminal, no open-file limit of its `ulimit -n`; and a start that fails says why.
#include "e2esupport.h"

#include <sys/resource.h>
#include <unistd.h>

using namespace corral::e2e;

namespace {

QString sleepProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("sleep"));
}

// Runs `script` under sh with the sandbox's environment plus `extra`; $CTL is corralctl.
CtlResult shell(const Sandbox &box, const QString &script, int timeoutMs = 20000,
                const QProcessEnvironment &extra = QProcessEnvironment())
{
    QProcess p;
    QProcessEnvironment env = box.environment();
    env.insert(QStringLiteral("CTL"), corralctl());
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(box.home());
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    return Sandbox::finish(p, timeoutMs);
}

// fd number -> what it points at.
QMap<int, QString> descriptorsOf(qint64 pid)
{
    QMap<int, QString> out;
    const QString dir = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        out.insert(fd.toInt(), QFileInfo(dir + QLatin1Char('/') + fd).symLinkTarget());
    return out;
}

QString describeDescriptors(const QMap<int, QString> &fds)
{
    QStringList parts;
    for (auto it = fds.cbegin(); it != fds.cend(); ++it)
        parts.append(QStringLiteral("%1->%2").arg(it.key()).arg(it.value()));
    return parts.join(QLatin1Char(' '));
}

QByteArray limitLine(qint64 pid, const char *name)
{
    for (const QByteArray &line : readProcFile(pid, "limits").split('\n'))
        if (line.startsWith(name))
            return line.mid(int(qstrlen(name))).simplified();
    return {};
}

} // namespace

class TestCleanSlate : public QObject
{
    Q_OBJECT

private slots:
    // ---- Descriptors -------------------------------------------------------------------------------

    void pipeHeldByTheSpawningShell_doesNotHangItsReader()
    {
        E2E_SANDBOX(box);
        CtlResult r = box.ctl(
            {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--"), sleepProgram(), QStringLiteral("300")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        // The start spawns corrald from inside the subshell, which holds the pipe's write end as fd 9:
        // cat ends only when every copy of it is closed.
        r = shell(box, QStringLiteral("( exec 9>&1; \"$CTL\" start x ) | cat"), 15000);
        box.track(pidInOutput(r.out));
        QVERIFY2(r.finished, "`( exec 9>&1; corralctl start x ) | cat` hung: corrald or the bot holds the pipe");
        QVERIFY2(r.ok() && r.out.contains(QStringLiteral("x: started (pid ")), qPrintable(r.describe()));
    }

    void strategy_hasExactlyStdinItsLogAndItsLock_whoeverStartedCorrald()
    {
        E2E_SANDBOX(box);
        CtlResult r = box.ctl(
            {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--"), sleepProgram(), QStringLiteral("300")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        const QString leakedFile = box.filePath(QStringLiteral("held-by-the-shell"));
        r = shell(box, QStringLiteral("exec 7<>\"$LEAK\" 9>&1; exec \"$CTL\" start x"), 15000, [&] {
            QProcessEnvironment e;
            e.insert(QStringLiteral("LEAK"), leakedFile);
            return e;
        }());
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);

        QMap<int, QString> fds;
        // Just after the exec the dynamic loader may still hold a library open: wait for it to settle.
        waitFor(
            [&] {
                fds = descriptorsOf(pid);
                return fds.size() <= 4;
            },
            3000);
        const QString log = QFileInfo(box.paths().logFile(QStringLiteral("x"))).canonicalFilePath();
        const QString lock = QFileInfo(box.paths().lockFile(QStringLiteral("x"))).canonicalFilePath();
        QVERIFY2(fds.size() == 4, qPrintable(describeDescriptors(fds)));
        QCOMPARE(fds.value(0), QStringLiteral("/dev/null"));
        QCOMPARE(fds.value(1), log);
        QCOMPARE(fds.value(2), log);
        QVERIFY2(fds.values().count(lock) == 1, qPrintable(describeDescriptors(fds)));

        // corrald itself let go of what the shell gave it, and reads nothing from a terminal.
        const QList<qint64> daemons = box.daemonProcesses();
        QCOMPARE(daemons.size(), 1);
        const QMap<int, QString> own = descriptorsOf(daemons.first());
        QVERIFY2(!own.values().contains(QFileInfo(leakedFile).canonicalFilePath()),
                 qPrintable(describeDescriptors(own)));
        QCOMPARE(own.value(0), QStringLiteral("/dev/null"));
    }

    // ---- Environment -------------------------------------------------------------------------------

    void exportedInTheSpawningTerminal_neverReachesABot()
    {
        E2E_SANDBOX(box);
        CtlResult r = box.ctl(
            {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--"), sleepProgram(), QStringLiteral("300")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        QProcessEnvironment exported;
        exported.insert(QStringLiteral("EXCHANGE_API_KEY"), QStringLiteral("exported-for-one-test"));
        r = shell(box, QStringLiteral("exec \"$CTL\" start x"), 15000, exported);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        const QList<QByteArray> vars = environOf(pid);
        QVERIFY2(!vars.contains("EXCHANGE_API_KEY=exported-for-one-test"), "a terminal's export reached the bot");
        QVERIFY(vars.contains("PYTHONUNBUFFERED=1"));
        QVERIFY(vars.contains("HOME=" + QDir::homePath().toUtf8()));
        QVERIFY(vars.contains("CORRAL_HOME=" + box.home().toUtf8()));

        // `daemon env` prints that base: sorted KEY=VALUE lines, nothing of the terminal.
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("env")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList sorted = lines;
        sorted.sort();
        QCOMPARE(lines, sorted);
        QVERIFY2(lines.contains(QStringLiteral("HOME=") + QDir::homePath()), qPrintable(r.out));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith("PATH="); }),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("EXCHANGE_API_KEY")), qPrintable(r.out));
        for (const QString &line : lines) {
            const QByteArray entry = line.toUtf8();
            QVERIFY2(vars.contains(entry),
                     qPrintable(QStringLiteral("%1 is in `daemon env` but not in the bot").arg(line)));
        }
    }

    void envFile_isReadAtEachStart_underEnv_andABadOneFailsTheStartWithFileAndLine()
    {
        E2E_SANDBOX(box);
        const QString file = box.filePath(QStringLiteral("bot.env"));
        const auto write = [&](const QByteArray &text) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write("# exchange\nexport API_HOST=paper.example\nAPI_SECRET=\"s3 #cr\\\"et\"\nMODE=from-file\n");
        CtlResult r = box.ctl({QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--env-file"),
                               QStringLiteral("bot.env"), QStringLiteral("--env"), QStringLiteral("MODE=from-env"),
                               QStringLiteral("--"), sleepProgram(), QStringLiteral("300")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("x")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QList<QByteArray> vars = environOf(pid);
        QVERIFY(vars.contains("API_HOST=paper.example"));
        QVERIFY(vars.contains("API_SECRET=s3 #cr\"et"));
        QVERIFY(vars.contains("MODE=from-env"));

        write("API_HOST=live.example\n");
        r = box.ctl({QStringLiteral("restart"), QStringLiteral("x")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY2(environOf(pid).contains("API_HOST=live.example"), "the file was not read again at the start");

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("x")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        write("API_HOST=live.example\n\nAPI KEY=oops\n");
        r = box.ctl({QStringLiteral("start"), QStringLiteral("x")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        const QString where = file + QStringLiteral(":3: ");
        QVERIFY2(r.err.contains(where) && r.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.describe()));
        QVERIFY2(box.status(QStringLiteral("x")).value(QStringLiteral("lastError")).toString().contains(where),
                 qPrintable(describe(box.status(QStringLiteral("x")))));

        QFile::remove(file);
        r = box.ctl({QStringLiteral("start"), QStringLiteral("x")});
        QVERIFY2(r.finished && r.exitCode == 1 && r.err.contains(file) &&
                     r.err.contains(QStringLiteral("No such file or directory")),
                 qPrintable(r.describe()));
    }

    void inheritEnv_capturesTheClientsEnvironmentAtAdd_andEditCanDropIt()
    {
        E2E_SANDBOX(box);
        QProcessEnvironment mine;
        mine.insert(QStringLiteral("VIRTUAL_ENV"), QStringLiteral("/opt/bots/venv"));
        CtlResult r = shell(box, QStringLiteral("exec \"$CTL\" add x --inherit-env -- \"$SLEEP\" 300"), 15000, [&] {
            QProcessEnvironment e = mine;
            e.insert(QStringLiteral("SLEEP"), sleepProgram());
            return e;
        }());
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        // Captured at add: not what the terminal that starts it later has.
        r = box.ctl({QStringLiteral("start"), QStringLiteral("x")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY2(environOf(pid).contains("VIRTUAL_ENV=/opt/bots/venv"), "--inherit-env did not reach the bot");

        r = box.ctl({QStringLiteral("edit"), QStringLiteral("x"), QStringLiteral("--no-inherit-env")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("restart"), QStringLiteral("x")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY(!environOf(pid).contains("VIRTUAL_ENV=/opt/bots/venv"));
    }

    // ---- Limits ------------------------------------------------------------------------------------

    void nofile_setsSoftAndHard_andCorraldRaisesItsOwnSoftLimit()
    {
        E2E_SANDBOX(box);
        struct rlimit mine;
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &mine) == 0);
        if (mine.rlim_max == RLIM_INFINITY || mine.rlim_max < 512)
            QSKIP("needs a finite hard open-file limit of at least 512");
        CtlResult r = box.ctl({QStringLiteral("add"), QStringLiteral("capped"), QStringLiteral("--nofile"),
                               QStringLiteral("200"), QStringLiteral("--"), sleepProgram(), QStringLiteral("300")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("add"), QStringLiteral("plain"), QStringLiteral("--"), sleepProgram(),
                     QStringLiteral("300")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        // A shell's `ulimit -n 48` must not cap corrald: it lifts its soft limit to the hard one.
        const QByteArray hard = QByteArray::number(qulonglong(mine.rlim_max));
        r = shell(box, QStringLiteral("ulimit -S -n 48 && exec \"$CTL\" start capped plain"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QList<qint64> daemons = box.daemonProcesses();
        QCOMPARE(daemons.size(), 1);
        QCOMPARE(limitLine(daemons.first(), "Max open files"), QByteArray(hard + " " + hard + " files"));

        const qint64 capped = pidOf(box.status(QStringLiteral("capped")));
        const qint64 plain = pidOf(box.status(QStringLiteral("plain")));
        box.track(capped);
        box.track(plain);
        QCOMPARE(limitLine(capped, "Max open files"), QByteArray("200 200 files"));
        // Without --nofile: the login default, not corrald's raised limit nor the shell's 48.
        QCOMPARE(limitLine(plain, "Max open files"), QByteArray("1024 " + hard + " files"));
    }

    void corraldOutOfDescriptors_failsTheStartWithTheRealCause()
    {
        E2E_SANDBOX(box);
        constexpr int Count = 40;
        for (int i = 0; i < Count; ++i) {
            const CtlResult r = box.ctl({QStringLiteral("add"), QStringLiteral("s%1").arg(i), QStringLiteral("--"),
                                         sleepProgram(), QStringLiteral("300")});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
        }
        CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        // A hard limit of 40 cannot be raised: corrald runs out after a few dozen strategies.
        r = shell(box, QStringLiteral("ulimit -n 40 && exec \"$CTL\" daemon start"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        QString failure;
        for (int i = 0; i < Count && failure.isEmpty(); ++i) {
            r = box.ctl({QStringLiteral("start"), QStringLiteral("s%1").arg(i)});
            box.track(pidInOutput(r.out));
            if (!r.ok()) {
                failure = r.err.trimmed();
                const QString lastError =
                    box.status(QStringLiteral("s%1").arg(i)).value(QStringLiteral("lastError")).toString();
                QVERIFY2(lastError.contains(QStringLiteral("Too many open files")), qPrintable(lastError));
            }
        }
        QVERIFY2(!failure.isEmpty(), "40 strategies started under a hard limit of 40 descriptors");
        QVERIFY2(failure.contains(QStringLiteral("Too many open files")), qPrintable(failure));
        QVERIFY2(!failure.contains(QStringLiteral("No such file or directory")), qPrintable(failure));
    }

    void nofileAboveTheHardLimit_failsTheStartSayingSo()
    {
        E2E_SANDBOX(box);
        // Above the hard limit for a user; above the kernel's nr_open for root, who may raise the hard one.
        struct rlimit mine;
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &mine) == 0);
        qulonglong limit = mine.rlim_max == RLIM_INFINITY ? 0 : qulonglong(mine.rlim_max);
        if (::geteuid() == 0) {
            QFile nrOpen(QStringLiteral("/proc/sys/fs/nr_open"));
            limit = nrOpen.open(QIODevice::ReadOnly) ? nrOpen.readAll().trimmed().toULongLong() : 0;
        }
        if (limit == 0 || limit >= (1u << 30))
            QSKIP("no finite open-file limit to go above");
        const QString above = QString::number(limit + 1);
        CtlResult r = box.ctl({QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--nofile"), above,
                               QStringLiteral("--restart"), QStringLiteral("never"), QStringLiteral("--"),
                               sleepProgram(), QStringLiteral("300")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("x")});
        box.track(pidInOutput(r.out));
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("open-file limit of %1").arg(above)) &&
                     r.err.contains(QStringLiteral("Operation not permitted")),
                 qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCleanSlate)
#include "tst_cleanslate.moc"
