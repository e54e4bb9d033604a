// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "tzdata.h"

#include "tzdataindex.h"

#include <QFile>
#include <QHash>
#include <QList>

#include <limits>

namespace corral::tzdata {

namespace {

// One line of a zone: from the previous line's UNTIL to this one's.
struct ZoneLine
{
    int standardOffset = 0; // seconds east of UTC
    QString rules;          // "-", a fixed amount of daylight saving ("1:00"), or a rule name
    QString format;         // "E%sT", "GMT/BST", "IST", "%z"
    QDate until;            // invalid on the last line
};

// A rule's years and what it sets; when in the year it applies does not matter for an abbreviation, as
// the OS's offset says which of a zone's rules is in effect.
struct Rule
{
    int from = 0;
    int to = 0;
    int save = 0; // seconds
    QString letter;
};

struct Database
{
    QHash<QString, QString> links;       // link -> its target
    QHash<QString, QStringList> linksTo; // target -> its links
    QHash<QString, QList<ZoneLine>> zones;
    QHash<QString, QList<Rule>> rules;
};

// "-5", "5:30", "-3:53:48", "2s", "1u": seconds; the suffixes (standard, universal, wall time) do not
// matter here.
int seconds(const QString &text)
{
    QString digits = text;
    while (!digits.isEmpty() && digits.back().isLetter())
        digits.chop(1);
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    const QStringList parts = digits.split(QLatin1Char(':'));
    int total = 0;
    int unit = 3600;
    for (const QString &part : parts) {
        total += part.toInt() * unit;
        unit /= 60;
    }
    return negative ? -total : total;
}

bool isAmount(const QString &rules)
{
    return !rules.isEmpty() && (rules.at(0).isDigit() || (rules.size() > 1 && rules.at(0) == QLatin1Char('-')));
}

// zic's "minimum", "maximum" and "only", abbreviated as tzdata.zi writes them ("mi", "ma", "o").
int year(const QString &text, int only)
{
    if (text.startsWith(QLatin1String("mi")))
        return std::numeric_limits<int>::min();
    if (text.startsWith(QLatin1String("ma")))
        return std::numeric_limits<int>::max();
    if (text.startsWith(QLatin1Char('o')))
        return only;
    return text.toInt();
}

// "Ja", "F", "Mar", "Ap", "May", "Jun", "Jul", "Au", "S", "O", "N", "D": the shortest unique prefix.
int month(const QString &text)
{
    static const char *const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    const QString lower = text.toLower();
    for (int m = 0; m < 12; ++m) {
        if (!lower.isEmpty() && QLatin1String(names[m]).startsWith(lower))
            return m + 1;
    }
    return 1;
}

// "15", "lastSu", "Su>=8", "Sa<=25": the date, or the earliest the rule allows.
QDate untilDate(const QStringList &words)
{
    const int y = words.value(0).toInt();
    const int m = words.size() > 1 ? month(words.at(1)) : 1;
    const QDate first(y, m, 1);
    const QString day = words.value(2);
    int d = 1;
    if (day.startsWith(QLatin1String("last")))
        d = first.daysInMonth() - 6;
    else if (day.contains(QLatin1Char('=')))
        d = day.section(QLatin1Char('='), 1).toInt();
    else if (!day.isEmpty())
        d = day.toInt();
    return QDate(y, m, qBound(1, d, first.daysInMonth()));
}

// STDOFF RULES FORMAT [UNTIL...], the words after "Z NAME" or a continuation line's.
ZoneLine zoneLine(const QStringList &words)
{
    ZoneLine line;
    line.standardOffset = seconds(words.value(0));
    line.rules = words.value(1);
    line.format = words.value(2);
    if (words.size() > 3)
        line.until = untilDate(words.mid(3));
    return line;
}

Database read(QFile *file)
{
    Database db;
    QString zone; // whose continuation lines follow
    while (!file->atEnd()) {
        const QString text = QString::fromUtf8(file->readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString &kind = words.at(0);
        if (kind == QLatin1String("Z") && words.size() >= 5) {
            zone = words.at(1);
            db.zones[zone].append(zoneLine(words.mid(2)));
        } else if (kind == QLatin1String("L") && words.size() >= 3) {
            zone.clear();
            db.links.insert(words.at(2), words.at(1));
            db.linksTo[words.at(1)].append(words.at(2));
        } else if (kind == QLatin1String("R") && words.size() >= 10) {
            zone.clear();
            Rule rule;
            rule.from = year(words.at(2), 0);
            rule.to = year(words.at(3), rule.from);
            rule.save = seconds(words.at(8));
            rule.letter = words.at(9) == QLatin1String("-") ? QString() : words.at(9);
            db.rules[words.at(1)].append(rule);
        } else if (!zone.isEmpty() && words.size() >= 3) {
            db.zones[zone].append(zoneLine(words));
        }
    }
    return db;
}

Database read(const QString &path)
{
    QFile file(path);
    return !path.isEmpty() && file.open(QIODevice::ReadOnly) ? read(&file) : Database();
}

const Database &database()
{
    static const Database db = [] {
        const Database builtIn = read(QStringLiteral(":/corral/tzdata.zi"));
        Database system = read(systemIndexPath());
        if (system.zones.isEmpty())
            return builtIn;
        // An OS's index may lack the backward links (Debian 13 leaves their files to tzdata-legacy): the
        // built-in copy still names them, as links to zones the OS has.
        for (auto link = builtIn.links.cbegin(); link != builtIn.links.cend(); ++link) {
            if (!system.links.contains(link.key()) && !system.zones.contains(link.key()) &&
                (system.zones.contains(link.value()) || system.links.contains(link.value()))) {
                system.links.insert(link.key(), link.value());
                system.linksTo[link.value()].append(link.key());
            }
        }
        return system;
    }();
    return db;
}

// The zone a name is, through any chain of links.
QString zoneOf(const Database &db, const QString &name)
{
    QString current = name;
    for (int hops = 0; hops < 8 && db.links.contains(current); ++hops)
        current = db.links.value(current);
    return db.zones.contains(current) ? current : QString();
}

void addLinksTo(const Database &db, const QString &target, QStringList *names)
{
    for (const QString &link : db.linksTo.value(target)) {
        if (!names->contains(link)) {
            names->append(link);
            addLinksTo(db, link, names);
        }
    }
}

// The rule of `rules` that sets `save` and began last by `inYear`: the one whose letter is in use.
const Rule *ruleSetting(const QList<Rule> &rules, int save, int inYear)
{
    const Rule *found = nullptr;
    for (const Rule &rule : rules) {
        if (rule.save == save && rule.from <= inYear && (!found || rule.from >= found->from))
            found = &rule;
    }
    return found;
}

bool isNumeric(const QString &abbreviation)
{
    return abbreviation.isEmpty() || abbreviation.contains(QLatin1Char('%')) ||
           abbreviation.startsWith(QLatin1Char('+')) || abbreviation.startsWith(QLatin1Char('-'));
}

} // namespace

QStringList names()
{
    const Database &db = database();
    QStringList all = db.zones.keys();
    all += db.links.keys();
    return all;
}

bool contains(const QString &name)
{
    const Database &db = database();
    return db.zones.contains(name) || db.links.contains(name);
}

QStringList sameZone(const QString &name)
{
    const Database &db = database();
    const QString zone = zoneOf(db, name);
    if (zone.isEmpty())
        return {};
    QStringList result{zone};
    addLinksTo(db, zone, &result);
    return result;
}

QString abbreviation(const QString &name, const QDateTime &at, int offsetSeconds)
{
    const Database &db = database();
    const auto zone = db.zones.constFind(zoneOf(db, name));
    if (zone == db.zones.cend() || zone->isEmpty())
        return {};
    const QList<ZoneLine> &lines = *zone;
    const QDate date = at.toUTC().date();
    auto line = lines.cbegin();
    while (line + 1 != lines.cend() && line->until.isValid() && line->until <= date)
        ++line;
    const int save = offsetSeconds - line->standardOffset;

    QString letter;
    if (line->rules == QLatin1String("-") || isAmount(line->rules)) {
        if (save != (isAmount(line->rules) ? seconds(line->rules) : 0))
            return {};
    } else {
        const auto rules = db.rules.constFind(line->rules);
        const Rule *rule = rules == db.rules.cend() ? nullptr : ruleSetting(*rules, save, date.year());
        if (!rule)
            return {};
        letter = rule->letter;
    }
    QString result = line->format;
    if (result.contains(QLatin1Char('/')))
        result = result.section(QLatin1Char('/'), save == 0 ? 0 : 1, save == 0 ? 0 : 1);
    result.replace(QLatin1String("%s"), letter);
    return isNumeric(result) ? QString() : result;
}

} // namespace corral::tzdata
