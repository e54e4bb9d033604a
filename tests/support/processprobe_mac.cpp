// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// macOS: the process list from libproc, environments from sysctl KERN_PROCARGS2.
#include "processprobe.h"

#include <cstring>
#include <libproc.h>
#include <sys/sysctl.h>
#include <unistd.h>
#include <vector>

namespace corral::test {

QList<qint64> myProcesses()
{
    std::vector<pid_t> all(size_t(qMax(0, proc_listallpids(nullptr, 0))) + 64);
    const int n = proc_listallpids(all.data(), int(all.size() * sizeof(pid_t)));
    all.resize(n > 0 ? size_t(n) : 0);
    QList<qint64> pids;
    for (pid_t pid : all) {
        if (pid <= 0 || pid == ::getpid())
            continue;
        struct kinfo_proc info;
        int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, int(pid)};
        size_t len = sizeof info;
        if (sysctl(mib, 4, &info, &len, nullptr, 0) != 0 || len == 0)
            continue;
        if (info.kp_eproc.e_ucred.cr_uid == ::getuid() && alive(pid))
            pids.append(pid);
    }
    return pids;
}

// KERN_PROCARGS2: argc, the exec path, argv, then the environment, each NUL-terminated.
QList<QByteArray> environmentOf(qint64 pid)
{
    int mib[3] = {CTL_KERN, KERN_PROCARGS2, int(pid)};
    size_t size = 0;
    if (pid <= 0 || sysctl(mib, 3, nullptr, &size, nullptr, 0) != 0 || size < sizeof(int))
        return {};
    QByteArray buf(qsizetype(size), '\0');
    if (sysctl(mib, 3, buf.data(), &size, nullptr, 0) != 0 || size < sizeof(int))
        return {};
    buf.truncate(qsizetype(size));
    int argc = 0;
    std::memcpy(&argc, buf.constData(), sizeof argc);
    QList<QByteArray> parts = buf.mid(sizeof(int)).split('\0');
    parts.removeAll(QByteArray());
    return parts.mid(1 + argc); // past the exec path and argv
}

} // namespace corral::test
