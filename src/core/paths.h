// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace corral {

// Where Corral keeps its files. With CORRAL_HOME set everything lives under it (tests and second
// sandboxes rely on that); otherwise the platform's standard locations are used.
class Paths
{
public:
    static Paths fromEnvironment();
    static Paths underHome(const QString &home);

    QString configDir() const { return m_configDir; }
    QString configFile() const;
    QString stateDir() const { return m_stateDir; }
    QString runDir() const;
    QString locksDir() const;
    QString logsDir() const { return m_logsDir; }

    QString pidFile(const QString &strategy) const;
    QString lockFile(const QString &strategy) const;
    QString logFile(const QString &strategy) const;
    QString daemonLockFile() const;
    QString daemonLogFile() const;

    // The local-socket name of this home's corrald; distinct per user and per CORRAL_HOME.
    QString ipcName() const { return m_ipcName; }
    // A value unique to this home, carried by every strategy process in CORRAL_STRATEGY_ID so that
    // descendants can be found even after they leave the process group.
    QString instanceTag() const { return m_instanceTag; }

    // Creates every directory (owner-only where the platform allows). Returns false with a reason.
    bool ensureCreated(QString *error = nullptr) const;

private:
    QString m_configDir;
    QString m_stateDir;
    QString m_logsDir;
    QString m_ipcName;
    QString m_instanceTag;
};

} // namespace corral
