// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "interpreterguess.h"

#include <QDir>
#include <QFileInfo>

namespace corral::gui {

bool isPythonScript(const QString &path)
{
    return path.endsWith(QLatin1String(".py"), Qt::CaseInsensitive);
}

InterpreterGuess guessInterpreter(const QString &scriptPath)
{
    static const char *const venvNames[] = {"venv", ".venv", "env"};
    // Unix venvs keep bin/python, Windows venvs Scripts/python.exe; checking both keeps one code path.
    static const char *const interpreters[] = {"bin/python", "Scripts/python.exe"};

    const QFileInfo script(scriptPath);
    QDir dir = script.absoluteDir();
    for (int level = 0; level < 2; ++level) {
        for (const char *venv : venvNames) {
            for (const char *interpreter : interpreters) {
                const QFileInfo candidate(
                    dir.filePath(QLatin1String(venv) + QLatin1Char('/') + QLatin1String(interpreter)));
                if (candidate.isFile() && candidate.isExecutable())
                    return {QDir::cleanPath(candidate.absoluteFilePath()), true};
            }
        }
        if (!dir.cdUp())
            break;
    }
    return {QStringLiteral("python3"), false};
}

} // namespace corral::gui
