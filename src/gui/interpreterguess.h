// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace corral::gui {

// What should run a Python script: the interpreter of a virtualenv the project keeps beside it, because
// that is where its packages are installed; a bare `python3` would fail on the first import.
struct InterpreterGuess
{
    QString interpreter; // absolute path of the virtualenv's python, or "python3" from PATH
    bool fromVirtualenv = false;
};

// True for the files a user means to run with Python (`.py`, any case).
bool isPythonScript(const QString &path);

// Looks for venv/, .venv/ and env/ in the script's directory, then in its parent (a script in src/ of
// a project whose venv sits at the top). Only an executable interpreter counts: a half-created or
// copied venv would fail at start, and python3 is the better guess then.
InterpreterGuess guessInterpreter(const QString &scriptPath);

} // namespace corral::gui
