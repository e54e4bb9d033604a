// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace corral {

class StrategyRunner;

// What the Scheduler and the LogGuard see of the Supervisor that owns them: the runners, without the
// power to add or remove one. They act on a runner, never on the set of them.
class RunnerRegistry
{
public:
    virtual ~RunnerRegistry() = default;

    // Config order; every name has a runner.
    virtual QStringList names() const = 0;
    // Null for a name corrald does not know.
    virtual StrategyRunner *findRunner(const QString &name) const = 0;
};

} // namespace corral
