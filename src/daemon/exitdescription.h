// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QProcess>
#include <QString>

namespace corral {

// How a strategy's end is reported, per OS (platform/exitdescription_*.cpp): Unix says a signal as
// 128 + its number, the way shells do; Windows reports a crash as an NTSTATUS code (0xC0000005).
int exitCodeOf(int code, QProcess::ExitStatus status);
QString describeExit(int code);

} // namespace corral
