// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "statetransitions.h"

namespace corral {

namespace {

using protocol::State;

constexpr int StateCount = 6;

// Rows: from; columns: to, in the order of protocol::State.
// clang-format off
constexpr bool Allowed[StateCount][StateCount] = {
    //                 Stopped Starting Running Stopping Backoff Failed
    /* Stopped  */    {true,   true,    true,   false,   true,   true},
    /* Starting */    {true,   true,    true,   true,    true,   true},
    /* Running  */    {true,   true,    true,   true,    true,   true},
    /* Stopping */    {true,   false,   false,  true,    false,  false},
    /* Backoff  */    {true,   true,    false,  false,   true,   false},
    /* Failed   */    {true,   true,    false,  false,   false,  true},
};
// clang-format on
// Why the less obvious cells are allowed:
// - Stopped -> Running: adoption of a process found running at corrald start (or launched by another
//   corrald: the lock was already held when we launched, which passes through Starting instead).
// - Stopped -> Backoff / Failed: adoption of a strategy that died while corrald was away, judged by
//   its restart policy like any exit.
// - Running -> Starting: an immediate restart (after a stable run, or the first quick failure in a row)
//   goes straight from the exit to the launch, without a backoff in between.
// - Starting -> Stopped / Backoff / Failed: the launch itself failed (Failed for a user's start; the
//   policy decides for an automatic restart).
// - Stopping -> only Stopped: a process being stopped is never restarted, whatever its exit says.
// And why the forbidden ones are: nothing but a launch leaves Backoff or Failed for a live state, and
// nothing leaves Stopping until the whole tree is gone.

} // namespace

bool isAllowedTransition(State from, State to)
{
    const int f = int(from);
    const int t = int(to);
    if (f < 0 || f >= StateCount || t < 0 || t >= StateCount)
        return false;
    return Allowed[f][t];
}

} // namespace corral
