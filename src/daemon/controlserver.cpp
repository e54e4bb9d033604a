// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "controlserver.h"

#include "configstore.h"
#include "supervisor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocalSocket>

namespace corral {

using protocol::Command;
using protocol::ErrorCode;

struct ControlServer::Client
{
    QPointer<QLocalSocket> socket;
    protocol::FrameReader reader;
    bool subscribed = false;
};

namespace {

QJsonArray toJson(const QList<Supervisor::ActionResult> &results)
{
    QJsonArray array;
    for (const auto &r : results)
        array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("result"), r.result},
                                 {QStringLiteral("message"), r.message}});
    return array;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

ControlServer::ControlServer(Supervisor *supervisor, QObject *parent) : QObject(parent), m_supervisor(supervisor)
{
    // Only the user who runs corrald may talk to it: it starts programs in that user's name.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::accept);
    connect(m_supervisor, &Supervisor::statusChanged, this, [this](const protocol::StrategyStatus &status) {
        QJsonObject event = protocol::makeStateEvent(status);
        event.insert(QStringLiteral("strategy"), m_supervisor->statusJson(status.name));
        broadcast(event);
    });
    connect(m_supervisor, &Supervisor::configChanged, this, [this] { broadcast(protocol::makeConfigEvent()); });
    connect(m_supervisor, &Supervisor::message, this,
            [this](const QString &text) { broadcast(protocol::makeDaemonEvent(text)); });
}

ControlServer::~ControlServer()
{
    close();
}

bool ControlServer::listen(const QString &name, QString *error)
{
    // We hold the daemon lock, so a socket file left by a corrald that was killed is stale.
    QLocalServer::removeServer(name);
    if (!m_server.listen(name)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(name, m_server.errorString());
        return false;
    }
    return true;
}

void ControlServer::close()
{
    m_server.close();
    for (Client *c : std::as_const(m_clients)) {
        if (c->socket)
            c->socket->disconnect(this);
        delete c;
    }
    m_clients.clear();
}

void ControlServer::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        auto *client = new Client;
        client->socket = socket;
        m_clients.append(client);
        connect(socket, &QLocalSocket::readyRead, this, [this, client] { readFrom(client); });
        connect(socket, &QLocalSocket::disconnected, this, [this, client] { drop(client); });
    }
}

void ControlServer::drop(Client *client)
{
    if (!m_clients.removeOne(client))
        return;
    if (client->socket)
        client->socket->deleteLater();
    delete client;
}

void ControlServer::readFrom(Client *client)
{
    if (!client->socket)
        return;
    client->reader.feed(client->socket->readAll());
    QJsonObject frame;
    QPointer<QLocalSocket> socket = client->socket;
    while (socket && m_clients.contains(client) && client->reader.next(&frame))
        handle(client, frame);
    if (socket && m_clients.contains(client) && client->reader.hasError()) {
        reply(socket, protocol::makeError(QJsonValue(), ErrorCode::BadRequest, client->reader.errorString()));
        socket->disconnectFromServer();
    }
}

void ControlServer::reply(const QPointer<QLocalSocket> &socket, const QJsonObject &body)
{
    if (socket && socket->state() == QLocalSocket::ConnectedState)
        socket->write(protocol::encodeFrame(body));
}

void ControlServer::broadcast(const QJsonObject &event)
{
    const QByteArray frame = protocol::encodeFrame(event);
    for (Client *c : std::as_const(m_clients))
        if (c->subscribed && c->socket && c->socket->state() == QLocalSocket::ConnectedState)
            c->socket->write(frame);
}

