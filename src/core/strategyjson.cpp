// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategyjson.h"

#include "jsonread.h"
#include "strategyfields.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace corral {

namespace {

// The keys allowed in each object of a strategy ("" is the strategy itself, which also holds the nested
// objects' names), in table order: that order decides which key a misspelling is said to mean.
const QHash<QString, QStringList> &knownKeys()
{
    static const QHash<QString, QStringList> keys = [] {
        QHash<QString, QStringList> result;
        for (const StrategyField &field : strategyFields()) {
            const QString object = field.object();
            if (!object.isEmpty() && !result[QString()].contains(object))
                result[QString()].append(object);
            result[object].append(field.name());
        }
        return result;
    }();
    return keys;
}

} // namespace

QJsonObject strategyToJson(const Strategy &strategy)
{
    QJsonObject json;
    QMap<QString, QJsonObject> nested;
    for (const StrategyField &field : strategyFields()) {
        if (!field.alwaysWritten && field.isDefault(strategy))
            continue;
        const QString object = field.object();
        if (object.isEmpty())
            json.insert(field.key, field.write(strategy));
        else
            nested[object].insert(field.name(), field.write(strategy));
    }
    for (auto it = nested.cbegin(); it != nested.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

bool strategyFromJson(const QJsonObject &json, Strategy *strategy, QList<ConfigError> *errors,
                      const QString &fieldPrefix)
{
    QList<ConfigError> found;
    json::checkKeys(json, knownKeys().value(QString()), fieldPrefix, &found);

    // Each nested object is checked once, at its first field; nullopt when absent or not an object.
    QHash<QString, std::optional<QJsonObject>> objects;
    const auto openObject = [&](const QString &name) {
        const auto it = objects.constFind(name);
        if (it != objects.cend())
            return it.value();
        std::optional<QJsonObject> opened;
        QJsonObject object;
        if (json.contains(name) && json::readObject(json.value(name), fieldPrefix + name, &object, &found)) {
            json::checkKeys(object, knownKeys().value(name), fieldPrefix + name + QLatin1Char('.'), &found);
            opened = object;
        }
        objects.insert(name, opened);
        return opened;
    };

    for (const StrategyField &field : strategyFields()) {
        const QString objectName = field.object();
        const std::optional<QJsonObject> object = objectName.isEmpty() ? json : openObject(objectName);
        if (object && object->contains(field.name()))
            field.read(object->value(field.name()), fieldPrefix + field.key, strategy, &found);
    }

    if (errors)
        errors->append(found);
    return found.isEmpty();
}

} // namespace corral
