// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QProcess>
#include <QString>

#include <optional>

namespace corral {

// How a strategy's end is reported, per OS (platform/exitdescription_*.cpp): Unix says a signal as
// 128 + its number, the way shells do; Windows reports a crash as an NTSTATUS code (0xC0000005).
int exitCodeOf(int code, QProcess::ExitStatus status);
QString describeExit(int code);
// The signal that ended a process whose exit code is `code`; nullopt where none did (and on Windows).
std::optional<int> signalOfExit(int code);
// How a stop Corral made ends, not a failure: "stopped (SIGTERM)", "stopped (SIGKILL after 5 s)".
QString describeStop(bool killed, int graceMs);

} // namespace corral
