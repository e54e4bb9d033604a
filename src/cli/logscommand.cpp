// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "configstore.h"
#include "logfiles.h"
#include "logfollower.h"
#include "output.h"
#include "paths.h"
#include "verbparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace corral::cli {

namespace {

constexpr int DefaultLines = 20;

// Known to the config on disk (read directly: logs must work while corrald is down).
bool isConfigured(const Paths &paths, const QString &name)
{
    QList<Strategy> strategies;
    ConfigError error;
    if (!ConfigStore(paths.configFile()).load(&strategies, &error))
        return false;
    for (const Strategy &strategy : strategies) {
        if (strategy.name == name)
            return true;
    }
    return false;
}

bool endsWithNewline(const QString &path, qint64 size)
{
    QFile file(path);
    if (size <= 0 || !file.open(QIODevice::ReadOnly) || !file.seek(size - 1))
        return true;
    char last = 0;
    return !file.getChar(&last) || last == '\n';
}

} // namespace

int runLogs(const QStringList &args)
{
    VerbParser verbParser(QStringLiteral("logs"), QStringLiteral("logs NAME [-n LINES] [-f]"),
                          Cli::tr("Prints the end of a strategy's log (stdout and stderr together). Works "
                                  "without corrald. With -f, keeps printing what is appended, across "
                                  "log rotations, until Ctrl+C."));
    const QCommandLineOption lines(QStringList{QStringLiteral("n"), QStringLiteral("lines")},
                                   Cli::tr("How many lines (default %1).").arg(DefaultLines), QStringLiteral("LINES"));
    const QCommandLineOption follow(QStringList{QStringLiteral("f"), QStringLiteral("follow")},
                                    Cli::tr("Keep printing new output."));
    verbParser.parser().addOptions({lines, follow});
    if (const std::optional<int> code = verbParser.parse(args))
        return *code;
    QString name;
    int exitCode = ExitUsage;
    if (!verbParser.takeName(&name, &exitCode))
        return exitCode;
    int count = DefaultLines;
    if (verbParser.parser().isSet(lines)) {
        bool ok = false;
        count = verbParser.parser().value(lines).toInt(&ok);
        if (!ok || count < 0)
            return verbParser.usageError(
                Cli::tr("-n expects a whole number of lines, not '%1'").arg(verbParser.parser().value(lines)));
    }
    const QString problem = validation::checkName(name);
    if (!problem.isEmpty())
        return fail(Cli::tr("\"%1\" is not a strategy name: %2").arg(name, problem));

    const Paths paths = Paths::fromEnvironment();
    const QString path = paths.logFile(name);
    const bool exists = QFileInfo::exists(path);
    if (!exists && !isConfigured(paths, name))
        return fail(Cli::tr("no strategy named \"%1\"").arg(name));

    qint64 shown = 0;
    if (exists) {
        QString error;
        const QStringList tail = LogTail::lastLines(path, count, &error);
        if (!error.isEmpty())
            return fail(error);
        shown = QFileInfo(path).size();
        const bool complete = endsWithNewline(path, shown);
        for (int i = 0; i < tail.size(); ++i) {
            // A half-written last line stays open so -f can finish it.
            const bool last = i + 1 == tail.size();
            printOut(tail.at(i) + (last && !complete ? QString() : QStringLiteral("\n")));
        }
    }
    if (!verbParser.parser().isSet(follow))
        return ExitOk;

    LogFollower follower(path, shown, writeRaw);
    follower.start();
    return QCoreApplication::exec();
}

} // namespace corral::cli
