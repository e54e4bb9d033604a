// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: a process inherits only handles marked inheritable, and only when its creator asks for
// inheritance; a strategy is created with an explicit list (launcher_win.cpp: its log, NUL and its
// lock). Nothing leaks the way Unix descriptors do, so there is nothing to close. There is no soft
// limit on handles to raise either (the CRT's stdio limit does not bound Win32 handles).

#include "descriptors.h"

namespace corral::os {

void closeInheritedDescriptors() {}

void stdinFromNullDevice() {}

long long raiseOpenFileLimit()
{
    return 0;
}

long long defaultStrategyOpenFiles()
{
    return 0;
}

bool closeOnExecAllBut(int) noexcept
{
    return true;
}

} // namespace corral::os
