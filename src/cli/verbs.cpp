#include "verbs.h"

#include "commands.h"
#include "output.h"

#include <iterator>

namespace corral::cli {

namespace {

struct Verb
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(const QStringList &args);
};

const Verb verbs[] = {
    {"add", "add NAME [options] -- PROGRAM [ARGS...]", "Register a strategy", runAdd},
    {"edit", "edit NAME [options] [-- PROGRAM [ARGS...]]", "Change a strategy", runEdit},
    {"remove", "remove NAME", "Forget a strategy", runRemove},
    {"start", "start NAME...|--all", "Start strategies", runStart},
    {"stop", "stop NAME...|--all", "Stop strategies and all their processes", runStop},
    {"restart", "restart NAME...|--all", "Stop and start strategies", runRestart},
    {"list", "list [--json]", "Show every strategy", runList},
    {"status", "status NAME [--json]", "Show one strategy", runStatus},
    {"logs", "logs NAME [-n LINES] [-f]", "Print or follow a strategy's log", runLogs},
    {"schedule", "schedule NAME WINDOW|--every MIN|--clear", "Set a schedule", runSchedule},
    {"daemon", "daemon status|start|stop", "Check, start or stop corrald", runDaemon},
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : verbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

QString overview()
{
    QString text = QStringLiteral("Usage: corralctl COMMAND [ARGS...]\n\n"
                                  "Runs long-lived programs (strategies) under corrald, detached from this "
                                  "terminal.\n\nCommands:\n");
    for (const Verb &verb : verbs)
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(verb.synopsis), -44).arg(QLatin1String(verb.summary));
    text += QStringLiteral("\nRun 'corralctl COMMAND --help' (or 'corralctl help COMMAND') for the options of "
                           "one command.\nCORRAL_HOME, when set, keeps config, state and logs under that "
                           "directory.\n");
    return text;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printErr(overview());
        return ExitUsage;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printOut(overview());
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        printOut(QStringLiteral("corralctl %1\n").arg(QLatin1String(CORRAL_VERSION)));
        return ExitOk;
    }
    if (first == QLatin1String("help")) {
        if (arguments.size() < 2) {
            printOut(overview());
            return ExitOk;
        }
        const Verb *verb = findVerb(arguments.at(1));
        if (!verb)
            return usageError(QString(), QStringLiteral("unknown command '%1'").arg(arguments.at(1)));
        return verb->run({QStringLiteral("--help")});
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(QString(), QStringLiteral("unknown option '%1'; the command comes first").arg(first));
    const Verb *verb = findVerb(first);
    if (!verb)
        return usageError(QString(), QStringLiteral("unknown command '%1'").arg(first));
    return verb->run(arguments.mid(1));
}

} // namespace corral::cli
