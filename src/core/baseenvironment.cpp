// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "baseenvironment.h"

namespace corral {

const QStringList &BaseEnvironment::allowList()
{
    // What a desktop login sets and a program may rightly expect; nothing a user exports by hand.
    static const QStringList names = {
        QStringLiteral("HOME"),
        QStringLiteral("USER"),
        QStringLiteral("LOGNAME"),
        QStringLiteral("SHELL"),
        QStringLiteral("PATH"),
        QStringLiteral("LANG"),
        QStringLiteral("LANGUAGE"),
        QStringLiteral("LC_*"),
        QStringLiteral("TZ"),
        QStringLiteral("TMPDIR"),
        QStringLiteral("XDG_*"),
        QStringLiteral("DISPLAY"),
        QStringLiteral("WAYLAND_DISPLAY"),
        QStringLiteral("XAUTHORITY"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("__CF_USER_TEXT_ENCODING"), // macOS: the user's text encoding, set by launchd
    };
    return names;
}

bool BaseEnvironment::isAllowed(const QString &name)
{
    for (const QString &entry : allowList()) {
        if (entry.endsWith(QLatin1Char('*')) ? name.startsWith(entry.chopped(1)) : name == entry)
            return true;
    }
    return false;
}

QProcessEnvironment BaseEnvironment::build(const QProcessEnvironment &session)
{
    QProcessEnvironment env = os::loginEnvironment(session);
    const QString homeVar = QStringLiteral("CORRAL_HOME");
    if (session.contains(homeVar))
        env.insert(homeVar, session.value(homeVar));
    return env;
}

const QProcessEnvironment &BaseEnvironment::current()
{
    static const QProcessEnvironment base = build(QProcessEnvironment::systemEnvironment());
    return base;
}

} // namespace corral
