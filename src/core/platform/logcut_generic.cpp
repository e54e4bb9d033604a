// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logcut.h"

#include <QFile>

namespace corral::logcut {

// No portable way to cut a file's head in place (macOS and Windows have none): rotation copies and truncates.
qint64 cuttableLength(QFile &, qint64)
{
    return -1;
}

Cut cutHead(QFile &, qint64, QFile &, bool, QString *)
{
    return Cut::Unsupported;
}

qint64 copyRange(QFile &, qint64, QFile &, qint64, qint64, QString *)
{
    return CopyUnsupported;
}

} // namespace corral::logcut
