// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "strategy.h"

#include <QList>
#include <QString>

namespace corral::gui {

// The example strategies shipped with Corral: <prefix>/share/corral/examples when installed, the source
// tree's resources/examples when run from a build directory (<build>/bin/corral). Empty when neither.
QString examplesDirectory();

// "ticker" (runs until stopped) and "backfill" (runs once and exits), ready to add; names already in
// `taken` are left out.
QList<Strategy> exampleStrategies(const QString &directory, const QStringList &taken);

// A strategy that runs `scriptPath`: a Python script through the interpreter of a virtualenv beside it
// (else python3), anything else as itself; named after the file, made unique against `taken`.
Strategy strategyForScript(const QString &scriptPath, const QStringList &taken);

} // namespace corral::gui
