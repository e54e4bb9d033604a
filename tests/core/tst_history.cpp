// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// A strategy's history file: events read back as written, the file stays bounded, a torn last line costs
// only itself, and what a restarted corrald learns from it (summary, uptime).

#include "history.h"
#include "restartpolicy.h"
#include "uptime.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;
using Kind = HistoryEvent::Kind;
using Cause = HistoryEvent::Cause;

namespace {

const QDateTime T0 = QDateTime::fromString(QStringLiteral("2026-12-01T09:20:00.000+05:30"), Qt::ISODateWithMs);

HistoryEvent makeEvent(Kind kind, Cause cause, qint64 secondsAfterT0)
{
    HistoryEvent e;
    e.at = T0.addSecs(secondsAfterT0);
    e.kind = kind;
    e.cause = cause;
    return e;
}

HistoryEvent exitEvent(qint64 at, int code, const QString &error = QString())
{
    HistoryEvent e = makeEvent(Kind::Exit, Cause::Process, at);
    e.code = code;
    e.detail = QStringLiteral("exited with code %1").arg(code);
    e.error = error;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void replayExits_aCrashLoopGoesOnCountingAfterARestart()
    {
        // Three quick failures in a row, then corrald restarted: the fourth is the fourth, not the first.
        QList<HistoryEvent> events{makeEvent(Kind::Start, Cause::Cli, 0)};
        for (int i = 0; i < 3; ++i) {
            HistoryEvent exit = exitEvent(i * 2 + 1, 3);
            exit.runMs = 500;
            events << exit << makeEvent(Kind::Restart, Cause::Policy, i * 2 + 1)
                   << makeEvent(Kind::Start, Cause::Policy, i * 2 + 2);
        }
        RestartPolicy policy(RestartMode::OnFailure, 3);
        replayExits(events, &policy);
        QCOMPARE(policy.consecutiveFailures(), 3);
        policy.started(0);
        QCOMPARE(policy.exited(100, true).action, RestartPolicy::Decision::Action::GiveUp);

        // A stop's exit is not a failure the policy saw, and a user's start begins a new series.
        RestartPolicy other(RestartMode::OnFailure, 3);
        HistoryEvent stopped = exitEvent(20, 143);
        stopped.runMs = 100;
        replayExits(events + QList<HistoryEvent>{makeEvent(Kind::Stop, Cause::Cli, 19), stopped}, &other);
        QCOMPARE(other.consecutiveFailures(), 3);
        replayExits(events + QList<HistoryEvent>{makeEvent(Kind::Start, Cause::Window, 30)}, &other);
        QCOMPARE(other.consecutiveFailures(), 0);
    }

    void append_thenRead_givesEveryFieldBack()
    {
        QTemporaryDir dir;
        HistoryFile file(dir.filePath(QStringLiteral("history/bot.jsonl")));
        HistoryEvent start = makeEvent(Kind::Start, Cause::Schedule, 0);
        start.pid = 4242;
        start.detail = QStringLiteral("pid 4242");
        HistoryEvent exit = exitEvent(3600, 143);
        exit.cause = Cause::Cli;
        exit.signal = 15;
        exit.runMs = 3600 * 1000;
        exit.detail = QStringLiteral("stopped (SIGTERM)");
        QVERIFY(file.append(start));
        QVERIFY(file.append(exit));

        const QList<HistoryEvent> back = file.readLast();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0), start);
        QCOMPARE(back.at(1), exit);
        // The wall time keeps the offset it was written with.
        QCOMPARE(back.at(0).at.offsetFromUtc(), 5 * 3600 + 1800);
        QVERIFY(readAll(file.path()).startsWith("{\"at\":\"2026-12-01T09:20:00.000+05:30\""));
    }

    void append_createsAPrivateFile()
    {
        QTemporaryDir dir;
        HistoryFile file(dir.filePath(QStringLiteral("history/bot.jsonl")));
        QVERIFY(file.append(makeEvent(Kind::Start, Cause::Cli, 0)));
#ifdef Q_OS_WIN
        // No mode bits there: the profile folder's ACL keeps the file private, and Qt reports only the
        // read-only attribute. What can be checked is that the file and folder were made.
        QVERIFY(QFileInfo(file.path()).isWritable());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("history"))).isDir());
        return;
