// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "paths.h"
#include "protocol.h"
#include "response.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

class QLocalSocket;

namespace corral {

// One connection to this home's corrald. The CLI uses the blocking call(); the GUI uses send() and the
// signals. Both may be mixed: frames that call() is not waiting for still go out as signals.
class DaemonClient : public QObject
{
    Q_OBJECT

public:
    explicit DaemonClient(const Paths &paths, QObject *parent = nullptr);
    ~DaemonClient() override;

    // Connects to a running corrald only; never starts one.
    bool connectToDaemon(QString *error);
    // Connects, starting corrald detached first when none answers. Safe when many clients race: the
    // corrald copies that lose the daemon lock exit, and every client keeps connecting to the winner.
    bool ensureDaemon(QString *error, int timeoutMs = 10000);
    bool isConnected() const;
    void disconnectFromDaemon();
    // After `shutdown`: true once corrald has closed the connection (-1 waits forever).
    bool waitForDisconnected(int timeoutMs);

    // $CORRALD when set (tests, odd installs), else corrald beside the running program.
    static QString corraldProgram();

    // Sends one request and blocks until its response arrives: corrald's answer (ok or refused), or a
    // failure without a code when the transport failed, the reply timed out or a frame was malformed.
    // timeoutMs -1 waits forever (stop and restart wait out each strategy's grace period).
    Response call(protocol::Command command, const QJsonObject &args, int timeoutMs = 30000);

    // Asynchronous: returns the request id (-1 when not connected or the request is too large); the
    // answer arrives as responseReceived with the same id.
    qint64 send(protocol::Command command, const QJsonObject &args = {});

signals:
    // The answer to a send(); `id` is -1 for the answer to a request too broken to carry its id.
    void responseReceived(qint64 id, const corral::Response &response);
    void eventReceived(const QJsonObject &event);
    void connectionLost();

private:
    void readFrames();
    bool startDaemon(QString *error);
    QString newDaemonLogLines() const;

    Paths m_paths;
    QLocalSocket *m_socket;
    protocol::FrameReader m_reader;
    qint64 m_nextId = 1;
    qint64 m_waitingFor = -1; // the id call() blocks on
    std::optional<QJsonObject> m_waitedResponse;
    qint64 m_daemonLogSizeAtStart = -1;
};

} // namespace corral
