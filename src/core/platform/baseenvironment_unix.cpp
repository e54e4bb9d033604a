// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Unix: the session's values of the allow-list; who the user is comes from the account, as login(1)
// sets it, so a `sudo -E` or a HOME overridden in one shell does not leak into every bot.

#include "baseenvironment.h"

#include <QFile>

#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace corral::os {

QProcessEnvironment loginEnvironment(const QProcessEnvironment &session)
{
    QProcessEnvironment env;
    const QStringList keys = session.keys();
    for (const QString &key : keys) {
        if (BaseEnvironment::isAllowed(key))
            env.insert(key, session.value(key));
    }

    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? size_t(size) : 16384);
    struct passwd entry;
    struct passwd *found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
        const QString user = QFile::decodeName(found->pw_name);
        env.insert(QStringLiteral("USER"), user);
        env.insert(QStringLiteral("LOGNAME"), user);
        if (found->pw_dir && *found->pw_dir)
            env.insert(QStringLiteral("HOME"), QFile::decodeName(found->pw_dir));
        if (found->pw_shell && *found->pw_shell)
            env.insert(QStringLiteral("SHELL"), QFile::decodeName(found->pw_shell));
    }
    // What login(1) and launchd give a user without a PATH of their own.
    if (env.value(QStringLiteral("PATH")).isEmpty())
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    return env;
}

} // namespace corral::os
