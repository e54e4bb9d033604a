// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Schedules against a real corrald and the real clock: windows open now start a strategy without a
// manual start, a window's end stops it, other zones are honoured, a manual stop holds.
#include "e2esupport.h"

#include <QTimeZone>

using namespace corral::e2e;

namespace {

const QString AllDays = QStringLiteral("mon,tue,wed,thu,fri,sat,sun");

// Wall time in `zone` shifted by `minutes`, as HH:MM.
QString wallTime(const char *zone, int minutes)
{
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(minutes * 60).toTimeZone(QTimeZone(zone));
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void windowOpenNow_startsTheStrategyWithoutAManualStart()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("open"), {QStringLiteral("sleep")}).ok());
        const CtlResult r = box.ctl({QStringLiteral("schedule"), QStringLiteral("open"), QStringLiteral("--days"),
                                     AllDays, QStringLiteral("--start"), wallTime("UTC", -3), QStringLiteral("--stop"),
                                     wallTime("UTC", 3), QStringLiteral("--tz"), QStringLiteral("UTC")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject s = box.waitForState(QStringLiteral("open"), QStringLiteral("running"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        box.track(pidOf(s));
        const QJsonObject next = s.value(QStringLiteral("nextEvent")).toObject();
        QCOMPARE(next.value(QStringLiteral("action")).toString(), QStringLiteral("stop"));
        QVERIFY2(next.value(QStringLiteral("at")).toString().endsWith(QStringLiteral("+00:00")),
                 qPrintable(describe(s)));
    }

    void windowInAnotherZone_isHonoured()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("kolkata-open"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.addTree(QStringLiteral("kolkata-later"), {QStringLiteral("sleep")}).ok());
        // Open now in Kolkata (+05:30), whatever the machine's zone is.
        CtlResult r =
            box.ctl({QStringLiteral("schedule"), QStringLiteral("kolkata-open"), QStringLiteral("--days"), AllDays,
                     QStringLiteral("--start"), wallTime("Asia/Kolkata", -3), QStringLiteral("--stop"),
                     wallTime("Asia/Kolkata", 3), QStringLiteral("--tz"), QStringLiteral("Asia/Kolkata")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        // The same wall times read as UTC would be open only if the zones were confused.
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("kolkata-later"), QStringLiteral("--days"), AllDays,
                     QStringLiteral("--start"), wallTime("Asia/Kolkata", 120), QStringLiteral("--stop"),
                     wallTime("Asia/Kolkata", 180), QStringLiteral("--tz"), QStringLiteral("Asia/Kolkata")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        const QJsonObject open = box.waitForState(QStringLiteral("kolkata-open"), QStringLiteral("running"));
        QCOMPARE(open.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        box.track(pidOf(open));
        const QJsonObject later = box.status(QStringLiteral("kolkata-later"));
        QCOMPARE(later.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        const QJsonObject next = later.value(QStringLiteral("nextEvent")).toObject();
        QCOMPARE(next.value(QStringLiteral("action")).toString(), QStringLiteral("start"));
        const QString at = next.value(QStringLiteral("at")).toString();
        QVERIFY2(at.endsWith(QStringLiteral("+05:30")), qPrintable(at));
        const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
        const qint64 inSeconds = QDateTime::currentDateTimeUtc().secsTo(when);
        QVERIFY2(inSeconds > 110 * 60 && inSeconds <= 120 * 60, qPrintable(at));
    }

    void manualStopInsideAWindow_holdsUntilTheWindowEnds_evenAcrossACorraldRestart()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("held"), {QStringLiteral("sleep")}).ok());
        CtlResult r = box.ctl({QStringLiteral("schedule"), QStringLiteral("held"), QStringLiteral("--days"), AllDays,
                               QStringLiteral("--start"), wallTime("UTC", -3), QStringLiteral("--stop"),
                               wallTime("UTC", 10), QStringLiteral("--tz"), QStringLiteral("UTC")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject running = box.waitForState(QStringLiteral("held"), QStringLiteral("running"));
        box.track(pidOf(running));
        QCOMPARE(running.value(QStringLiteral("state")).toString(), QStringLiteral("running"));

        r = box.ctl({QStringLiteral("stop"), QStringLiteral("held")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QJsonObject s = box.status(QStringLiteral("held"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QCOMPARE(s.value(QStringLiteral("held")).toBool(), true);

        // A new corrald inside the same window must not undo the user's stop by catching up.
        const qint64 oldDaemon = box.pingPid();
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(waitFor([&] { return !alive(oldDaemon); }));
        s = box.status(QStringLiteral("held")); // starts a new corrald
        QVERIFY(box.pingPid() != oldDaemon);
        QTest::qWait(500);
        s = box.status(QStringLiteral("held"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY(box.cookieHolders(QStringLiteral("held")).isEmpty());

        // A manual start lifts the hold.
        r = box.ctl({QStringLiteral("start"), QStringLiteral("held")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        s = box.status(QStringLiteral("held"));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(s.value(QStringLiteral("held")).toBool(), false);
    }

    void zonesOfTheWholeTzDatabase_areAccepted_andAnUnknownOneNamesTheClosest()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("zoned"), {QStringLiteral("sleep")}).ok());
        for (const QString &zone : {QStringLiteral("Etc/UTC"), QStringLiteral("Etc/GMT+5"),
                                    QStringLiteral("Asia/Calcutta"), QStringLiteral("US/Eastern")}) {
            const CtlResult r =
                box.ctl({QStringLiteral("schedule"), QStringLiteral("zoned"), QStringLiteral("--days"),
                         QStringLiteral("mon-fri"), QStringLiteral("--start"), QStringLiteral("03:00"),
                         QStringLiteral("--stop"), QStringLiteral("03:01"), QStringLiteral("--tz"), zone});
            QVERIFY2(r.ok(), qPrintable(zone + QLatin1Char(' ') + r.describe()));
            const QJsonObject s = box.status(QStringLiteral("zoned"));
            const QJsonArray windows =
                s.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("windows")).toArray();
            QCOMPARE(windows.first().toObject().value(QStringLiteral("tz")).toString(), zone);
        }
        const CtlResult bad = box.ctl({QStringLiteral("schedule"), QStringLiteral("zoned"), QStringLiteral("--every"),
                                       QStringLiteral("5"), QStringLiteral("--tz"), QStringLiteral("Asia/Calcuta")});
        QCOMPARE(bad.exitCode, 2);
        const QStringList lines = bad.err.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.first().contains(QStringLiteral("'Asia/Calcuta'")) &&
                     lines.first().contains(QStringLiteral("Asia/Calcutta")),
                 qPrintable(bad.describe()));
    }

    void newEverySchedule_replacesTheOldTickAtOnce()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("job"), {QStringLiteral("sleep")}).ok());
        // A zone whose next midnight is hours away, so the old schedule's tick cannot pass for the new one's.
        const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
        const QString zone = utcHour >= 2 && utcHour < 20 ? QStringLiteral("UTC") : QStringLiteral("Etc/GMT-8");
        CtlResult r = box.ctl({QStringLiteral("schedule"), QStringLiteral("job"), QStringLiteral("--every"),
                               QStringLiteral("1440"), QStringLiteral("--tz"), zone});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("job"), QStringLiteral("--every"), QStringLiteral("5"),
                     QStringLiteral("--tz"), zone});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject s = box.status(QStringLiteral("job"));
        const QString at = s.value(QStringLiteral("nextEvent")).toObject().value(QStringLiteral("at")).toString();
        const qint64 inSeconds = QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(at, Qt::ISODate));
        QVERIFY2(inSeconds >= 0 && inSeconds <= 5 * 60, qPrintable(describe(s)));
        QCOMPARE(QDateTime::fromString(at, Qt::ISODate).time().minute() % 5, 0);

        // The preview's first event is what the timer is armed for.
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("job"), QStringLiteral("--preview"),
                     QStringLiteral("-n"), QStringLiteral("1")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.out, at + QStringLiteral(" start\n"));
    }

    void preview_listsTheNextEventsFromAnyInstant_plainAndJson()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("nse"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.addTree(QStringLiteral("hourly"), {QStringLiteral("sleep")}).ok());
        CtlResult r = box.ctl({QStringLiteral("schedule"), QStringLiteral("nse"), QStringLiteral("--days"),
                               QStringLiteral("mon-fri"), QStringLiteral("--start"), QStringLiteral("09:20"),
                               QStringLiteral("--stop"), QStringLiteral("15:15"), QStringLiteral("--tz"),
                               QStringLiteral("Asia/Kolkata")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        // Friday noon in Kolkata: the close, then Monday's window.
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("nse"), QStringLiteral("--preview"),
                     QStringLiteral("--from"), QStringLiteral("2026-11-27T12:00:00+05:30"), QStringLiteral("-n"),
                     QStringLiteral("3")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.out, QStringLiteral("2026-11-27T15:15:00+05:30 stop\n2026-11-30T09:20:00+05:30 start\n"
                                       "2026-11-30T15:15:00+05:30 stop\n"));

        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("nse"), QStringLiteral("--preview"),
                     QStringLiteral("--from"), QStringLiteral("2026-11-27T06:30:00Z"), QStringLiteral("-n"),
                     QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonArray events = r.json().array();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject(),
                 QJsonObject({{QStringLiteral("at"), QStringLiteral("2026-11-27T15:15:00+05:30")},
                              {QStringLiteral("action"), QStringLiteral("stop")}}));
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("start"));

        // Every 60 minutes in Kolkata is on Kolkata's hour, half past in UTC.
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("hourly"), QStringLiteral("--every"),
                     QStringLiteral("60"), QStringLiteral("--tz"), QStringLiteral("Asia/Kolkata")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("hourly"), QStringLiteral("--preview"),
                     QStringLiteral("--from"), QStringLiteral("2026-11-23T10:10:00Z"), QStringLiteral("-n"),
                     QStringLiteral("2")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.out, QStringLiteral("2026-11-23T16:00:00+05:30 start\n2026-11-23T17:00:00+05:30 start\n"));

        // A bad instant is a one-line usage error, before corrald is asked.
        r = box.ctl({QStringLiteral("schedule"), QStringLiteral("nse"), QStringLiteral("--preview"),
                     QStringLiteral("--from"), QStringLiteral("next friday")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("corralctl: --from expects an ISO 8601 date and time")),
                 qPrintable(r.describe()));
    }

    // Waits for the next minute boundary of the real clock: up to a minute.
    void windowEnd_stopsTheStrategy_andAnEveryMinuteJobRunsAtTheTick()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("closing"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.ctl({QStringLiteral("add"), QStringLiteral("tick"), QStringLiteral("--restart"),
                         QStringLiteral("never"), QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("date +tick-%s")})
                    .ok());
        // The window closes at the next minute boundary.
        CtlResult r = box.ctl({QStringLiteral("schedule"), QStringLiteral("closing"), QStringLiteral("--days"), AllDays,
                               QStringLiteral("--start"), wallTime("UTC", -2), QStringLiteral("--stop"),
                               wallTime("UTC", 1), QStringLiteral("--tz"), QStringLiteral("UTC")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl(
            {QStringLiteral("schedule"), QStringLiteral("tick"), QStringLiteral("--every"), QStringLiteral("1")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject running = box.waitForState(QStringLiteral("closing"), QStringLiteral("running"));
        QCOMPARE(running.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const qint64 pid = pidOf(running);
        box.track(pid);
        // An every-N job does not run at once: it waits for its tick.
        QCOMPARE(box.status(QStringLiteral("tick")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("stopped"));

        const QJsonObject stopped = box.waitForState(QStringLiteral("closing"), QStringLiteral("stopped"), 75000);
        QCOMPARE(stopped.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY(!alive(pid));
        QVERIFY(waitFor(
            [&] {
                QFile log(box.paths().logFile(QStringLiteral("tick")));
                return log.open(QIODevice::ReadOnly) && log.readAll().contains("tick-");
            },
            15000));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
