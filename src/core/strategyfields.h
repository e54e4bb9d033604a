// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The one list of a strategy's configurable members. Each row says, once, under which JSON key a member is
// stored, how it is read and written, and the least value a number may take; the JSON codec, the
// unknown-key check and validation's number checks all come from it, so a new member is one new row.

#include "configerror.h"
#include "strategy.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace corral {

struct StrategyField
{
    // "maxRestarts"; "limits.memoryMb" lives in the nested object "limits".
    QString key;
    // Written even when equal to the default: a strategy without a name and a program means nothing.
    bool alwaysWritten = false;

    bool (*isDefault)(const Strategy &strategy) = nullptr;
    QJsonValue (*write)(const Strategy &strategy) = nullptr;
    // On a wrong type or value: false, with errors naming `field` (or its items: "env.KEY", "args[2]").
    bool (*read)(const QJsonValue &value, const QString &field, Strategy *strategy,
                 QList<ConfigError> *errors) = nullptr;
    // Numbers only (null otherwise): reports the member under `field` when it is below `minimum`.
    void (*checkMinimum)(const Strategy &strategy, int minimum, const QString &field,
                         QList<ConfigError> *errors) = nullptr;
    int minimum = 0;

    QString object() const; // "limits" for "limits.memoryMb"; empty at the top level
    QString name() const;   // "memoryMb" for "limits.memoryMb"
};

// In the order their errors are reported.
const QList<StrategyField> &strategyFields();

} // namespace corral
