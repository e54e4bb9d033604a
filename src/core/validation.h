// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "configerror.h"
#include "strategy.h"

#include <QList>
#include <QString>

// Validation shared by the store, corrald and the GUI editor.
namespace corral::validation {

// Errors of one strategy on its own (field names relative to the strategy: "name", "restart" …).
QList<ConfigError> checkStrategy(const Strategy &strategy);
// Errors of a whole set: each strategy, duplicate names, unknown dependencies, dependency cycles.
QList<ConfigError> checkAll(const QList<Strategy> &strategies);
// Names that may be used as file names on every platform: non-empty, no '/', '\\', ':' …
QString checkName(const QString &name);

} // namespace corral::validation
