// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "controlserver.h"

#include "baseenvironment.h"
#include "configstore.h"
#include "scheduler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocalSocket>

#include <algorithm>

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
                                 {QStringLiteral("result"), outcomeName(r.outcome)},
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
        // corralctl never subscribes: with no window open, a start --all of thousands builds no events.
        if (std::none_of(m_clients.cbegin(), m_clients.cend(), [](const Client *c) { return c->subscribed; }))
            return;
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

namespace {

// How a command relates to the config file.
enum class ConfigUse {
    None,    // about corrald itself: answers even when the config cannot be read
    Current, // re-reads a changed file first, and is refused while the file on disk is broken: a
             // list from the last good config would hide the user's broken edit
    AnyGood, // re-reads, but works from the last good config while the file is broken: stop is the
             // kill switch
};

enum class Target {
    Any,
    KnownName, // `name` must be a strategy corrald knows
};

} // namespace

// What the dispatcher checks before a handler runs.
struct ControlServer::Route
{
    Command command;
    ConfigUse config;
    Target target;
    void (ControlServer::*handler)(const Request &);
};

struct ControlServer::Request
{
    Client *client;
    QPointer<QLocalSocket> socket;
    QJsonValue id;
    QJsonObject args;
    QString name;
    QString configError;
};

const ControlServer::Route *ControlServer::routeFor(Command command)
{
    static const Route routes[] = {
        {Command::Ping, ConfigUse::None, Target::Any, &ControlServer::ping},
        {Command::Subscribe, ConfigUse::None, Target::Any, &ControlServer::subscribe},
        {Command::Shutdown, ConfigUse::None, Target::Any, &ControlServer::shutdown},
        {Command::Environment, ConfigUse::None, Target::Any, &ControlServer::environment},
        {Command::List, ConfigUse::Current, Target::Any, &ControlServer::list},
        {Command::Status, ConfigUse::Current, Target::KnownName, &ControlServer::status},
        {Command::Get, ConfigUse::Current, Target::KnownName, &ControlServer::get},
        {Command::Add, ConfigUse::Current, Target::Any, &ControlServer::add},
        // The name is looked up after the strategy is read, so that a bad edit says what is wrong with it.
        {Command::Edit, ConfigUse::Current, Target::Any, &ControlServer::edit},
        {Command::Remove, ConfigUse::Current, Target::KnownName, &ControlServer::remove},
        {Command::Schedule, ConfigUse::Current, Target::KnownName, &ControlServer::schedule},
        {Command::Preview, ConfigUse::Current, Target::KnownName, &ControlServer::preview},
        // Names are checked by act(): a list of them, and a broken config changes the message.
        {Command::Start, ConfigUse::Current, Target::Any, &ControlServer::start},
        {Command::Stop, ConfigUse::AnyGood, Target::Any, &ControlServer::stop},
        {Command::Restart, ConfigUse::Current, Target::Any, &ControlServer::restart},
        {Command::History, ConfigUse::Current, Target::KnownName, &ControlServer::history},
    };
    for (const Route &route : routes) {
        if (route.command == command)
            return &route;
    }
    return nullptr;
}

void ControlServer::handle(Client *client, const QJsonObject &json)
{
    Request request{client, client->socket, protocol::requestId(json), json, {}, {}};
    QString problem;
    ErrorCode code = ErrorCode::BadRequest;
    if (!protocol::validateRequest(json, &problem, &code))
        return fail(request, code, problem);
    Command command = Command::Ping;
    protocol::parseCommand(json.value(QStringLiteral("cmd")).toString(), &command);
    const Route *route = routeFor(command);
    if (!route) // every Command has a route; a missing one is a bug here, not the client's
        return fail(request, ErrorCode::Internal, QStringLiteral("unhandled command"));

    if (route->config != ConfigUse::None)
        m_supervisor->reloadIfChanged();
    request.name = json.value(QStringLiteral("name")).toString();
    request.configError = m_supervisor->configError();
    if (route->config == ConfigUse::Current && !request.configError.isEmpty())
        return fail(request, ErrorCode::Config, request.configError);
    if (route->target == Target::KnownName && !m_supervisor->findRunner(request.name)) {
        const Supervisor::Error e = Supervisor::unknownStrategy(request.name);
        return fail(request, e.code, e.message);
    }
    (this->*route->handler)(request);
}

void ControlServer::ok(const Request &request, const QJsonObject &fields)
{
    reply(request.socket, protocol::makeOk(request.id, fields));
}

void ControlServer::fail(const Request &request, ErrorCode code, const QString &message)
{
    reply(request.socket, protocol::makeError(request.id, code, message));
}

bool ControlServer::readStrategy(const Request &request, const QJsonObject &json, Strategy *strategy,
                                 const QString &fallback)
{
    QList<ConfigError> errors;
    if (strategyFromJson(json, strategy, &errors) && errors.isEmpty())
        return true;
    fail(request, ErrorCode::Invalid, errors.isEmpty() ? fallback : errors.first().toString());
    return false;
}

void ControlServer::ping(const Request &request)
{
    ok(request, {{QStringLiteral("version"), QStringLiteral(CORRAL_VERSION)},
                 {QStringLiteral("pid"), QCoreApplication::applicationPid()}});
}

// The base every strategy's environment starts from, as corrald built it at its start.
void ControlServer::environment(const Request &request)
{
    const QProcessEnvironment base = BaseEnvironment::current();
    QJsonObject variables;
    const QStringList keys = base.keys();
    for (const QString &key : keys)
        variables.insert(key, base.value(key));
    ok(request, {{QStringLiteral("environment"), variables}});
}

void ControlServer::subscribe(const Request &request)
{
    request.client->subscribed = true;
    ok(request);
}

