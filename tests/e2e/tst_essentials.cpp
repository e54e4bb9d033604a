// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// What a user does every day, through corralctl against a real corrald, on every OS (Windows under Wine
// too): the strategies are corral_test_worker, so nothing here needs sh, sleep or /proc. What is running
// is told by the pids the workers report (their family files and marks), not by the process table's
// environments, which Windows does not show.
#include "e2esupport.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QStorageInfo>

using namespace corral::e2e;
using corral::test::waitGone;
using corral::test::workerProgram;

namespace {

CtlResult addWorker(const Sandbox &box, const QString &name, const QStringList &workerArgs,
                    const QStringList &options = {})
{
    QStringList args{QStringLiteral("add"), name};
    args << options;
    // Under Wine every stop waits out its grace (see underWine): a short one keeps the test quick there.
    if (!options.contains(QStringLiteral("--stop-timeout")))
        args << QStringLiteral("--stop-timeout") << QStringLiteral("1");
    args << QStringLiteral("--") << workerProgram() << workerArgs;
    return box.ctl(args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The numbers of the worker's "line N" lines in `text`, in order; other lines (corrald's markers) skipped.
QList<qint64> lineNumbers(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral("^line (\\d{9})( x*)?$"));
    QList<qint64> out;
    for (const QByteArray &raw : text.split('\n')) {
        const QRegularExpressionMatch m = re.match(QString::fromLatin1(raw.trimmed()));
        if (m.hasMatch())
            out.append(m.captured(1).toLongLong());
    }
    return out;
}

QList<qint64> familyPids(const QString &file)
{
    QList<qint64> pids;
    for (const auto &member : corral::test::readFamily(file))
        pids.append(member.second);
    return pids;
}

QList<qint64> aliveOf(const QList<qint64> &pids)
{
    QList<qint64> out;
    for (qint64 pid : pids)
        if (alive(pid))
            out.append(pid);
    return out;
}

// Wine delivers no CTRL_BREAK (GenerateConsoleCtrlEvent refuses it), and a new process group ignores
// CTRL_C there as on Windows: under Wine only the later stage can end a strategy (docs/design.md, Windows).
bool underWine()
{
    return QSysInfo::kernelType() == QLatin1String("winnt") &&
           !QSettings(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Wine"), QSettings::NativeFormat)
                .childGroups()
                .isEmpty();
}

// Wall-clock minute in UTC as HH:MM.
QString utcMinute(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("HH:mm"));
}

} // namespace

class TestEssentials : public QObject
{
    Q_OBJECT

