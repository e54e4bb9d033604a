// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QProcess>

namespace corral::os {

// Starts corrald, set up in `process` (program, stdio files, directory), detached from this client: it
// must hold nothing the client was given, or a `corralctl ... | cat` would wait until corrald exits, and
// it must not end with the client's terminal. One file per OS (platform/daemonstart_*.cpp): on Unix
// corrald closes what it inherited itself, on Windows only its three standard handles are passed.
bool startDetachedDaemon(QProcess &process);

} // namespace corral::os
