// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// History that survives, as a user sees it through corralctl: `history` tells every start, stop, exit and
// restart with its cause, a stop by Corral reads "stopped (SIGTERM)", the strategy's log carries a marker
// line at each start and exit, and a corrald killed with SIGKILL comes back knowing the restarts, the
// exit code and the last error.
#include "e2esupport.h"

using namespace corral::e2e;
namespace protocol = corral::protocol;

namespace {

// The events of `history NAME --json`, oldest first.
QJsonArray historyOf(const Sandbox &box, const QString &name, CtlResult *raw = nullptr)
{
    const CtlResult r = box.ctl(
        {QStringLiteral("history"), name, QStringLiteral("-n"), QStringLiteral("100"), QStringLiteral("--json")});
    if (raw)
        *raw = r;
    return r.ok() ? r.json().array() : QJsonArray();
}

// "event/cause" of each event: the story in one comparable list.
QStringList story(const QJsonArray &events)
{
    QStringList out;
    for (const QJsonValue &v : events)
        out.append(v[QStringLiteral("event")].toString() + QLatin1Char('/') + v[QStringLiteral("cause")].toString());
    return out;
}

QString text(const QJsonArray &events)
{
    return QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact));
}

// corralctl with TZ set, so that corrald (started on demand by it) runs in a zone with a half-hour offset.
CtlResult ctlInZone(const Sandbox &box, const QStringList &args, const QString &zone)
{
    QProcess p;
    QProcessEnvironment env = box.environment();
    env.insert(QStringLiteral("TZ"), zone);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(box.home());
    p.start(corralctl(), args);
    return Sandbox::finish(p, 20000);
}

// Wall time in UTC shifted by `minutes`, as HH:MM.
QString utcWallTime(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
}

