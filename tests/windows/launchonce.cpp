// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corral_win_launch LOG LOCK COOKIE PROGRAM [ARG…]: starts one strategy the way corrald does, prints
// "PID CREATIONTIME" and exits at once — the strategy must not notice.
#include "winprocess.h"

#include <cstdio>

int wmain(int argc, wchar_t **argv)
{
    if (argc < 5) {
        std::fputws(L"usage: corral_win_launch LOG LOCK COOKIE PROGRAM [ARG...]\n", stderr);
        return 2;
    }
    corral::win::LaunchSpec spec;
    spec.logPath = argv[1];
    spec.lockPath = argv[2];
    spec.cookie = argv[3];
    spec.program = argv[4];
    for (int i = 5; i < argc; ++i)
        spec.arguments.push_back(argv[i]);
    const corral::win::Launched launched = corral::win::launch(spec);
    if (!launched.ok()) {
        std::fprintf(stderr, "%s\n", launched.error.c_str());
        return 1;
    }
    std::printf("%lu %llu\n", launched.identity.pid, static_cast<unsigned long long>(launched.identity.creationTime));
    return 0;
}
