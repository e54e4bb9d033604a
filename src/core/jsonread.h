// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Typed reads of the config's JSON values. Each one names the field when the value has the wrong type, so
// every reader of strategies.json (and of a strategy sent over the socket) words its errors the same way.

#include "configerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace corral::json {

// Unknown keys are errors: a typo such as "restrat" must not silently fall back to the default. Each one
// is reported as `prefix + key`, with the nearest known key (or a known alias) as a suggestion.
void checkKeys(const QJsonObject &json, const QStringList &known, const QString &prefix, QList<ConfigError> *errors);

// On a wrong type: false, one error for `field`, and *out untouched.
bool readString(const QJsonValue &value, const QString &field, QString *out, QList<ConfigError> *errors);
bool readInt(const QJsonValue &value, const QString &field, int *out, QList<ConfigError> *errors);

// The largest integer a JSON number (a double) holds exactly, and so the largest every peer reads alike.
inline constexpr qint64 MaxExactInteger = (qint64(1) << 53) - 1;
// A number with no fraction within [low, high] (and within +-MaxExactInteger): true and *out set;
// otherwise false and *out untouched. For readers that word their own error (protocol, history).
bool readInteger(const QJsonValue &value, qint64 low, qint64 high, qint64 *out);
// Every bad item is reported as "field[i]"; *out changes only when all items are strings.
bool readStringList(const QJsonValue &value, const QString &field, QStringList *out, QList<ConfigError> *errors);
bool readObject(const QJsonValue &value, const QString &field, QJsonObject *out, QList<ConfigError> *errors);

} // namespace corral::json
