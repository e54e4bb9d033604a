// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace corral::gui {

// Arguments as one line of text the user edits, split the way QProcess::splitCommand splits: spaces
// separate, double quotes group, and three double quotes stand for one literal quote.
QStringList splitArguments(const QString &line);
// The inverse for every list without empty arguments (splitCommand has no way to write one).
QString joinArguments(const QStringList &arguments);

} // namespace corral::gui
