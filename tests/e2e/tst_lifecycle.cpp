// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// add / start / status / stop / remove through corralctl against a real corrald, and what "stopped" means:
// no process of the strategy's tree is left, however it tried to escape.
#include "e2esupport.h"

using namespace corral::e2e;

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void addStartStatusStopRemove_roundTripThroughTheCli()
    {
        E2E_SANDBOX(box);
        const QString name = QStringLiteral("sleeper");
        CtlResult r = box.addTree(name, {QStringLiteral("sleep")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        CtlResult raw;
        QJsonObject s = box.status(name, &raw);
        QVERIFY2(raw.ok(), qPrintable(raw.describe()));
        QCOMPARE(s.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY2(s.value(QStringLiteral("pid")).isNull(), qPrintable(describe(s)));

        r = box.ctl({QStringLiteral("start"), name});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("sleeper: started (pid ")), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY2(pid > 0 && alive(pid), qPrintable(r.describe()));

        s = box.status(name);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(pidOf(s), pid);
        QCOMPARE(s.value(QStringLiteral("adopted")).toBool(), false);
        QCOMPARE(box.cookieHolders(name), QList<qint64>{pid});

        // The pidfile names the same process.
        QFile pidFile(box.paths().pidFile(name));
        QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
        QCOMPARE(QJsonDocument::fromJson(pidFile.readAll()).object().value(QStringLiteral("pid")).toInteger(), pid);
        pidFile.close();

        r = box.ctl({QStringLiteral("stop"), name});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("sleeper: stopped")), qPrintable(r.describe()));
        // stop returns once the process is gone, not once the signal was sent.
        QVERIFY2(!alive(pid), "the strategy was still alive when `stop` returned");
        s = box.status(name);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY2(s.value(QStringLiteral("pid")).isNull(), qPrintable(describe(s)));
        QVERIFY(box.cookieHolders(name).isEmpty());

        r = box.ctl({QStringLiteral("remove"), name});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("status"), name, QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(r.json().isArray() && r.json().array().isEmpty(), qPrintable(r.describe()));
    }

    void listJson_isAnArrayOfCompleteStatusObjects()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("a"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.addTree(QStringLiteral("b"), {QStringLiteral("sleep")}).ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("a")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));

        r = box.ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(r.json().isArray(), qPrintable(r.describe()));
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 2);
        QStringList names;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            corral::protocol::StrategyStatus parsed;
            QString error;
            QVERIFY2(corral::protocol::StrategyStatus::fromJson(o, &parsed, &error),
                     qPrintable(error + QStringLiteral(": ") + describe(o)));
            QVERIFY2(parsed.since.isValid(), qPrintable(describe(o)));
            names.append(parsed.name);
            const QString expected =
                parsed.name == QStringLiteral("a") ? QStringLiteral("running") : QStringLiteral("stopped");
            QCOMPARE(o.value(QStringLiteral("state")).toString(), expected);
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void start_strategyRunsInItsOwnSession_apartFromCorraldAndTheCaller()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("own"), {QStringLiteral("sleep")}).ok());
        const CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("own")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY(pid > 0);
        // A strategy that shares a session with a terminal or with corrald dies with it (SIGHUP).
        QCOMPARE(sessionOf(pid), pid);
        QCOMPARE(processGroupOf(pid), pid);
        const qint64 daemon = box.pingPid();
        QVERIFY2(daemon > 0, "corrald does not answer ping");
        // corrald is detached from the caller's session too (leader or not: a double fork is fine).
        QVERIFY(sessionOf(daemon) > 0);
        QVERIFY(sessionOf(daemon) != sessionOf(QCoreApplication::applicationPid()));
        QVERIFY(sessionOf(pid) != sessionOf(QCoreApplication::applicationPid()));
        QVERIFY(sessionOf(pid) != sessionOf(daemon));
    }

    void stop_familyWithEscapees_leavesNoProcessOfTheTree()
    {
        E2E_SANDBOX(box);
        const QString pids = box.filePath(QStringLiteral("family.pids"));
        box.trackFamilyFile(pids);
        QVERIFY(box.addTree(QStringLiteral("fam"), {QStringLiteral("family"), pids}).ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("fam")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(waitFor([&] { return readFamily(pids).size() == 5; }), "the family never came up");
        const auto family = readFamily(pids);
        for (const auto &member : family)
            QVERIFY2(alive(member.second), qPrintable(member.first));
        QCOMPARE(box.cookieHolders(QStringLiteral("fam")).size(), 5);

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("fam")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        for (const auto &member : family)
            QVERIFY2(!alive(member.second),
                     qPrintable(QStringLiteral("%1 (pid %2) survived `stop`").arg(member.first).arg(member.second)));
        QVERIFY(box.cookieHolders(QStringLiteral("fam")).isEmpty());
        QCOMPARE(box.state(QStringLiteral("fam")), QStringLiteral("stopped"));
    }

    void start_twice_saysAlreadyRunningAndKeepsOneProcess()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("once"), {QStringLiteral("sleep")}).ok());
        const CtlResult first = box.ctl({QStringLiteral("start"), QStringLiteral("once")});
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        const qint64 pid = pidInOutput(first.out);
        box.track(pid);
        QVERIFY(pid > 0);

        const CtlResult second = box.ctl({QStringLiteral("start"), QStringLiteral("once")});
        QVERIFY2(second.ok(), qPrintable(second.describe()));
        QVERIFY2(second.out.contains(QStringLiteral("once: already running (pid %1)").arg(pid)),
                 qPrintable(second.describe()));
        QCOMPARE(box.cookieHolders(QStringLiteral("once")), QList<qint64>{pid});
        QCOMPARE(pidOf(box.status(QStringLiteral("once"))), pid);
    }

    void restart_replacesTheProcessWithExactlyOneNewOne()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("again"), {QStringLiteral("sleep")}).ok());
        const CtlResult first = box.ctl({QStringLiteral("start"), QStringLiteral("again")});
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        const qint64 oldPid = pidInOutput(first.out);
        box.track(oldPid);

        const CtlResult r = box.ctl({QStringLiteral("restart"), QStringLiteral("again")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(!alive(oldPid), "the old process survived `restart`");
        const QJsonObject s = box.waitForState(QStringLiteral("again"), QStringLiteral("running"));
        const qint64 newPid = pidOf(s);
        box.track(newPid);
        QVERIFY2(newPid > 0 && newPid != oldPid, qPrintable(describe(s)));
        QCOMPARE(box.cookieHolders(QStringLiteral("again")), QList<qint64>{newPid});
        // A restart asked for by the user is not a failure.
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(), 0);
    }

    void startAll_startsDependenciesFirst_andStopAllStopsInReverse()
    {
        E2E_SANDBOX(box);
        // The dependents carry higher priorities, so an order by priority alone would be the wrong one.
        QVERIFY(box.addTree(QStringLiteral("db"), {QStringLiteral("sleep")},
                            {QStringLiteral("--priority"), QStringLiteral("1")})
                    .ok());
        QVERIFY(box.addTree(QStringLiteral("feed"), {QStringLiteral("sleep")},
                            {QStringLiteral("--depends"), QStringLiteral("db"), QStringLiteral("--priority"),
                             QStringLiteral("5")})
                    .ok());
        QVERIFY(box.addTree(QStringLiteral("bot"), {QStringLiteral("sleep")},
                            {QStringLiteral("--depends"), QStringLiteral("feed,db"), QStringLiteral("--priority"),
                             QStringLiteral("9")})
                    .ok());
        QVERIFY(box.addTree(QStringLiteral("loner"), {QStringLiteral("sleep")}).ok());

        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("--all")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QStringList names{QStringLiteral("db"), QStringLiteral("feed"), QStringLiteral("bot"),
                                QStringLiteral("loner")};
        QHash<QString, qint64> pids;
        for (const QString &name : names) {
            const QJsonObject s = box.waitForState(name, QStringLiteral("running"));
            QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
            pids.insert(name, pidOf(s));
            box.track(pidOf(s));
            QCOMPARE(box.cookieHolders(name).size(), 1);
        }
        const QDateTime db = pidFileStartedAt(box, QStringLiteral("db"));
        const QDateTime feed = pidFileStartedAt(box, QStringLiteral("feed"));
        const QDateTime bot = pidFileStartedAt(box, QStringLiteral("bot"));
        QVERIFY(db.isValid() && feed.isValid() && bot.isValid());
        QVERIFY2(db <= feed && feed <= bot,
                 qPrintable(QStringLiteral("start order db=%1 feed=%2 bot=%3")
                                .arg(db.toString(Qt::ISODateWithMs), feed.toString(Qt::ISODateWithMs),
                                     bot.toString(Qt::ISODateWithMs))));

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("--all")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QHash<QString, QDateTime> stoppedAt;
        for (const QString &name : names) {
            QVERIFY2(!alive(pids.value(name)), qPrintable(name + QStringLiteral(" survived stop --all")));
            const QJsonObject s = box.status(name);
            QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
            stoppedAt.insert(name, isoTime(s.value(QStringLiteral("since"))));
        }
        QVERIFY(box.allStrategyProcesses().isEmpty());
        // Stopped in reverse: the dependent first, so it never runs without what it depends on.
        QVERIFY2(stoppedAt.value(QStringLiteral("bot")) <= stoppedAt.value(QStringLiteral("feed")) &&
                     stoppedAt.value(QStringLiteral("feed")) <= stoppedAt.value(QStringLiteral("db")),
                 qPrintable(QStringLiteral("stop order bot=%1 feed=%2 db=%3")
                                .arg(stoppedAt.value(QStringLiteral("bot")).toString(Qt::ISODateWithMs),
                                     stoppedAt.value(QStringLiteral("feed")).toString(Qt::ISODateWithMs),
                                     stoppedAt.value(QStringLiteral("db")).toString(Qt::ISODateWithMs))));
    }

    void startAll_aDependencyWhoseExecFails_keepsItsDependentFromStarting_andTheRestRuns()
    {
        // start --all forks many strategies before confirming their execs; a dependent must still wait
        // for its dependency's exec. This one passes every check made before the fork (it exists, it is
        // executable) and only the exec refuses it.
        E2E_SANDBOX(box);
        const QString program = box.filePath(QStringLiteral("not-a-program"));
        QFile garbage(program);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(64, '\x01'));
        garbage.close();
        QVERIFY(garbage.setPermissions(garbage.permissions() | QFileDevice::ExeOwner));
        QStringList independents;
        for (int i = 0; i < 6; ++i) {
            independents.append(QStringLiteral("free%1").arg(i));
            QVERIFY(box.addTree(independents.last(), {QStringLiteral("sleep")}).ok());
        }
        QVERIFY(box.ctl({QStringLiteral("add"), QStringLiteral("db"), QStringLiteral("--restart"),
                         QStringLiteral("never"), QStringLiteral("--"), program})
                    .ok());
        QVERIFY(box.addTree(QStringLiteral("feed"), {QStringLiteral("sleep")},
                            {QStringLiteral("--depends"), QStringLiteral("db")})
                    .ok());

        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("--all")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("dependency db is not running")) ||
                     r.err.contains(QStringLiteral("dependency db is not running")),
                 qPrintable(r.describe()));
        QVERIFY2(box.cookieHolders(QStringLiteral("feed")).isEmpty(), "started although its dependency could not run");
        QVERIFY(box.state(QStringLiteral("feed")) != QStringLiteral("running"));
        for (const QString &name : independents) {
            const QJsonObject st = box.waitForState(name, QStringLiteral("running"));
            QCOMPARE(st.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
            box.track(pidOf(st));
        }
    }

    void start_ofADependent_pullsInItsDependenciesFirst_andNotWhenOneCannotRun()
    {
        // docs/design.md: `start` pulls in dependencies transitively; a dependent whose dependency is not
        // running is not started.
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("db"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.addTree(QStringLiteral("feed"), {QStringLiteral("sleep")},
                            {QStringLiteral("--depends"), QStringLiteral("db")})
                    .ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("feed")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject db = box.waitForState(QStringLiteral("db"), QStringLiteral("running"));
        const QJsonObject feed = box.waitForState(QStringLiteral("feed"), QStringLiteral("running"));
        box.track(pidOf(db));
        box.track(pidOf(feed));
        QVERIFY2(pidOf(db) > 0 && pidOf(feed) > 0, qPrintable(describe(db) + describe(feed)));
        QVERIFY(pidFileStartedAt(box, QStringLiteral("db")) <= pidFileStartedAt(box, QStringLiteral("feed")));

        // A dependency that cannot launch keeps its dependent from starting.
        const QString program = box.filePath(QStringLiteral("broken-db"));
        QVERIFY(QFile::copy(treeProgram(), program));
        QVERIFY(box.ctl({QStringLiteral("add"), QStringLiteral("db2"), QStringLiteral("--"), program,
                         QStringLiteral("sleep")})
                    .ok());
        QVERIFY(box.addTree(QStringLiteral("feed2"), {QStringLiteral("sleep")},
                            {QStringLiteral("--depends"), QStringLiteral("db2")})
                    .ok());
        QVERIFY(QFile::remove(program));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("feed2")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(box.cookieHolders(QStringLiteral("feed2")).isEmpty(), "started although its dependency could not run");
        QVERIFY(box.state(QStringLiteral("feed2")) != QStringLiteral("running"));
    }

    void remove_ofARunningStrategy_neverLeavesAnUnmanagedProcess()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("busy"), {QStringLiteral("sleep")}).ok());
        const CtlResult started = box.ctl({QStringLiteral("start"), QStringLiteral("busy")});
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        const qint64 pid = pidInOutput(started.out);
        box.track(pid);

        // Either refused (and still managed) or stopped first: a bot nobody can stop any more is the bug.
        const CtlResult r = box.ctl({QStringLiteral("remove"), QStringLiteral("busy")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        if (r.exitCode == 0) {
            QVERIFY2(!alive(pid), qPrintable(QStringLiteral("removed, but pid %1 still runs").arg(pid)));
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY(alive(pid));
            QCOMPARE(pidOf(box.status(QStringLiteral("busy"))), pid);
        }
    }

    void stop_strategyIgnoringTerm_isKilledAfterItsStopTimeout()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("stubborn"), {QStringLiteral("ignore-term")},
                            {QStringLiteral("--stop-timeout"), QStringLiteral("1")})
                    .ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("stubborn")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY2(waitFor([&] {
                     QFile log(box.paths().logFile(QStringLiteral("stubborn")));
                     return log.open(QIODevice::ReadOnly) && log.readAll().contains("ignoring SIGTERM");
                 }),
                 "the strategy never installed its SIGTERM handler");
        QElapsedTimer clock;
        clock.start();
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("stubborn")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(!alive(pid), "a process ignoring SIGTERM survived `stop`");
        QVERIFY2(clock.elapsed() >= 900,
                 qPrintable(QStringLiteral("killed after %1 ms, before the 1 s grace").arg(clock.elapsed())));
        QCOMPARE(box.state(QStringLiteral("stubborn")), QStringLiteral("stopped"));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
