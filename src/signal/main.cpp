// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corral-signal PID: sends the console interrupt to the process group PID leads, from a process of its
// own, so that the caller never has to leave its own console to do it.
#include "winprocess.h"

#include <cstdlib>
#include <cwchar>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 2) {
        std::fputws(L"usage: corral-signal PID\n", stderr);
        return 2;
    }
    const unsigned long pid = std::wcstoul(argv[1], nullptr, 10);
    return pid != 0 && corral::win::sendConsoleInterrupt(DWORD(pid)) ? 0 : 1;
}
