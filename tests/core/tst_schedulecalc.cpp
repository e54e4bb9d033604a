// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "schedulecalc.h"
#include "timezoneids.h"

#include <QTest>

using corral::Schedule;
using corral::ScheduleCalculator;
using corral::ScheduleEvent;
using corral::ScheduleWindow;
using corral::timeZone;

Q_DECLARE_METATYPE(corral::Schedule)

namespace {

const QList<int> Weekdays = {1, 2, 3, 4, 5};
const QList<int> EveryDay = {1, 2, 3, 4, 5, 6, 7};
const QList<int> SundayOnly = {7};
const QList<int> MondayOnly = {1};

// Every instant in this file is written in UTC, worked out by hand from `zdump -v` (tzdata 2024+), so a
// wrong offset in the code cannot also be in the expectation.
QDateTime utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

ScheduleWindow window(const QList<int> &days, const char *start, const char *stop, const char *zone)
{
    ScheduleWindow w;
    w.days = days;
    w.start = QTime::fromString(QString::fromLatin1(start), QStringLiteral("HH:mm"));
    w.stop = QTime::fromString(QString::fromLatin1(stop), QStringLiteral("HH:mm"));
    w.timeZone = QString::fromLatin1(zone);
    return w;
}

Schedule schedule(const QList<ScheduleWindow> &windows, const QList<QDate> &holidays = {})
{
    Schedule s;
    s.windows = windows;
    s.holidays = holidays;
    return s;
}

Schedule every(int minutes, const char *zone = "")
{
    Schedule s;
    s.everyMinutes = minutes;
    s.timeZone = QString::fromLatin1(zone);
    return s;
}

// The trader's case: 09:20-15:15 IST (UTC+05:30, no DST) is 03:50Z-09:45Z.
Schedule kolkata(const QList<QDate> &holidays = {})
{
    return schedule({window(Weekdays, "09:20", "15:15", "Asia/Kolkata")}, holidays);
}

Schedule nightUtc(const QList<int> &days, const QList<QDate> &holidays = {})
{
    return schedule({window(days, "22:00", "02:00", "UTC")}, holidays);
}

void addEventColumns()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("action"); // "start", "stop", or empty: no event at all
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("iso"); // empty: not checked
}

void addRow(const char *tag, const Schedule &s, const char *now, bool open, const char *action, const char *at,
            const char *iso = "")
{
    QTest::newRow(tag) << s << utc(now) << open << QString::fromLatin1(action) << (*at ? utc(at) : QDateTime())
                       << QString::fromLatin1(iso);
}

// One row: isOpen, nextEvent and currentWindowEnd must tell the same story.
void verifyEventRow()
{
    QFETCH(Schedule, schedule);
    QFETCH(QDateTime, now);
    QFETCH(bool, open);
    QFETCH(QString, action);
    QFETCH(QDateTime, at);
    QFETCH(QString, iso);

    const ScheduleCalculator calc(schedule);
    QCOMPARE(calc.isOpen(now), open);

    const std::optional<ScheduleEvent> event = calc.nextEvent(now);
    if (action.isEmpty()) {
        QVERIFY2(!event, qPrintable(event ? event->isoWithOffset() : QString()));
        QVERIFY(!calc.currentWindowEnd(now));
        return;
    }
    QVERIFY(event);
    QCOMPARE(event->actionName(), action);
    QCOMPARE(event->at.toUTC(), at);
    if (!iso.isEmpty())
        QCOMPARE(event->isoWithOffset(), iso);

    const std::optional<QDateTime> end = calc.currentWindowEnd(now);
    if (open && action == QLatin1String("stop")) {
        QVERIFY(end);
        QCOMPARE(end->toUTC(), at);
    } else {
        QVERIFY(!end);
    }
}

} // namespace

class TestScheduleCalc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void weekdaysInKolkata_data();
    void weekdaysInKolkata();
    void exchangesOffTheHour_openAtTheirInstant_data();
    void exchangesOffTheHour_openAtTheirInstant();
    void midnightCrossing_data();
    void midnightCrossing();
    void holidays_data();
    void holidays();
    void severalWindows_formOneUnion_data();
    void severalWindows_formOneUnion();
    void daylightSaving_data();
    void daylightSaving();

    void localToInstant_gapGoesToFirstValidMinuteOverlapToEarlier_data();
    void localToInstant_gapGoesToFirstValidMinuteOverlapToEarlier();

    void holidaysForMonths_stillFindTheNextOpening();
    void holidaysForOverAYear_giveNoEvent();
    void alwaysOpen_hasNoEndAndNoEvent();
    void nowInAnotherSpec_isTheSameInstant();
    void emptyTimeZone_meansTheMachineZone();

    void every_ticksOnMultiplesFromLocalMidnight_data();
    void every_ticksOnMultiplesFromLocalMidnight();
    void every_withoutAZone_countsFromTheMachinesMidnight();
    void every_isNeverOpenAndHasNoWindowEnd();
    void upcoming_listsTicksAcrossAFallBack();
    void upcoming_listsWindowBoundariesInOrder();

    void emptySchedule_hasNothingToDo();
    void isoWithOffset_writesWallTimeAndOffset_data();
    void isoWithOffset_writesWallTimeAndOffset();
    void actionName_isTheCliWord();
};

