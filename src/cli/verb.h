// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// A corralctl verb is declared once: its VerbSpec says what it is called, what it takes and whether it
// needs corrald, and --help, the overview, the argument-count checks and the connection to corrald all
// come from there (KeePassXC's cli/Command style). A verb itself only adds its options, checks them and
// does its work.

#include "verbparser.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace corral::cli {

class Session;
class Verb;

// Parses `args` (the words after the verb) by the verb's spec and runs it; returns the exit code.
int execute(Verb &verb, const QStringList &args);

// The NAMEs a verb takes after its options.
enum class Names {
    None,       // list
    One,        // remove NAME
    OneOrMore,  // NAME...
    NamesOrAll, // NAME...|--all: the verb gets an --all option, and either names or --all
};

// Whether a verb talks to corrald; corrald is then started if need be, after every check of the command
// line has passed (a usage error never starts it).
enum class Corrald { NotNeeded, Needed };

struct VerbSpec
{
    const char *name;
    const char *synopsis; // what follows "corralctl ": the usage line of --help and the overview's
    const char *summary;  // the overview's line, QT_TRANSLATE_NOOP("corralctl", ...)
    Names names;
    Corrald corrald;
    bool takesProgram = false;     // the words after "--" are a program and its arguments
    const char *missing = nullptr; // the usage error for a missing argument, when it is not a NAME
};

// One run of a verb: its command line, already checked against its spec, and corrald when it needs it.
class Invocation
{
public:
    Invocation(const QString &verb, const QString &synopsis, const QString &description);

    const QCommandLineParser &options() const { return m_parser.parser(); }
    bool isSet(const QString &option) const { return options().isSet(option); }
    QString value(const QString &option) const { return options().value(option); }

    QString name() const { return m_names.value(0); } // Names::One
    QStringList names() const { return m_names; }
    bool all() const { return m_all; } // Names::NamesOrAll

    // The words after "--", for a verb that takesProgram.
    bool hasProgram() const { return m_parser.hasCommand(); }
    QStringList program() const { return m_parser.command(); }

    // Connected to corrald, for a verb that needs it.
    Session &session() { return *m_session; }

    // "corralctl: <message>" and "Try 'corralctl <verb> --help'." on stderr; returns ExitUsage.
    int usageError(const QString &message) const { return m_parser.usageError(message); }

private:
    friend int execute(Verb &verb, const QStringList &args);

    VerbParser m_parser;
    QStringList m_names;
    bool m_all = false;
    Session *m_session = nullptr;
};

class Verb
{
public:
    virtual ~Verb() = default;

    virtual const VerbSpec &spec() const = 0;
    // The paragraph under the usage line of --help.
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser *parser) const { Q_UNUSED(parser); }
    // The verb's own checks of its options, before corrald is asked anything: a message is a usage error.
    // What it reads here, it keeps for run().
    virtual QString check(const Invocation &call)
    {
        Q_UNUSED(call);
        return QString();
    }
    virtual int run(Invocation &call) = 0;
};

} // namespace corral::cli
