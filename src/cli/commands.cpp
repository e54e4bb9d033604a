// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"

#include "configstore.h"
#include "daemonclient.h"
#include "options.h"
#include "output.h"
#include "paths.h"
#include "verbparser.h"

#include <QDir>
#include <QJsonArray>

namespace corral::cli {

namespace {

using protocol::Command;

constexpr int Forever = -1;
// Starting with dependencies waits for each one in turn; far longer than any reply should take.
constexpr int StartTimeoutMs = 120000;
constexpr int ShutdownTimeoutMs = 30000;

// One connection to corrald, reporting every failure as the one line the user sees.
class Session
{
public:
    Session() : m_paths(Paths::fromEnvironment()), m_client(m_paths) {}

    const Paths &paths() const { return m_paths; }
    DaemonClient &client() { return m_client; }

    bool open()
    {
        QString error;
        if (m_client.ensureDaemon(&error))
            return true;
        fail(error);
        return false;
    }

    // The ok response, or nullopt once the error has been printed.
    std::optional<Response> call(Command command, const QJsonObject &args, int timeoutMs = 30000)
    {
        Response response = m_client.call(command, args, timeoutMs);
        if (!response.ok) {
            fail(response.error);
            return std::nullopt;
        }
        return response;
    }

private:
    Paths m_paths;
    DaemonClient m_client;
};

QJsonObject nameArgs(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name}};
}

// A function, not a constant: translated after the translator is installed.
QString strategyOptionsHelp()
{
    return Cli::tr("Environment values given with --secret-env are stored like --env but never shown by 'status'.");
}

int runAction(const QString &verb, Command command, const QString &description, int timeoutMs, const QStringList &args)
{
    VerbParser verbParser(verb, QStringLiteral("%1 NAME... | --all").arg(verb), description);
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Every strategy, in priority and dependency "
                                                                "order (stop: the reverse)."));
    verbParser.parser().addOption(all);
    if (const std::optional<int> code = verbParser.parse(args))
        return *code;
    const QStringList names = verbParser.positional();
    const bool everything = verbParser.parser().isSet(all);
    if (everything && !names.isEmpty())
        return verbParser.usageError(Cli::tr("give names or --all, not both"));
    if (!everything && names.isEmpty())
        return verbParser.usageError(Cli::tr("missing NAME (or --all)"));
    for (const QString &name : names) {
        if (name.isEmpty())
            return verbParser.usageError(Cli::tr("a NAME must not be empty"));
    }

    Session session;
    if (!session.open())
        return ExitFailure;
    const QJsonObject request = everything ? QJsonObject{{QStringLiteral("all"), true}}
                                           : QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(names)}};
    const std::optional<Response> response = session.call(command, request, timeoutMs);
    if (!response)
        return ExitFailure;
    if (everything && response->body.value(QLatin1String("results")).toArray().isEmpty() &&
        response->body.value(QLatin1String("strategies")).toArray().isEmpty()) {
        printLine(Cli::tr("No strategies."));
        return ExitOk;
    }
    return printActionResults(response->body) ? ExitFailure : ExitOk;
}

} // namespace