void TestScheduleCalc::initTestCase()
{
    // Under the names the user writes, whichever of the linked names the OS knows them by (Qt on Windows
    // has Asia/Calcutta, not Asia/Kolkata).
    for (const char *id : {"Asia/Kolkata", "America/New_York", "Australia/Lord_Howe", "Europe/Berlin", "Europe/London",
                           "Asia/Tokyo", "America/St_Johns", "UTC", "Asia/Kathmandu", "America/Argentina/Buenos_Aires"})
        QVERIFY2(timeZone(QString::fromLatin1(id)).isValid(), id);
}

void TestScheduleCalc::weekdaysInKolkata_data()
{
    addEventColumns();
    const Schedule s = kolkata();
    // 2026-11-23 is a Monday.
    addRow("monday, before open", s, "2026-11-23T02:00:00Z", false, "start", "2026-11-23T03:50:00Z",
           "2026-11-23T09:20:00+05:30");
    addRow("monday, a millisecond before open", s, "2026-11-23T03:49:59.999Z", false, "start", "2026-11-23T03:50:00Z");
    addRow("monday, exactly at open", s, "2026-11-23T03:50:00Z", true, "stop", "2026-11-23T09:45:00Z",
           "2026-11-23T15:15:00+05:30");
    addRow("monday, inside", s, "2026-11-23T06:00:00Z", true, "stop", "2026-11-23T09:45:00Z");
    addRow("monday, a millisecond before close", s, "2026-11-23T09:44:59.999Z", true, "stop", "2026-11-23T09:45:00Z");
    addRow("monday, exactly at close", s, "2026-11-23T09:45:00Z", false, "start", "2026-11-24T03:50:00Z",
           "2026-11-24T09:20:00+05:30");
    addRow("monday evening", s, "2026-11-23T15:00:00Z", false, "start", "2026-11-24T03:50:00Z");
    addRow("friday evening -> monday", s, "2026-11-27T12:00:00Z", false, "start", "2026-11-30T03:50:00Z",
           "2026-11-30T09:20:00+05:30");
    addRow("saturday -> monday", s, "2026-11-28T06:00:00Z", false, "start", "2026-11-30T03:50:00Z");
    // Still Sunday in UTC, already Monday 01:30 in Kolkata: the local date is what counts.
    addRow("sunday UTC, monday IST", s, "2026-11-29T20:00:00Z", false, "start", "2026-11-30T03:50:00Z");
}

void TestScheduleCalc::weekdaysInKolkata()
{
    verifyEventRow();
}

void TestScheduleCalc::exchangesOffTheHour_openAtTheirInstant_data()
{
    // The zones whose current names Qt on Windows does not know, at their exchanges' hours. 2026-12-01 is
    // a Tuesday; none of the three has DST.
    addEventColumns();
    const Schedule nse = schedule({window(Weekdays, "09:15", "15:30", "Asia/Kolkata")}); // UTC+05:30
    addRow("nse, before open", nse, "2026-12-01T00:00:00Z", false, "start", "2026-12-01T03:45:00Z",
           "2026-12-01T09:15:00+05:30");
    addRow("nse, open", nse, "2026-12-01T03:45:00Z", true, "stop", "2026-12-01T10:00:00Z", "2026-12-01T15:30:00+05:30");
    const Schedule nepse = schedule({window({7, 1, 2, 3, 4}, "11:00", "15:00", "Asia/Kathmandu")}); // UTC+05:45
    addRow("nepse, before open", nepse, "2026-12-01T00:00:00Z", false, "start", "2026-12-01T05:15:00Z",
           "2026-12-01T11:00:00+05:45");
    addRow("nepse, friday -> sunday", nepse, "2026-12-04T06:00:00Z", false, "start", "2026-12-06T05:15:00Z",
           "2026-12-06T11:00:00+05:45");
    const Schedule byma = schedule({window(Weekdays, "11:00", "17:00", "America/Argentina/Buenos_Aires")}); // -03:00
    addRow("byma, before open", byma, "2026-12-01T00:00:00Z", false, "start", "2026-12-01T14:00:00Z",
           "2026-12-01T11:00:00-03:00");
    addRow("byma, open", byma, "2026-12-01T19:59:00Z", true, "stop", "2026-12-01T20:00:00Z",
           "2026-12-01T17:00:00-03:00");
}

