// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"

#include <QJsonObject>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QPointer>

class QLocalSocket;

namespace corral {

class Supervisor;

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

    void accept();
    void readFrom(Client *client);
    void handle(Client *client, const QJsonObject &request);
    void reply(const QPointer<QLocalSocket> &socket, const QJsonObject &body);
    void broadcast(const QJsonObject &event);
    void drop(Client *client);

    Supervisor *m_supervisor;
    QLocalServer m_server;
    QList<Client *> m_clients;
};

} // namespace corral
