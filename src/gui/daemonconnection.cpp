// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "daemonconnection.h"

#include "configstore.h"
#include "daemonclient.h"

#include <QHash>
#include <QJsonArray>

#include <memory>

namespace corral::gui {

using protocol::Command;

namespace {

constexpr int FirstRetryMs = 500;
constexpr int MaxRetryMs = 15000;
// The GUI thread waits this long for a corrald it started: it usually answers in tens of ms.
constexpr int StartTimeoutMs = 5000;

} // namespace

DaemonConnection::DaemonConnection(const Paths &paths, QObject *parent)
    : QObject(parent), m_paths(paths), m_client(new DaemonClient(paths, this)), m_retryDelayMs(FirstRetryMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DaemonConnection::attempt);
    connect(m_client, &DaemonClient::responseReceived, this, &DaemonConnection::onResponse);
    connect(m_client, &DaemonClient::eventReceived, this, &DaemonConnection::onEvent);
    connect(m_client, &DaemonClient::connectionLost, this, &DaemonConnection::onLost);
}

DaemonConnection::~DaemonConnection()
{
    m_closed = true;
    m_client->disconnect(this);
}

void DaemonConnection::open()
{
    m_closed = false;
    setStatus(Status::Connecting);
    m_retry.start(0);
}

void DaemonConnection::close()
{
    m_closed = true;
    m_retry.stop();
    m_client->disconnectFromDaemon();
    failPending(tr("disconnected"));
    setStatus(Status::Disconnected);
}

void DaemonConnection::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void DaemonConnection::attempt()
{
    if (m_closed || m_client->isConnected())
        return;
    setStatus(Status::Connecting);
    QString error;
    const bool ok = m_autoStart ? m_client->ensureDaemon(&error, StartTimeoutMs) : m_client->connectToDaemon(&error);
    if (!ok) {
        m_lastError = error;
        setStatus(Status::Disconnected);
        scheduleRetry();
        return;
    }
    onConnected();
}

void DaemonConnection::scheduleRetry()
{
    if (m_closed)
        return;
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, MaxRetryMs);
}

void DaemonConnection::onConnected()
{
    m_retryDelayMs = FirstRetryMs;
    m_lastError.clear();
    // Subscribe before listing: no event can fall between the list and the subscription.
    request(Command::Subscribe, {});
    request(Command::Ping, {}, [this](const Response &r) {
        m_daemonPid = r.body.value(QLatin1String("pid")).toInteger();
        m_daemonVersion = r.body.value(QLatin1String("version")).toString();
        setStatus(Status::Connected);
    });
    refresh();
}

void DaemonConnection::onLost()
{
    m_daemonPid = 0;
    failPending(tr("the connection to corrald was lost"));
    m_lastError = tr("corrald went away");
    setStatus(Status::Disconnected);
    scheduleRetry();
}

void DaemonConnection::failPending(const QString &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &entry : pending)
        if (entry.second)
            entry.second(Response::failure(error));
}

void DaemonConnection::request(Command command, const QJsonObject &args, Callback done)
{
    const qint64 id = m_client->send(command, args);
    if (id < 0) {
        const QString error = m_client->isConnected() ? tr("the request is too large") : tr("not connected to corrald");
        if (done)
            done(Response::failure(error));
        else
            emit requestFailed(protocol::commandName(command), error);
        return;
    }
    m_pending.insert(id, {command, std::move(done)});
}

void DaemonConnection::onResponse(qint64 id, const Response &response)
{
    const auto entry = m_pending.take(id);
    if (entry.second)
        entry.second(response);
    else if (!response.ok)
        emit requestFailed(protocol::commandName(entry.first), response.error);
}

void DaemonConnection::onEvent(const QJsonObject &event)
{
    const QString kind = event.value(QLatin1String("event")).toString();
    if (kind == QLatin1String("state")) {
        protocol::StrategyStatus status;
        QString error;
        if (protocol::StrategyStatus::fromJson(event.value(QLatin1String("strategy")).toObject(), &status, &error))
            emit stateReceived(status);
        else
            emit requestFailed(QStringLiteral("state"), tr("bad status from corrald: %1").arg(error));
    } else if (kind == QLatin1String("config"))
        refresh();
    else if (kind == QLatin1String("daemon"))
        emit daemonMessage(event.value(QLatin1String("message")).toString());
}

void DaemonConnection::refresh()
{
    request(Command::List, {}, [this](const Response &r) {
        QList<protocol::StrategyStatus> statuses;
        QString error;
        if (!r.ok || !r.strategies(&statuses, &error)) {
            emit requestFailed(QStringLiteral("list"), r.ok ? error : r.error);
            return;
        }
        emit strategiesListed(statuses);
    });
}

void DaemonConnection::names(Command command, const QStringList &list, bool all, Callback done)
{
    QJsonObject args;
    if (all)
        args.insert(QStringLiteral("all"), true);
    else
        args.insert(QStringLiteral("names"), QJsonArray::fromStringList(list));
    // Who asked, for the strategies' history: corrald tells the window's actions from corralctl's.
    args.insert(QStringLiteral("by"), QStringLiteral("window"));
    request(command, args, std::move(done));
}

void DaemonConnection::start(const QStringList &list, Callback done)
{
    names(Command::Start, list, false, std::move(done));
}

void DaemonConnection::stop(const QStringList &list, Callback done)
{
    names(Command::Stop, list, false, std::move(done));
}

void DaemonConnection::restart(const QStringList &list, Callback done)
{
    names(Command::Restart, list, false, std::move(done));
}

void DaemonConnection::startAll(Callback done)
{
    names(Command::Start, {}, true, std::move(done));
}

void DaemonConnection::stopAll(Callback done)
{
    names(Command::Stop, {}, true, std::move(done));
}

void DaemonConnection::add(const Strategy &strategy, Callback done)
{
    request(Command::Add, {{QStringLiteral("strategy"), strategyToJson(strategy)}}, std::move(done));
}

void DaemonConnection::edit(const QString &name, const Strategy &strategy, Callback done)
{
    request(Command::Edit, {{QStringLiteral("name"), name}, {QStringLiteral("strategy"), strategyToJson(strategy)}},
            std::move(done));
}

void DaemonConnection::remove(const QString &name, Callback done)
{
    request(Command::Remove, {{QStringLiteral("name"), name}}, std::move(done));
}

void DaemonConnection::fetchConfigs(const QStringList &list,
                                    std::function<void(const QList<Strategy> &, const QString &)> done)
{
    if (list.isEmpty()) {
        done({}, {});
        return;
    }
    // One request for all of them, whatever their number.
    request(Command::List, {{QStringLiteral("configs"), true}}, [list, done](const Response &r) {
        if (!r.ok) {
            done({}, r.error);
            return;
        }
        QList<Strategy> all;
        QString error;
        if (!r.configs(&all, &error)) {
            done({}, error);
            return;
        }
        QHash<QString, Strategy> byName;
        for (const Strategy &s : std::as_const(all))
            byName.insert(s.name, s);
        QList<Strategy> wanted;
        for (const QString &name : list) {
            if (!byName.contains(name)) {
                done({}, tr("no strategy named \"%1\"").arg(name));
                return;
            }
            wanted.append(byName.value(name));
        }
        done(wanted, QString());
    });
}

} // namespace corral::gui
