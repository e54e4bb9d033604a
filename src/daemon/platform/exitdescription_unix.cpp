// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "exitdescription.h"

namespace corral {

int exitCodeOf(int code, QProcess::ExitStatus status)
{
    // QProcess reports a crash with the signal number as the code.
    return status == QProcess::CrashExit ? 128 + code : code;
}

QString describeExit(int code)
{
    return code > 128 ? QStringLiteral("killed by signal %1").arg(code - 128)
                      : QStringLiteral("exited with code %1").arg(code);
}

std::optional<int> signalOfExit(int code)
{
    if (code > 128 && code < 128 + 65)
        return code - 128;
    return std::nullopt;
}

QString describeStop(bool killed, int graceMs)
{
    return killed ? QStringLiteral("stopped (SIGKILL after %1 s)").arg(graceMs / 1000.0)
                  : QStringLiteral("stopped (SIGTERM)");
}

} // namespace corral