void TestScheduleCalc::exchangesOffTheHour_openAtTheirInstant()
{
    verifyEventRow();
}

void TestScheduleCalc::midnightCrossing_data()
{
    addEventColumns();
    const Schedule weekNights = nightUtc(Weekdays);
    addRow("sunday night, sunday not listed", weekNights, "2026-11-22T23:00:00Z", false, "start",
           "2026-11-23T22:00:00Z", "2026-11-23T22:00:00+00:00");
    addRow("monday night before midnight", weekNights, "2026-11-23T23:00:00Z", true, "stop", "2026-11-24T02:00:00Z",
           "2026-11-24T02:00:00+00:00");
    addRow("after midnight, opened monday", weekNights, "2026-11-24T01:00:00Z", true, "stop", "2026-11-24T02:00:00Z");
    addRow("after close, next night", weekNights, "2026-11-24T02:00:00Z", false, "start", "2026-11-24T22:00:00Z");
    addRow("saturday 01:00, opened friday", weekNights, "2026-11-28T01:00:00Z", true, "stop", "2026-11-28T02:00:00Z");
    addRow("saturday 02:00 -> monday night", weekNights, "2026-11-28T02:00:00Z", false, "start",
           "2026-11-30T22:00:00Z");
    addRow("sunday listed, sunday night", nightUtc({7}), "2026-11-22T23:00:00Z", true, "stop", "2026-11-23T02:00:00Z");
    addRow("sunday listed, monday 01:00", nightUtc({7}), "2026-11-23T01:00:00Z", true, "stop", "2026-11-23T02:00:00Z");
    // 22:00-02:00 in Kolkata is 16:30Z-20:30Z: the whole occurrence lies on one UTC date.
    addRow("in kolkata", schedule({window({1}, "22:00", "02:00", "Asia/Kolkata")}), "2026-11-23T20:00:00Z", true,
           "stop", "2026-11-23T20:30:00Z", "2026-11-24T02:00:00+05:30");
}

void TestScheduleCalc::midnightCrossing()
{
    verifyEventRow();
}

void TestScheduleCalc::holidays_data()
{
    addEventColumns();
    const QDate monday(2026, 11, 23);
    const QDate tuesday(2026, 11, 24);
    addRow("monday holiday -> tuesday", kolkata({monday}), "2026-11-22T12:00:00Z", false, "start",
           "2026-11-24T03:50:00Z", "2026-11-24T09:20:00+05:30");
    addRow("inside a holiday's hours", kolkata({monday}), "2026-11-23T06:00:00Z", false, "start",
           "2026-11-24T03:50:00Z");
    addRow("friday and monday holidays", kolkata({QDate(2026, 11, 27), QDate(2026, 11, 30)}), "2026-11-26T12:00:00Z",
           false, "start", "2026-12-01T03:50:00Z");
    addRow("holiday the day after a night opened", nightUtc(Weekdays, {tuesday}), "2026-11-24T01:00:00Z", true, "stop",
           "2026-11-24T02:00:00Z");
    addRow("and the holiday's own night is skipped", nightUtc(Weekdays, {tuesday}), "2026-11-24T02:00:00Z", false,
           "start", "2026-11-25T22:00:00Z");
    addRow("holiday on the night's opening date", nightUtc(Weekdays, {monday}), "2026-11-24T01:00:00Z", false, "start",
           "2026-11-24T22:00:00Z");
    // Tokyo 07:00 Monday is 22:00Z Sunday: the Monday holiday is compared with Tokyo's date.
    addRow("holiday in the window's zone, not UTC", schedule({window({1}, "07:00", "08:00", "Asia/Tokyo")}, {monday}),
           "2026-11-22T12:00:00Z", false, "start", "2026-11-29T22:00:00Z", "2026-11-30T07:00:00+09:00");
}

void TestScheduleCalc::holidays()
{
    verifyEventRow();
}

