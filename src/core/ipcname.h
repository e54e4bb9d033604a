// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace corral::os {

// The name of corrald's local socket for the instance tagged `tag`: a socket file (beside the state when
// the path fits) on Unix, a pipe name carrying the user on Windows. One file per OS in platform/.
QString ipcName(const QString &stateDir, const QString &tag, const QString &user);

} // namespace corral::os
