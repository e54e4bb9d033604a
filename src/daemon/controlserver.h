// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"
#include "supervisor.h"

#include <QJsonObject>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QPointer>

class QLocalSocket;

namespace corral {

// The owner-only local socket corrald listens on: reads frames, answers requests through the
// Supervisor, and pushes state events to subscribed clients. A bad frame costs the sender its
// connection, never corrald its life.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    ControlServer(Supervisor *supervisor, QObject *parent = nullptr);
    ~ControlServer() override;

    bool listen(const QString &name, QString *error);
    void close();

signals:
    void shutdownRequested();

private:
    struct Client;
    struct Request;
    struct Route;
    using Action = void (Supervisor::*)(const QStringList &, bool, const Supervisor::Done &, HistoryEvent::Cause);

    void accept();
    void readFrom(Client *client);
    void handle(Client *client, const QJsonObject &request);
    static const Route *routeFor(protocol::Command command);

    // One per command; the request has passed validation and the checks its route asks for.
    void ping(const Request &request);
    void subscribe(const Request &request);
    void shutdown(const Request &request);
    void environment(const Request &request);
    void list(const Request &request);
    void status(const Request &request);
    void get(const Request &request);
    void add(const Request &request);
    void edit(const Request &request);
    void remove(const Request &request);
    void schedule(const Request &request);
    void preview(const Request &request);
    void start(const Request &request);
    void stop(const Request &request);
    void restart(const Request &request);
    void act(const Request &request, Action action);
    void history(const Request &request);

    void ok(const Request &request, const QJsonObject &fields = {});
    void fail(const Request &request, protocol::ErrorCode code, const QString &message);
    // Reads strategy JSON (or the part of one a request carries) the way the config file is read, with
    // the same messages; replies `invalid` (saying `fallback` when the reader gives no reason) and
    // returns false when it does not read.
    bool readStrategy(const Request &request, const QJsonObject &json, Strategy *strategy, const QString &fallback);

    void reply(const QPointer<QLocalSocket> &socket, const QJsonObject &body);
    void broadcast(const QJsonObject &event);
    void drop(Client *client);

    Supervisor *m_supervisor;
    QLocalServer m_server;
    QList<Client *> m_clients;
};

} // namespace corral
