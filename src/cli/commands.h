// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "verb.h"

#include <memory>

// One verb per file (<verb>command.cpp), each made here by its own function.
namespace corral::cli {

std::unique_ptr<Verb> makeAddCommand();
std::unique_ptr<Verb> makeEditCommand();
std::unique_ptr<Verb> makeRemoveCommand();
std::unique_ptr<Verb> makeStartCommand();
std::unique_ptr<Verb> makeStopCommand();
std::unique_ptr<Verb> makeRestartCommand();
std::unique_ptr<Verb> makeListCommand();
std::unique_ptr<Verb> makeStatusCommand();
std::unique_ptr<Verb> makeLogsCommand(); // reads files and never needs corrald
std::unique_ptr<Verb> makeHistoryCommand();
std::unique_ptr<Verb> makeScheduleCommand();
std::unique_ptr<Verb> makeDaemonCommand();

} // namespace corral::cli
