// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "actionresult.h"

#include "errorout.h"

#include <QJsonArray>
#include <QJsonObject>

namespace corral {

namespace {

// Why one row is not a result, or empty when it is one.
QString readRow(const QJsonValue &value, ActionResult *out)
{
    if (!value.isObject())
        return QStringLiteral("not an object");
    const QJsonObject row = value.toObject();
    const QJsonValue name = row.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty())
        return QStringLiteral("\"name\" is not a non-empty string");
    const QJsonValue result = row.value(QLatin1String("result"));
    ActionResult parsed;
    if (!result.isString() || !ActionResult::parseResult(result.toString(), &parsed.result))
        return QStringLiteral("unknown result %1")
            .arg(result.isString() ? QLatin1Char('"') + result.toString() + QLatin1Char('"')
                                   : QStringLiteral("(not a string)"));
    const QJsonValue message = row.value(QLatin1String("message"));
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return QStringLiteral("\"message\" is not a string");
    parsed.name = name.toString();
    parsed.message = message.toString();
    *out = parsed;
    return QString();
}

} // namespace

bool readActionResults(const QJsonValue &array, QList<ActionResult> *results, QString *error)
{
    if (array.isUndefined()) {
        results->clear();
        return true;
    }
    if (!array.isArray()) {
        setError(error, QStringLiteral("bad reply from corrald: \"results\" is not a list"));
        return false;
    }
    const QJsonArray rows = array.toArray();
    QList<ActionResult> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ActionResult result;
        const QString why = readRow(rows.at(i), &result);
        if (!why.isEmpty()) {
            setError(error, QStringLiteral("bad result from corrald (results[%1]): %2").arg(i).arg(why));
            return false;
        }
        out.append(result);
    }
    *results = out;
    return true;
}

} // namespace corral
