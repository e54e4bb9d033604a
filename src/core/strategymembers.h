// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "processidentity.h"

#include <QList>
#include <QString>

namespace corral {

// One live process of a strategy and why it counts as one.
struct StrategyMember
{
    qint64 pid = 0;
    bool carriesCookie = false; // false: found in the strategy's process group only
};

// The live processes of a strategy, wherever they went: those in the process group it was started in
// (`group`, its main process's pid; 0 for none) and those carrying its cookie, which also finds the ones
// that left the group (`setsid`, a double fork). Cookie carriers come first: they are the ones whose
// identity can be checked before they are signalled.
// `startedNotBefore`: the main process's start time, when known (0 otherwise).
QList<StrategyMember> strategyMembers(qint64 group, const QString &cookie, quint64 startedNotBefore = 0);

} // namespace corral
