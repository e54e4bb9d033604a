// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "utcoffset.h"

namespace corral {

QString offsetText(int offsetSeconds)
{
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString isoWithOffset(const QDateTime &at, IsoPrecision precision)
{
    const QString format = precision == IsoPrecision::Milliseconds ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                                   : QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    return at.toString(format) + offsetText(at.offsetFromUtc());
}

} // namespace corral
