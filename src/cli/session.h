// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "daemonclient.h"
#include "paths.h"
#include "protocol.h"
#include "response.h"

#include <QJsonObject>

#include <optional>

namespace corral::cli {

// One connection to corrald, reporting every failure as the one line the user sees. Verbs whose spec
// says Corrald::Needed get it opened; `daemon` connects by hand, since `daemon status` must not start it.
class Session
{
public:
    Session();

    const Paths &paths() const { return m_paths; }
    DaemonClient &client() { return m_client; }

    // Connects, starting corrald when it does not run; false once the error has been printed.
    bool open();

    // The ok response, or nullopt once the error has been printed.
    std::optional<Response> call(protocol::Command command, const QJsonObject &args = {}, int timeoutMs = 30000);

private:
    Paths m_paths;
    DaemonClient m_client;
};

QJsonObject nameArgs(const QString &name);

} // namespace corral::cli
