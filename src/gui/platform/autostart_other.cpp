// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Systems without an autostart mechanism Corral knows: the setting is shown disabled.
#include "autostart.h"

#include <QCoreApplication>

namespace corral::gui::autostart {

bool isSupported()
{
    return false;
}

QString location()
{
    return {};
}

bool isEnabled()
{
    return false;
}

QString setEnabled(bool on, const QStringList &)
{
    if (!on)
        return {};
    return QCoreApplication::translate("autostart", "Starting at login is not supported on this system.");
}

} // namespace corral::gui::autostart
