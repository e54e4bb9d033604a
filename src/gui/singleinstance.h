// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace corral::gui {

// One window per user and Corral home. The first `corral` holds a lock file and listens on a local
// server; a second one finds the lock taken, sends "raise" to the first and exits. The lock, not the
// server, decides (a server name can be left behind by a crash; a lock held by a dead process is
// recovered by QLockFile).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    SingleInstance(const QString &serverName, const QString &lockPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The GUI of this Corral home: next to corrald's socket name and state directory.
    static QString serverNameFor(const QString &ipcName) { return ipcName + QStringLiteral("-gui"); }

    // True: this process is the first and now listens. False: another holds the lock; `raise` was sent
    // to it (when it answered within timeoutMs).
    bool claim(int timeoutMs = 2000);
    bool isPrimary() const { return m_server != nullptr; }

signals:
    void raiseRequested();

private:
    bool sendRaise(int timeoutMs);
    void readClient(QLocalSocket *client);

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace corral::gui
