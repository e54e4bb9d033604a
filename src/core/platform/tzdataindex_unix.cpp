// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "tzdataindex.h"

namespace corral::tzdata {

// Where Qt's tz backend reads the zone files (TZDIR as glibc honours it); macOS keeps them there too.
QString systemIndexPath()
{
    const QString dir = qEnvironmentVariable("TZDIR");
    return (dir.isEmpty() ? QStringLiteral("/usr/share/zoneinfo") : dir) + QStringLiteral("/tzdata.zi");
}

} // namespace corral::tzdata
