// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "dispatch.h"

#include "commands.h"
#include "output.h"

namespace corral::cli {

namespace {

// The synopsis column of the overview; a longer synopsis has its summary on the next line.
constexpr int SynopsisWidth = 44;

std::unique_ptr<Verb> findVerb(const QString &name)
{
    for (std::unique_ptr<Verb> &verb : allVerbs()) {
        if (name == QLatin1String(verb->spec().name))
            return std::move(verb);
    }
    return nullptr;
}

} // namespace

std::vector<std::unique_ptr<Verb>> allVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    for (auto make : {makeAddCommand, makeEditCommand, makeRemoveCommand, makeStartCommand, makeStopCommand,
                      makeRestartCommand, makeListCommand, makeStatusCommand, makeLogsCommand, makeHistoryCommand,
                      makeScheduleCommand, makeDaemonCommand})
        verbs.push_back(make());
    return verbs;
}

QString overview()
{
    QString text = Cli::tr("Usage: corralctl COMMAND [ARGS...]") + QStringLiteral("\n\n") +
                   Cli::tr("Runs long-lived programs (strategies) under corrald, detached from this terminal.") +
                   QStringLiteral("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const std::unique_ptr<Verb> &verb : allVerbs()) {
        const QString synopsis = QLatin1String(verb->spec().synopsis);
        const QString summary = Cli::tr(verb->spec().summary);
        if (synopsis.size() <= SynopsisWidth)
            text += QStringLiteral("  %1 %2\n").arg(synopsis, -SynopsisWidth).arg(summary);
        else
            text += QStringLiteral("  %1\n  %2 %3\n").arg(synopsis, QString(SynopsisWidth, QLatin1Char(' ')), summary);
    }
    text += QLatin1Char('\n') +
            Cli::tr("Run 'corralctl COMMAND --help' (or 'corralctl help COMMAND') for the options of one command.\n"
                    "CORRAL_HOME, when set, keeps config, state and logs under that directory.") +
            QLatin1Char('\n');
    return text;
}

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
        const std::unique_ptr<Verb> verb = findVerb(arguments.at(1));
        if (!verb)
            return usageError(QString(), Cli::tr("unknown command '%1'").arg(arguments.at(1)));
        return execute(*verb, {QStringLiteral("--help")});
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(QString(), Cli::tr("unknown option '%1'; the command comes first").arg(first));
    const std::unique_ptr<Verb> verb = findVerb(first);
    if (!verb)
        return usageError(QString(), Cli::tr("unknown command '%1'").arg(first));
    return execute(*verb, arguments.mid(1));
}

} // namespace corral::cli
