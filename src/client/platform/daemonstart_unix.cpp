// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Unix: QProcess's detached start double-forks and calls setsid, and corrald closes every descriptor it
// inherited above 2 at start (see descriptors.h), so nothing more is needed here.

#include "daemonstart.h"

namespace corral::os {

bool startDetachedDaemon(QProcess &process)
{
    return process.startDetached();
}

} // namespace corral::os
