// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "exitdescription.h"

namespace corral {

int exitCodeOf(int code, QProcess::ExitStatus)
{
    // Windows has no signals: a crash already is its exit code (an NTSTATUS such as 0xC0000005).
    return code;
}

QString describeExit(int code)
{
    const quint32 status = quint32(code);
    if (status >= 0xC0000000u)
        return QStringLiteral("crashed (0x%1)")
            .arg(QString::number(status, 16).toUpper().rightJustified(8, QLatin1Char('0')));
    return QStringLiteral("exited with code %1").arg(status);
}

std::optional<int> signalOfExit(int)
{
    return std::nullopt; // Windows has no signals
}

QString describeStop(bool killed, int graceMs)
{
    return killed ? QStringLiteral("stopped (terminated after %1 s)").arg(graceMs / 1000.0)
                  : QStringLiteral("stopped (console interrupt)");
}

} // namespace corral
