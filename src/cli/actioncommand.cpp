// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "actioncommand.h"

#include "actionresult.h"
#include "output.h"
#include "session.h"

#include <QJsonArray>

namespace corral::cli {

int ActionCommand::run(Invocation &call)
{
    QJsonObject request = call.all() ? QJsonObject{{QStringLiteral("all"), true}}
                                     : QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(call.names())}};
    // Who asked, for the strategies' history.
    request.insert(QStringLiteral("by"), QStringLiteral("cli"));
    const std::optional<Response> response = call.session().call(m_command, request, m_timeoutMs);
    if (!response)
        return ExitFailure;
    QList<ActionResult> results;
    QList<protocol::StrategyStatus> statuses;
    QString error;
    if (!readActionResults(response->body.value(QLatin1String("results")), &results, &error) ||
        (response->body.contains(QLatin1String("strategies")) && !response->strategies(&statuses, &error)))
        return fail(error);
    if (call.all() && results.isEmpty() && statuses.isEmpty()) {
        printLine(Cli::tr("No strategies."));
        return ExitOk;
    }
    return printActionResults(results, statuses) ? ExitFailure : ExitOk;
}

} // namespace corral::cli