void TestScheduleCalc::severalWindows_formOneUnion_data()
{
    addEventColumns();
    const Schedule overlapping = schedule({window({1}, "09:00", "12:00", "UTC"), window({1}, "11:00", "15:00", "UTC")});
    addRow("overlap: no stop at the first window's end", overlapping, "2026-11-23T10:00:00Z", true, "stop",
           "2026-11-23T15:00:00Z");
    addRow("overlap: no start at the second window's start", overlapping, "2026-11-23T08:00:00Z", false, "start",
           "2026-11-23T09:00:00Z");
    addRow("overlap: inside the second only", overlapping, "2026-11-23T13:00:00Z", true, "stop",
           "2026-11-23T15:00:00Z");

    const Schedule contained = schedule({window({1}, "09:00", "12:00", "UTC"), window({1}, "10:00", "11:00", "UTC")});
    addRow("contained window changes nothing", contained, "2026-11-23T09:30:00Z", true, "stop", "2026-11-23T12:00:00Z");

    const Schedule touching = schedule({window({1}, "09:00", "12:00", "UTC"), window({1}, "12:00", "15:00", "UTC")});
    addRow("touching windows merge", touching, "2026-11-23T11:00:00Z", true, "stop", "2026-11-23T15:00:00Z");
    addRow("open at the touching point", touching, "2026-11-23T12:00:00Z", true, "stop", "2026-11-23T15:00:00Z");

    // A night and the following morning chain across midnight: Mon 20:00 -> Tue 06:00 without a stop.
    const Schedule chain = schedule({window({1}, "20:00", "00:00", "UTC"), window({2}, "00:00", "06:00", "UTC")});
    addRow("chain across midnight", chain, "2026-11-23T21:00:00Z", true, "stop", "2026-11-24T06:00:00Z");

    // London (UTC in November) 09:00-17:00 and New York (-05:00) 09:00-17:00 overlap from 14:00Z to 17:00Z.
    const Schedule twoZones =
        schedule({window({1}, "09:00", "17:00", "Europe/London"), window({1}, "09:00", "17:00", "America/New_York")});
    addRow("zones: opened by london", twoZones, "2026-11-23T08:00:00Z", false, "start", "2026-11-23T09:00:00Z",
           "2026-11-23T09:00:00+00:00");
    addRow("zones: closed by new york", twoZones, "2026-11-23T10:00:00Z", true, "stop", "2026-11-23T22:00:00Z",
           "2026-11-23T17:00:00-05:00");

    const Schedule apart = schedule(
        {window(Weekdays, "09:20", "15:15", "Asia/Kolkata"), window(Weekdays, "09:30", "16:00", "America/New_York")});
    addRow("zones apart: kolkata closes", apart, "2026-11-23T05:00:00Z", true, "stop", "2026-11-23T09:45:00Z",
           "2026-11-23T15:15:00+05:30");
    addRow("zones apart: new york opens next", apart, "2026-11-23T10:00:00Z", false, "start", "2026-11-23T14:30:00Z",
           "2026-11-23T09:30:00-05:00");
}

void TestScheduleCalc::severalWindows_formOneUnion()
{
    verifyEventRow();
}

void TestScheduleCalc::daylightSaving_data()
{
    addEventColumns();
    // New York springs forward 2026-03-08 02:00 EST -> 03:00 EDT (07:00Z): 02:30 does not exist.
    addRow("new york spring: 02:30 opens at 03:00 EDT",
           schedule({window(SundayOnly, "02:30", "04:00", "America/New_York")}), "2026-03-08T00:00:00Z", false, "start",
           "2026-03-08T07:00:00Z", "2026-03-08T03:00:00-04:00");
    addRow("new york spring: open at the jump", schedule({window(SundayOnly, "02:30", "04:00", "America/New_York")}),
           "2026-03-08T07:00:00Z", true, "stop", "2026-03-08T08:00:00Z", "2026-03-08T04:00:00-04:00");
    const Schedule nyMorning = schedule({window(EveryDay, "09:20", "15:15", "America/New_York")});
    addRow("new york spring: saturday 09:20 EST", nyMorning, "2026-03-07T12:00:00Z", false, "start",
           "2026-03-07T14:20:00Z", "2026-03-07T09:20:00-05:00");
    addRow("new york spring: sunday 09:20 EDT", nyMorning, "2026-03-07T21:00:00Z", false, "start",
           "2026-03-08T13:20:00Z", "2026-03-08T09:20:00-04:00");
    // New York falls back 2026-11-01 02:00 EDT -> 01:00 EST (06:00Z): 01:30 happens at 05:30Z and 06:30Z.
    addRow("new york fall: 01:30 opens the first time",
           schedule({window(SundayOnly, "01:30", "03:00", "America/New_York")}), "2026-11-01T00:00:00Z", false, "start",
           "2026-11-01T05:30:00Z", "2026-11-01T01:30:00-04:00");
    addRow("new york fall: window spans the repeated hour",
           schedule({window(SundayOnly, "01:30", "03:00", "America/New_York")}), "2026-11-01T06:45:00Z", true, "stop",
           "2026-11-01T08:00:00Z", "2026-11-01T03:00:00-05:00");
    addRow("new york fall: saturday 09:20 EDT", nyMorning, "2026-10-31T12:00:00Z", false, "start",
           "2026-10-31T13:20:00Z", "2026-10-31T09:20:00-04:00");
    addRow("new york fall: sunday 09:20 EST", nyMorning, "2026-10-31T21:00:00Z", false, "start", "2026-11-01T14:20:00Z",
           "2026-11-01T09:20:00-05:00");
    // Lord Howe moves 30 minutes: 2026-10-04 02:00 +10:30 -> 02:30 +11:00 (15:30Z the day before).
    addRow("lord howe: 02:10 opens at 02:30", schedule({window(SundayOnly, "02:10", "03:00", "Australia/Lord_Howe")}),
           "2026-10-03T12:00:00Z", false, "start", "2026-10-03T15:30:00Z", "2026-10-04T02:30:00+11:00");
    addRow("lord howe: window wholly in the gap never opens that day",
           schedule({window(SundayOnly, "02:05", "02:25", "Australia/Lord_Howe")}), "2026-10-03T12:00:00Z", false,
           "start", "2026-10-10T15:05:00Z", "2026-10-11T02:05:00+11:00");
    // Berlin springs forward 2026-03-29: Friday 09:00 is 08:00Z, Monday 09:00 is 07:00Z.
    const Schedule berlin = schedule({window(Weekdays, "09:00", "17:30", "Europe/Berlin")});
    addRow("berlin: friday in CET", berlin, "2026-03-27T06:00:00Z", false, "start", "2026-03-27T08:00:00Z",
           "2026-03-27T09:00:00+01:00");
    addRow("berlin: friday close in CET", berlin, "2026-03-27T10:00:00Z", true, "stop", "2026-03-27T16:30:00Z",
           "2026-03-27T17:30:00+01:00");
    addRow("berlin: weekend -> monday in CEST", berlin, "2026-03-27T18:00:00Z", false, "start", "2026-03-30T07:00:00Z",
           "2026-03-30T09:00:00+02:00");
    // A night window over Berlin's fall-back: Sat 22:00 CEST (20:00Z) to Sun 06:00 CET (05:00Z), nine hours.
    addRow("berlin: night over fall back", schedule({window({6}, "22:00", "06:00", "Europe/Berlin")}),
           "2026-10-25T01:30:00Z", true, "stop", "2026-10-25T05:00:00Z", "2026-10-25T06:00:00+01:00");
}

