// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Which zone names a schedule accepts (every name of the tz database, links included) and what an unknown
// one is answered with, here and through the config's validation.

#include "timezoneids.h"
#include "validation.h"

#include <QTest>

using namespace corral;

namespace {

Strategy withWindowZone(const QString &zone)
{
    Strategy s;
    s.name = QStringLiteral("bot");
    s.program = QStringLiteral("/bin/true");
    ScheduleWindow w;
    w.days = {1, 2, 3, 4, 5};
    w.start = QTime(9, 20);
    w.stop = QTime(15, 15);
    w.timeZone = zone;
    s.schedule.windows = {w};
    return s;
}

} // namespace

class TestTimeZoneIds : public QObject
{
    Q_OBJECT

private slots:
    void isKnownTimeZone_acceptsEveryKindOfTzdbName_data();
    void isKnownTimeZone_acceptsEveryKindOfTzdbName();
    void isKnownTimeZone_refusesWhatIsNotAZoneName_data();
    void isKnownTimeZone_refusesWhatIsNotAZoneName();
    void closestTimeZones_namesWhatWasMeant_data();
    void closestTimeZones_namesWhatWasMeant();
    void closestTimeZones_ofNonsense_isEmpty();
    void knownTimeZones_includesLinksAndIsSorted();
    void validation_acceptsALinkAndNamesTheClosestForATypo();
    void validation_everyZone_isCheckedAndOnlyWithEveryMinutes();
};

void TestTimeZoneIds::isKnownTimeZone_acceptsEveryKindOfTzdbName_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"Europe/Berlin", "Asia/Kolkata", "UTC", "Etc/UTC", "Etc/GMT+5", "Etc/GMT-14", "GMT",
                           "EST5EDT", "Asia/Calcutta", "US/Eastern", "America/Buenos_Aires", "Europe/Kiev",
                           "America/Argentina/Buenos_Aires", "UTC+05:30"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestTimeZoneIds::isKnownTimeZone_acceptsEveryKindOfTzdbName()
{
    QFETCH(QString, id);
    QVERIFY2(isKnownTimeZone(id), qPrintable(id));
}

void TestTimeZoneIds::isKnownTimeZone_refusesWhatIsNotAZoneName_data()
{
    QTest::addColumn<QString>("id");
    // A directory, paths, the files beside the zones and case changes all open something under zoneinfo.
    for (const char *id :
         {"", "Nope/Zone", "Europe/Berln", "Etc", "../zoneinfo/UTC", "Etc/../UTC", "/usr/share/zoneinfo/UTC",
          "zone.tab", "tzdata.zi", "localtime", "posixrules", "us/eastern", "posix/Europe/Berlin"})
        QTest::newRow(*id ? id : "empty") << QString::fromLatin1(id);
}

void TestTimeZoneIds::isKnownTimeZone_refusesWhatIsNotAZoneName()
{
    QFETCH(QString, id);
    QVERIFY2(!isKnownTimeZone(id), qPrintable(id));
}

void TestTimeZoneIds::closestTimeZones_namesWhatWasMeant_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::newRow("a letter missing") << "Europe/Berln"
                                      << "Europe/Berlin";
    QTest::newRow("a link misspelt") << "US/Estern"
                                     << "US/Eastern";
    QTest::newRow("the wrong case") << "europe/paris"
                                    << "Europe/Paris";
    QTest::newRow("the city alone") << "Kolkata"
                                    << "Asia/Kolkata";
}

void TestTimeZoneIds::closestTimeZones_namesWhatWasMeant()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    const QStringList closest = closestTimeZones(typed);
    QVERIFY2(!closest.isEmpty() && closest.size() <= 3, qPrintable(closest.join(QLatin1Char(' '))));
    QCOMPARE(closest.first(), first);
    // A name three letters off is not offered beside one a letter off.
    QVERIFY2(!closest.contains(QStringLiteral("Europe/Dublin")), qPrintable(closest.join(QLatin1Char(' '))));
}

void TestTimeZoneIds::closestTimeZones_ofNonsense_isEmpty()
{
    QVERIFY(closestTimeZones(QStringLiteral("qqqqqqqqqqqqqqqqqqqqqqqq")).isEmpty());
    QVERIFY(closestTimeZones(QString()).isEmpty());
}

void TestTimeZoneIds::knownTimeZones_includesLinksAndIsSorted()
{
    const QStringList all = knownTimeZones();
    QVERIFY(all.contains(QStringLiteral("Asia/Calcutta")));
    QVERIFY(all.contains(QStringLiteral("Etc/GMT+5")));
    QVERIFY(all.contains(QStringLiteral("Europe/Berlin")));
    QVERIFY(!all.contains(QStringLiteral("UTC+05:30")));
    QStringList sorted = all;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(all, sorted);
}

void TestTimeZoneIds::validation_acceptsALinkAndNamesTheClosestForATypo()
{
    QVERIFY(validation::checkStrategy(withWindowZone(QStringLiteral("Asia/Calcutta"))).isEmpty());
    QVERIFY(validation::checkStrategy(withWindowZone(QStringLiteral("Etc/UTC"))).isEmpty());

    const QList<ConfigError> errors = validation::checkStrategy(withWindowZone(QStringLiteral("Europe/Berln")));
    QCOMPARE(errors.size(), 1);
    const QString text = errors.first().toString();
    QVERIFY2(text.contains(QStringLiteral("schedule.windows[0].tz")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("unknown time zone \"Europe/Berln\" (did you mean Europe/Berlin")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
}

void TestTimeZoneIds::validation_everyZone_isCheckedAndOnlyWithEveryMinutes()
{
    Strategy s = withWindowZone(QString());
    s.schedule.windows.clear();
    s.schedule.everyMinutes = 15;
    s.schedule.timeZone = QStringLiteral("US/Eastern");
    QVERIFY(validation::checkStrategy(s).isEmpty());

    s.schedule.timeZone = QStringLiteral("Mars/Olympus");
    QList<ConfigError> errors = validation::checkStrategy(s);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().contains(QStringLiteral("schedule.tz")), qPrintable(errors.first().toString()));

    // Beside windows it would be ignored: refused instead.
    Strategy windows = withWindowZone(QStringLiteral("UTC"));
    windows.schedule.timeZone = QStringLiteral("UTC");
    errors = validation::checkStrategy(windows);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().contains(QStringLiteral("schedule.tz")), qPrintable(errors.first().toString()));
}

QTEST_GUILESS_MAIN(TestTimeZoneIds)
#include "tst_timezoneids.moc"
