// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "verb.h"

#include "output.h"
#include "session.h"

#include <optional>

namespace corral::cli {

namespace {

const QString AllOption = QStringLiteral("all");

// The usage error for NAMEs that do not fit the spec, or empty when they fit.
QString checkNames(const VerbSpec &spec, const QStringList &words, bool all)
{
    const QString missing = spec.missing ? Cli::tr(spec.missing) : Cli::tr("missing NAME");
    switch (spec.names) {
    case Names::None:
        if (!words.isEmpty())
            return Cli::tr("unexpected argument '%1'").arg(words.first());
        return QString();
    case Names::One:
        if (words.isEmpty())
            return missing;
        if (words.size() > 1)
            return Cli::tr("unexpected argument '%1'").arg(words.at(1));
        return QString();
    case Names::OneOrMore:
    case Names::NamesOrAll:
        if (all && !words.isEmpty())
            return Cli::tr("give names or --all, not both");
        if (!all && words.isEmpty())
            return spec.names == Names::NamesOrAll ? Cli::tr("missing NAME (or --all)") : missing;
        for (const QString &word : words) {
            if (word.isEmpty())
                return Cli::tr("a NAME must not be empty");
        }
        return QString();
    }
    return QString();
}

} // namespace

Invocation::Invocation(const QString &verb, const QString &synopsis, const QString &description)
    : m_parser(verb, synopsis, description)
{
}

int execute(Verb &verb, const QStringList &args)
{
    const VerbSpec &spec = verb.spec();
    Invocation call(QLatin1String(spec.name), QLatin1String(spec.synopsis), verb.description());
    QCommandLineParser &parser = call.m_parser.parser();
    if (spec.names == Names::NamesOrAll)
        parser.addOption(QCommandLineOption(
            AllOption, Cli::tr("Every strategy, in priority and dependency order (stop: the reverse).")));
    verb.addOptions(&parser);
    if (const std::optional<int> code = call.m_parser.parse(args, spec.takesProgram))
        return *code;

    call.m_names = call.m_parser.positional();
    call.m_all = spec.names == Names::NamesOrAll && parser.isSet(AllOption);
    QString problem = checkNames(spec, call.m_names, call.m_all);
    if (problem.isEmpty())
        problem = verb.check(call);
    if (!problem.isEmpty())
        return call.usageError(problem);

    std::optional<Session> session;
    if (spec.corrald == Corrald::Needed) {
        session.emplace();
        if (!session->open())
            return ExitFailure;
        call.m_session = &*session;
    }
    return verb.run(call);
}

} // namespace corral::cli