void TestScheduleCalc::daylightSaving()
{
    verifyEventRow();
}

void TestScheduleCalc::localToInstant_gapGoesToFirstValidMinuteOverlapToEarlier_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("new york gap 02:30") << "America/New_York" << QDate(2026, 3, 8) << QTime(2, 30)
                                        << utc("2026-03-08T07:00:00Z");
    QTest::newRow("new york gap 02:00") << "America/New_York" << QDate(2026, 3, 8) << QTime(2, 0)
                                        << utc("2026-03-08T07:00:00Z");
    QTest::newRow("new york gap 02:59:30")
        << "America/New_York" << QDate(2026, 3, 8) << QTime(2, 59, 30) << utc("2026-03-08T07:00:00Z");
    QTest::newRow("new york before gap") << "America/New_York" << QDate(2026, 3, 8) << QTime(1, 59)
                                         << utc("2026-03-08T06:59:00Z");
    QTest::newRow("new york after gap") << "America/New_York" << QDate(2026, 3, 8) << QTime(3, 0)
                                        << utc("2026-03-08T07:00:00Z");
    QTest::newRow("new york overlap 01:30")
        << "America/New_York" << QDate(2026, 11, 1) << QTime(1, 30) << utc("2026-11-01T05:30:00Z");
    QTest::newRow("new york overlap 01:00")
        << "America/New_York" << QDate(2026, 11, 1) << QTime(1, 0) << utc("2026-11-01T05:00:00Z");
    QTest::newRow("new york after overlap")
        << "America/New_York" << QDate(2026, 11, 1) << QTime(2, 0) << utc("2026-11-01T07:00:00Z");
    QTest::newRow("lord howe gap 02:10") << "Australia/Lord_Howe" << QDate(2026, 10, 4) << QTime(2, 10)
                                         << utc("2026-10-03T15:30:00Z");
    QTest::newRow("lord howe overlap 01:45")
        << "Australia/Lord_Howe" << QDate(2026, 4, 5) << QTime(1, 45) << utc("2026-04-04T14:45:00Z");
    QTest::newRow("berlin gap 02:15") << "Europe/Berlin" << QDate(2026, 3, 29) << QTime(2, 15)
                                      << utc("2026-03-29T01:00:00Z");
    QTest::newRow("berlin overlap 02:15")
        << "Europe/Berlin" << QDate(2026, 10, 25) << QTime(2, 15) << utc("2026-10-25T00:15:00Z");
    QTest::newRow("kolkata plain") << "Asia/Kolkata" << QDate(2026, 11, 23) << QTime(9, 20)
                                   << utc("2026-11-23T03:50:00Z");
}

