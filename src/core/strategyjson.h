// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "configerror.h"
#include "strategy.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace corral {

// JSON form of a strategy (the same in the config file, the IPC protocol and the GUI), members at their
// default left out. The keys come from strategyFields().
QJsonObject strategyToJson(const Strategy &strategy);
// Reads what is there, reporting wrong types/values with field names prefixed by `fieldPrefix`.
// Keys absent from `json` leave `*strategy` as it was (pass a default Strategy for a fresh one); unknown keys
// are errors. Does not validate: run validation::checkStrategy/checkAll on the result.
bool strategyFromJson(const QJsonObject &json, Strategy *strategy, QList<ConfigError> *errors,
                      const QString &fieldPrefix = QString());

} // namespace corral