void ControlServer::handle(Client *client, const QJsonObject &request)
{
    const QPointer<QLocalSocket> socket = client->socket;
    const QJsonValue id = protocol::requestId(request);
    QString problem;
    ErrorCode code = ErrorCode::BadRequest;
    if (!protocol::validateRequest(request, &problem, &code)) {
        reply(socket, protocol::makeError(id, code, problem));
        return;
    }
    Command cmd;
    protocol::parseCommand(request.value(QStringLiteral("cmd")).toString(), &cmd);

    if (cmd != Command::Ping && cmd != Command::Shutdown && cmd != Command::Subscribe)
        m_supervisor->reloadIfChanged();

    const QString name = request.value(QStringLiteral("name")).toString();
    const auto fail = [&](const Supervisor::Error &e) { reply(socket, protocol::makeError(id, e.code, e.message)); };
    const auto unknown = [&](const QString &n) { fail(Supervisor::unknownStrategy(n)); };
    // Reads the config part of a request the way the config file is read, with the same messages.
    const auto strategyArg = [&](Strategy *s) {
        QList<ConfigError> errors;
        if (!strategyFromJson(request.value(QStringLiteral("strategy")).toObject(), s, &errors) || !errors.isEmpty()) {
            reply(socket, protocol::makeError(id, ErrorCode::Invalid,
                                              errors.isEmpty() ? QStringLiteral("invalid strategy")
                                                               : errors.first().toString()));
            return false;
        }
        return true;
    };
    // Reads have to fail loudly while the file on disk is broken: a list from the last good config
    // would hide the user's broken edit.
    const QString configError = m_supervisor->configError();

    switch (cmd) {
    case Command::Ping:
        reply(socket, protocol::makeOk(id, {{QStringLiteral("version"), QStringLiteral(CORRAL_VERSION)},
                                            {QStringLiteral("pid"), QCoreApplication::applicationPid()}}));
        return;
    case Command::Subscribe:
        client->subscribed = true;
        reply(socket, protocol::makeOk(id));
        return;
    case Command::Shutdown:
        reply(socket, protocol::makeOk(id));
        if (socket)
            socket->flush();
        emit shutdownRequested();
        return;
    default:
        break;
    }

    if (!configError.isEmpty() && cmd != Command::Stop) {
        reply(socket, protocol::makeError(id, ErrorCode::Config, configError));
        return;
    }

    switch (cmd) {
    case Command::List: {
        QJsonArray list;
        for (const QString &n : m_supervisor->names())
            list.append(m_supervisor->statusJson(n));
        reply(socket, protocol::makeOk(id, {{QStringLiteral("strategies"), list}}));
        return;
    }
    case Command::Status:
    case Command::Get: {
        const StrategyRunner *r = m_supervisor->runner(name);
        if (!r)
            return unknown(name);
        reply(socket, protocol::makeOk(
                          id, {{QStringLiteral("strategy"), cmd == Command::Status ? m_supervisor->statusJson(name)
                                                                                   : strategyToJson(r->strategy())}}));
        return;
    }
    case Command::Add: {
        Strategy s;
        Supervisor::Error e;
        if (!strategyArg(&s))
            return;
        if (!m_supervisor->add(s, &e))
            return fail(e);
        reply(socket, protocol::makeOk(id, {{QStringLiteral("strategy"), m_supervisor->statusJson(s.name)}}));
        return;
    }
    case Command::Edit: {
        Strategy s;
        Supervisor::Error e;
        if (!strategyArg(&s))
            return;
        if (!m_supervisor->edit(name, s, &e))
            return fail(e);
        reply(socket, protocol::makeOk(id));
        return;
    }
    case Command::Remove: {
        Supervisor::Error e;
        if (!m_supervisor->remove(name, &e))
            return fail(e);
        reply(socket, protocol::makeOk(id));
        return;
    }
    case Command::Schedule: {
        const StrategyRunner *r = m_supervisor->runner(name);
        if (!r)
            return unknown(name);
        // Read the schedule the way the config file is read, into a copy with an empty one.
        Strategy probe = r->strategy();
        probe.schedule = Schedule();
        QList<ConfigError> errors;
        const QJsonObject wrapper{{QStringLiteral("schedule"), request.value(QStringLiteral("schedule"))}};
        if (!strategyFromJson(wrapper, &probe, &errors) || !errors.isEmpty()) {
            reply(socket, protocol::makeError(id, ErrorCode::Invalid,
                                              errors.isEmpty() ? QStringLiteral("invalid schedule")
                                                               : errors.first().toString()));
            return;
        }
        Supervisor::Error e;
        if (!m_supervisor->setSchedule(name, probe.schedule, &e))
            return fail(e);
        reply(socket, protocol::makeOk(id));
        return;
    }
    case Command::Start:
    case Command::Stop:
    case Command::Restart: {
        const QStringList names = stringList(request.value(QStringLiteral("names")));
        const bool all = request.value(QStringLiteral("all")).toBool();
        const QStringList missing = m_supervisor->unknownNames(names);
        if (!missing.isEmpty() && !configError.isEmpty()) {
            reply(socket,
                  protocol::makeError(
                      id, ErrorCode::Config,
                      QStringLiteral("no strategy named \"%1\" is known: %2").arg(missing.first(), configError)));
            return;
        }
        if (!missing.isEmpty())
            return unknown(missing.first());
        Supervisor *supervisor = m_supervisor;
        auto done = [this, socket, id, supervisor](const QList<Supervisor::ActionResult> &results) {
            QJsonArray statuses;
            for (const auto &r : results)
                if (supervisor->contains(r.name))
                    statuses.append(supervisor->statusJson(r.name));
            reply(socket, protocol::makeOk(id, {{QStringLiteral("results"), toJson(results)},
                                                {QStringLiteral("strategies"), statuses}}));
        };
        if (cmd == Command::Start)
            m_supervisor->start(names, all, done);
        else if (cmd == Command::Stop)
            m_supervisor->stop(names, all, done);
        else
            m_supervisor->restart(names, all, done);
        return;
    }
    default:
        reply(socket, protocol::makeError(id, ErrorCode::Internal, QStringLiteral("unhandled command")));
    }
}

} // namespace corral