void ControlServer::shutdown(const Request &request)
{
    ok(request);
    if (request.socket)
        request.socket->flush();
    emit shutdownRequested();
}

void ControlServer::list(const Request &request)
{
    QJsonArray strategies;
    for (const QString &n : m_supervisor->names())
        strategies.append(m_supervisor->statusJson(n));
    QJsonObject reply{{QStringLiteral("strategies"), strategies}};
    // The window's editor needs every config at once (dependencies, names): one request, not one each.
    if (request.args.value(QStringLiteral("configs")).toBool()) {
        QJsonArray configs;
        for (const QString &n : m_supervisor->names())
            configs.append(strategyToJson(m_supervisor->findRunner(n)->strategy()));
        reply.insert(QStringLiteral("configs"), configs);
    }
    ok(request, reply);
}

void ControlServer::status(const Request &request)
{
    ok(request, {{QStringLiteral("strategy"), m_supervisor->statusJson(request.name)}});
}

void ControlServer::get(const Request &request)
{
    ok(request, {{QStringLiteral("strategy"), strategyToJson(m_supervisor->findRunner(request.name)->strategy())}});
}

void ControlServer::add(const Request &request)
{
    Strategy s;
    if (!readStrategy(request, request.args.value(QStringLiteral("strategy")).toObject(), &s,
                      QStringLiteral("invalid strategy")))
        return;
    Supervisor::Error e;
    if (!m_supervisor->add(s, &e))
        return fail(request, e.code, e.message);
    ok(request, {{QStringLiteral("strategy"), m_supervisor->statusJson(s.name)}});
}

void ControlServer::edit(const Request &request)
{
    Strategy s;
    if (!readStrategy(request, request.args.value(QStringLiteral("strategy")).toObject(), &s,
                      QStringLiteral("invalid strategy")))
        return;
    Supervisor::Error e;
    if (!m_supervisor->edit(request.name, s, &e))
        return fail(request, e.code, e.message);
    ok(request);
}

void ControlServer::remove(const Request &request)
{
    Supervisor::Error e;
    if (!m_supervisor->remove(request.name, &e))
        return fail(request, e.code, e.message);
    ok(request);
}

void ControlServer::schedule(const Request &request)
{
    // Read into a copy with an empty schedule, so that only what the request says is in it.
    Strategy probe = m_supervisor->findRunner(request.name)->strategy();
    probe.schedule = Schedule();
    const QJsonObject wrapper{{QStringLiteral("schedule"), request.args.value(QStringLiteral("schedule"))}};
    if (!readStrategy(request, wrapper, &probe, QStringLiteral("invalid schedule")))
        return;
    Supervisor::Error e;
    if (!m_supervisor->setSchedule(request.name, probe.schedule, &e))
        return fail(request, e.code, e.message);
    ok(request);
}

void ControlServer::preview(const Request &request)
{
    // The validator has checked `from`; absent, the scheduler's clock says now.
    const QDateTime from = protocol::parsePreviewFrom(request.args.value(QStringLiteral("from")).toString());
    const int count = int(request.args.value(QStringLiteral("count")).toInteger(protocol::DefaultPreviewEvents));
    QJsonArray events;
    const Strategy &strategy = m_supervisor->findRunner(request.name)->strategy();
    for (const ScheduleEvent &event : m_supervisor->scheduler().preview(strategy, from, count))
        events.append(
            QJsonObject{{QStringLiteral("at"), event.isoWithOffset()}, {QStringLiteral("action"), event.actionName()}});
    ok(request, {{QStringLiteral("events"), events}});
}

void ControlServer::start(const Request &request)
{
    act(request, &Supervisor::start);
}

void ControlServer::stop(const Request &request)
{
    act(request, &Supervisor::stop);
}

void ControlServer::restart(const Request &request)
{
    act(request, &Supervisor::restart);
}

void ControlServer::act(const Request &request, Action action)
{
    const QStringList names = stringList(request.args.value(QStringLiteral("names")));
    const bool all = request.args.value(QStringLiteral("all")).toBool();
    const QStringList missing = m_supervisor->unknownNames(names);
    if (!missing.isEmpty() && !request.configError.isEmpty())
        return fail(request, ErrorCode::Config,
                    QStringLiteral("no strategy named \"%1\" is known: %2").arg(missing.first(), request.configError));
    if (!missing.isEmpty()) {
        const Supervisor::Error e = Supervisor::unknownStrategy(missing.first());
        return fail(request, e.code, e.message);
    }
    Supervisor *supervisor = m_supervisor;
    const QPointer<QLocalSocket> socket = request.socket;
    const QJsonValue id = request.id;
    const HistoryEvent::Cause cause = request.args.value(QStringLiteral("by")).toString() == QLatin1String("window")
                                          ? HistoryEvent::Cause::Window
                                          : HistoryEvent::Cause::Cli;
    (m_supervisor->*action)(
        names, all,
        [this, socket, id, supervisor](const QList<Supervisor::ActionResult> &results) {
            QJsonArray statuses;
            for (const auto &r : results)
                if (supervisor->contains(r.name))
                    statuses.append(supervisor->statusJson(r.name));
            reply(socket, protocol::makeOk(id, {{QStringLiteral("results"), toJson(results)},
                                                {QStringLiteral("strategies"), statuses}}));
        },
        cause);
}

void ControlServer::history(const Request &request)
{
    const QJsonValue count = request.args.value(QStringLiteral("count"));
    QJsonArray events;
    for (const HistoryEvent &e :
         m_supervisor->findRunner(request.name)
             ->recorder()
             .last(count.isUndefined() ? -1 : int(qMin<qint64>(count.toInteger(), HistoryFile::CompactAt))))
        events.append(e.toJson());
    ok(request, {{QStringLiteral("events"), events}});
}

} // namespace corral
