// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "actioncommand.h"
#include "commands.h"
#include "output.h"

namespace corral::cli {

namespace {

// As long as the stop timeouts take.
constexpr int Forever = -1;

const VerbSpec Spec{"restart", "restart NAME...|--all", QT_TRANSLATE_NOOP("corralctl", "Stop and start strategies"),
                    Names::NamesOrAll, Corrald::Needed};

class RestartCommand : public ActionCommand
{
public:
    RestartCommand() : ActionCommand(protocol::Command::Restart, Forever) {}
    const VerbSpec &spec() const override { return Spec; }
    QString description() const override
    {
        return Cli::tr("Stops and starts strategies again (a stopped one is just started).");
    }
};

} // namespace

std::unique_ptr<Verb> makeRestartCommand()
{
    return std::make_unique<RestartCommand>();
}

} // namespace corral::cli
