// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "session.h"

#include "output.h"

namespace corral::cli {

Session::Session() : m_paths(Paths::fromEnvironment()), m_client(m_paths) {}

bool Session::open()
{
    QString error;
    if (m_client.ensureDaemon(&error))
        return true;
    fail(error);
    return false;
}

std::optional<Response> Session::call(protocol::Command command, const QJsonObject &args, int timeoutMs)
{
    Response response = m_client.call(command, args, timeoutMs);
    if (!response.ok) {
        fail(response.error);
        return std::nullopt;
    }
    return response;
}

QJsonObject nameArgs(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name}};
}

} // namespace corral::cli
