// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Which zone names a schedule accepts (every name of the tz database, links included), the zone each one
// turns into on this OS, its abbreviation, and what an unknown one is answered with, here and through the
// config's validation. Built and run on every OS: under Wine too, where Qt knows only CLDR's names.

#include "timezoneids.h"
#include "utcoffset.h"
#include "validation.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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
    void timeZone_ofEveryName_hasItsZonesOffset_data();
    void timeZone_ofEveryName_hasItsZonesOffset();
    void timeZone_ofWhatIsNotAZone_isInvalid();
    void timeZoneAbbreviation_isTheDatabasesOnEveryOs_data();
    void timeZoneAbbreviation_isTheDatabasesOnEveryOs();
    void builtInDatabase_isThereForAnOsWithoutOne();
    void linksAndTheirZones_areKnown();
    void anOsIndexWithoutTheLinks_getsThemFromTheBuiltInCopy();
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

void TestTimeZoneIds::timeZone_ofEveryName_hasItsZonesOffset_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("offset");
    const QDateTime december = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    const QDateTime july = QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    // The current names Qt on Windows does not know, beside the older ones it does.
    QTest::newRow("Asia/Kolkata") << "Asia/Kolkata" << december << "+05:30";
    QTest::newRow("Asia/Calcutta") << "Asia/Calcutta" << december << "+05:30";
    QTest::newRow("Asia/Kathmandu") << "Asia/Kathmandu" << december << "+05:45";
    QTest::newRow("America/Argentina/Buenos_Aires") << "America/Argentina/Buenos_Aires" << december << "-03:00";
    QTest::newRow("America/Buenos_Aires") << "America/Buenos_Aires" << july << "-03:00";
    QTest::newRow("Asia/Ho_Chi_Minh") << "Asia/Ho_Chi_Minh" << december << "+07:00";
    QTest::newRow("Asia/Yangon") << "Asia/Yangon" << december << "+06:30";
    QTest::newRow("Europe/Kyiv") << "Europe/Kyiv" << july << "+03:00";
    QTest::newRow("US/Eastern, winter") << "US/Eastern" << december << "-05:00";
    QTest::newRow("US/Eastern, summer") << "US/Eastern" << july << "-04:00";
    QTest::newRow("GMT") << "GMT" << july << "+00:00";
    QTest::newRow("Etc/GMT+5") << "Etc/GMT+5" << july << "-05:00";
    QTest::newRow("Europe/Berlin") << "Europe/Berlin" << july << "+02:00";
    QTest::newRow("UTC+05:30") << "UTC+05:30" << july << "+05:30";
}

void TestTimeZoneIds::timeZone_ofEveryName_hasItsZonesOffset()
{
    QFETCH(QString, id);
    QFETCH(QDateTime, at);
    QFETCH(QString, offset);
    QVERIFY2(isKnownTimeZone(id), qPrintable(id));
    const QTimeZone zone = timeZone(id);
    QVERIFY2(zone.isValid(), qPrintable(id));
    QCOMPARE(offsetText(zone.offsetFromUtc(at)), offset);
}

void TestTimeZoneIds::timeZone_ofWhatIsNotAZone_isInvalid()
{
    for (const char *id : {"Nope/Zone", "Etc", "../zoneinfo/UTC", "us/eastern", "tzdata.zi"})
        QVERIFY2(!timeZone(QString::fromLatin1(id)).isValid(), id);
    // Empty is the machine's zone, as everywhere in a schedule.
    QCOMPARE(timeZone(QString()), QTimeZone::systemTimeZone());
}

