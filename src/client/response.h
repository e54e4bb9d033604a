// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace corral {

// corrald's answer to one request, or why there is none. Callers test `ok` and read typed fields; no
// caller looks into the JSON for "ok" or makes up a reply of its own.
struct Response
{
    bool ok = false;
    // corrald's reason for refusing; nullopt when no answer came (not connected, timed out, bad frame).
    std::optional<protocol::ErrorCode> code;
    QString error;    // one line; empty when ok
    QJsonObject body; // the reply's own fields, without `id` and `ok`

    // A response frame as corrald sends it. One that is neither a well-formed ok nor a well-formed error
    // is a failure that says so: a reply that cannot be read must never pass for a success.
    static Response fromFrame(const QJsonObject &frame);
    // No answer: the transport failed before one arrived.
    static Response failure(const QString &error);

    // body.strategy / body.strategies as statuses. False with `error` set when a row does not parse:
    // a row that cannot be read is an error, never silently dropped.
    bool strategy(protocol::StrategyStatus *status, QString *why) const;
    bool strategies(QList<protocol::StrategyStatus> *statuses, QString *why) const;
    // body.configs (a `list` with `configs: true`) as strategies, strictly: a config that does not read
    // is an error naming configs[i].
    bool configs(QList<Strategy> *strategies, QString *why) const;
};

// Every element of `array` as a status, or false naming the first that is not one.
bool readStatuses(const QJsonValue &array, QList<protocol::StrategyStatus> *statuses, QString *error);

} // namespace corral
