// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald: the per-user supervisor. Without --foreground it starts itself detached and returns.
#include "baseenvironment.h"
#include "daemon.h"
#include "descriptors.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    // A clean slate whoever started us, before anything opens a file: no descriptor of the spawning
    // shell survives (a pipe held open here hangs `... | cat` for as long as corrald lives), and the
    // environment strategies get is fixed now, from the allow-list, not whatever the terminal exported.
    corral::os::closeInheritedDescriptors();
    corral::os::stdinFromNullDevice();
    corral::os::raiseOpenFileLimit();
    corral::BaseEnvironment::current();
    // Qt's own Unix event dispatcher: corrald needs no GLib main loop, and not loading one keeps the
    // resident set of a process that runs for months smaller.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corrald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{type}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Corral's supervisor: keeps strategies running, alone and under control."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption foreground(QStringLiteral("foreground"),
                                        QStringLiteral("Stay attached and log to stderr."));
    parser.addOption(foreground);
    parser.process(app);

    corral::Daemon daemon(corral::Paths::fromEnvironment());
    if (!parser.isSet(foreground))
        return daemon.detach(QCoreApplication::applicationFilePath(), {});
    return daemon.runForeground();
}
