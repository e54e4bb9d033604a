// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "paths.h"
#include "protocol.h"
#include "response.h"
#include "strategy.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace corral {
class DaemonClient;
}

namespace corral::gui {

// The GUI's line to corrald: connects (starting corrald when it is not running), subscribes to its
// events, lists the strategies, and comes back by itself when corrald goes away — a retry timer with
// backoff runs only while disconnected. Requests take a callback that gets corrald's response, or a
// failure when the connection drops first, so no caller ever waits forever.
class DaemonConnection : public QObject
{
    Q_OBJECT

public:
    enum class Status { Disconnected, Connecting, Connected };
    Q_ENUM(Status)

    using Callback = std::function<void(const Response &response)>;

    explicit DaemonConnection(const Paths &paths, QObject *parent = nullptr);
    ~DaemonConnection() override;

    // Start corrald when none answers (the default); off, the GUI only waits for one to appear.
    void setAutoStart(bool on) { m_autoStart = on; }
    // First attempt, on the next event-loop turn so the window can paint "starting it…" first.
    void open();
    // Drops the connection and stops retrying.
    void close();

    Status status() const { return m_status; }
    qint64 daemonPid() const { return m_daemonPid; }
    QString daemonVersion() const { return m_daemonVersion; }
    // Why the last attempt failed.
    QString lastError() const { return m_lastError; }
    const Paths &paths() const { return m_paths; }

    // Sends a request; `done` (optional) runs with the response. Not connected: `done` runs at once
    // with a failure.
    void request(protocol::Command command, const QJsonObject &args, Callback done = {});

    void refresh();
    void start(const QStringList &names, Callback done = {});
    void stop(const QStringList &names, Callback done = {});
    void restart(const QStringList &names, Callback done = {});
    void startAll(Callback done = {});
    void stopAll(Callback done = {});
    void add(const Strategy &strategy, Callback done = {});
    void edit(const QString &name, const Strategy &strategy, Callback done = {});
    void remove(const QString &name, Callback done = {});
    // The configs of `names` (all must exist); `done` gets them, or an error text.
    void fetchConfigs(const QStringList &names,
                      std::function<void(const QList<Strategy> &, const QString &error)> done);

signals:
    void statusChanged(corral::gui::DaemonConnection::Status status);
    // The full list (after connecting, and after each `config` event).
    void strategiesListed(const QList<corral::protocol::StrategyStatus> &statuses);
    void stateReceived(const corral::protocol::StrategyStatus &strategy);
    void daemonMessage(const QString &message);
    // A request failed: for the status bar. `what` names the command.
    void requestFailed(const QString &what, const QString &error);

private:
    void attempt();
    void onConnected();
    void onLost();
    void onResponse(qint64 id, const Response &response);
    void onEvent(const QJsonObject &event);
    void setStatus(Status status);
    void scheduleRetry();
    void failPending(const QString &error);
    void names(protocol::Command command, const QStringList &names, bool all, Callback done);

    Paths m_paths;
    DaemonClient *m_client;
    QTimer m_retry;
    int m_retryDelayMs;
    bool m_autoStart = true;
    bool m_closed = false;
    Status m_status = Status::Disconnected;
    qint64 m_daemonPid = 0;
    QString m_daemonVersion;
    QString m_lastError;
    QHash<qint64, std::pair<protocol::Command, Callback>> m_pending;
};

} // namespace corral::gui
