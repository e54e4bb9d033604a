// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace corral {

// The environment every strategy starts from: what a login gives the user, never what happened to be
// exported in the terminal that first started corrald (an API key exported for one test would reach
// every bot). Unix: the session's values of an allow-list (HOME, USER, LOGNAME, SHELL from the
// account; PATH, locale, TZ, TMPDIR, XDG_*, the display and session bus); Windows: the user's own
// environment block, as a new logon gets it. docs/design.md explains the list.
class BaseEnvironment
{
public:
    // Names kept from the session; an entry ending in '*' is a prefix (LC_*, XDG_*).
    static const QStringList &allowList();
    static bool isAllowed(const QString &name);

    // The base built from `session` (the environment corrald started with). CORRAL_HOME stays when
    // set: a strategy that runs corralctl must reach the corrald that supervises it.
    static QProcessEnvironment build(const QProcessEnvironment &session);

    // This process's base, built once from the environment it started with.
    static const QProcessEnvironment &current();
};

namespace os {
// Per OS (platform/baseenvironment_*.cpp): the login-like environment of the user running this process,
// given the session's environment.
QProcessEnvironment loginEnvironment(const QProcessEnvironment &session);
} // namespace os

} // namespace corral
