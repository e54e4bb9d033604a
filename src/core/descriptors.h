// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// What a process hands on of its descriptors, and how many it may open. corrald calls these first thing
// in main(); the launcher calls closeOnExecAllBut() in each strategy's child. Per OS in
// platform/descriptors_*.cpp.

namespace corral::os {

// corrald's clean slate: closes every descriptor above stderr that it inherited from whoever started
// it. A shell's `exec 9>&1` would otherwise keep that pipe open for the daemon's whole life, and in
// every bot it starts. Call before anything opens a file. Windows: nothing to do (see the _win file).
void closeInheritedDescriptors();

// Points stdin at the null device: corrald never reads it, and must not hold a terminal or a pipe open.
void stdinFromNullDevice();

// Raises the soft open-file limit to the hard one (macOS: at most OPEN_MAX, setrlimit refuses more), so
// that a shell's `ulimit -n 48` or macOS's 256 do not cap how many strategies corrald can run. Returns
// the soft limit now in force (0: no such limit).
long long raiseOpenFileLimit();

// The soft open-file limit a strategy starts with when it sets none: FD_SETSIZE, the login default,
// which keeps select() safe in programs that still use it. (corrald's own is raised.)
long long defaultStrategyOpenFiles();

// Between fork and exec (async-signal-safe, no allocation): marks every descriptor above stderr
// close-on-exec except `keep`, so that the program starts with exactly 0, 1, 2 and `keep`. Marking
// rather than closing keeps QProcess's own exec-failure pipe working until the exec. False when the
// descriptors could not all be reached.
bool closeOnExecAllBut(int keep) noexcept;

} // namespace corral::os
