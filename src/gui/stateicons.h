// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace corral::gui {

// The colour of a state wherever it is shown: table, tray menu, tray icon.
QColor stateColor(protocol::State state);
// The state as the window and tray name it, translated (corralctl and the JSON keep protocol::stateName).
QString stateText(protocol::State state);
// A filled dot in the state's colour, drawn in code so corral_gui needs no resource file.
QIcon stateIcon(protocol::State state);

// How the whole set of strategies is doing, for the tray icon.
enum class Health {
    Idle,    // nothing running
    Running, // something running, nothing in trouble
    Trouble, // something waiting to restart after a crash
    Failed   // something gave up
};
QIcon healthIcon(Health health);
// The application icon: a corral (a ring of posts) around a dot.
QIcon appIcon();

} // namespace corral::gui
