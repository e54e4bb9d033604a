// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "configstore.h"
#include "options.h"
#include "output.h"
#include "session.h"

#include <QDir>

namespace corral::cli {

namespace {

const VerbSpec Spec{"add",
                    "add NAME [options] -- PROGRAM [ARGS...]",
                    QT_TRANSLATE_NOOP("corralctl", "Register a strategy"),
                    Names::One,
                    Corrald::Needed,
                    true};

class AddCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("Registers a strategy: PROGRAM with ARGS, run in its own session with its "
                       "output in its log.\nIt does not start it: use 'corralctl start NAME'.\n"
                       "PROGRAM is looked up in your PATH now, and relative paths (--cwd, "
                       "./bot.py) mean the current directory, which is also the default "
                       "working directory.") +
               QLatin1Char('\n') + strategyOptionsHelp();
    }

    void addOptions(QCommandLineParser *parser) const override { addStrategyOptions(parser); }

    QString check(const Invocation &call) override
    {
        if (!call.hasProgram() || call.program().isEmpty())
            return Cli::tr("missing '-- PROGRAM [ARGS...]': the program to run");
        QString error;
        readStrategyOptions(call.options(), call.program(), &m_options, &error);
        return error;
    }

    int run(Invocation &call) override
    {
        Strategy strategy;
        strategy.name = call.name();
        // corrald runs far from this shell: "python3 bot.py" must still find bot.py where the user is.
        strategy.workingDir = QDir::currentPath();
        applyStrategyOptions(m_options, &strategy);
        if (!call.session().call(protocol::Command::Add,
                                 QJsonObject{{QStringLiteral("strategy"), strategyToJson(strategy)}}))
            return ExitFailure;
        printLine(Cli::tr("%1: added (start it with 'corralctl start %1')").arg(strategy.name));
        return ExitOk;
    }

private:
    StrategyOptions m_options;
};

} // namespace

std::unique_ptr<Verb> makeAddCommand()
{
    return std::make_unique<AddCommand>();
}

} // namespace corral::cli