int runAdd(const QStringList &args)
{
    VerbParser verbParser(QStringLiteral("add"), QStringLiteral("add NAME [options] -- PROGRAM [ARGS...]"),
                          Cli::tr("Registers a strategy: PROGRAM with ARGS, run in its own session with its "
                                  "output in its log.\nIt does not start it: use 'corralctl start NAME'.\n"
                                  "PROGRAM is looked up in your PATH now, and relative paths (--cwd, "
                                  "./bot.py) mean the current directory, which is also the default "
                                  "working directory.") +
                              QLatin1Char('\n') + strategyOptionsHelp());
    addStrategyOptions(&verbParser.parser());
    if (const std::optional<int> code = verbParser.parse(args, true))
        return *code;
    QString name;
    int exitCode = ExitUsage;
    if (!verbParser.takeName(&name, &exitCode))
        return exitCode;
    if (!verbParser.hasCommand() || verbParser.command().isEmpty())
        return verbParser.usageError(Cli::tr("missing '-- PROGRAM [ARGS...]': the program to run"));
    StrategyOptions options;
    QString error;
    if (!readStrategyOptions(verbParser.parser(), verbParser.command(), &options, &error))
        return verbParser.usageError(error);

    Strategy strategy;
    strategy.name = name;
    // corrald runs far from this shell: "python3 bot.py" must still find bot.py where the user is.
    strategy.workingDir = QDir::currentPath();
    applyStrategyOptions(options, &strategy);

    Session session;
    if (!session.open())
        return ExitFailure;
    if (!session.call(Command::Add, QJsonObject{{QStringLiteral("strategy"), strategyToJson(strategy)}}))
        return ExitFailure;
    printLine(Cli::tr("%1: added (start it with 'corralctl start %1')").arg(name));
    return ExitOk;
}

int runEdit(const QStringList &args)
{
    VerbParser verbParser(QStringLiteral("edit"), QStringLiteral("edit NAME [options] [-- PROGRAM [ARGS...]]"),
                          Cli::tr("Changes only what is given: '-- PROGRAM ARGS' replaces the command, "
                                  "--env/--secret-env replace the whole environment, --depends \"\" clears "
                                  "the dependencies.") +
                              QLatin1Char('\n') + strategyOptionsHelp());
    addStrategyOptions(&verbParser.parser());
    const QCommandLineOption rename(QStringLiteral("rename"), Cli::tr("Give the strategy a new name."),
                                    QStringLiteral("NEWNAME"));
    verbParser.parser().addOption(rename);
    if (const std::optional<int> code = verbParser.parse(args, true))
        return *code;
    QString name;
    int exitCode = ExitUsage;
    if (!verbParser.takeName(&name, &exitCode))
        return exitCode;
    if (verbParser.hasCommand() && verbParser.command().isEmpty())
        return verbParser.usageError(Cli::tr("missing PROGRAM after '--'"));
    StrategyOptions options;
    QString error;
    if (!readStrategyOptions(verbParser.parser(), verbParser.command(), &options, &error))
        return verbParser.usageError(error);
    const QStringList given = verbParser.parser().optionNames();
    if (given.isEmpty() && !verbParser.hasCommand())
        return verbParser.usageError(Cli::tr("nothing to change: give an option or '-- PROGRAM [ARGS...]'"));

    Session session;
    if (!session.open())
        return ExitFailure;
    const std::optional<Response> current = session.call(Command::Get, nameArgs(name));
    if (!current)
        return ExitFailure;
    Strategy strategy;
    QList<ConfigError> errors;
    if (!strategyFromJson(current->body.value(QLatin1String("strategy")).toObject(), &strategy, &errors)) {
        return fail(Cli::tr("cannot read the config of %1 from corrald: %2")
                        .arg(name, errors.isEmpty() ? QString() : errors.first().toString()));
    }
    applyStrategyOptions(options, &strategy);
    if (verbParser.parser().isSet(rename))
        strategy.name = verbParser.parser().value(rename);
    const QJsonObject request{{QStringLiteral("name"), name}, {QStringLiteral("strategy"), strategyToJson(strategy)}};
    if (!session.call(Command::Edit, request))
        return ExitFailure;
    if (strategy.name != name)
        printLine(Cli::tr("%1: renamed to %2").arg(name, strategy.name));
    else
        printLine(Cli::tr("%1: updated").arg(name));
    return ExitOk;
}

int runRemove(const QStringList &args)
{
    VerbParser verbParser(QStringLiteral("remove"), QStringLiteral("remove NAME"),
                          Cli::tr("Removes a strategy from the config. Its log files are kept."));
    if (const std::optional<int> code = verbParser.parse(args))
        return *code;
    QString name;
    int exitCode = ExitUsage;
    if (!verbParser.takeName(&name, &exitCode))
        return exitCode;
    Session session;
    if (!session.open() || !session.call(Command::Remove, nameArgs(name)))
        return ExitFailure;
    printLine(Cli::tr("%1: removed").arg(name));
    return ExitOk;
}

