// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace corral::tzdata {

// The OS's own tzdata.zi, describing the zone files Qt reads there; empty where the OS keeps none (Windows,
// whose Qt reads the registry). One file per OS: platform/tzdataindex_*.cpp.
QString systemIndexPath();

} // namespace corral::tzdata
