// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"
#include "verb.h"

namespace corral::cli {

// start, stop and restart: the same request on NAME...|--all, one result line per strategy.
class ActionCommand : public Verb
{
public:
    ActionCommand(protocol::Command command, int timeoutMs) : m_command(command), m_timeoutMs(timeoutMs) {}
    int run(Invocation &call) override;

private:
    protocol::Command m_command;
    int m_timeoutMs;
};

} // namespace corral::cli