void TestScheduleCalc::localToInstant_gapGoesToFirstValidMinuteOverlapToEarlier()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);
    QCOMPARE(ScheduleCalculator::localToInstant(date, time, timeZone(zone)).toUTC(), expected);
}

void TestScheduleCalc::holidaysForMonths_stillFindTheNextOpening()
{
    // Twenty Monday holidays in a row: the search has to grow well past its first weeks.
    QList<QDate> holidays;
    for (int week = 0; week < 20; ++week)
        holidays.append(QDate(2026, 11, 23).addDays(7 * week));
    const ScheduleCalculator calc(schedule({window(MondayOnly, "09:00", "10:00", "UTC")}, holidays));
    const std::optional<ScheduleEvent> event = calc.nextEvent(utc("2026-11-22T12:00:00Z"));
    QVERIFY(event);
    QCOMPARE(event->action, ScheduleEvent::Action::Start);
    QCOMPARE(event->at.toUTC(), utc("2027-04-12T09:00:00Z"));
}

void TestScheduleCalc::holidaysForOverAYear_giveNoEvent()
{
    QList<QDate> holidays;
    for (int week = 0; week < 2 * 53; ++week)
        holidays.append(QDate(2026, 11, 23).addDays(7 * week));
    const ScheduleCalculator calc(schedule({window(MondayOnly, "09:00", "10:00", "UTC")}, holidays));
    QVERIFY(!calc.nextEvent(utc("2026-11-22T12:00:00Z")));
    QVERIFY(!calc.isOpen(utc("2026-11-23T09:30:00Z")));
}

void TestScheduleCalc::alwaysOpen_hasNoEndAndNoEvent()
{
    // Two windows that together cover every minute of every day: nothing ever stops.
    const ScheduleCalculator calc(
        schedule({window(EveryDay, "00:00", "12:00", "UTC"), window(EveryDay, "12:00", "00:00", "UTC")}));
    const QDateTime now = utc("2026-11-23T12:00:00Z");
    QVERIFY(calc.isOpen(now));
    QVERIFY(!calc.currentWindowEnd(now));
    QVERIFY(!calc.nextEvent(now));
}

void TestScheduleCalc::nowInAnotherSpec_isTheSameInstant()
{
    const ScheduleCalculator calc(kolkata());
    const QDateTime inUtc = utc("2026-11-23T06:00:00Z");
    for (const QDateTime &now :
         {inUtc, inUtc.toTimeZone(timeZone(QStringLiteral("America/New_York"))), inUtc.toOffsetFromUtc(3600),
          inUtc.toTimeZone(timeZone(QStringLiteral("Asia/Kolkata")))}) {
        QVERIFY(calc.isOpen(now));
        QCOMPARE(calc.currentWindowEnd(now)->toUTC(), utc("2026-11-23T09:45:00Z"));
    }
}

void TestScheduleCalc::emptyTimeZone_meansTheMachineZone()
{
    const QByteArray systemId = QTimeZone::systemTimeZoneId();
    const ScheduleCalculator local(schedule({window(Weekdays, "09:20", "15:15", "")}));
    const ScheduleCalculator explicitZone(schedule({window(Weekdays, "09:20", "15:15", systemId.constData())}));
    for (QDateTime now = utc("2026-11-20T00:00:00Z"); now < utc("2026-11-25T00:00:00Z"); now = now.addSecs(3 * 3600)) {
        QCOMPARE(local.isOpen(now), explicitZone.isOpen(now));
        const std::optional<ScheduleEvent> a = local.nextEvent(now);
        const std::optional<ScheduleEvent> b = explicitZone.nextEvent(now);
        QVERIFY(a && b);
        QCOMPARE(a->at, b->at);
        QCOMPARE(a->isoWithOffset(), b->isoWithOffset());
    }
}