#endif
        // The user, group and other bits (Qt's *User ones are what the OS gives this user): 0600 and 0700.
        const auto bits = [](const QString &path) { return int(QFileInfo(path).permissions() & 0x0777); };
        QCOMPARE(bits(file.path()), int(QFileDevice::ReadUser | QFileDevice::WriteUser));
        QCOMPARE(bits(dir.filePath(QStringLiteral("history"))),
                 int(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
    }

    void readLast_givesTheNewestInOrder()
    {
        QTemporaryDir dir;
        HistoryFile file(dir.filePath(QStringLiteral("bot.jsonl")));
        for (int i = 0; i < 10; ++i)
            QVERIFY(file.append(makeEvent(Kind::Start, Cause::Cli, i)));
        const QList<HistoryEvent> last = file.readLast(3);
        QCOMPARE(last.size(), 3);
        QCOMPARE(last.first().at, T0.addSecs(7));
        QCOMPARE(last.last().at, T0.addSecs(9));
    }

    void manyAppends_keepTheFileBounded()
    {
        QTemporaryDir dir;
        HistoryFile file(dir.filePath(QStringLiteral("bot.jsonl")));
        const int total = HistoryFile::CompactAt * 2 + 7;
        for (int i = 0; i < total; ++i)
            QVERIFY(file.append(makeEvent(Kind::Start, Cause::Policy, i)));
        const int lines = int(readAll(file.path()).count('\n'));
        QVERIFY2(lines >= HistoryFile::Keep && lines <= HistoryFile::CompactAt, qPrintable(QString::number(lines)));
        const QList<HistoryEvent> all = file.readLast();
        QCOMPARE(all.size(), lines);
        // The oldest went, the newest stayed.
        QCOMPARE(all.last().at, T0.addSecs(total - 1));
        QCOMPARE(all.first().at, T0.addSecs(total - lines));
        // A file found too long (another build, a hand edit) is compacted at the next append too.
        HistoryFile reopened(file.path());
        for (int i = 0; i < HistoryFile::CompactAt; ++i)
            QVERIFY(reopened.append(makeEvent(Kind::Stop, Cause::Cli, total + i)));
        QVERIFY(readAll(file.path()).count('\n') <= HistoryFile::CompactAt);
    }

    void tornLastLine_isSkipped_andTheNextEventStillReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bot.jsonl"));
        {
            HistoryFile file(path);
            QVERIFY(file.append(makeEvent(Kind::Start, Cause::Cli, 0)));
            QVERIFY(file.append(exitEvent(5, 1)));
        }
        // corrald killed in the middle of a write.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"at\":\"2026-12-01T09:2");
        f.close();

        HistoryFile file(path);
        QCOMPARE(file.readLast().size(), 2);
        QVERIFY(file.append(makeEvent(Kind::Start, Cause::Policy, 10)));
        const QList<HistoryEvent> back = file.readLast();
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.last().kind, Kind::Start);
        QCOMPARE(back.last().cause, Cause::Policy);
    }

    void fromJson_refusesWhatIsNotAnEvent()
    {
        HistoryEvent e;
        QString error;
        const QJsonObject good = makeEvent(Kind::Exit, Cause::Process, 0).toJson();
        QVERIFY(HistoryEvent::fromJson(good, &e, &error));
        QJsonObject bad = good;
        bad.insert(QStringLiteral("event"), QStringLiteral("exploded"));
        QVERIFY(!HistoryEvent::fromJson(bad, &e, &error));
        QVERIFY2(error.contains(QStringLiteral("exploded")), qPrintable(error));
        bad = good;
        bad.insert(QStringLiteral("at"), QStringLiteral("2026-12-01T09:20:00")); // no offset
        QVERIFY(!HistoryEvent::fromJson(bad, &e, &error));
        bad = good;
        bad.insert(QStringLiteral("code"), QStringLiteral("1"));
        QVERIFY(!HistoryEvent::fromJson(bad, &e, &error));
        bad = good;
        bad.insert(QStringLiteral("cause"), QStringLiteral("gremlins"));
        QVERIFY(!HistoryEvent::fromJson(bad, &e, &error));
    }

    void fromJson_takesIntegersADoubleHoldsExactly()
    {
        HistoryEvent e;
        QString error;
        QJsonObject json = makeEvent(Kind::Exit, Cause::Process, 0).toJson();
        json.insert(QStringLiteral("pid"), 9007199254740991.0); // 2^53 - 1
        QVERIFY2(HistoryEvent::fromJson(json, &e, &error), qPrintable(error));
        QCOMPARE(e.pid, std::optional<qint64>(9007199254740991));
        const QList<QPair<const char *, double>> refused = {
            {"pid", 9007199254740992.0}, {"pid", 0}, {"pid", 1.5}, {"code", 2147483648.0}, {"runMs", -1}};
        for (const auto &[key, value] : refused) {
            QJsonObject bad = json;
            bad.insert(QLatin1String(key), value);
            QVERIFY2(!HistoryEvent::fromJson(bad, &e, &error), key);
            QVERIFY2(error.contains(QStringLiteral("must be integers")), qPrintable(error));
        }
    }

    void summary_replaysRestartsExitCodeAndLastError()
    {
        QList<HistoryEvent> events{
            makeEvent(Kind::Start, Cause::Cli, 0),      exitEvent(5, 3, QStringLiteral("boom")),
            makeEvent(Kind::Restart, Cause::Policy, 5), makeEvent(Kind::Start, Cause::Policy, 6),
            exitEvent(8, 4, QStringLiteral("bang")),    makeEvent(Kind::Restart, Cause::Policy, 8)};
        HistorySummary s = summarize(events);
        QCOMPARE(s.restarts, 2);
        QCOMPARE(s.exitCode, std::optional<int>(4));
        QCOMPARE(s.lastError, QStringLiteral("bang"));
        QCOMPARE(s.lastExit, QStringLiteral("exited with code 4"));
        QVERIFY(!s.failed);
        events.append(makeEvent(Kind::GiveUp, Cause::Policy, 9));
        QVERIFY(summarize(events).failed);
        events.removeLast();

        // A restart by the policy keeps the streak and the error; its exit code is gone while it runs.
        events.append(makeEvent(Kind::Start, Cause::Policy, 10));
        s = summarize(events);
        QCOMPARE(s.restarts, 2);
        QCOMPARE(s.exitCode, std::nullopt);
        QCOMPARE(s.lastError, QStringLiteral("bang"));

        // A user's start begins afresh.
        events.append(makeEvent(Kind::Start, Cause::Window, 20));
        s = summarize(events);
        QCOMPARE(s.restarts, 0);
        QVERIFY(s.lastError.isEmpty());

        // A user's start that cannot launch ends failed; a stop from there ends it.
        HistoryEvent launch = makeEvent(Kind::LaunchFailed, Cause::Cli, 30);
        launch.error = QStringLiteral("No such file or directory");
        events.append(launch);
        QVERIFY(summarize(events).failed);
        QCOMPARE(summarize(events).lastError, launch.error);
        events.append(makeEvent(Kind::Stop, Cause::Cli, 31));
        QVERIFY(!summarize(events).failed);
    }

    void uptime_unscheduled_isTheShareOfTimeRunning()
    {
        // Ran 09:20-10:20 and 11:20-now(12:20): 2 of the 3 hours history covers.
        const QList<HistoryEvent> events{makeEvent(Kind::Start, Cause::Cli, 0), exitEvent(3600, 1),
                                         makeEvent(Kind::Start, Cause::Policy, 7200)};
        const QDateTime now = T0.addSecs(3 * 3600);
        const auto day = uptimePercent(events, Schedule(), now, 24 * 3600 * 1000, true);
        QVERIFY(day);
        QVERIFY2(qAbs(*day - 200.0 / 3) < 0.01, qPrintable(QString::number(*day)));
        // Not running now: the open run ends at the last event.
        const auto stopped = uptimePercent(events, Schedule(), now, 24 * 3600 * 1000, false);
        QVERIFY2(qAbs(*stopped - 100.0 / 3) < 0.01, qPrintable(QString::number(*stopped)));
        // The last hour only: running all of it.
        QCOMPARE(*uptimePercent(events, Schedule(), now, 3600 * 1000, true), 100.0);
        QCOMPARE(uptimePercent({}, Schedule(), now, 3600 * 1000, true), std::nullopt);
    }

    void uptime_scheduled_countsOnlyTheTimeInsideTheWindows()
    {
        // Every day 10:00-11:00 UTC. Running from 09:30 to 10:30: half of the window, not 60 of 90 minutes.
        Schedule schedule;
        ScheduleWindow w;
        w.days = {1, 2, 3, 4, 5, 6, 7};
        w.start = QTime(10, 0);
        w.stop = QTime(11, 0);
        w.timeZone = QStringLiteral("UTC");
        schedule.windows.append(w);
        const QDateTime base = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        HistoryEvent start;
        start.at = base;
        start.kind = Kind::Start;
        start.cause = Cause::Schedule;
        HistoryEvent exit = start;
        exit.kind = Kind::Exit;
        exit.at = base.addSecs(3600);
        const QDateTime now = base.addSecs(2 * 3600); // 11:30
        const auto share = uptimePercent({start, exit}, schedule, now, 24 * 3600 * 1000, false);
        QVERIFY(share);
        QVERIFY2(qAbs(*share - 50.0) < 0.01, qPrintable(QString::number(*share)));
        // Before any window opened there is nothing to count.
        QCOMPARE(uptimePercent({start}, schedule, base.addSecs(600), 24 * 3600 * 1000, true), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
