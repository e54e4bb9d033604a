// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace corral::cli {

// The command line of one verb: its options (a QCommandLineParser), its --help, and the words after
// "--" kept away from the parser, so a program's own options (`-- python3 -u bot.py --live`) are never
// taken for ours.
class VerbParser
{
public:
    // `synopsis` follows "Usage: corralctl"; `description` is the paragraph under it.
    VerbParser(const QString &verb, const QString &synopsis, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }

    // nullopt: go on with the verb. Otherwise the verb is done and this is its exit code: 0 after
    // printing the help, ExitUsage after a usage error. With `takesCommand` the words after the first
    // "--" become command().
    std::optional<int> parse(const QStringList &args, bool takesCommand = false);

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool hasCommand() const { return m_hasCommand; }
    QStringList command() const { return m_command; }

    int usageError(const QString &message) const;
    QString helpText() const;

private:
    QString m_verb;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    bool m_hasCommand = false;
    QStringList m_command;
};

} // namespace corral::cli