void TestScheduleCalc::every_ticksOnMultiplesFromLocalMidnight_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("15: mid-slot") << 15 << "UTC" << utc("2026-11-23T10:07:00Z") << utc("2026-11-23T10:15:00Z")
                                  << "2026-11-23T10:15:00+00:00";
    QTest::newRow("15: exactly on a tick")
        << 15 << "UTC" << utc("2026-11-23T10:15:00Z") << utc("2026-11-23T10:30:00Z") << "2026-11-23T10:30:00+00:00";
    QTest::newRow("15: a millisecond before")
        << 15 << "UTC" << utc("2026-11-23T10:14:59.999Z") << utc("2026-11-23T10:15:00Z") << "2026-11-23T10:15:00+00:00";
    QTest::newRow("15: across midnight") << 15 << "UTC" << utc("2026-11-23T23:59:00Z") << utc("2026-11-24T00:00:00Z")
                                         << "2026-11-24T00:00:00+00:00";
    // 10:00 is 600 minutes after midnight; 602 is the next multiple of 7 (the epoch would say 10:03).
    QTest::newRow("7: counted from midnight")
        << 7 << "UTC" << utc("2026-11-23T10:00:00Z") << utc("2026-11-23T10:02:00Z") << "2026-11-23T10:02:00+00:00";
    // 23:55 is 1435 = 205 x 7: the last tick of the day; the next day starts again at 00:00.
    QTest::newRow("7: the day's short last interval")
        << 7 << "UTC" << utc("2026-11-23T23:55:00Z") << utc("2026-11-24T00:00:00Z") << "2026-11-24T00:00:00+00:00";
    // On the hour in Kolkata (+05:30) is half past in UTC.
    QTest::newRow("60: kolkata's hour") << 60 << "Asia/Kolkata" << utc("2026-11-23T10:10:00Z")
                                        << utc("2026-11-23T10:30:00Z") << "2026-11-23T16:00:00+05:30";
    QTest::newRow("45: st johns") << 45 << "America/St_Johns" << utc("2026-11-23T12:50:00Z")
                                  << utc("2026-11-23T13:15:00Z") << "2026-11-23T09:45:00-03:30";
    QTest::newRow("2000: longer than a day, midnight only")
        << 2000 << "UTC" << utc("2026-11-23T00:00:00Z") << utc("2026-11-24T00:00:00Z") << "2026-11-24T00:00:00+00:00";

    // Berlin springs forward on 2026-03-29 at 01:00Z (02:00 CET -> 03:00 CEST): 02:00 does not exist, and
    // the tick of the gap is the moment the clocks jump, which is also 03:00's.
    QTest::newRow("60: before the spring gap") << 60 << "Europe/Berlin" << utc("2026-03-29T00:30:00Z")
                                               << utc("2026-03-29T01:00:00Z") << "2026-03-29T03:00:00+02:00";
    QTest::newRow("60: after the spring gap") << 60 << "Europe/Berlin" << utc("2026-03-29T01:00:00Z")
                                              << utc("2026-03-29T02:00:00Z") << "2026-03-29T04:00:00+02:00";
    QTest::newRow("15: across the spring gap") << 15 << "Europe/Berlin" << utc("2026-03-29T00:50:00Z")
                                               << utc("2026-03-29T01:00:00Z") << "2026-03-29T03:00:00+02:00";
    QTest::newRow("15: just after the jump") << 15 << "Europe/Berlin" << utc("2026-03-29T01:00:00Z")
                                             << utc("2026-03-29T01:15:00Z") << "2026-03-29T03:15:00+02:00";
    // It falls back on 2026-10-25 at 01:00Z (03:00 CEST -> 02:00 CET): 02:00-02:59 read twice, and tick twice.
    QTest::newRow("15: into the repeated hour") << 15 << "Europe/Berlin" << utc("2026-10-25T00:50:00Z")
                                                << utc("2026-10-25T01:00:00Z") << "2026-10-25T02:00:00+01:00";
    QTest::newRow("60: the repeated hour's second pass") << 60 << "Europe/Berlin" << utc("2026-10-25T00:00:00Z")
                                                         << utc("2026-10-25T01:00:00Z") << "2026-10-25T02:00:00+01:00";
    // Lord Howe moves by half an hour (02:00 +10:30 -> 02:30 +11:00 on 2026-10-04): the gap's tick is 02:30.
    QTest::newRow("60: lord howe's half-hour gap") << 60 << "Australia/Lord_Howe" << utc("2026-10-03T15:00:00Z")
                                                   << utc("2026-10-03T15:30:00Z") << "2026-10-04T02:30:00+11:00";
    QTest::newRow("60: lord howe after the gap") << 60 << "Australia/Lord_Howe" << utc("2026-10-03T15:30:00Z")
                                                 << utc("2026-10-03T16:00:00Z") << "2026-10-04T03:00:00+11:00";
}

void TestScheduleCalc::every_ticksOnMultiplesFromLocalMidnight()
{
    QFETCH(int, minutes);
    QFETCH(QString, zone);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    QFETCH(QString, expectedText);
    const ScheduleCalculator calc(every(minutes, qPrintable(zone)));
    QVERIFY(!calc.isEmpty());
    const std::optional<ScheduleEvent> event = calc.nextEvent(now);
    QVERIFY(event);
    QCOMPARE(event->action, ScheduleEvent::Action::Start);
    QCOMPARE(event->at.toUTC(), expected);
    QCOMPARE(event->isoWithOffset(), expectedText);
}

