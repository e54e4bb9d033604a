// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"

namespace corral {

// The moves a StrategyRunner may make between states; docs/design.md shows the same table. Staying in
// a state is always allowed (a status refresh).
bool isAllowedTransition(protocol::State from, protocol::State to);

} // namespace corral
