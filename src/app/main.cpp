// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corral: the desktop window and tray icon, a client of corrald.
#include "autostart.h"
#include "daemonconnection.h"
#include "language.h"
#include "mainwindow.h"
#include "notifier.h"
#include "settings.h"
#include "singleinstance.h"
#include "stateicons.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSystemTrayIcon>

using namespace corral;
using namespace corral::gui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("corral"));
    QApplication::setApplicationDisplayName(QStringLiteral("Corral"));
    QApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("corral"));
    QApplication::setWindowIcon(appIcon());

    // The language comes first: --help, the window and every dialog are translated as they are made. The
    // settings file is only read here; the directories are made below, after --help and --version.
    const Paths paths = Paths::fromEnvironment();
    Settings settings(paths.configDir() + QStringLiteral("/corral-gui.ini"));
    i18n::installTranslators(i18n::chooseLanguage(settings.language(), QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The Corral window and tray icon."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption minimized(
        autostart::minimizedOption(),
        QApplication::translate("main", "Start in the system tray without showing the window (as at login)."));
    parser.addOption(minimized);
    parser.process(app);

    paths.ensureCreated();
    SingleInstance instance(SingleInstance::serverNameFor(paths.ipcName()),
                            paths.stateDir() + QStringLiteral("/corral-gui.lock"));
    if (!instance.claim())
        return 0; // the running window was asked to come forward

    DaemonConnection connection(paths);
    MainWindow window(&connection, &settings);
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window, &MainWindow::showAndRaise);

    TrayIcon tray(window.model());
    TrayNotifier notifier(tray.systemTrayIcon());
    window.setNotifier(&notifier);
    const bool inTray = QSystemTrayIcon::isSystemTrayAvailable();
    if (inTray) {
        // The tray keeps Corral alive while the window is closed; Quit ends it.
        QApplication::setQuitOnLastWindowClosed(false);
        window.setTrayIcon(&tray);
        tray.show();
    }

    // Started at login: wait in the tray; without one, minimized is the closest thing.
    if (!parser.isSet(minimized))
        window.show();
    else if (!inTray)
        window.showMinimized();
    connection.open();
    return app.exec();
}
