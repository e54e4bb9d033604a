// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Launches one strategy through the real Launcher and exits at once, as a corrald that dies would:
//   corral_test_launch CORRAL_HOME NAME PROGRAM [ARGS...]     prints the pid on success
#include "launcher.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: corral_test_launch HOME NAME PROGRAM [ARGS...]\n");
        return 2;
    }
    corral::Strategy s;
    s.name = args.at(2);
    s.program = args.at(3);
    s.args = args.mid(4);
    corral::Launcher launcher(corral::Paths::underHome(args.at(1)));
    corral::LaunchResult r = launcher.launch(s);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
        return r.status == corral::LaunchResult::Status::AlreadyRunning ? 3 : 1;
    }
    std::printf("%lld\n", static_cast<long long>(r.identity.pid));
    r.process->release();
    return 0;
}
