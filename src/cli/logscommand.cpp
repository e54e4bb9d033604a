// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "configstore.h"
#include "logfollower.h"
#include "output.h"
#include "paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace corral::cli {

namespace {

constexpr int DefaultLines = 20;
// Output is written a bounded slice at a time, however many lines were asked for.
constexpr qint64 SliceBytes = 64 << 10;

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

// Writes what the follower has now, or only up to about `budget` bytes (-1: no limit).
void printAvailable(LogFollower &follower, bool *lineOpen, qint64 budget = -1)
{
    qint64 written = 0;
    do {
        const LogFollower::Chunk chunk = follower.readNext(SliceBytes);
        if (chunk.data.isEmpty())
            continue;
        // Another file begins: a line the old one left half written must not run on into it.
        if (chunk.restarted && *lineOpen)
            writeRaw(QByteArrayLiteral("\n"));
        writeRaw(chunk.data);
        *lineOpen = !chunk.data.endsWith('\n');
        written += chunk.data.size();
        if (budget >= 0 && written >= budget)
            return;
    } while (follower.hasMore());
}

const QString LinesOption = QStringLiteral("lines");
const QString FollowOption = QStringLiteral("follow");

const VerbSpec Spec{"logs", "logs NAME [-n LINES] [-f]",
                    QT_TRANSLATE_NOOP("corralctl", "Print or follow a strategy's log"), Names::One, Corrald::NotNeeded};

class LogsCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("Prints the end of a strategy's log (stdout and stderr together). Works "
                       "without corrald. With -f, keeps printing what is appended, across "
                       "log rotations, until Ctrl+C.");
    }

    void addOptions(QCommandLineParser *parser) const override
    {
        parser->addOptions({
            QCommandLineOption(QStringList{QStringLiteral("n"), LinesOption},
                               Cli::tr("How many lines (default %1).").arg(DefaultLines), QStringLiteral("LINES")),
            QCommandLineOption(QStringList{QStringLiteral("f"), FollowOption}, Cli::tr("Keep printing new output.")),
        });
    }

    QString check(const Invocation &call) override
    {
        if (!call.isSet(LinesOption))
            return QString();
        bool ok = false;
        m_count = call.value(LinesOption).toInt(&ok);
        if (!ok || m_count < 0)
            return Cli::tr("-n expects a whole number of lines, not '%1'").arg(call.value(LinesOption));
        return QString();
    }

    int run(Invocation &call) override;

private:
    int m_count = DefaultLines;
};

int LogsCommand::run(Invocation &call)
{
    const QString name = call.name();
    const int count = m_count;
    const QString problem = validation::checkName(name);
    if (!problem.isEmpty())
        return fail(Cli::tr("\"%1\" is not a strategy name: %2").arg(name, problem));

    const Paths paths = Paths::fromEnvironment();
    const QString path = paths.logFile(name);
    const bool exists = QFileInfo::exists(path);
    if (!exists && !isConfigured(paths, name))
        return fail(Cli::tr("no strategy named \"%1\"").arg(name));

    if (exists) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    }
    // Bytes exactly as the strategy wrote them, the tail included; a half-written last line stays open
    // so -f can finish it.
    LogFollower follower;
    follower.setTailWindow(count, 0);
    follower.seekToTail(path);
    bool lineOpen = false;
    if (!call.isSet(FollowOption)) {
        // A writer faster than the terminal must not keep a plain `logs` going: it stops after as many bytes
        // as the file held when asked.
        printAvailable(follower, &lineOpen, qMax<qint64>(SliceBytes, QFileInfo(path).size()));
        return ExitOk;
    }
    printAvailable(follower, &lineOpen);
    QObject::connect(&follower, &LogFollower::changed, [&follower, &lineOpen] { printAvailable(follower, &lineOpen); });
    follower.setWatching(true);
    return QCoreApplication::exec();
}

} // namespace

std::unique_ptr<Verb> makeLogsCommand()
{
    return std::make_unique<LogsCommand>();
}

} // namespace corral::cli
