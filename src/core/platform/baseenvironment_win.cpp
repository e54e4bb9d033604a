// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: the user's own environment block (system and user variables from the registry, the
// volatile logon ones), as Explorer gives a program started at logon, whatever console started corrald.

#include "baseenvironment.h"

#include <windows.h>

#include <userenv.h>

namespace corral::os {

QProcessEnvironment loginEnvironment(const QProcessEnvironment &session)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE | TOKEN_IMPERSONATE, &token))
        return session;
    void *block = nullptr;
    const BOOL built = CreateEnvironmentBlock(&block, token, FALSE);
    CloseHandle(token);
    if (!built || !block)
        return session;
    QProcessEnvironment env;
    // NAME=VALUE\0 ... \0\0; entries starting with '=' are the per-drive current directories.
    for (const wchar_t *entry = static_cast<const wchar_t *>(block); *entry; entry += wcslen(entry) + 1) {
        const QString text = QString::fromWCharArray(entry);
        const qsizetype eq = text.indexOf(QLatin1Char('='), 1);
        if (eq > 0)
            env.insert(text.left(eq), text.mid(eq + 1));
    }
    DestroyEnvironmentBlock(block);
    return env;
}

} // namespace corral::os
