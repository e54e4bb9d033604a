// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Unix: a socket file. Its path is limited to ~104 bytes; keep it beside the state it belongs to when it
// fits (a runtime dir can be wiped at logout while strategies keep running) and fall back otherwise.
#include "ipcname.h"

#include <QDir>
#include <QStandardPaths>

namespace corral::os {

QString ipcName(const QString &stateDir, const QString &tag, const QString &)
{
    const QString beside = stateDir + QStringLiteral("/corrald.sock");
    if (beside.toUtf8().size() < 100)
        return beside;
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return runtime + QStringLiteral("/corral-%1.sock").arg(tag);
}

} // namespace corral::os
