// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Linux: the process list and environments come from /proc.
#include "processprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace corral::test {

QList<qint64> myProcesses()
{
    QList<qint64> pids;
    const qint64 self = ::getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid <= 0 || pid == self)
            continue;
        if (QFileInfo(QStringLiteral("/proc/%1").arg(pid)).ownerId() == uint(::getuid()) && alive(pid))
            pids.append(pid);
    }
    return pids;
}

QList<QByteArray> environmentOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> entries = f.readAll().split('\0');
    entries.removeAll(QByteArray());
    return entries;
}

} // namespace corral::test
