// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "timezoneids.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace corral {

namespace {

// Where Qt's own tz backend reads zone files; TZDIR as glibc honours it.
QString zoneInfoDir()
{
    const QString dir = qEnvironmentVariable("TZDIR");
    return dir.isEmpty() ? QStringLiteral("/usr/share/zoneinfo") : dir;
}

// "Z Europe/Berlin ..." and "L Asia/Kolkata Asia/Calcutta" lines of tzdata.zi; empty where the OS ships no
// such index (Windows, some macOS versions).
QSet<QString> readTzdataIndex()
{
    QSet<QString> names;
    QFile file(zoneInfoDir() + QStringLiteral("/tzdata.zi"));
    if (!file.open(QIODevice::ReadOnly))
        return names;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> words = line.split(' ');
        if (words.size() >= 2 && words.at(0) == "Z")
            names.insert(QString::fromUtf8(words.at(1)));
        else if (words.size() >= 3 && words.at(0) == "L")
            names.insert(QString::fromUtf8(words.at(2)));
    }
    return names;
}

const QSet<QString> &tzdataIndex()
{
    static const QSet<QString> names = readTzdataIndex();
    return names;
}

// Without an index, a name still has to look like one: no empty, "." or ".." part a path could use.
bool looksLikeZoneName(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] =
                std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

bool isKnownTimeZone(const QString &id)
{
    if (id.isEmpty())
        return false;
    const QByteArray utf8 = id.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(utf8))
        return true;
    const QSet<QString> &index = tzdataIndex();
    if (!index.isEmpty() && !index.contains(id))
        return false;
    return looksLikeZoneName(id) && QTimeZone(utf8).isValid();
}

QStringList knownTimeZones()
{
    QSet<QString> names;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        names.insert(QString::fromUtf8(id));
    for (const QString &id : tzdataIndex()) {
        if (QTimeZone(id.toUtf8()).isValid())
            names.insert(id);
    }
    QStringList sorted(names.cbegin(), names.cend());
    // Qt's offset ids ("UTC+05:30") are accepted but would drown the real names in a list.
    sorted.removeIf([](const QString &id) { return id.startsWith(QLatin1String("UTC")) && id.size() > 3; });
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QStringList closestTimeZones(const QString &id, int count)
{
    const QString wanted = id.trimmed().toLower();
    if (wanted.isEmpty())
        return {};
    // A third of the name wrong, at least two letters: a typo, not another word.
    const int tolerance = std::max(2, int(wanted.size()) / 3);
    struct Candidate
    {
        int distance;
        QString name;
    };
    std::vector<Candidate> candidates;
    for (const QString &name : knownTimeZones()) {
        const QString lower = name.toLower();
        const QString city = lower.section(QLatin1Char('/'), -1);
        const int distance = std::min(editDistance(wanted, lower), editDistance(wanted, city) + 1);
        if (distance <= tolerance)
            candidates.push_back({distance, name});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.distance < b.distance; });
    QStringList result;
    for (const Candidate &c : candidates) {
        // Names much further than the best one are noise beside it ("Berln": Berlin, not Dublin).
        if (result.size() >= count || c.distance > candidates.front().distance + 1)
            break;
        result.append(c.name);
    }
    return result;
}

} // namespace corral
