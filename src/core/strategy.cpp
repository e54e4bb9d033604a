// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategy.h"

#include "namedenum.h"

namespace corral {

namespace {
constexpr Named<LeftoverMode> LeftoverModes[] = {{LeftoverMode::Follow, "follow"}, {LeftoverMode::Kill, "kill"}};
} // namespace

QString leftoverModeName(LeftoverMode mode)
{
    return nameOf(LeftoverModes, mode);
}

bool parseLeftoverMode(const QString &text, LeftoverMode *mode)
{
    return parseName(LeftoverModes, text, mode);
}

QString restartModeName(RestartMode mode)
{
    switch (mode) {
    case RestartMode::Never:
        return QStringLiteral("never");
    case RestartMode::OnFailure:
        return QStringLiteral("on-failure");
    case RestartMode::Always:
        return QStringLiteral("always");
    }
    // Unreachable for valid enumerators; a value cast from a bad int must not become a valid-looking name.
    return QString();
}

bool parseRestartMode(const QString &text, RestartMode *mode)
{
    for (RestartMode candidate : {RestartMode::Never, RestartMode::OnFailure, RestartMode::Always}) {
        if (text == restartModeName(candidate)) {
            if (mode)
                *mode = candidate;
            return true;
        }
    }
    return false;
}

bool Strategy::operator==(const Strategy &o) const
{
    return name == o.name && program == o.program && args == o.args && workingDir == o.workingDir && env == o.env &&
           secretEnv == o.secretEnv && envFile == o.envFile && inheritedEnv == o.inheritedEnv && restart == o.restart &&
           maxRestarts == o.maxRestarts && stopTimeoutMs == o.stopTimeoutMs && leftovers == o.leftovers &&
           memoryMb == o.memoryMb && maxOpenFiles == o.maxOpenFiles && threads == o.threads && logMaxMb == o.logMaxMb &&
           logBackups == o.logBackups && priority == o.priority && dependencies == o.dependencies &&
           schedule == o.schedule;
}

} // namespace corral
