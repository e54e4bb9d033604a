// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald: the per-user supervisor. Without --foreground it starts itself detached and returns.
#include "daemon.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char **argv)
{
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
