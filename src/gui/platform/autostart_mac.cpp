// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// macOS: a LaunchAgent, ~/Library/LaunchAgents/io.github.corral.Corral.plist, which launchd runs at the
// next login. It is not loaded now (the user is already running Corral). macOS 13 lists it under
// System Settings > General > Login Items, where the user may switch it off without removing it.
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace corral::gui::autostart {

namespace {

const char label[] = "io.github.corral.Corral";

} // namespace

bool isSupported()
{
    return true;
}

QString location()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + QLatin1String(label) +
           QStringLiteral(".plist");
}

bool isEnabled()
{
    return QFile::exists(location());
}

QString setEnabled(bool on, const QStringList &command)
{
    const QString path = location();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("autostart", "Could not remove %1.").arg(path);
        return {};
    }
    if (command.isEmpty())
        return QCoreApplication::translate("autostart", "No program to start at login.");
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("autostart", "Could not create %1.").arg(QFileInfo(path).absolutePath());

    QString arguments;
    for (const QString &arg : command)
        arguments += QStringLiteral("        <string>%1</string>\n").arg(arg.toHtmlEscaped());
    // Interactive: launchd must not throttle a GUI application as a background job. No KeepAlive:
    // Quit in the tray means quit.
    const QString plist = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                         "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                         "<plist version=\"1.0\">\n"
                                         "<dict>\n"
                                         "    <key>Label</key>\n"
                                         "    <string>%1</string>\n"
                                         "    <key>ProgramArguments</key>\n"
                                         "    <array>\n"
                                         "%2"
                                         "    </array>\n"
                                         "    <key>RunAtLoad</key>\n"
                                         "    <true/>\n"
                                         "    <key>LimitLoadToSessionType</key>\n"
                                         "    <string>Aqua</string>\n"
                                         "    <key>ProcessType</key>\n"
                                         "    <string>Interactive</string>\n"
                                         "</dict>\n"
                                         "</plist>\n")
                              .arg(QLatin1String(label), arguments);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("autostart", "Could not write %1: %2").arg(path, file.errorString());
    file.write(plist.toUtf8());
    if (!file.commit())
        return QCoreApplication::translate("autostart", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace corral::gui::autostart
