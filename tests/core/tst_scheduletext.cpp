// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "scheduletext.h"

#include <QtTest>

using namespace corral;

using Days = QList<int>;

class TestScheduleText : public QObject
{
    Q_OBJECT

private slots:
    void dayName_eachDay_readsBackAsTheSameDay();
    void dayName_outOfRange_isTheNumber();
    void dayFromName_anyCaseAndSpaces_isTheDay();
    void dayFromName_notAShortName_isZero();
    void dayListText_joinsShortNamesWithCommas();

    void parseDayList_validText_givesDaysInWeekOrder_data();
    void parseDayList_validText_givesDaysInWeekOrder();
    void parseDayList_unknownWord_isNamedAndDaysAreUntouched_data();
    void parseDayList_unknownWord_isNamedAndDaysAreUntouched();

    void parseClockTime_validText_isThatTime_data();
    void parseClockTime_validText_isThatTime();
    void parseClockTime_invalidText_isRefusedAndTimeUntouched_data();
    void parseClockTime_invalidText_isRefusedAndTimeUntouched();
    void clockTimeText_isZeroPaddedHoursAndMinutes();
};

void TestScheduleText::dayName_eachDay_readsBackAsTheSameDay()
{
    const QStringList expected = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QCOMPARE(dayName(day), expected.at(day - 1));
        QCOMPARE(dayFromName(dayName(day)), day);
    }
}

void TestScheduleText::dayName_outOfRange_isTheNumber()
{
    QCOMPARE(dayName(0), QStringLiteral("0"));
    QCOMPARE(dayName(8), QStringLiteral("8"));
    QCOMPARE(dayName(-1), QStringLiteral("-1"));
}

void TestScheduleText::dayFromName_anyCaseAndSpaces_isTheDay()
{
    QCOMPARE(dayFromName(QStringLiteral("MON")), int(Qt::Monday));
    QCOMPARE(dayFromName(QStringLiteral(" Sun ")), int(Qt::Sunday));
    QCOMPARE(dayFromName(QStringLiteral("wEd")), int(Qt::Wednesday));
}

void TestScheduleText::dayFromName_notAShortName_isZero()
{
    // The config file takes short names only; the full ones are the command line's (parseDayList).
    for (const QString &text :
         {QStringLiteral("monday"), QStringLiteral("mo"), QString(), QStringLiteral("1"), QStringLiteral("mon,tue")})
        QVERIFY2(dayFromName(text) == 0, qPrintable(text));
}

void TestScheduleText::dayListText_joinsShortNamesWithCommas()
{
    QCOMPARE(dayListText({Qt::Monday, Qt::Tuesday, Qt::Sunday}), QStringLiteral("mon,tue,sun"));
    QCOMPARE(dayListText({}), QString());
}

void TestScheduleText::parseDayList_validText_givesDaysInWeekOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Days>("days");
    QTest::newRow("list") << QStringLiteral("mon,wed") << Days{1, 3};
    QTest::newRow("out of order with repeats") << QStringLiteral("sun, mon,sun") << Days{1, 7};
    QTest::newRow("range") << QStringLiteral("Mon-Fri") << Days{1, 2, 3, 4, 5};
    QTest::newRow("range over the weekend") << QStringLiteral("fri-mon") << Days{1, 5, 6, 7};
    QTest::newRow("range of full names") << QStringLiteral("saturday - sunday") << Days{6, 7};
    QTest::newRow("full name") << QStringLiteral("Thursday") << Days{4};
    QTest::newRow("weekdays") << QStringLiteral("weekdays") << Days{1, 2, 3, 4, 5};
    QTest::newRow("weekend and a day") << QStringLiteral("weekend,wed") << Days{3, 6, 7};
    QTest::newRow("daily") << QStringLiteral("daily") << Days{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("all") << QStringLiteral("ALL") << Days{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("nothing") << QString() << Days{};
    QTest::newRow("only commas") << QStringLiteral(",,") << Days{};
}

void TestScheduleText::parseDayList_validText_givesDaysInWeekOrder()
{
    QFETCH(QString, text);
    QFETCH(Days, days);
    Days parsed{99};
    QString unknown = QStringLiteral("untouched");
    QVERIFY(parseDayList(text, &parsed, &unknown));
    QCOMPARE(parsed, days);
    QCOMPARE(unknown, QStringLiteral("untouched"));
}

void TestScheduleText::parseDayList_unknownWord_isNamedAndDaysAreUntouched_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("abbreviation too short") << QStringLiteral("mon,Tu") << QStringLiteral("tu");
    QTest::newRow("open range") << QStringLiteral("mon-") << QStringLiteral("mon-");
    QTest::newRow("three-part range") << QStringLiteral("mon-tue-wed") << QStringLiteral("mon-tue-wed");
    QTest::newRow("blank item") << QStringLiteral("mon, ,tue") << QString();
    QTest::newRow("number") << QStringLiteral("1") << QStringLiteral("1");
}

void TestScheduleText::parseDayList_unknownWord_isNamedAndDaysAreUntouched()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    Days days{Qt::Saturday};
    QString unknown = QStringLiteral("untouched");
    QVERIFY(!parseDayList(text, &days, &unknown));
    QCOMPARE(unknown, word);
    QCOMPARE(days, Days{Qt::Saturday});
}

void TestScheduleText::parseClockTime_validText_isThatTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("time");
    QTest::newRow("one-digit hour") << QStringLiteral("9:05") << QTime(9, 5);
    QTest::newRow("two-digit hour") << QStringLiteral("09:05") << QTime(9, 5);
    QTest::newRow("midnight") << QStringLiteral("0:00") << QTime(0, 0);
    QTest::newRow("last minute") << QStringLiteral("23:59") << QTime(23, 59);
    // Config files have always been read this way; changing it would refuse files that load today.
    QTest::newRow("one trailing newline") << QStringLiteral("9:05\n") << QTime(9, 5);
}

void TestScheduleText::parseClockTime_validText_isThatTime()
{
    QFETCH(QString, text);
    QFETCH(QTime, time);
    QTime parsed;
    QVERIFY(parseClockTime(text, &parsed));
    QCOMPARE(parsed, time);
}

void TestScheduleText::parseClockTime_invalidText_isRefusedAndTimeUntouched_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("hour 24") << QStringLiteral("24:00");
    QTest::newRow("minute 60") << QStringLiteral("9:60");
    QTest::newRow("one-digit minute") << QStringLiteral("9:5");
    QTest::newRow("seconds") << QStringLiteral("09:05:00");
    QTest::newRow("leading space") << QStringLiteral(" 09:05");
    QTest::newRow("dot") << QStringLiteral("9.05");
    QTest::newRow("three-digit hour") << QStringLiteral("123:00");
    QTest::newRow("empty") << QString();
}

void TestScheduleText::parseClockTime_invalidText_isRefusedAndTimeUntouched()
{
    QFETCH(QString, text);
    QTime time(7, 7);
    QVERIFY(!parseClockTime(text, &time));
    QCOMPARE(time, QTime(7, 7));
}

void TestScheduleText::clockTimeText_isZeroPaddedHoursAndMinutes()
{
    QCOMPARE(clockTimeText(QTime(9, 5)), QStringLiteral("09:05"));
    QCOMPARE(clockTimeText(QTime(23, 59, 59)), QStringLiteral("23:59"));
    QTime parsed;
    QVERIFY(parseClockTime(clockTimeText(QTime(0, 1)), &parsed));
    QCOMPARE(parsed, QTime(0, 1));
}

QTEST_GUILESS_MAIN(TestScheduleText)
#include "tst_scheduletext.moc"
