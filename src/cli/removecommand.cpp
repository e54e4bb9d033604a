// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "output.h"
#include "session.h"

namespace corral::cli {

namespace {

const VerbSpec Spec{"remove", "remove NAME", QT_TRANSLATE_NOOP("corralctl", "Forget a strategy"), Names::One,
                    Corrald::Needed};

class RemoveCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("Removes a strategy from the config. Its log files are kept.");
    }

    int run(Invocation &call) override
    {
        if (!call.session().call(protocol::Command::Remove, nameArgs(call.name())))
            return ExitFailure;
        printLine(Cli::tr("%1: removed").arg(call.name()));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Verb> makeRemoveCommand()
{
    return std::make_unique<RemoveCommand>();
}

} // namespace corral::cli
