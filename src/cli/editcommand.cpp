// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "configstore.h"
#include "options.h"
#include "output.h"
#include "session.h"

namespace corral::cli {

namespace {

const QString RenameOption = QStringLiteral("rename");

const VerbSpec Spec{"edit",
                    "edit NAME [options] [-- PROGRAM [ARGS...]]",
                    QT_TRANSLATE_NOOP("corralctl", "Change a strategy"),
                    Names::One,
                    Corrald::Needed,
                    true};

class EditCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("Changes only what is given: '-- PROGRAM ARGS' replaces the command, "
                       "--env/--secret-env replace the whole environment, --depends \"\" clears "
                       "the dependencies.") +
               QLatin1Char('\n') + strategyOptionsHelp();
    }

    void addOptions(QCommandLineParser *parser) const override
    {
        addStrategyOptions(parser);
        parser->addOption(
            QCommandLineOption(RenameOption, Cli::tr("Give the strategy a new name."), QStringLiteral("NEWNAME")));
    }

    QString check(const Invocation &call) override
    {
        if (call.hasProgram() && call.program().isEmpty())
            return Cli::tr("missing PROGRAM after '--'");
        QString error;
        if (!readStrategyOptions(call.options(), call.program(), &m_options, &error))
            return error;
        if (call.options().optionNames().isEmpty() && !call.hasProgram())
            return Cli::tr("nothing to change: give an option or '-- PROGRAM [ARGS...]'");
        return QString();
    }

    int run(Invocation &call) override
    {
        const QString name = call.name();
        Session &session = call.session();
        const std::optional<Response> current = session.call(protocol::Command::Get, nameArgs(name));
        if (!current)
            return ExitFailure;
        Strategy strategy;
        QList<ConfigError> errors;
        if (!strategyFromJson(current->body.value(QLatin1String("strategy")).toObject(), &strategy, &errors)) {
            return fail(Cli::tr("cannot read the config of %1 from corrald: %2")
                            .arg(name, errors.isEmpty() ? QString() : errors.first().toString()));
        }
        applyStrategyOptions(m_options, &strategy);
        if (call.isSet(RenameOption))
            strategy.name = call.value(RenameOption);
        const QJsonObject request{{QStringLiteral("name"), name},
                                  {QStringLiteral("strategy"), strategyToJson(strategy)}};
        if (!session.call(protocol::Command::Edit, request))
            return ExitFailure;
        if (strategy.name != name)
            printLine(Cli::tr("%1: renamed to %2").arg(name, strategy.name));
        else
            printLine(Cli::tr("%1: updated").arg(name));
        return ExitOk;
    }

private:
    StrategyOptions m_options;
};

} // namespace

std::unique_ptr<Verb> makeEditCommand()
{
    return std::make_unique<EditCommand>();
}

} // namespace corral::cli