void TestTimeZoneIds::timeZoneAbbreviation_isTheDatabasesOnEveryOs_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("abbreviation"); // empty: the database writes the offset
    const QDateTime december = QDateTime(QDate(2026, 12, 2), QTime(14, 30), Qt::UTC);
    const QDateTime july = QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("new york, winter") << "America/New_York" << december << "EST";
    QTest::newRow("new york, summer") << "America/New_York" << july << "EDT";
    QTest::newRow("a link to new york") << "US/Eastern" << december << "EST";
    QTest::newRow("berlin, winter") << "Europe/Berlin" << december << "CET";
    QTest::newRow("berlin, summer") << "Europe/Berlin" << july << "CEST";
    QTest::newRow("london, summer") << "Europe/London" << july << "BST";
    // Dublin's winter is its negative daylight saving: GMT in winter, IST (Irish Standard Time) in summer.
    QTest::newRow("dublin, winter") << "Europe/Dublin" << december << "GMT";
    QTest::newRow("dublin, summer") << "Europe/Dublin" << july << "IST";
    QTest::newRow("sydney, southern summer") << "Australia/Sydney" << december << "AEDT";
    QTest::newRow("sydney, southern winter") << "Australia/Sydney" << july << "AEST";
    QTest::newRow("tokyo, rules of the 1950s") << "Asia/Tokyo" << december << "JST";
    QTest::newRow("kolkata") << "Asia/Kolkata" << december << "IST";
    QTest::newRow("calcutta") << "Asia/Calcutta" << december << "IST";
    QTest::newRow("UTC") << "UTC" << december << "UTC";
    QTest::newRow("GMT") << "GMT" << december << "GMT";
    QTest::newRow("kathmandu") << "Asia/Kathmandu" << december << "";
    QTest::newRow("buenos aires") << "America/Argentina/Buenos_Aires" << december << "";
    QTest::newRow("Etc/GMT+5") << "Etc/GMT+5" << december << "";
    QTest::newRow("a Qt offset id") << "UTC+05:30" << december << "";
    QTest::newRow("unknown") << "Nope/Zone" << december << "";
}

void TestTimeZoneIds::timeZoneAbbreviation_isTheDatabasesOnEveryOs()
{
    QFETCH(QString, id);
    QFETCH(QDateTime, at);
    QFETCH(QString, abbreviation);
    QCOMPARE(timeZoneAbbreviation(id, at), abbreviation);
}

void TestTimeZoneIds::builtInDatabase_isThereForAnOsWithoutOne()
{
    // What Windows reads the names, links and abbreviations from (on Linux the OS's own copy is read).
    QFile builtIn(QStringLiteral(":/corral/tzdata.zi"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    const QByteArray text = builtIn.readAll();
    QVERIFY(text.startsWith("# version "));
    QVERIFY(text.contains("\nL Asia/Kolkata Asia/Calcutta\n"));
    QVERIFY(text.contains("\nZ America/Argentina/Buenos_Aires "));
}

void TestTimeZoneIds::linksAndTheirZones_areKnown()
{
    for (const char *id : {"US/Eastern", "Asia/Calcutta", "Asia/Kolkata", "GMT", "America/Buenos_Aires"})
        QVERIFY2(isKnownTimeZone(QString::fromLatin1(id)), id);
    QCOMPARE(timeZoneAbbreviation(QStringLiteral("US/Eastern"), QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC)),
             QStringLiteral("EST"));
}

void TestTimeZoneIds::anOsIndexWithoutTheLinks_getsThemFromTheBuiltInCopy()
{
    // Debian 13 leaves the backward links' files to tzdata-legacy. An OS index without Link lines (TZDIR,
    // read once per process: so in a second one) must still know them, through the built-in copy. On
    // Windows, which has no OS index, the built-in copy is read anyway.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile builtIn(QStringLiteral(":/corral/tzdata.zi"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QFile index(dir.filePath(QStringLiteral("tzdata.zi")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    while (!builtIn.atEnd()) {
        const QByteArray line = builtIn.readLine();
        if (!line.startsWith("L "))
            index.write(line);
    }
    index.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZDIR"), dir.path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("linksAndTheirZones_areKnown")});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, child.readAll().constData());
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
