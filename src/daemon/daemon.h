// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "paths.h"

#include <QStringList>

namespace corral {

// corrald's life: one per user (per CORRAL_HOME), held by a lock; adopts what is still running, serves
// clients until asked to stop, and then leaves every strategy running.
class Daemon
{
public:
    enum ExitCode { Ok = 0, Error = 1, Usage = 2, AlreadyRunning = 3 };

    explicit Daemon(const Paths &paths) : m_paths(paths) {}

    int runForeground();
    // Starts `program --foreground` detached in its own session, output to corrald's log file.
    int detach(const QString &program, const QStringList &extraArgs);

private:
    Paths m_paths;
};

} // namespace corral
