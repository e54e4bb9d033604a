// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "autostart.h"

#include <QCoreApplication>

namespace corral::gui::autostart {

QString minimizedOption()
{
    return QStringLiteral("minimized");
}

QStringList defaultCommand()
{
    return {QCoreApplication::applicationFilePath(), QStringLiteral("--") + minimizedOption()};
}

} // namespace corral::gui::autostart
