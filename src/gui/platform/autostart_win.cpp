// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: the value "Corral" under HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run, which
// Explorer runs at logon. The uninstaller deletes it (installer/packaging.cmake).
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace corral::gui::autostart {

namespace {

const char runKey[] = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
const char valueName[] = "Corral";

// One argument as CommandLineToArgvW reads it back: quoted when it holds a space, a tab or a quote;
// inside quotes a quote is \" and the backslashes before a quote (or the closing one) are doubled.
QString windowsArgument(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('\t')) &&
        !arg.contains(QLatin1Char('"')))
        return arg;
    QString out = QStringLiteral("\"");
    int backslashes = 0;
    for (QChar c : arg) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        out += QString(c == QLatin1Char('"') ? backslashes * 2 + 1 : backslashes, QLatin1Char('\\'));
        backslashes = 0;
        out += c;
    }
    out += QString(backslashes * 2, QLatin1Char('\\'));
    out += QLatin1Char('"');
    return out;
}

} // namespace

bool isSupported()
{
    return true;
}

QString location()
{
    return QLatin1String(runKey) + QLatin1Char('\\') + QLatin1String(valueName);
}

bool isEnabled()
{
    const QSettings run(QLatin1String(runKey), QSettings::NativeFormat);
    return run.contains(QLatin1String(valueName));
}

QString setEnabled(bool on, const QStringList &command)
{
    QSettings run(QLatin1String(runKey), QSettings::NativeFormat);
    if (on) {
        if (command.isEmpty())
            return QCoreApplication::translate("autostart", "No program to start at login.");
        QStringList line{windowsArgument(QDir::toNativeSeparators(command.first()))};
        for (qsizetype i = 1; i < command.size(); ++i)
            line << windowsArgument(command.at(i));
        run.setValue(QLatin1String(valueName), line.join(QLatin1Char(' ')));
    } else {
        run.remove(QLatin1String(valueName));
    }
    run.sync();
    if (run.status() != QSettings::NoError)
        return QCoreApplication::translate("autostart", "Could not change %1.").arg(location());
    return {};
}

} // namespace corral::gui::autostart
