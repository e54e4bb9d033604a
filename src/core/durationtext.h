// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace corral {

// "12s", "2m 05s", "2h 05m", "3d 4h": the two largest units, for uptimes and ages, the same in the window
// and corralctl. Negative durations read as 0s. Worded in the program's language when it installed a
// translator (context "corral::Duration").
QString durationText(qint64 seconds);

} // namespace corral
