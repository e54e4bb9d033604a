// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "configstore.h"
#include "output.h"
#include "session.h"

namespace corral::cli {

namespace {

const QString JsonOption = QStringLiteral("json");

const VerbSpec Spec{"status", "status NAME [--json]", QT_TRANSLATE_NOOP("corralctl", "Show one strategy"), Names::One,
                    Corrald::Needed};

class StatusCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override { return Cli::tr("Shows the state and the settings of one strategy."); }

    void addOptions(QCommandLineParser *parser) const override
    {
        parser->addOption(QCommandLineOption(JsonOption, Cli::tr("Print the status object as JSON.")));
    }

    int run(Invocation &call) override
    {
        const QString name = call.name();
        Session &session = call.session();
        const std::optional<Response> response = session.call(protocol::Command::Status, nameArgs(name));
        if (!response)
            return ExitFailure;
        protocol::StrategyStatus status;
        QString error;
        if (!response->strategy(&status, &error))
            return fail(error);
        if (call.isSet(JsonOption)) {
            printOut(jsonText(response->body.value(QLatin1String("strategy")).toObject()));
            return ExitOk;
        }

        // The settings are a bonus: the state alone is still worth showing if they cannot be read, so a
        // refused `get` is not reported.
        const Response config = session.client().call(protocol::Command::Get, nameArgs(name));
        Strategy strategy;
        QList<ConfigError> errors;
        const bool haveConfig =
            config.ok && strategyFromJson(config.body.value(QLatin1String("strategy")).toObject(), &strategy, &errors);
        printOut(statusBlock(status, haveConfig ? &strategy : nullptr, session.paths().logFile(name),
                             QDateTime::currentDateTimeUtc()));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Verb> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace corral::cli
