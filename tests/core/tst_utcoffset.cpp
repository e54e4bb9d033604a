// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// How a UTC offset is written: the one formatter behind schedule events, history and the window.

#include "utcoffset.h"

#include <QTest>
#include <QTimeZone>

using namespace corral;

class TestUtcOffset : public QObject
{
    Q_OBJECT

private slots:
    void offsetText_isIsoToTheMinute_data();
    void offsetText_isIsoToTheMinute();
    void isoWithOffset_writesAnInstantOneWay();
};

void TestUtcOffset::offsetText_isIsoToTheMinute_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("kolkata") << 19800 << "+05:30";
    QTest::newRow("kathmandu") << 20700 << "+05:45";
    QTest::newRow("buenos aires") << -10800 << "-03:00";
    QTest::newRow("marquesas") << -34200 << "-09:30";
    QTest::newRow("kiritimati") << 50400 << "+14:00";
    QTest::newRow("utc") << 0 << "+00:00";
}

void TestUtcOffset::offsetText_isIsoToTheMinute()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    QCOMPARE(offsetText(seconds), text);
}

void TestUtcOffset::isoWithOffset_writesAnInstantOneWay()
{
    const QDateTime utc(QDate(2026, 12, 1), QTime(3, 45, 7, 250), Qt::UTC);
    // Qt::ISODate writes this one "Z" and the same instant at an offset of 0 "+00:00".
    QCOMPARE(isoWithOffset(utc), QStringLiteral("2026-12-01T03:45:07+00:00"));
    QCOMPARE(isoWithOffset(utc.toOffsetFromUtc(0)), QStringLiteral("2026-12-01T03:45:07+00:00"));
    QCOMPARE(isoWithOffset(utc.toTimeZone(QTimeZone(QByteArrayLiteral("UTC")))),
             QStringLiteral("2026-12-01T03:45:07+00:00"));
    QCOMPARE(isoWithOffset(utc.toOffsetFromUtc(19800), IsoPrecision::Milliseconds),
             QStringLiteral("2026-12-01T09:15:07.250+05:30"));
    QCOMPARE(isoWithOffset(utc.toOffsetFromUtc(-10800)), QStringLiteral("2026-12-01T00:45:07-03:00"));
    // What it writes is what Qt reads back, to the same instant and offset.
    const QDateTime back =
        QDateTime::fromString(isoWithOffset(utc.toOffsetFromUtc(20700), IsoPrecision::Milliseconds), Qt::ISODateWithMs);
    QCOMPARE(back, utc);
    QCOMPARE(back.offsetFromUtc(), 20700);
}

QTEST_GUILESS_MAIN(TestUtcOffset)
#include "tst_utcoffset.moc"
