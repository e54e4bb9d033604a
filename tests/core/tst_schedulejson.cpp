// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "schedulejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace corral;

namespace {

ScheduleWindow window(QList<int> days, QTime start, QTime stop, const QString &zone = QString())
{
    ScheduleWindow w;
    w.days = days;
    w.start = start;
    w.stop = stop;
    w.timeZone = zone;
    return w;
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestScheduleJson : public QObject
{
    Q_OBJECT

private slots:
    void scheduleToJson_emptySchedule_isAnEmptyObject();
    void scheduleToJson_weeklyWindow_namesDaysAndTimes();
    void scheduleToJson_everyMinutes_isThatKeyAlone();
    void everyMinutes_withAZone_writesAndReadsItsTz();
    void scheduleFromJson_written_readsBackEqual();
    void scheduleFromJson_mistakes_namePrefixedFields();
};

void TestScheduleJson::scheduleToJson_emptySchedule_isAnEmptyObject()
{
    // What `schedule --clear` sends.
    QCOMPARE(scheduleToJson(Schedule()), QJsonObject());
}

void TestScheduleJson::scheduleToJson_weeklyWindow_namesDaysAndTimes()
{
    Schedule schedule;
    schedule.windows = {window({Qt::Monday, Qt::Friday}, QTime(9, 20), QTime(15, 15), QStringLiteral("Europe/Berlin")),
                        window({Qt::Sunday}, QTime(23, 0), QTime(1, 5))};
    QCOMPARE(compact(scheduleToJson(schedule)),
             QByteArray(R"({"windows":[{"days":["mon","fri"],"start":"09:20","stop":"15:15","tz":"Europe/Berlin"},)"
                        R"({"days":["sun"],"start":"23:00","stop":"01:05"}]})"));
}

void TestScheduleJson::scheduleToJson_everyMinutes_isThatKeyAlone()
{
    Schedule schedule;
    schedule.everyMinutes = 15;
    QCOMPARE(compact(scheduleToJson(schedule)), QByteArray(R"({"everyMinutes":15})"));
}

void TestScheduleJson::everyMinutes_withAZone_writesAndReadsItsTz()
{
    Schedule schedule;
    schedule.everyMinutes = 60;
    schedule.timeZone = QStringLiteral("Asia/Kolkata");
    const QJsonObject json = scheduleToJson(schedule);
    QCOMPARE(compact(json), QByteArray(R"({"everyMinutes":60,"tz":"Asia/Kolkata"})"));
    Schedule read;
    QList<ConfigError> errors;
    QVERIFY(scheduleFromJson(json, &read, &errors));
    QVERIFY(errors.isEmpty());
    QCOMPARE(read, schedule);
    // A zone that is not a string is the reader's error, with its field.
    QVERIFY(!scheduleFromJson(QJsonObject{{QStringLiteral("everyMinutes"), 5}, {QStringLiteral("tz"), 5}}, &read,
                              &errors, QStringLiteral("schedule.")));
    QCOMPARE(errors.last().field, QStringLiteral("schedule.tz"));
}

void TestScheduleJson::scheduleFromJson_written_readsBackEqual()
{
    Schedule schedule;
    schedule.windows = {window({Qt::Tuesday, Qt::Wednesday}, QTime(8, 0), QTime(17, 30), QStringLiteral("Asia/Tokyo"))};
    schedule.holidays = {QDate(2025, 12, 25), QDate(2026, 1, 1)};
    Schedule read;
    QList<ConfigError> errors;
    QVERIFY(scheduleFromJson(scheduleToJson(schedule), &read, &errors));
    QVERIFY(errors.isEmpty());
    QCOMPARE(read, schedule);
}

void TestScheduleJson::scheduleFromJson_mistakes_namePrefixedFields()
{
    const QJsonObject json =
        QJsonDocument::fromJson(R"({"windows": [{"days": ["mon", "mo"], "start": "9", "stop": "10:00"}],)"
                                R"( "holidays": ["2025-13-01"], "everyMinute": 5})")
            .object();
    Schedule read;
    QList<ConfigError> errors;
    QVERIFY(!scheduleFromJson(json, &read, &errors, QStringLiteral("schedule.")));
    QStringList fields;
    for (const ConfigError &error : errors)
        fields.append(error.field);
    QCOMPARE(fields,
             (QStringList{QStringLiteral("schedule.everyMinute"), QStringLiteral("schedule.windows[0].days[1]"),
                          QStringLiteral("schedule.windows[0].start"), QStringLiteral("schedule.holidays[0]")}));
    QCOMPARE(errors.first().message, QStringLiteral("unknown key \"everyMinute\" (did you mean \"everyMinutes\"?)"));
}

QTEST_GUILESS_MAIN(TestScheduleJson)
#include "tst_schedulejson.moc"