    // The schedule case waits for a window that opens at a minute boundary: it is set up first, its corrald
    // runs while the other cases do, and its case comes last, so the test waits for what is left of it.
    std::unique_ptr<Sandbox> m_scheduled;
    QDateTime m_windowOpens;

private slots:
    void initTestCase()
    {
        m_scheduled = std::make_unique<Sandbox>();
        QVERIFY2(m_scheduled->isValid(), qPrintable(QStringLiteral("no corralctl at %1").arg(corralctl())));
        QVERIFY(QFileInfo::exists(workerProgram()));
        QVERIFY2(
            addWorker(*m_scheduled, QStringLiteral("opening"), {QStringLiteral("lines"), QStringLiteral("200")}).ok(),
            "cannot add the scheduled strategy");
        // The next minute boundary, unless it is too close to set up in time: then the one after.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime opens = now.addSecs(60 - now.time().second());
        opens.setTime(QTime(opens.time().hour(), opens.time().minute()));
        if (now.secsTo(opens) < 10)
            opens = opens.addSecs(60);
        m_windowOpens = opens;
        const CtlResult r =
            m_scheduled->ctl({QStringLiteral("schedule"), QStringLiteral("opening"), QStringLiteral("--days"),
                              QStringLiteral("mon,tue,wed,thu,fri,sat,sun"), QStringLiteral("--start"),
                              utcMinute(opens), QStringLiteral("--stop"), utcMinute(opens.addSecs(30 * 60)),
                              QStringLiteral("--tz"), QStringLiteral("UTC")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject s = m_scheduled->status(QStringLiteral("opening"));
        QVERIFY2(QDateTime::currentDateTimeUtc() < opens, "setting the schedule up took past the window's start");
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        const QJsonObject next = s.value(QStringLiteral("nextEvent")).toObject();
        QCOMPARE(next.value(QStringLiteral("action")).toString(), QStringLiteral("start"));
        QCOMPARE(isoTime(next.value(QStringLiteral("at"))).toUTC(), opens);
    }

    void cleanupTestCase() { m_scheduled.reset(); }

    void start_secondStartSaysAlreadyRunning_andStatusAndListTellThePid()
    {
        E2E_SANDBOX(box);
        CtlResult r = addWorker(box, QStringLiteral("bot"), {QStringLiteral("lines"), QStringLiteral("100")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY2(r.out.startsWith(QStringLiteral("bot: started (pid %1)").arg(pid)), qPrintable(r.describe()));
        QVERIFY2(alive(pid), qPrintable(r.describe()));

        r = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), QStringLiteral("bot: already running (pid %1)").arg(pid));

        const QJsonObject s = box.status(QStringLiteral("bot"));
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("bot"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(pidOf(s), pid);
        QCOMPARE(s.value(QStringLiteral("adopted")).toBool(), false);

        r = box.ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("bot"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(pidOf(list.first().toObject()), pid);
    }

    // `logs` without -f prints what arrives while it prints too: the worker writes ten lines and goes quiet.
    void logs_showTheLastLinesTheStrategyWrote()
    {
        E2E_SANDBOX(box);
        QVERIFY(addWorker(box, QStringLiteral("talker"),
                          {QStringLiteral("lines"), QStringLiteral("20"), QStringLiteral("0"), QStringLiteral("10")})
                    .ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("talker")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        box.track(pidInOutput(started.out));
        const QString log = box.paths().logFile(QStringLiteral("talker"));
        QVERIFY2(waitFor([&] { return lineNumbers(readAll(log)).contains(10); }, 15000), readAll(log).constData());

        const CtlResult r =
            box.ctl({QStringLiteral("logs"), QStringLiteral("talker"), QStringLiteral("-n"), QStringLiteral("4")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 4);
        QCOMPARE(lineNumbers(r.out.toUtf8()), (QList<qint64>{7, 8, 9, 10}));
        // Byte for byte, line ends included: a Windows program's CRLF must not come out as CR CR LF.
        const QByteArray written = readAll(log);
        QCOMPARE(r.out.toUtf8(), written.mid(written.indexOf("line 000000007")));
    }

    void stop_endsTheStrategysChildAndGrandchild()
    {
        E2E_SANDBOX(box);
        const QString family = box.filePath(QStringLiteral("family"));
        box.trackFamilyFile(family);
        QVERIFY(addWorker(box, QStringLiteral("tree"), {QStringLiteral("tree"), family},
                          {QStringLiteral("--stop-timeout"), QStringLiteral("2")})
                    .ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("tree")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        const qint64 pid = pidInOutput(started.out);
        box.track(pid);
        QVERIFY2(waitFor([&] { return familyPids(family).size() == 3; }, 15000), "the worker never told its family");
        const QList<qint64> pids = familyPids(family);
        QCOMPARE(pids.first(), pid);
        QCOMPARE(aliveOf(pids), pids);

        const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("tree")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(
            aliveOf(pids).isEmpty(),
            qPrintable(QStringLiteral("still alive after stop: %1 of %2").arg(pidList(aliveOf(pids)), pidList(pids))));
        const QJsonObject s = box.status(QStringLiteral("tree"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        // The polite stop (SIGTERM, CTRL_BREAK) ends a worker that does not ignore it, before the grace ends.
        const QString killed = QStringLiteral("did not stop within 2 s and was killed");
        if (underWine()) {
            QCOMPARE(r.out.trimmed(), QStringLiteral("tree: stopped; ") + killed);
        } else {
            QCOMPARE(r.out.trimmed(), QStringLiteral("tree: stopped"));
            QVERIFY2(!s.value(QStringLiteral("lastExit")).toString().contains(QStringLiteral("after 2 s")),
                     qPrintable(describe(s)));
        }
    }

    void stop_strategyIgnoringThePoliteStop_isEndedByTheLaterStage()
    {
        E2E_SANDBOX(box);
        QVERIFY(addWorker(box, QStringLiteral("stubborn"), {QStringLiteral("ignore-interrupt")},
                          {QStringLiteral("--stop-timeout"), QStringLiteral("1")})
                    .ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("stubborn")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        const qint64 pid = pidInOutput(started.out);
        box.track(pid);
        const QString log = box.paths().logFile(QStringLiteral("stubborn"));
        QVERIFY2(waitFor([&] { return readAll(log).contains("ignoring the polite stop"); }, 15000),
                 "the worker never set its handler up");

        QElapsedTimer clock;
        clock.start();
        const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("stubborn")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("did not stop within 1 s and was killed")), qPrintable(r.describe()));
        QVERIFY2(!alive(pid), "a strategy ignoring the polite stop survived `stop`");
        QVERIFY2(clock.elapsed() >= 900,
                 qPrintable(QStringLiteral("ended after %1 ms, before the 1 s grace").arg(clock.elapsed())));
        const QJsonObject s = box.status(QStringLiteral("stubborn"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        // "stopped (SIGKILL after 1 s)" on Unix, "stopped (terminated after 1 s)" on Windows.
        QVERIFY2(s.value(QStringLiteral("lastExit")).toString().contains(QStringLiteral("after 1 s")),
                 qPrintable(describe(s)));
    }

    // A launcher that starts the bot and exits (`nohup bot & exit 0`): the strategy runs on, following the
    // bot (its cookie on Unix, its Job Object on Windows), and a stop ends the bot too.
    void launcherExits_strategyFollowsWhatItLeft_andStopEndsIt()
    {
        E2E_SANDBOX(box);
        const QString family = box.filePath(QStringLiteral("family"));
        box.trackFamilyFile(family);
        QVERIFY(addWorker(box, QStringLiteral("launcher"), {QStringLiteral("launch"), family},
                          {QStringLiteral("--restart"), QStringLiteral("never"), QStringLiteral("--stop-timeout"),
                           QStringLiteral("1")})
                    .ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("launcher")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        box.track(pidInOutput(started.out));
        QVERIFY2(waitFor([&] { return familyPids(family).size() == 1; }, 15000), "the launcher never told its bot");
        const qint64 bot = familyPids(family).first();
        QVERIFY(alive(bot));

        const QJsonObject s = box.waitForStatus(
            QStringLiteral("launcher"),
            [bot](const QJsonObject &o) { return o.value(QStringLiteral("following")).toInteger() == bot; }, 15000);
        QCOMPARE(s.value(QStringLiteral("following")).toInteger(), bot);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY2(s.value(QStringLiteral("mainExited")).toBool(), qPrintable(describe(s)));

        const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("launcher")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(!alive(bot), "the bot the launcher left survived the stop");
        QCOMPARE(box.status(QStringLiteral("launcher")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("stopped"));
    }

    void exit_codeIsReported_andNeverRestartedWhenAskedNot()
    {
        E2E_SANDBOX(box);
        QVERIFY(addWorker(box, QStringLiteral("once"),
                          {QStringLiteral("exit"), QStringLiteral("3"), QStringLiteral("300")},
                          {QStringLiteral("--restart"), QStringLiteral("never")})
                    .ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("once")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        const qint64 pid = pidInOutput(started.out);
        box.track(pid);
        const QJsonObject s = box.waitForStatus(
            QStringLiteral("once"),
            [](const QJsonObject &o) { return !o.value(QStringLiteral("lastExit")).toString().isEmpty(); }, 15000);
        QCOMPARE(s.value(QStringLiteral("lastExit")).toString(), QStringLiteral("exited with code 3"));
        QVERIFY2(s.value(QStringLiteral("state")).toString() != QStringLiteral("running"), qPrintable(describe(s)));
        QVERIFY(!alive(pid));
        QTest::qWait(1500);
        QCOMPARE(pidOf(box.status(QStringLiteral("once"))), 0);
    }

    void stopAll_stopsEveryStrategy()
    {
        E2E_SANDBOX(box);
        const QStringList names{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
        for (const QString &name : names)
            QVERIFY(addWorker(box, name, {QStringLiteral("lines"), QStringLiteral("200")}).ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("--all")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QList<qint64> pids;
        for (const QString &name : names) {
            const qint64 pid = pidOf(box.status(name));
            QVERIFY2(pid > 0 && alive(pid), qPrintable(name));
            box.track(pid);
            pids.append(pid);
        }

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        for (const QString &name : names)
            QVERIFY2(r.out.contains(name + QStringLiteral(": stopped")), qPrintable(r.describe()));
        QVERIFY2(aliveOf(pids).isEmpty(), qPrintable(pidList(aliveOf(pids))));
        r = box.ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), names.size());
        for (const QJsonValue &v : list)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    }

    // Every client starts corrald too: none runs yet when they are released.
    void racingStarts_startExactlyOneProcess()
    {
        E2E_SANDBOX(box);
        const QString marks = box.filePath(QStringLiteral("marks"));
        QVERIFY(QDir().mkpath(marks));
        QVERIFY(addWorker(box, QStringLiteral("racer"),
                          {QStringLiteral("--mark"), marks, QStringLiteral("lines"), QStringLiteral("200")})
                    .ok());
        QVERIFY(box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")}).ok());
        QVERIFY(waitFor([&] { return box.pingPid(500) == 0; }));

        constexpr int Clients = 6;
        std::vector<std::unique_ptr<QProcess>> clients;
        for (int i = 0; i < Clients; ++i)
            clients.push_back(box.ctlAsync({QStringLiteral("start"), QStringLiteral("racer")}));
        QList<CtlResult> results;
        for (auto &client : clients)
            results.append(Sandbox::finish(*client, 60000));
        QList<qint64> pids;
        for (const CtlResult &r : std::as_const(results)) {
            pids.append(pidInOutput(r.out));
            box.track(pids.last());
        }
        for (const CtlResult &r : std::as_const(results))
            QVERIFY2(r.ok(), qPrintable(r.describe()));
        for (qint64 pid : std::as_const(pids))
            QVERIFY2(pid > 0 && pid == pids.first(), qPrintable(pidList(pids)));
        const QString first = QString::number(pids.first());
        QVERIFY2(waitFor([&] { return QFileInfo::exists(QDir(marks).filePath(first)); }, 15000),
                 "the strategy that started never marked itself");
        QTest::qWait(1000); // a second process, started at the same moment, would have marked itself by now
        const QStringList started = QDir(marks).entryList(QDir::Files);
        QCOMPARE(started, QStringList{first});
        QCOMPARE(pidOf(box.status(QStringLiteral("racer"))), pids.first());
    }

    void corraldKilled_strategyLivesOn_andTheNextCorraldAdoptsIt()
    {
        E2E_SANDBOX(box);
        QVERIFY(addWorker(box, QStringLiteral("survivor"), {QStringLiteral("lines"), QStringLiteral("100")}).ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("survivor")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        const qint64 pid = pidInOutput(started.out);
        box.track(pid);

        const CtlResult daemon = box.ctl({QStringLiteral("daemon"), QStringLiteral("status")});
        QVERIFY2(daemon.ok(), qPrintable(daemon.describe()));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\(pid (\\d+)")).match(daemon.out);
        QVERIFY2(m.hasMatch(), qPrintable(daemon.describe()));
        const qint64 oldDaemon = m.captured(1).toLongLong();
        QCOMPARE(box.pingPid(), oldDaemon);
        // SIGKILL, TerminateProcess: corrald has no chance to do anything on the way out.
        QVERIFY(corral::test::killPid(oldDaemon));
        QVERIFY2(waitGone(oldDaemon), "corrald survived being killed");
        const QString log = box.paths().logFile(QStringLiteral("survivor"));
        const qsizetype before = lineNumbers(readAll(log)).size();
        QVERIFY2(waitFor([&] { return lineNumbers(readAll(log)).size() > before + 2; }, 5000),
                 "the strategy stopped writing when corrald died");
        QVERIFY(alive(pid));

        CtlResult raw;
        const QJsonObject s = box.status(QStringLiteral("survivor"), &raw); // starts the next corrald
        QVERIFY2(raw.ok(), qPrintable(raw.describe()));
        const qint64 newDaemon = box.pingPid();
        QVERIFY2(newDaemon > 0 && newDaemon != oldDaemon, "no new corrald was started on demand");
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(pidOf(s), pid);
        QVERIFY2(s.value(QStringLiteral("adopted")).toBool(), qPrintable(describe(s)));

        // Adopted means supervised: the next corrald can stop what the killed one started.
        const CtlResult r = box.ctl({QStringLiteral("stop"), QStringLiteral("survivor")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(!alive(pid), "the adopted strategy survived `stop`");
    }

    // The backups from the oldest to .1, then the live file, are exactly what the worker wrote: every line
    // once, in order. The in-place cut (Linux: ext4, xfs) loses nothing; copy + truncate (other file
    // systems, macOS, Windows) may lose what is written during the truncate, never repeat it.
    void logRotation_whileTheStrategyWrites_keepsEveryLineOnce()
    {
        E2E_SANDBOX(box);
        constexpr int Backups = 9;
        // Lines of 1,000 bytes every millisecond (slower where sleeps are coarse): 1 MB in about a second.
        QVERIFY(addWorker(box, QStringLiteral("chatty"),
                          {QStringLiteral("lines"), QStringLiteral("1"), QStringLiteral("1000")},
                          {QStringLiteral("--log-max-mb"), QStringLiteral("1"), QStringLiteral("--log-backups"),
                           QString::number(Backups)})
                    .ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("chatty")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        const qint64 pid = pidInOutput(started.out);
        box.track(pid);
        const QString log = box.paths().logFile(QStringLiteral("chatty"));
        QVERIFY2(waitFor([&] { return QFileInfo::exists(log + QStringLiteral(".2")); }, 60000),
                 "the log was not rotated twice while the strategy wrote");
        QVERIFY(alive(pid));
        const CtlResult stopped = box.ctl({QStringLiteral("stop"), QStringLiteral("chatty")});
        QVERIFY2(stopped.ok(), qPrintable(stopped.describe()));

        QVERIFY2(!QFileInfo::exists(log + QStringLiteral(".%1").arg(Backups)),
                 "more rotations than this test can account for: the first lines are gone");
        QVERIFY2(!QFileInfo::exists(log + QStringLiteral(".rotating")), "a rotation was left half done");
        QByteArray all;
        int backups = 0;
        for (int k = Backups; k >= 1; --k) {
            const QString backup = log + QStringLiteral(".%1").arg(k);
            if (!QFileInfo::exists(backup))
                continue;
            ++backups;
            QVERIFY2(QFileInfo(backup).size() >= 1024 * 1024 - 4096,
                     qPrintable(QStringLiteral("%1 holds only %2 bytes").arg(backup).arg(QFileInfo(backup).size())));
            all += readAll(backup);
        }
        all += readAll(log);
        const QList<qint64> numbers = lineNumbers(all);
        QVERIFY2(!numbers.isEmpty(), "no line of the worker's anywhere");
        QCOMPARE(numbers.first(), qint64(1));
        qint64 lost = 0;
        for (int i = 1; i < numbers.size(); ++i) {
            const qint64 step = numbers.at(i) - numbers.at(i - 1);
            QVERIFY2(step >= 1, qPrintable(QStringLiteral("line %1 follows line %2: repeated or out of order")
                                               .arg(numbers.at(i))
                                               .arg(numbers.at(i - 1))));
            lost += step - 1;
        }
        const QString fileSystem = QString::fromLatin1(QStorageInfo(box.home()).fileSystemType());
        const bool cutInPlace = QSysInfo::kernelType() == QLatin1String("linux") &&
                                (fileSystem == QLatin1String("ext4") || fileSystem == QLatin1String("xfs"));
        const QString account = QStringLiteral("%1 lines, %2 lost over %3 rotations on %4")
                                    .arg(numbers.size())
                                    .arg(lost)
                                    .arg(backups)
                                    .arg(fileSystem);
        qInfo().noquote() << account;
        // Copy + truncate's loss is the one write that lands in the gap of each truncate.
        QVERIFY2(cutInPlace ? lost == 0 : lost <= backups, qPrintable(account));
    }

    void scheduleWindow_openingWhileTheTestRuns_startsTheStrategy()
    {
        QVERIFY(m_scheduled);
        const qint64 untilOpen = QDateTime::currentDateTimeUtc().msecsTo(m_windowOpens);
        if (untilOpen > 0)
            QCOMPARE(m_scheduled->state(QStringLiteral("opening")), QStringLiteral("stopped"));
        const QJsonObject s = m_scheduled->waitForState(QStringLiteral("opening"), QStringLiteral("running"),
                                                        int(qMax<qint64>(0, untilOpen)) + 30000);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const qint64 pid = pidOf(s);
        m_scheduled->track(pid);
        QVERIFY(alive(pid));
        const QDateTime since = isoTime(s.value(QStringLiteral("since")));
        QVERIFY2(since.isValid() && since >= m_windowOpens.addMSecs(-1000), qPrintable(describe(s)));
        const QJsonObject next = s.value(QStringLiteral("nextEvent")).toObject();
        QCOMPARE(next.value(QStringLiteral("action")).toString(), QStringLiteral("stop"));
        QCOMPARE(isoTime(next.value(QStringLiteral("at"))).toUTC(), m_windowOpens.addSecs(30 * 60));
    }
};

QTEST_GUILESS_MAIN(TestEssentials)
#include "tst_essentials.moc"
