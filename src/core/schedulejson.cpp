// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "schedulejson.h"

#include "jsonread.h"
#include "scheduletext.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace corral {

namespace {

QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

void readDays(const QJsonObject &json, const QString &prefix, ScheduleWindow *window, QList<ConfigError> *errors)
{
    QStringList days;
    if (!json.contains(QLatin1String("days"))) {
        errors->append(
            fieldError(prefix + QStringLiteral("days"), QStringLiteral("missing (list days such as \"mon\")")));
        return;
    }
    if (!json::readStringList(json.value(QLatin1String("days")), prefix + QStringLiteral("days"), &days, errors))
        return;
    window->days.clear();
    for (int i = 0; i < days.size(); ++i) {
        const int day = dayFromName(days.at(i));
        if (day == 0)
            errors->append(fieldError(
                QStringLiteral("%1days[%2]").arg(prefix).arg(i),
                QStringLiteral("unknown day \"%1\" (use mon, tue, wed, thu, fri, sat or sun)").arg(days.at(i))));
        else
            window->days.append(day);
    }
}

void readWindow(const QJsonObject &json, const QString &prefix, ScheduleWindow *window, QList<ConfigError> *errors)
{
    json::checkKeys(json,
                    {QStringLiteral("days"), QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("tz")},
                    prefix, errors);
    readDays(json, prefix, window, errors);

    for (const QString &key : {QStringLiteral("start"), QStringLiteral("stop")}) {
        QTime *time = key == QLatin1String("start") ? &window->start : &window->stop;
        QString text;
        if (!json.contains(key))
            errors->append(fieldError(prefix + key, QStringLiteral("missing (use HH:MM)")));
        else if (json::readString(json.value(key), prefix + key, &text, errors) && !parseClockTime(text, time))
            errors->append(
                fieldError(prefix + key, QStringLiteral("\"%1\" is not a valid time (use HH:MM)").arg(text)));
    }

    if (json.contains(QLatin1String("tz")))
        json::readString(json.value(QLatin1String("tz")), prefix + QStringLiteral("tz"), &window->timeZone, errors);
}

void readWindows(const QJsonValue &value, const QString &prefix, Schedule *schedule, QList<ConfigError> *errors)
{
    if (!value.isArray()) {
        errors->append(fieldError(prefix + QStringLiteral("windows"), QStringLiteral("expected a list of windows")));
        return;
    }
    const QJsonArray array = value.toArray();
    schedule->windows.clear();
    for (int i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("%1windows[%2]").arg(prefix).arg(i);
        QJsonObject object;
        if (!json::readObject(array.at(i), field, &object, errors))
            continue;
        ScheduleWindow window;
        readWindow(object, field + QLatin1Char('.'), &window, errors);
        schedule->windows.append(window);
    }
}

void readHolidays(const QJsonValue &value, const QString &prefix, Schedule *schedule, QList<ConfigError> *errors)
{
    QStringList holidays;
    if (!json::readStringList(value, prefix + QStringLiteral("holidays"), &holidays, errors))
        return;
    schedule->holidays.clear();
    for (int i = 0; i < holidays.size(); ++i) {
        const QDate date = parseDate(holidays.at(i));
        if (date.isValid())
            schedule->holidays.append(date);
        else
            errors->append(
                fieldError(QStringLiteral("%1holidays[%2]").arg(prefix).arg(i),
                           QStringLiteral("\"%1\" is not a valid date (use YYYY-MM-DD)").arg(holidays.at(i))));
    }
}

} // namespace

QJsonObject scheduleToJson(const Schedule &schedule)
{
    QJsonObject json;
    if (!schedule.windows.isEmpty()) {
        QJsonArray windows;
        for (const ScheduleWindow &window : schedule.windows) {
            QJsonArray days;
            for (int day : window.days)
                days.append(dayName(day));
            QJsonObject windowJson{{QStringLiteral("days"), days},
                                   {QStringLiteral("start"), clockTimeText(window.start)},
                                   {QStringLiteral("stop"), clockTimeText(window.stop)}};
            if (!window.timeZone.isEmpty())
                windowJson.insert(QStringLiteral("tz"), window.timeZone);
            windows.append(windowJson);
        }
        json.insert(QStringLiteral("windows"), windows);
    }
    if (!schedule.holidays.isEmpty()) {
        QJsonArray holidays;
        for (const QDate &date : schedule.holidays)
            holidays.append(date.toString(Qt::ISODate));
        json.insert(QStringLiteral("holidays"), holidays);
    }
    if (schedule.everyMinutes != 0)
        json.insert(QStringLiteral("everyMinutes"), schedule.everyMinutes);
    if (!schedule.timeZone.isEmpty())
        json.insert(QStringLiteral("tz"), schedule.timeZone);
    return json;
}

bool scheduleFromJson(const QJsonObject &json, Schedule *schedule, QList<ConfigError> *errors,
                      const QString &fieldPrefix)
{
    QList<ConfigError> found;
    const QString &prefix = fieldPrefix;
    json::checkKeys(
        json,
        {QStringLiteral("windows"), QStringLiteral("holidays"), QStringLiteral("everyMinutes"), QStringLiteral("tz")},
        prefix, &found);
    if (json.contains(QLatin1String("windows")))
        readWindows(json.value(QLatin1String("windows")), prefix, schedule, &found);
    if (json.contains(QLatin1String("holidays")))
        readHolidays(json.value(QLatin1String("holidays")), prefix, schedule, &found);
    if (json.contains(QLatin1String("everyMinutes")))
        json::readInt(json.value(QLatin1String("everyMinutes")), prefix + QStringLiteral("everyMinutes"),
                      &schedule->everyMinutes, &found);
    if (json.contains(QLatin1String("tz")))
        json::readString(json.value(QLatin1String("tz")), prefix + QStringLiteral("tz"), &schedule->timeZone, &found);
    if (errors)
        errors->append(found);
    return found.isEmpty();
}

} // namespace corral
