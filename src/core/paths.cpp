// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "paths.h"

#include "errorout.h"
#include "ipcname.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace corral {

namespace {

QString tagFor(const QString &anchor)
{
    return QString::fromLatin1(QCryptographicHash::hash(anchor.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString userName()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString name = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    return name.isEmpty() ? QStringLiteral("user") : name;
}

} // namespace

Paths Paths::fromEnvironment()
{
    const QString home = qEnvironmentVariable("CORRAL_HOME");
    if (!home.isEmpty())
        return underHome(home);

    Paths p;
    p.m_configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/corral");
    const QString data =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/corral");
    p.m_stateDir = data + QStringLiteral("/state");
    p.m_logsDir = data + QStringLiteral("/logs");
    p.m_instanceTag = tagFor(userName() + QLatin1Char('|') + p.m_configDir);
    p.m_ipcName = os::ipcName(p.m_stateDir, p.m_instanceTag, userName());
    return p;
}

Paths Paths::underHome(const QString &home)
{
    const QString root = QDir::cleanPath(QDir(home).absolutePath());
    Paths p;
    p.m_configDir = root + QStringLiteral("/config");
    p.m_stateDir = root + QStringLiteral("/state");
    p.m_logsDir = root + QStringLiteral("/logs");
    p.m_instanceTag = tagFor(root);
    p.m_ipcName = os::ipcName(p.m_stateDir, p.m_instanceTag, userName());
    return p;
}

QString Paths::configFile() const
{
    return m_configDir + QStringLiteral("/strategies.json");
}

QString Paths::runDir() const
{
    return m_stateDir + QStringLiteral("/run");
}

QString Paths::locksDir() const
{
    return m_stateDir + QStringLiteral("/locks");
}

QString Paths::pidFile(const QString &strategy) const
{
    return runDir() + QLatin1Char('/') + strategy + QStringLiteral(".json");
}

QString Paths::lockFile(const QString &strategy) const
{
    return locksDir() + QLatin1Char('/') + strategy + QStringLiteral(".lock");
}

QString Paths::logFile(const QString &strategy) const
{
    return m_logsDir + QLatin1Char('/') + strategy + QStringLiteral(".log");
}

QString Paths::daemonLockFile() const
{
    return m_stateDir + QStringLiteral("/corrald.lock");
}

QString Paths::daemonLogFile() const
{
    // In state/, not logs/: a strategy may be named "corrald", and its log must never be corrald's own.
    return m_stateDir + QStringLiteral("/corrald.log");
}

bool Paths::ensureCreated(QString *error) const
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &dir : {m_configDir, m_stateDir, runDir(), locksDir(), m_logsDir}) {
        if (!QDir().mkpath(dir)) {
            setError(error, QStringLiteral("cannot create directory %1").arg(dir));
            return false;
        }
    }
    // The state dir holds the socket and the locks, the logs hold account data: nobody else may reach
    // them, whatever umask corrald was started with.
    QFile::setPermissions(m_stateDir, ownerOnly);
    QFile::setPermissions(m_logsDir, ownerOnly);
    return true;
}

} // namespace corral
