// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "daemon.h"

#include "controlserver.h"
#include "instancelock.h"
#include "signalwatcher.h"
#include "supervisor.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>

#include <cstdio>

namespace corral {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "corrald: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

int Daemon::detach(const QString &program, const QStringList &extraArgs)
{
    QString error;
    if (!m_paths.ensureCreated(&error)) {
        say(error);
        return Error;
    }
    // Ask the socket, not the lock: probing the lock takes it for a moment, and a corrald starting at
    // that moment would wrongly conclude that another one runs.
    QLocalSocket probe;
    probe.connectToServer(m_paths.ipcName());
    if (probe.waitForConnected(500)) {
        say(QStringLiteral("already running for %1").arg(m_paths.stateDir()));
        return AlreadyRunning;
    }
    QProcess p;
    p.setProgram(program);
    p.setArguments(QStringList{QStringLiteral("--foreground")} + extraArgs);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(m_paths.daemonLogFile(), QIODevice::Append);
    p.setStandardErrorFile(m_paths.daemonLogFile(), QIODevice::Append);
    qint64 pid = 0;
    if (!p.startDetached(&pid)) {
        say(QStringLiteral("cannot start %1").arg(program));
        return Error;
    }
    std::printf("corrald started (pid %lld), log: %s\n", static_cast<long long>(pid),
                qPrintable(m_paths.daemonLogFile()));
    return Ok;
}

int Daemon::runForeground()
{
    QString error;
    if (!m_paths.ensureCreated(&error)) {
        say(error);
        return Error;
    }
    InstanceLock lock(m_paths.daemonLockFile());
    if (!lock.tryAcquire(&error)) {
        say(QStringLiteral("already running for %1").arg(m_paths.stateDir()));
        return AlreadyRunning;
    }

    SignalWatcher terminations;
    Supervisor supervisor(m_paths);
    QObject::connect(&supervisor, &Supervisor::message, [](const QString &text) { say(text); });
    supervisor.reloadIfChanged();
    if (!supervisor.configError().isEmpty())
        say(supervisor.configError());
    supervisor.adoptAll();
    supervisor.startScheduling();

    ControlServer server(&supervisor);
    if (!server.listen(m_paths.ipcName(), &error)) {
        say(error);
        supervisor.releaseAll();
        return Error;
    }
    say(QStringLiteral("ready (pid %1) on %2").arg(QCoreApplication::applicationPid()).arg(m_paths.ipcName()));

    QObject::connect(&terminations, &SignalWatcher::terminateRequested, [](int sig) {
        say(QStringLiteral("signal %1: exiting, strategies keep running").arg(sig));
        QCoreApplication::quit();
    });
    QObject::connect(&server, &ControlServer::shutdownRequested, [] {
        say(QStringLiteral("shutdown requested: exiting, strategies keep running"));
        // After the reply has gone out.
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    });

    const int rc = QCoreApplication::exec();
    server.close();
    supervisor.releaseAll();
    return rc;
}

} // namespace corral
