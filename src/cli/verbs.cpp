// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

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
    const char *summary; // translated when shown
    int (*run)(const QStringList &args);
};

const Verb verbs[] = {
    {"add", "add NAME [options] -- PROGRAM [ARGS...]", QT_TRANSLATE_NOOP("corralctl", "Register a strategy"), runAdd},
    {"edit", "edit NAME [options] [-- PROGRAM [ARGS...]]", QT_TRANSLATE_NOOP("corralctl", "Change a strategy"),
     runEdit},
    {"remove", "remove NAME", QT_TRANSLATE_NOOP("corralctl", "Forget a strategy"), runRemove},
    {"start", "start NAME...|--all", QT_TRANSLATE_NOOP("corralctl", "Start strategies"), runStart},
    {"stop", "stop NAME...|--all", QT_TRANSLATE_NOOP("corralctl", "Stop strategies and all their processes"), runStop},
    {"restart", "restart NAME...|--all", QT_TRANSLATE_NOOP("corralctl", "Stop and start strategies"), runRestart},
    {"list", "list [--json]", QT_TRANSLATE_NOOP("corralctl", "Show every strategy"), runList},
    {"status", "status NAME [--json]", QT_TRANSLATE_NOOP("corralctl", "Show one strategy"), runStatus},
    {"logs", "logs NAME [-n LINES] [-f]", QT_TRANSLATE_NOOP("corralctl", "Print or follow a strategy's log"), runLogs},
    {"schedule", "schedule NAME WINDOW|--every MIN|--clear", QT_TRANSLATE_NOOP("corralctl", "Set a schedule"),
     runSchedule},
    {"daemon", "daemon status|start|stop", QT_TRANSLATE_NOOP("corralctl", "Check, start or stop corrald"), runDaemon},
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
    QString text = Cli::tr("Usage: corralctl COMMAND [ARGS...]") + QStringLiteral("\n\n") +
                   Cli::tr("Runs long-lived programs (strategies) under corrald, detached from this terminal.") +
                   QStringLiteral("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Verb &verb : verbs)
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(verb.synopsis), -44).arg(Cli::tr(verb.summary));
    text += QLatin1Char('\n') +
            Cli::tr("Run 'corralctl COMMAND --help' (or 'corralctl help COMMAND') for the options of one command.\n"
                    "CORRAL_HOME, when set, keeps config, state and logs under that directory.") +
            QLatin1Char('\n');
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
            return usageError(QString(), Cli::tr("unknown command '%1'").arg(arguments.at(1)));
        return verb->run({QStringLiteral("--help")});
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(QString(), Cli::tr("unknown option '%1'; the command comes first").arg(first));
    const Verb *verb = findVerb(first);
    if (!verb)
        return usageError(QString(), Cli::tr("unknown command '%1'").arg(first));
    return verb->run(arguments.mid(1));
}

} // namespace corral::cli
