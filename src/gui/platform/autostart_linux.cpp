// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Linux and other freedesktop systems: $XDG_CONFIG_HOME/autostart/corral.desktop (XDG Autostart spec).
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace corral::gui::autostart {

namespace {

// One argument of an Exec key (Desktop Entry spec, "The Exec key"): quoted when it holds a reserved
// character, with " ` $ \ escaped inside the quotes; then % doubled and, since Exec is a string value
// whose own escapes are applied first, every backslash doubled again.
QString execArgument(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\"'\\><~|&;$*?#()`");
    bool quote = arg.isEmpty();
    for (QChar c : arg)
        quote = quote || reserved.contains(c);
    QString out;
    for (QChar c : arg) {
        if (quote &&
            (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')))
            out += QLatin1Char('\\');
        out += c;
    }
    if (quote)
        out = QLatin1Char('"') + out + QLatin1Char('"');
    out.replace(QLatin1Char('%'), QStringLiteral("%%"));
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return out;
}

bool isTrue(const QByteArray &value)
{
    return value.trimmed() == "true";
}

} // namespace

bool isSupported()
{
    return true;
}

QString location()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/corral.desktop");
}

bool isEnabled()
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Hidden=true (the spec's way to switch an entry off) or GNOME's own switch.
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('['))
            inMainGroup = line == "[Desktop Entry]";
        else if (inMainGroup && line.startsWith("Hidden=") && isTrue(line.mid(7)))
            return false;
        else if (inMainGroup && line.startsWith("X-GNOME-Autostart-enabled=") && !isTrue(line.mid(26)))
            return false;
    }
    return true;
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
    QStringList exec;
    for (const QString &arg : command) {
        if (arg.contains(QLatin1Char('\n')) || arg.contains(QLatin1Char('\r')))
            return QCoreApplication::translate("autostart", "The path %1 contains a line break.").arg(arg);
        exec << execArgument(arg);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("autostart", "Could not create %1.").arg(QFileInfo(path).absolutePath());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QCoreApplication::translate("autostart", "Could not write %1: %2").arg(path, file.errorString());
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Corral\n"
                                         "Comment=Start Corral in the system tray at login\n"
                                         "Exec=%1\n"
                                         "Icon=corral\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec.join(QLatin1Char(' ')));
    file.write(entry.toUtf8());
    if (!file.commit())
        return QCoreApplication::translate("autostart", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace corral::gui::autostart
