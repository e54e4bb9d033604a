// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: a strategy's processes are those of its Job Object, named after its cookie. The strategy is
// put in it before it runs and nothing it starts can leave it (DETACHED_PROCESS and new process groups
// included), so the job is what the cookie and the process group are on Unix together.

#include "strategymembers.h"
#include "winprocess.h"

namespace corral {

QList<StrategyMember> strategyMembers(qint64, const QString &cookie, quint64)
{
    QList<StrategyMember> members;
    if (cookie.isEmpty())
        return members;
    const win::Handle job = win::openJob(win::jobName(cookie.toStdWString()), JOB_OBJECT_QUERY);
    if (!job)
        return members;
    for (DWORD pid : win::strategyProcesses(job.get()))
        members.append({qint64(pid), true});
    return members;
}

} // namespace corral
