// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "response.h"

#include "errorout.h"
#include "strategyjson.h"

#include <QJsonArray>

namespace corral {

Response Response::fromFrame(const QJsonObject &frame)
{
    Response r;
    r.body = frame;
    r.body.remove(QLatin1String("id"));
    r.body.remove(QLatin1String("ok"));
    const QJsonValue ok = frame.value(QLatin1String("ok"));
    if (ok == QJsonValue(true)) {
        r.ok = true;
        return r;
    }
    protocol::ErrorCode code = protocol::ErrorCode::Internal;
    const QJsonValue error = frame.value(QLatin1String("error"));
    if (ok != QJsonValue(false) || !error.isString() ||
        !protocol::parseErrorCode(frame.value(QLatin1String("code")).toString(), &code))
        return failure(QStringLiteral("bad reply from corrald: neither a result nor an error with a code"));
    r.code = code;
    r.error =
        error.toString().isEmpty() ? QStringLiteral("corrald refused the request without a reason") : error.toString();
    return r;
}

Response Response::failure(const QString &error)
{
    Response r;
    r.error = error;
    return r;
}

bool Response::strategy(protocol::StrategyStatus *status, QString *why) const
{
    QString reason;
    if (protocol::StrategyStatus::fromJson(body.value(QLatin1String("strategy")).toObject(), status, &reason))
        return true;
    return fail(why, QStringLiteral("bad status from corrald: %1").arg(reason));
}

bool Response::strategies(QList<protocol::StrategyStatus> *statuses, QString *why) const
{
    return readStatuses(body.value(QLatin1String("strategies")), statuses, why);
}

bool Response::configs(QList<Strategy> *strategies, QString *why) const
{
    const QJsonValue array = body.value(QLatin1String("configs"));
    if (!array.isArray())
        return fail(why, QStringLiteral("bad reply from corrald: \"configs\" is not a list"));
    const QJsonArray rows = array.toArray();
    QList<Strategy> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Strategy s;
        QList<ConfigError> errors;
        if (!rows.at(i).isObject() || !strategyFromJson(rows.at(i).toObject(), &s, &errors) || !errors.isEmpty())
            return fail(why, QStringLiteral("bad reply from corrald: configs[%1]: %2")
                                 .arg(i)
                                 .arg(errors.isEmpty() ? QStringLiteral("not a strategy") : errors.first().toString()));
        out.append(s);
    }
    *strategies = out;
    return true;
}

bool readStatuses(const QJsonValue &array, QList<protocol::StrategyStatus> *statuses, QString *error)
{
    if (!array.isArray())
        return fail(error, QStringLiteral("bad reply from corrald: \"strategies\" is not a list"));
    const QJsonArray rows = array.toArray();
    QList<protocol::StrategyStatus> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        protocol::StrategyStatus status;
        QString why;
        if (!rows.at(i).isObject() || !protocol::StrategyStatus::fromJson(rows.at(i).toObject(), &status, &why))
            return fail(error, QStringLiteral("bad status from corrald (strategies[%1]): %2")
                                   .arg(i)
                                   .arg(why.isEmpty() ? QStringLiteral("not an object") : why));
        out.append(status);
    }
    *statuses = out;
    return true;
}

} // namespace corral