QString readLog(const Sandbox &box, const QString &name)
{
    QFile f(box.paths().logFile(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void startAndStop_areRecorded_andTheStopReadsStoppedBySigterm()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("bot"), {QStringLiteral("sleep")}).ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        const QJsonArray events = historyOf(box, QStringLiteral("bot"), &r);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(story(events),
                 (QStringList{QStringLiteral("start/cli"), QStringLiteral("stop/cli"), QStringLiteral("exit/cli")}));
        QCOMPARE(events.at(0)[QStringLiteral("pid")].toInteger(), pid);
        const QJsonValue exit = events.at(2);
        QCOMPARE(exit[QStringLiteral("detail")].toString(), QStringLiteral("stopped (SIGTERM)"));
        QCOMPARE(exit[QStringLiteral("signal")].toInt(), 15);
        QVERIFY2(exit[QStringLiteral("runMs")].isDouble(), qPrintable(text(events)));
        QVERIFY2(exit[QStringLiteral("error")].isUndefined(), qPrintable(text(events))); // a stop is no failure
        // Every time carries its offset.
        for (const QJsonValue &e : events)
            QVERIFY2(isoTime(e[QStringLiteral("at")]).timeSpec() != Qt::LocalTime, qPrintable(text(events)));

        const QJsonObject s = box.status(QStringLiteral("bot"));
        QCOMPARE(s.value(QStringLiteral("lastExit")).toString(), QStringLiteral("stopped (SIGTERM)"));
        QVERIFY2(s.value(QStringLiteral("lastError")).isNull(), qPrintable(describe(s)));
        // It ran for all of its (short) history, less the moment since the stop.
        const double day = s.value(QStringLiteral("uptime24h")).toDouble(-1);
        QVERIFY2(day > 0 && day <= 100, qPrintable(describe(s)));
        QVERIFY2(s.value(QStringLiteral("uptime7d")).isDouble(), qPrintable(describe(s)));

        // The plain form: one line per event, time, event, cause, detail.
        r = box.ctl({QStringLiteral("history"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\S+\\s+exit\\s+cli\\s+stopped \\(SIGTERM\\) after "))
                     .match(lines.at(2))
                     .hasMatch(),
                 qPrintable(r.out));
        r = box.ctl({QStringLiteral("history"), QStringLiteral("bot"), QStringLiteral("-n"), QStringLiteral("1")});
        QVERIFY2(r.ok() && r.out.trimmed().split(QLatin1Char('\n')).size() == 1, qPrintable(r.describe()));
        // `status` words it the same.
        r = box.ctl({QStringLiteral("status"), QStringLiteral("bot")});
        QVERIFY2(r.out.contains(QStringLiteral("stopped (SIGTERM)")), qPrintable(r.out));
    }

    void logs_carryAMarkerAtEachStartAndExit_withTheZoneOffset()
    {
        E2E_SANDBOX(box);
        // The first command starts corrald, in that zone.
        CtlResult r = ctlInZone(box,
                                {QStringLiteral("add"), QStringLiteral("bot"), QStringLiteral("--"), treeProgram(),
                                 QStringLiteral("sleep")},
                                QStringLiteral("Asia/Kolkata"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        // As they are in the file, and as `logs` prints them.
        const QString stamp = QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+05:30");
        const QRegularExpression started(
            QStringLiteral("^--- corral %1 started pid %2 \\(user via corralctl\\) ---$").arg(stamp).arg(pid),
            QRegularExpression::MultilineOption);
        const QRegularExpression exited(
            QStringLiteral("^--- corral %1 exited: signal 15 \\(stopped by user via corralctl\\) after \\S+ ---$")
                .arg(stamp),
            QRegularExpression::MultilineOption);
        const QString log = readLog(box, QStringLiteral("bot"));
        QVERIFY2(started.match(log).hasMatch(), qPrintable(log));
        QVERIFY2(exited.match(log).hasMatch(), qPrintable(log));
        r = box.ctl({QStringLiteral("logs"), QStringLiteral("bot")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(started.match(r.out).hasMatch() && exited.match(r.out).hasMatch(), qPrintable(r.out));
        // The history keeps the same wall time and offset.
        const QJsonArray events = historyOf(box, QStringLiteral("bot"));
        QVERIFY2(events.at(0)[QStringLiteral("at")].toString().endsWith(QStringLiteral("+05:30")),
                 qPrintable(text(events)));
    }

    void crashLoop_recordsExitsRestartsAndTheGiveUp_withTheirCauses()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("crash"),
                            {QStringLiteral("exit"), QStringLiteral("3"), QStringLiteral("200")},
                            {QStringLiteral("--max-restarts"), QStringLiteral("1")})
                    .ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("crash")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        const QJsonObject s = box.waitForState(QStringLiteral("crash"), QStringLiteral("failed"), 15000);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));

        const QJsonArray events = historyOf(box, QStringLiteral("crash"));
        QCOMPARE(story(events), (QStringList{QStringLiteral("start/cli"), QStringLiteral("exit/process"),
                                             QStringLiteral("restart/policy"), QStringLiteral("start/policy"),
                                             QStringLiteral("exit/process"), QStringLiteral("give-up/policy")}));
        QCOMPARE(events.at(1)[QStringLiteral("code")].toInt(), 3);
        QCOMPARE(events.at(1)[QStringLiteral("error")].toString(), QStringLiteral("exited with code 3"));
        QVERIFY2(events.at(5)[QStringLiteral("error")].toString().contains(QStringLiteral("gave up")),
                 qPrintable(text(events)));
        const QString log = readLog(box, QStringLiteral("crash"));
        QVERIFY2(log.contains(QStringLiteral("(restart policy) ---")), qPrintable(log));
        QVERIFY2(log.count(QStringLiteral(" exited: code 3 after ")) == 2, qPrintable(log));
    }

    void killedCorrald_comesBackKnowingRestartsAndTheLastError()
    {
        E2E_SANDBOX(box);
        // Fails once (exit 4), then runs: one automatic restart, and the failure as the last error.
        const QString flag = box.filePath(QStringLiteral("flag"));
        CtlResult r =
            box.ctl({QStringLiteral("add"), QStringLiteral("flaky"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                     QStringLiteral("-c"),
                     QStringLiteral("if [ -f '%1' ]; then exec sleep 600; else touch '%1'; exit 4; fi").arg(flag)});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("flaky")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QJsonObject s = box.waitForStatus(QStringLiteral("flaky"), [](const QJsonObject &st) {
            return st.value(QStringLiteral("state")).toString() == QStringLiteral("running") &&
                   st.value(QStringLiteral("restarts")).toInt() == 1;
        });
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(-1), 1);
        const qint64 pid = pidOf(s);
        box.track(pid);
        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0);
        QVERIFY(killPid(daemon)); // SIGKILL: nothing of corrald's memory survives
        QVERIFY(waitFor([daemon] { return !alive(daemon); }, 5000));

        s = box.status(QStringLiteral("flaky")); // a new corrald, started on demand
        QVERIFY(box.pingPid() != daemon);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(s.value(QStringLiteral("adopted")).toBool(), true);
        QCOMPARE(pidOf(s), pid);
        QCOMPARE(s.value(QStringLiteral("restarts")).toInt(-1), 1);
        QCOMPARE(s.value(QStringLiteral("lastError")).toString(), QStringLiteral("exited with code 4"));
        QCOMPARE(story(historyOf(box, QStringLiteral("flaky"))).constLast(), QStringLiteral("adopt/adoption"));
        QVERIFY(box.ctl({QStringLiteral("stop"), QStringLiteral("flaky")}).ok());
    }

    void killedCorrald_keepsAFailedStrategyFailed_withItsExitCode()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("crash"),
                            {QStringLiteral("exit"), QStringLiteral("5"), QStringLiteral("100")},
                            {QStringLiteral("--max-restarts"), QStringLiteral("0")})
                    .ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("crash")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        QJsonObject s = box.waitForState(QStringLiteral("crash"), QStringLiteral("failed"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QString lastError = s.value(QStringLiteral("lastError")).toString();
        QVERIFY(!lastError.isEmpty());
        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0 && killPid(daemon));
        QVERIFY(waitFor([daemon] { return !alive(daemon); }, 5000));

        s = box.status(QStringLiteral("crash"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(-1), 5);
        QCOMPARE(s.value(QStringLiteral("lastError")).toString(), lastError);
        QCOMPARE(s.value(QStringLiteral("lastExit")).toString(), QStringLiteral("exited with code 5"));
    }

    void uptime_ofAScheduledStrategy_countsOnlyTheTimeInsideItsWindows()
    {
        E2E_SANDBOX(box);
        const QString allDays = QStringLiteral("mon,tue,wed,thu,fri,sat,sun");
        // One strategy inside an open window, one started by hand outside its window.
        QVERIFY(box.addTree(QStringLiteral("inside"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.addTree(QStringLiteral("outside"), {QStringLiteral("sleep")}).ok());
        CtlResult r = box.ctl({QStringLiteral("schedule"), QStringLiteral("inside"), QStringLiteral("--days"), allDays,
                               QStringLiteral("--start"), utcWallTime(-5), QStringLiteral("--stop"), utcWallTime(60),
                               QStringLiteral("--tz"), QStringLiteral("UTC")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("outside"), QStringLiteral("--days"), allDays,
                     QStringLiteral("--start"), utcWallTime(120), QStringLiteral("--stop"), utcWallTime(180),
                     QStringLiteral("--tz"), QStringLiteral("UTC")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("outside")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        const QJsonObject inside = box.waitForState(QStringLiteral("inside"), QStringLiteral("running"));
        box.track(pidOf(inside));
        QTest::qWait(300);

        // Started by the schedule and running since: all of its window time so far.
        QJsonObject s = box.status(QStringLiteral("inside"));
        QVERIFY2(s.value(QStringLiteral("uptime24h")).toDouble(-1) > 90, qPrintable(describe(s)));
        QCOMPARE(story(historyOf(box, QStringLiteral("inside"))).value(0), QStringLiteral("start/schedule"));
        // Running, but no window time has passed since its history began: nothing to count yet.
        s = box.status(QStringLiteral("outside"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY2(s.value(QStringLiteral("uptime24h")).isNull() && s.value(QStringLiteral("uptime7d")).isNull(),
                 qPrintable(describe(s)));
        QVERIFY(box.ctl({QStringLiteral("stop"), QStringLiteral("--all")}).ok());
    }

    void history_followsARename_andGoesWithARemoval()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("old"), {QStringLiteral("exit"), QStringLiteral("7"), QStringLiteral("50")},
                            {QStringLiteral("--restart"), QStringLiteral("never")})
                    .ok());
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("old")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        box.waitForStatus(QStringLiteral("old"),
                          [](const QJsonObject &st) { return st.value(QStringLiteral("exitCode")).isDouble(); });
        QCOMPARE(historyOf(box, QStringLiteral("old")).size(), 2);

        r = box.ctl({QStringLiteral("edit"), QStringLiteral("old"), QStringLiteral("--rename"), QStringLiteral("new")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(story(historyOf(box, QStringLiteral("new"))),
                 (QStringList{QStringLiteral("start/cli"), QStringLiteral("exit/process")}));
        QCOMPARE(box.status(QStringLiteral("new")).value(QStringLiteral("exitCode")).toInt(-1), 7);

        r = box.ctl({QStringLiteral("remove"), QStringLiteral("new")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(box.addTree(QStringLiteral("new"), {QStringLiteral("sleep")}).ok());
        // A newcomer under the name starts with a clean record.
        QCOMPARE(historyOf(box, QStringLiteral("new")).size(), 0);
        const QJsonObject s = box.status(QStringLiteral("new"));
        QVERIFY2(s.value(QStringLiteral("exitCode")).isNull() && s.value(QStringLiteral("lastError")).isNull(),
                 qPrintable(describe(s)));
        r = box.ctl({QStringLiteral("history"), QStringLiteral("new")});
        QVERIFY2(r.ok() && r.out.contains(QStringLiteral("No history yet")), qPrintable(r.describe()));
    }

    void windowAndCliCauses_areToldApart_andAnUnknownCallerIsRefused()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("bot"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.pingPid() > 0 || box.ctl({QStringLiteral("list")}).ok());
        // What the window sends.
        const auto reply =
            box.request(protocol::makeRequest(7, protocol::Command::Start,
                                              {{QStringLiteral("names"), QJsonArray{QStringLiteral("bot")}},
                                               {QStringLiteral("by"), QStringLiteral("window")}}),
                        10000);
        QVERIFY(reply && reply->value(QStringLiteral("ok")).toBool());
        box.track(pidOf(box.status(QStringLiteral("bot"))));
        QVERIFY(box.ctl({QStringLiteral("stop"), QStringLiteral("bot")}).ok());
        QCOMPARE(story(historyOf(box, QStringLiteral("bot"))),
                 (QStringList{QStringLiteral("start/window"), QStringLiteral("stop/cli"), QStringLiteral("exit/cli")}));

        const auto refused =
            box.request(protocol::makeRequest(8, protocol::Command::Start,
                                              {{QStringLiteral("names"), QJsonArray{QStringLiteral("bot")}},
                                               {QStringLiteral("by"), QStringLiteral("robot")}}));
        QVERIFY(refused);
        QCOMPARE(refused->value(QStringLiteral("code")).toString(), QStringLiteral("bad-request"));
        QVERIFY2(refused->value(QStringLiteral("error")).toString().contains(QStringLiteral("\"by\"")),
                 qPrintable(describe(*refused)));
        QCOMPARE(box.state(QStringLiteral("bot")), QStringLiteral("stopped"));

        CtlResult r = box.ctl({QStringLiteral("history"), QStringLiteral("nosuch")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no strategy named \"nosuch\"")), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("history"), QStringLiteral("bot"), QStringLiteral("-n"), QStringLiteral("lots")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
