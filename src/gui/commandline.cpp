// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commandline.h"

#include <QProcess>

#include <algorithm>

namespace corral::gui {

QStringList splitArguments(const QString &line)
{
    return QProcess::splitCommand(line);
}

QString joinArguments(const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments) {
        const bool plain = !argument.isEmpty() && !argument.contains(QLatin1Char('"')) &&
                           std::none_of(argument.cbegin(), argument.cend(), [](QChar c) { return c.isSpace(); });
        if (plain) {
            quoted.append(argument);
            continue;
        }
        QString text = argument;
        text.replace(QLatin1String("\""), QLatin1String("\"\"\""));
        quoted.append(QLatin1Char('"') + text + QLatin1Char('"'));
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace corral::gui
