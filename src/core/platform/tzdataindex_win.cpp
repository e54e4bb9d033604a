// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "tzdataindex.h"

namespace corral::tzdata {

// Windows has no tz database: the built-in copy is the index. (Under Wine "/usr/share/zoneinfo" would
// reach the host's through drive Z:, and the tests would not see what a Windows machine reads.)
QString systemIndexPath()
{
    return {};
}

} // namespace corral::tzdata
