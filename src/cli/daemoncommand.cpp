// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "commands.h"
#include "output.h"
#include "session.h"

namespace corral::cli {

namespace {

constexpr int ShutdownTimeoutMs = 30000;

// Corrald::NotNeeded: `daemon status` and `daemon stop` must not start corrald, so it connects by hand.
const VerbSpec Spec{"daemon",
                    "daemon status|start|stop|env",
                    QT_TRANSLATE_NOOP("corralctl", "Check, start or stop corrald, or show its base environment"),
                    Names::One,
                    Corrald::NotNeeded,
                    false,
                    QT_TRANSLATE_NOOP("corralctl", "missing what to do: status, start, stop or env")};

class DaemonCommand : public Verb
{
public:
    const VerbSpec &spec() const override { return Spec; }

    QString description() const override
    {
        return Cli::tr("status: whether corrald runs (exit 0) or not (exit 1).\n"
                       "start:  starts corrald (any other command does that too).\n"
                       "stop:   stops corrald. Strategies keep running; the next corrald adopts "
                       "them. Use 'corralctl stop --all' first to stop them too.\n"
                       "env:    prints the environment every strategy starts from (KEY=VALUE, "
                       "sorted), starting corrald if needed.");
    }

    QString check(const Invocation &call) override
    {
        const QString action = call.name();
        if (action != QLatin1String("status") && action != QLatin1String("start") && action != QLatin1String("stop") &&
            action != QLatin1String("env"))
            return Cli::tr("unknown daemon command '%1' (use status, start, stop or env)").arg(action);
        return QString();
    }

    int run(Invocation &call) override
    {
        const QString action = call.name();
        Session session;
        QString error;
        if (action == QLatin1String("start") || action == QLatin1String("env")) {
            if (!session.open())
                return ExitFailure;
        } else if (!session.client().connectToDaemon(&error)) {
            printOut(QStringLiteral("corrald not running\n"));
            return action == QLatin1String("status") ? ExitFailure : ExitOk;
        }

        if (action == QLatin1String("env"))
            return printEnvironment(session);
        if (action == QLatin1String("stop")) {
            if (!session.call(protocol::Command::Shutdown))
                return ExitFailure;
            if (!session.client().waitForDisconnected(ShutdownTimeoutMs))
                return fail(Cli::tr("corrald did not exit within %1 s").arg(ShutdownTimeoutMs / 1000));
            printLine(Cli::tr("corrald stopped; strategies keep running (stop them with 'corralctl stop --all')"));
            return ExitOk;
        }
        const std::optional<Response> ping = session.call(protocol::Command::Ping);
        if (!ping)
            return ExitFailure;
        printOut(QStringLiteral("corrald running (pid %1, version %2)\n")
                     .arg(ping->body.value(QLatin1String("pid")).toInteger())
                     .arg(ping->body.value(QLatin1String("version")).toString()));
        return ExitOk;
    }

private:
    static int printEnvironment(Session &session)
    {
        const std::optional<Response> reply = session.call(protocol::Command::Environment);
        if (!reply)
            return ExitFailure;
        const QJsonObject variables = reply->body.value(QLatin1String("environment")).toObject();
        QString text;
        // QJsonObject keeps its keys sorted: the lines come out in order.
        for (auto it = variables.begin(); it != variables.end(); ++it)
            text += it.key() + QLatin1Char('=') + it.value().toString() + QLatin1Char('\n');
        printOut(text);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Verb> makeDaemonCommand()
{
    return std::make_unique<DaemonCommand>();
}

} // namespace corral::cli