int runStart(const QStringList &args)
{
    return runAction(QStringLiteral("start"), Command::Start,
                     Cli::tr("Starts strategies. One that is already running is left alone (its instance "
                             "lock makes a second copy impossible)."),
                     StartTimeoutMs, args);
}

int runStop(const QStringList &args)
{
    return runAction(QStringLiteral("stop"), Command::Stop,
                     Cli::tr("Stops strategies with all their child processes: a polite signal, then a "
                             "kill after the stop timeout. A stopped strategy is not restarted."),
                     Forever, args);
}

int runRestart(const QStringList &args)
{
    return runAction(QStringLiteral("restart"), Command::Restart,
                     Cli::tr("Stops and starts strategies again (a stopped one is just started)."), Forever, args);
}

int runList(const QStringList &args)
{
    VerbParser verbParser(QStringLiteral("list"), QStringLiteral("list [--json]"),
                          Cli::tr("Shows every strategy and its state."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print a JSON array of status objects."));
    verbParser.parser().addOption(json);
    if (const std::optional<int> code = verbParser.parse(args))
        return *code;
    if (!verbParser.positional().isEmpty())
        return verbParser.usageError(Cli::tr("unexpected argument '%1'").arg(verbParser.positional().first()));

    Session session;
    if (!session.open())
        return ExitFailure;
    const std::optional<Response> response = session.call(Command::List, {});
    if (!response)
        return ExitFailure;
    QList<protocol::StrategyStatus> statuses;
    QString error;
    if (!response->strategies(&statuses, &error))
        return fail(error);
    if (verbParser.parser().isSet(json)) {
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

int runStatus(const QStringList &args)
{
    VerbParser verbParser(QStringLiteral("status"), QStringLiteral("status NAME [--json]"),
                          Cli::tr("Shows the state and the settings of one strategy."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the status object as JSON."));
    verbParser.parser().addOption(json);
    if (const std::optional<int> code = verbParser.parse(args))
        return *code;
    QString name;
    int exitCode = ExitUsage;
    if (!verbParser.takeName(&name, &exitCode))
        return exitCode;

    Session session;
    if (!session.open())
        return ExitFailure;
    const std::optional<Response> response = session.call(Command::Status, nameArgs(name));
    if (!response)
        return ExitFailure;
    protocol::StrategyStatus status;
    QString error;
    if (!response->strategy(&status, &error))
        return fail(error);
    if (verbParser.parser().isSet(json)) {
        printOut(jsonText(response->body.value(QLatin1String("strategy")).toObject()));
        return ExitOk;
    }

    // The settings are a bonus: the state alone is still worth showing if they cannot be read.
    const Response config = session.client().call(Command::Get, nameArgs(name));
    Strategy strategy;
    QList<ConfigError> errors;
    const bool haveConfig =
        config.ok && strategyFromJson(config.body.value(QLatin1String("strategy")).toObject(), &strategy, &errors);
    printOut(statusBlock(status, haveConfig ? &strategy : nullptr, session.paths().logFile(name),
                         QDateTime::currentDateTimeUtc()));
    return ExitOk;
}

int runSchedule(const QStringList &args)
{
    VerbParser verbParser(
        QStringLiteral("schedule"),
        QStringLiteral("schedule NAME --days DAYS --start HH:MM --stop HH:MM [--tz ZONE] | --every MIN | --clear"),
        Cli::tr("Sets when corrald starts and stops a strategy by itself: a weekly window, or every MIN "
                "minutes for a one-shot job. Replaces the previous schedule."));
    addScheduleOptions(&verbParser.parser());
    if (const std::optional<int> code = verbParser.parse(args))
        return *code;
    QString name;
    int exitCode = ExitUsage;
    if (!verbParser.takeName(&name, &exitCode))
        return exitCode;
    QJsonObject schedule;
    QString error;
    if (!readScheduleOptions(verbParser.parser(), &schedule, &error))
        return verbParser.usageError(error);

    Session session;
    if (!session.open())
        return ExitFailure;
    if (!session.call(Command::Schedule,
                      QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("schedule"), schedule}}))
        return ExitFailure;
    if (schedule.isEmpty()) {
        printLine(Cli::tr("%1: schedule cleared").arg(name));
    } else if (schedule.contains(QLatin1String("everyMinutes"))) {
        printLine(
            Cli::tr("%1: runs every %2 min").arg(name).arg(schedule.value(QLatin1String("everyMinutes")).toInt()));
    } else {
        const QJsonObject window = schedule.value(QLatin1String("windows")).toArray().first().toObject();
        QStringList days;
        for (const QJsonValue &day : window.value(QLatin1String("days")).toArray())
            days << day.toString();
        // %2 is the days as given to --days (mon,tue,...), %5 the time zone or "local time".
        //: %1 strategy, %2 days as given to --days (mon,tue,...), %3-%4 start and stop time, %5 the time zone or "local
        //: time".
        printLine(Cli::tr("%1: runs %2 %3-%4 %5")
                      .arg(name, days.join(QLatin1Char(',')), window.value(QLatin1String("start")).toString(),
                           window.value(QLatin1String("stop")).toString(),
                           window.value(QLatin1String("tz")).toString(Cli::tr("local time"))));
    }
    return ExitOk;
}

int runDaemon(const QStringList &args)
{
    VerbParser verbParser(QStringLiteral("daemon"), QStringLiteral("daemon status|start|stop"),
                          Cli::tr("status: whether corrald runs (exit 0) or not (exit 1).\n"
                                  "start:  starts corrald (any other command does that too).\n"
                                  "stop:   stops corrald. Strategies keep running; the next corrald adopts "
                                  "them. Use 'corralctl stop --all' first to stop them too."));
    if (const std::optional<int> code = verbParser.parse(args))
        return *code;
    const QStringList words = verbParser.positional();
    if (words.isEmpty())
        return verbParser.usageError(Cli::tr("missing what to do: status, start or stop"));
    if (words.size() > 1)
        return verbParser.usageError(Cli::tr("unexpected argument '%1'").arg(words.at(1)));
    const QString action = words.first();
    if (action != QLatin1String("status") && action != QLatin1String("start") && action != QLatin1String("stop"))
        return verbParser.usageError(Cli::tr("unknown daemon command '%1' (use status, start or stop)").arg(action));

    Session session;
    QString error;
    if (action == QLatin1String("start")) {
        if (!session.open())
            return ExitFailure;
    } else if (!session.client().connectToDaemon(&error)) {
        printOut(QStringLiteral("corrald not running\n"));
        return action == QLatin1String("status") ? ExitFailure : ExitOk;
    }

    if (action == QLatin1String("stop")) {
        if (!session.call(Command::Shutdown, {}))
            return ExitFailure;
        if (!session.client().waitForDisconnected(ShutdownTimeoutMs))
            return fail(Cli::tr("corrald did not exit within %1 s").arg(ShutdownTimeoutMs / 1000));
        printLine(Cli::tr("corrald stopped; strategies keep running (stop them with 'corralctl stop --all')"));
        return ExitOk;
    }
    const std::optional<Response> ping = session.call(Command::Ping, {});
    if (!ping)
        return ExitFailure;
    printOut(QStringLiteral("corrald running (pid %1, version %2)\n")
                 .arg(ping->body.value(QLatin1String("pid")).toInteger())
                 .arg(ping->body.value(QLatin1String("version")).toString()));
    return ExitOk;
}

} // namespace corral::cli
