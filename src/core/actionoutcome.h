// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace corral {

// What became of one strategy in a start, stop or restart: the `result` of docs/protocol.md. In core
// because both ends name it: corrald when it replies, the clients when they read the reply.
enum class ActionOutcome { Started, AlreadyRunning, Stopped, NotRunning, Restarted, Failed };

QString outcomeName(ActionOutcome outcome);
// Returns false when the text is not one of the wire names.
bool parseOutcome(const QString &text, ActionOutcome *outcome);

} // namespace corral
