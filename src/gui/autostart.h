// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

// "Start Corral at login", through the operating system's own mechanism: an XDG autostart entry on
// Linux, a LaunchAgent on macOS, the HKCU Run key on Windows (one file per OS: autostart_<os>.cpp).
// The entry itself is the setting; nothing is kept in Settings, so an entry the user removes elsewhere
// (GNOME Tweaks, System Settings, Task Manager) shows as off.
namespace corral::gui::autostart {

// The option (without dashes) that starts corral in the tray without showing the window.
QString minimizedOption();

// What the entry runs: this executable, minimized to the tray.
QStringList defaultCommand();

bool isSupported();
bool isEnabled();

// Writes the entry for `command` (program first; rewritten each time, so it follows a moved
// executable), or removes it. Returns why that failed, or an empty string.
QString setEnabled(bool on, const QStringList &command = defaultCommand());

// Where the entry lives: a file, or a registry key and value; empty where unsupported.
QString location();

} // namespace corral::gui::autostart
