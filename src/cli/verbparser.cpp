// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "verbparser.h"

#include "output.h"

#include <QRegularExpression>

namespace corral::cli {

namespace {

// QCommandLineParser says "Unknown option 'x'."; ours are lower-case one-liners like every other error,
// and name the option as it was typed ("--x"), which is what the user will look for. Its other messages
// (translated by Qt's own catalogue, when installed) are only reshaped.
QString asErrorLine(const QCommandLineParser &parser, const QStringList &args)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString &bare = unknown.first();
        for (const QString &arg : args) {
            if (arg == QLatin1String("--") + bare || arg.startsWith(QLatin1String("--") + bare + QLatin1Char('=')))
                return Cli::tr("unknown option '%1'").arg(QLatin1String("--") + bare);
            if (arg.startsWith(QLatin1Char('-')) && !arg.startsWith(QLatin1String("--")) && arg.contains(bare))
                return Cli::tr("unknown option '%1'").arg(QLatin1Char('-') + bare);
        }
    }
    QString text = parser.errorText().trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// Same width as QCommandLineParser's option list below it.
QString wrapped(const QString &text, int width = 79)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString current;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                out << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

VerbParser::VerbParser(const QString &verb, const QString &synopsis, const QString &description)
    : m_verb(verb), m_synopsis(synopsis), m_description(description),
      m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."))
{
    m_parser.addOption(m_help);
}

std::optional<int> VerbParser::parse(const QStringList &args, bool takesCommand)
{
    QStringList ours = args;
    if (takesCommand) {
        const qsizetype split = args.indexOf(QStringLiteral("--"));
        if (split >= 0) {
            m_hasCommand = true;
            m_command = args.mid(split + 1);
            ours = args.mid(0, split);
        }
    }
    // --help wins over every other mistake on the same line: the user is asking how to fix it.
    const bool askedForHelp = ours.contains(QStringLiteral("--help")) || ours.contains(QStringLiteral("-h"));
    ours.prepend(QStringLiteral("corralctl ") + m_verb);
    const bool parsed = m_parser.parse(ours);
    if (m_parser.isSet(m_help) || (!parsed && askedForHelp)) {
        printOut(helpText());
        return ExitOk;
    }
    if (!parsed)
        return usageError(asErrorLine(m_parser, ours));
    return std::nullopt;
}

int VerbParser::usageError(const QString &message) const
{
    return cli::usageError(m_verb, message);
}

QString VerbParser::helpText() const
{
    // QCommandLineParser's own usage line names "corralctl verb [options]"; ours, the synopsis, replaces it.
    // Its heading is translated by Qt's catalogue when one is installed.
    QString options = m_parser.helpText();
    const qsizetype at = options.indexOf(QCoreApplication::translate("QCommandLineParser", "Options:"));
    options = at >= 0 ? options.mid(at) : QString();
    return Cli::tr("Usage: corralctl %1").arg(m_synopsis) +
           QStringLiteral("\n\n%1\n\n%2").arg(wrapped(m_description), options);
}

} // namespace corral::cli
