// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace corral::gui {

namespace {

const QByteArray RaiseMessage = QByteArrayLiteral("raise\n");

} // namespace

SingleInstance::SingleInstance(const QString &serverName, const QString &lockPath, QObject *parent)
    : QObject(parent), m_serverName(serverName), m_lock(lockPath)
{
    // A lock held by a live process is never stale; one left by a crash is recovered by pid at once.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim(int timeoutMs)
{
    if (m_server)
        return true;
    if (m_lock.tryLock(0)) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        // We hold the lock: a server name still around belongs to a crashed first instance.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName))
            qWarning("corral: cannot listen on %s: %s", qPrintable(m_serverName), qPrintable(m_server->errorString()));
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server->nextPendingConnection()) {
                connect(client, &QLocalSocket::readyRead, this, [this, client] { readClient(client); });
                connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
                if (client->bytesAvailable() > 0)
                    readClient(client);
            }
        });
        return true;
    }
    sendRaise(timeoutMs);
    return false;
}

bool SingleInstance::sendRaise(int timeoutMs)
{
    // The first instance may still be on its way to listen: try until the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
            socket.write(RaiseMessage);
            const bool written = socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
            socket.disconnectFromServer();
            return written || socket.bytesToWrite() == 0;
        }
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return false;
}

void SingleInstance::readClient(QLocalSocket *client)
{
    while (client->canReadLine()) {
        if (client->readLine() == RaiseMessage)
            emit raiseRequested();
    }
    // Anything else (or too much) is not ours to answer.
    if (client->bytesAvailable() > 64)
        client->abort();
}

} // namespace corral::gui
