// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "actionoutcome.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace corral {

// What a start, stop or restart did to one strategy: one element of the reply's "results"
// (docs/protocol.md), read once here so that no client compares result words of its own.
struct ActionResult
{
    using Result = ActionOutcome;

    QString name;
    Result result = Result::Failed;
    QString message; // says more ("did not stop within 5 s and was killed", the launch error); may be empty

    static QString resultName(Result result) { return outcomeName(result); }
    static bool parseResult(const QString &text, Result *result) { return parseOutcome(text, result); }
};

// The "results" of a start/stop/restart reply. Absent is an empty list (a corrald that sends only the
// statuses); anything else that is not a list of {name, result, message} is false with `error` naming the
// first row that is not one: a reply that cannot be read never passes for a success.
bool readActionResults(const QJsonValue &array, QList<ActionResult> *results, QString *error);

} // namespace corral
