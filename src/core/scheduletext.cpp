// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "scheduletext.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace corral {

namespace {

constexpr int DaysInWeek = 7;

const QStringList &shortNames()
{
    static const QStringList names = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                      QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                      QStringLiteral("sun")};
    return names;
}

// 0 … 6 for a short or full day name in lower case, -1 otherwise.
int dayIndex(const QString &word)
{
    static const QStringList fullNames = {
        QStringLiteral("monday"), QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")};
    const qsizetype index = shortNames().indexOf(word);
    return int(index >= 0 ? index : fullNames.indexOf(word));
}

} // namespace

QString dayName(int day)
{
    return day >= Qt::Monday && day <= Qt::Sunday ? shortNames().at(day - 1) : QString::number(day);
}

int dayFromName(const QString &name)
{
    return int(shortNames().indexOf(name.trimmed().toLower())) + 1;
}

QString dayListText(const QList<int> &days)
{
    QStringList names;
    for (int day : days)
        names.append(dayName(day));
    return names.join(QLatin1Char(','));
}

bool parseDayList(const QString &text, QList<int> *days, QString *unknownWord)
{
    std::array<bool, DaysInWeek> chosen{};
    const auto fail = [&](const QString &word) {
        if (unknownWord)
            *unknownWord = word;
        return false;
    };
    const QStringList words = text.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : words) {
        const QString word = raw.trimmed();
        if (word == QLatin1String("weekdays")) {
            for (int i = 0; i < 5; ++i)
                chosen[i] = true;
        } else if (word == QLatin1String("weekend")) {
            chosen[5] = chosen[6] = true;
        } else if (word == QLatin1String("daily") || word == QLatin1String("all")) {
            chosen.fill(true);
        } else if (word.contains(QLatin1Char('-'))) {
            const QStringList ends = word.split(QLatin1Char('-'));
            const int from = ends.size() == 2 ? dayIndex(ends.at(0).trimmed()) : -1;
            const int to = ends.size() == 2 ? dayIndex(ends.at(1).trimmed()) : -1;
            if (from < 0 || to < 0)
                return fail(word);
            for (int i = from;; i = (i + 1) % DaysInWeek) {
                chosen[i] = true;
                if (i == to)
                    break;
            }
        } else {
            const int index = dayIndex(word);
            if (index < 0)
                return fail(word);
            chosen[index] = true;
        }
    }
    days->clear();
    for (int i = 0; i < DaysInWeek; ++i) {
        if (chosen[i])
            days->append(Qt::Monday + i);
    }
    return true;
}

bool parseClockTime(const QString &text, QTime *time)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QTime parsed(match.captured(1).toInt(), match.captured(2).toInt()); // invalid when out of range
    if (!parsed.isValid())
        return false;
    *time = parsed;
    return true;
}

QString clockTimeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace corral
