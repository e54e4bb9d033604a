// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "jsonread.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace corral::json {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Words users bring from their hand-written managers, too far from ours for the spelling check to catch.
QString knownAlias(const QString &key)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("auto_restart"), QStringLiteral("restart")},
        {QStringLiteral("autorestart"), QStringLiteral("restart")},
        {QStringLiteral("command"), QStringLiteral("program")},
        {QStringLiteral("workingDir"), QStringLiteral("cwd")},
        {QStringLiteral("working_dir"), QStringLiteral("cwd")},
        {QStringLiteral("depends"), QStringLiteral("dependencies")},
        {QStringLiteral("depends_on"), QStringLiteral("dependencies")},
        {QStringLiteral("stopTimeout"), QStringLiteral("stopTimeoutSec")},
        {QStringLiteral("stop_timeout"), QStringLiteral("stopTimeoutSec")},
        {QStringLiteral("schedule_days"), QStringLiteral("schedule")},
    };
    return aliases.value(key);
}

} // namespace

void checkKeys(const QJsonObject &json, const QStringList &known, const QString &prefix, QList<ConfigError> *errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (known.contains(key))
            continue;
        QString suggestion = knownAlias(key);
        if (suggestion.isEmpty()) {
            int best = 3; // farther than two edits is a different word, not a typo
            for (const QString &candidate : known) {
                const int distance = editDistance(key.toLower(), candidate.toLower());
                if (distance < best) {
                    best = distance;
                    suggestion = candidate;
                }
            }
        }
        QString message = QStringLiteral("unknown key \"%1\"").arg(key);
        if (!suggestion.isEmpty())
            message += QStringLiteral(" (did you mean \"%1\"?)").arg(suggestion);
        errors->append(fieldError(prefix + key, message));
    }
}

bool readString(const QJsonValue &value, const QString &field, QString *out, QList<ConfigError> *errors)
{
    if (!value.isString()) {
        errors->append(fieldError(field, QStringLiteral("expected a string")));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readInt(const QJsonValue &value, const QString &field, int *out, QList<ConfigError> *errors)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        errors->append(fieldError(field, QStringLiteral("expected a whole number")));
        return false;
    }
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        errors->append(fieldError(field, QStringLiteral("%1 is out of range").arg(number)));
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

bool readInteger(const QJsonValue &value, qint64 low, qint64 high, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    const double lowest = double(std::max(low, -MaxExactInteger));
    const double highest = double(std::min(high, MaxExactInteger));
    if (!std::isfinite(d) || d != std::trunc(d) || d < lowest || d > highest)
        return false;
    *out = qint64(d);
    return true;
}

bool readStringList(const QJsonValue &value, const QString &field, QStringList *out, QList<ConfigError> *errors)
{
    if (!value.isArray()) {
        errors->append(fieldError(field, QStringLiteral("expected a list of strings")));
        return false;
    }
    const QJsonArray array = value.toArray();
    QStringList list;
    bool ok = true;
    for (int i = 0; i < array.size(); ++i) {
        QString item;
        if (readString(array.at(i), QStringLiteral("%1[%2]").arg(field).arg(i), &item, errors))
            list.append(item);
        else
            ok = false;
    }
    if (ok)
        *out = list;
    return ok;
}

bool readObject(const QJsonValue &value, const QString &field, QJsonObject *out, QList<ConfigError> *errors)
{
    if (!value.isObject()) {
        errors->append(fieldError(field, QStringLiteral("expected an object")));
        return false;
    }
    *out = value.toObject();
    return true;
}

} // namespace corral::json