void TestScheduleCalc::every_withoutAZone_countsFromTheMachinesMidnight()
{
    const ScheduleCalculator calc(every(60));
    const QDateTime now = utc("2026-11-23T10:10:00Z");
    const std::optional<ScheduleEvent> event = calc.nextEvent(now);
    QVERIFY(event);
    QCOMPARE(event->zone, QTimeZone::systemTimeZone());
    const QDateTime local = event->at.toTimeZone(QTimeZone::systemTimeZone());
    QCOMPARE(local.time().minute(), 0);
    QVERIFY(event->at > now && now.secsTo(event->at) <= 3600);
}

void TestScheduleCalc::upcoming_listsTicksAcrossAFallBack()
{
    const ScheduleCalculator calc(every(60, "Europe/Berlin"));
    const QList<ScheduleEvent> events = calc.upcoming(utc("2026-10-24T23:30:00Z"), 4);
    QStringList texts;
    for (const ScheduleEvent &e : events)
        texts.append(e.actionName() + QLatin1Char(' ') + e.isoWithOffset());
    QCOMPARE(texts, QStringList({"start 2026-10-25T02:00:00+02:00", "start 2026-10-25T02:00:00+01:00",
                                 "start 2026-10-25T03:00:00+01:00", "start 2026-10-25T04:00:00+01:00"}));
}

void TestScheduleCalc::upcoming_listsWindowBoundariesInOrder()
{
    // Friday 2026-11-27 inside the window: it closes, then the next opening is Monday's.
    const ScheduleCalculator calc(kolkata());
    const QList<ScheduleEvent> events = calc.upcoming(utc("2026-11-27T06:00:00Z"), 3);
    QStringList texts;
    for (const ScheduleEvent &e : events)
        texts.append(e.actionName() + QLatin1Char(' ') + e.isoWithOffset());
    QCOMPARE(texts, QStringList({"stop 2026-11-27T15:15:00+05:30", "start 2026-11-30T09:20:00+05:30",
                                 "stop 2026-11-30T15:15:00+05:30"}));
    QVERIFY(ScheduleCalculator(Schedule()).upcoming(utc("2026-11-27T06:00:00Z"), 10).isEmpty());
}

void TestScheduleCalc::every_isNeverOpenAndHasNoWindowEnd()
{
    const ScheduleCalculator calc(every(15));
    const QDateTime onTick = utc("2026-11-23T10:15:00Z");
    QVERIFY(!calc.isOpen(onTick));
    QVERIFY(!calc.currentWindowEnd(onTick));
}

void TestScheduleCalc::emptySchedule_hasNothingToDo()
{
    const QDateTime now = utc("2026-11-23T10:00:00Z");
    const ScheduleCalculator empty{Schedule()};
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.isOpen(now));
    QVERIFY(!empty.nextEvent(now));
    QVERIFY(!empty.currentWindowEnd(now));

    // A window without days can never open either.
    const ScheduleCalculator noDays(schedule({window({}, "09:00", "10:00", "UTC")}));
    QVERIFY(!noDays.nextEvent(now));
    QVERIFY(!noDays.isOpen(now));
}

void TestScheduleCalc::isoWithOffset_writesWallTimeAndOffset_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kolkata") << utc("2026-11-23T03:50:00Z") << "Asia/Kolkata"
                             << "2026-11-23T09:20:00+05:30";
    QTest::newRow("new york summer") << utc("2026-07-01T13:30:00Z") << "America/New_York"
                                     << "2026-07-01T09:30:00-04:00";
    QTest::newRow("new york winter") << utc("2026-11-23T14:20:00Z") << "America/New_York"
                                     << "2026-11-23T09:20:00-05:00";
    QTest::newRow("st johns") << utc("2026-11-23T12:50:00Z") << "America/St_Johns"
                              << "2026-11-23T09:20:00-03:30";
    QTest::newRow("utc") << utc("2026-11-23T09:20:00Z") << "UTC"
                         << "2026-11-23T09:20:00+00:00";
    QTest::newRow("lord howe") << utc("2026-10-03T15:30:00Z") << "Australia/Lord_Howe"
                               << "2026-10-04T02:30:00+11:00";
}

void TestScheduleCalc::isoWithOffset_writesWallTimeAndOffset()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    ScheduleEvent event;
    event.at = at; // in UTC: the text must follow `zone`, not the spec of `at`
    event.zone = timeZone(zone);
    QCOMPARE(event.isoWithOffset(), expected);
}

void TestScheduleCalc::actionName_isTheCliWord()
{
    ScheduleEvent event;
    event.action = ScheduleEvent::Action::Start;
    QCOMPARE(event.actionName(), QStringLiteral("start"));
    event.action = ScheduleEvent::Action::Stop;
    QCOMPARE(event.actionName(), QStringLiteral("stop"));
}

QTEST_GUILESS_MAIN(TestScheduleCalc)
#include "tst_schedulecalc.moc"
