// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: a named pipe, which lives in one namespace for the whole machine: the user is in its name.
#include "ipcname.h"

namespace corral::os {

QString ipcName(const QString &, const QString &tag, const QString &user)
{
    return QStringLiteral("corral-%1-%2").arg(user, tag);
}

} // namespace corral::os
