// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "actionoutcome.h"

#include "namedenum.h"

namespace corral {

namespace {

constexpr Named<ActionOutcome> OutcomeNames[] = {
    {ActionOutcome::Started, "started"},     {ActionOutcome::AlreadyRunning, "already-running"},
    {ActionOutcome::Stopped, "stopped"},     {ActionOutcome::NotRunning, "not-running"},
    {ActionOutcome::Restarted, "restarted"}, {ActionOutcome::Failed, "failed"},
};

} // namespace

QString outcomeName(ActionOutcome outcome)
{
    return nameOf(OutcomeNames, outcome);
}

bool parseOutcome(const QString &text, ActionOutcome *outcome)
{
    return parseName(OutcomeNames, text, outcome);
}

} // namespace corral
