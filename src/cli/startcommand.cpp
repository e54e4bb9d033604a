// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "actioncommand.h"
#include "commands.h"
#include "output.h"

namespace corral::cli {

namespace {

// Starting with dependencies waits for each one in turn; far longer than any reply should take.
constexpr int StartTimeoutMs = 120000;

const VerbSpec Spec{"start", "start NAME...|--all", QT_TRANSLATE_NOOP("corralctl", "Start strategies"),
                    Names::NamesOrAll, Corrald::Needed};

class StartCommand : public ActionCommand
{
public:
    StartCommand() : ActionCommand(protocol::Command::Start, StartTimeoutMs) {}
    const VerbSpec &spec() const override { return Spec; }
    QString description() const override
    {
        return Cli::tr("Starts strategies. One that is already running is left alone (its instance "
                       "lock makes a second copy impossible).");
    }
};

} // namespace

std::unique_ptr<Verb> makeStartCommand()
{
    return std::make_unique<StartCommand>();
}

} // namespace corral::cli
