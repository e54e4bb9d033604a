// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "output.h"
#include "session.h"

namespace corral::cli {

namespace {

const QString JsonOption = QStringLiteral("json");

const VerbSpec Spec{"list", "list [--json]", QT_TRANSLATE_NOOP("corralctl", "Show every strategy"), Names::None,
                    Corrald::Needed};

class ListCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override { return Cli::tr("Shows every strategy and its state."); }

    void addOptions(QCommandLineParser *parser) const override
    {
        parser->addOption(QCommandLineOption(JsonOption, Cli::tr("Print a JSON array of status objects.")));
    }

    int run(Invocation &call) override
    {
        const std::optional<Response> response = call.session().call(protocol::Command::List);
        if (!response)
            return ExitFailure;
        QList<protocol::StrategyStatus> statuses;
        QString error;
        if (!response->strategies(&statuses, &error))
            return fail(error);
        if (call.isSet(JsonOption)) {
            printOut(jsonText(response->body.value(QLatin1String("strategies")).toArray()));
            return ExitOk;
        }
        if (statuses.isEmpty()) {
            printLine(Cli::tr("No strategies. Add one with: corralctl add NAME -- PROGRAM [ARGS...]"));
            return ExitOk;
        }
        printOut(statusTable(statuses, QDateTime::currentDateTimeUtc()));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Verb> makeListCommand()
{
    return std::make_unique<ListCommand>();
}

} // namespace corral::cli
