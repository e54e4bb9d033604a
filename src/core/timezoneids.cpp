// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "timezoneids.h"

#include "tzdata.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <vector>

namespace corral {

namespace {

// The name the platform knows `id`'s zone by, empty when it knows none: `id` itself, or the first of the
// names linked with it that it has.
QByteArray resolve(const QString &id)
{
    const QByteArray utf8 = id.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(utf8))
        return utf8;
    // Not a Qt id nor a database name: a path, a directory or a typo that would still open a file.
    if (!tzdata::contains(id))
        return {};
    for (const QString &name : QStringList{id} + tzdata::sameZone(id)) {
        const QByteArray candidate = name.toUtf8();
        if (QTimeZone(candidate).isValid())
            return candidate;
    }
    return {};
}

// Remembered: the list of available ids behind isTimeZoneIdAvailable is built anew on every call (from
// the registry on Windows), and the window's table asks for its zones at every repaint.
QByteArray platformName(const QString &id)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> known;
    const QMutexLocker lock(&mutex);
    auto it = known.constFind(id);
    if (it == known.cend())
        it = known.insert(id, resolve(id));
    return *it;
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

QTimeZone timeZone(const QString &id)
{
    if (id.isEmpty())
        return QTimeZone::systemTimeZone();
    const QByteArray name = platformName(id);
    return name.isEmpty() ? QTimeZone() : QTimeZone(name);
}

bool isKnownTimeZone(const QString &id)
{
    return !id.isEmpty() && !platformName(id).isEmpty();
}

QString timeZoneAbbreviation(const QString &id, const QDateTime &at)
{
    if (id.isEmpty())
        return {};
    const QTimeZone zone = timeZone(id);
    return zone.isValid() ? tzdata::abbreviation(id, at, zone.offsetFromUtc(at)) : QString();
}

QStringList knownTimeZones()
{
    QSet<QString> names;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        names.insert(QString::fromUtf8(id));
    for (const QString &id : tzdata::names()) {
        if (!platformName(id).isEmpty())
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
