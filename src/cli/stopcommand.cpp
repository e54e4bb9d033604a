// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "actioncommand.h"
#include "commands.h"
#include "output.h"

namespace corral::cli {

namespace {

// As long as the stop timeouts take.
constexpr int Forever = -1;

const VerbSpec Spec{"stop", "stop NAME...|--all",
                    QT_TRANSLATE_NOOP("corralctl", "Stop strategies and all their processes"), Names::NamesOrAll,
                    Corrald::Needed};

class StopCommand : public ActionCommand
{
public:
    StopCommand() : ActionCommand(protocol::Command::Stop, Forever) {}
    const VerbSpec &spec() const override { return Spec; }
    QString description() const override
    {
        return Cli::tr("Stops strategies with all their child processes: a polite signal, then a "
                       "kill after the stop timeout. A stopped strategy is not restarted.");
    }
};

} // namespace

std::unique_ptr<Verb> makeStopCommand()
{
    return std::make_unique<StopCommand>();
}

} // namespace corral::cli
