// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategymembers.h"

#include <algorithm>

namespace corral {

QList<StrategyMember> strategyMembers(qint64 group, const QString &cookie, quint64 startedNotBefore)
{
    QList<StrategyMember> members;
    for (const os::ProcessEntry &p : os::processTable(startedNotBefore)) {
        const bool byCookie = !cookie.isEmpty() && p.cookie == cookie;
        if (byCookie || (group > 0 && p.pgid == group))
            members.append({p.pid, byCookie});
    }
    std::stable_sort(members.begin(), members.end(), [](const StrategyMember &a, const StrategyMember &b) {
        return a.carriesCookie && !b.carriesCookie;
    });
    return members;
}

} // namespace corral
