// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "launcher.h"

#include "dotenv.h"
#include "errorout.h"
#include "logfiles.h"
#include "pidfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace corral {

StrategyProcess::~StrategyProcess()
{
    // Destroying a running QProcess kills the child. Whoever owns this object decides the child's fate
    // explicitly (stop it, or release() it); reaching here still running means release was forgotten,
    // and a strategy must never die of its supervisor's bookkeeping.
    if (state() != QProcess::NotRunning)
        release();
}

void StrategyProcess::release()
{
    setProcessState(QProcess::NotRunning);
}

QString Launcher::cookieFor(const QString &name) const
{
    return m_paths.instanceTag() + QLatin1Char(':') + name;
}

QProcessEnvironment Launcher::environmentFor(const Strategy &strategy, QString *error) const
{
    QProcessEnvironment env = m_base;
    for (auto it = strategy.inheritedEnv.cbegin(); it != strategy.inheritedEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    // Output goes to a file, not a terminal: without this Python buffers it and a crash loses the
    // last lines, which are the ones a user needs.
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    if (strategy.threads > 0) {
        const QString n = QString::number(strategy.threads);
        for (const char *var : {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                                "NUMBA_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"})
            env.insert(QString::fromLatin1(var), n);
    }
    if (!strategy.envFile.isEmpty()) {
        // Read at each start, so an edited file needs a restart, not an `edit`.
        const QString workDir = strategy.workingDir.isEmpty() ? QDir::homePath() : strategy.workingDir;
        const QString path = QDir(workDir).absoluteFilePath(strategy.envFile);
        QMap<QString, QString> fromFile;
        QString why;
        if (dotenv::read(path, &fromFile, &why)) {
            for (auto it = fromFile.cbegin(); it != fromFile.cend(); ++it)
                env.insert(it.key(), it.value());
        } else {
            setError(error, QStringLiteral("%1: %2").arg(strategy.name, why));
        }
    }
    for (auto it = strategy.env.cbegin(); it != strategy.env.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QString::fromLatin1(CookieVariable), cookieFor(strategy.name));
    return env;
}

QString Launcher::preflight(const Strategy &strategy, const QProcessEnvironment &env, QString *resolvedProgram) const
{
    if (strategy.program.isEmpty())
        return QStringLiteral("%1: no program given").arg(strategy.name);

    const QString workDir = strategy.workingDir.isEmpty() ? QDir::homePath() : strategy.workingDir;
    const QFileInfo dir(workDir);
    if (!dir.exists())
        return QStringLiteral("%1: working directory %2 does not exist").arg(strategy.name, workDir);
    if (!dir.isDir())
        return QStringLiteral("%1: working directory %2 is not a directory").arg(strategy.name, workDir);

    QString program = strategy.program;
    if (program.contains(QLatin1Char('/')) || program.contains(QLatin1Char('\\'))) {
        // A relative path means relative to the strategy's working directory, as in a shell there.
        const QFileInfo fi(QDir(workDir), program);
        if (!fi.exists())
            return QStringLiteral("%1: program %2 does not exist").arg(strategy.name, fi.filePath());
        if (fi.isDir())
            return QStringLiteral("%1: program %2 is a directory").arg(strategy.name, fi.filePath());
        if (!fi.isExecutable())
            return QStringLiteral("%1: program %2 is not executable").arg(strategy.name, fi.filePath());
        program = fi.absoluteFilePath();
    } else {
        // The strategy's own PATH, not corrald's: the program must be the one the strategy would find.
        const QString pathVar = env.value(QStringLiteral("PATH"));
        const QString found = pathVar.isEmpty()
                                  ? QStandardPaths::findExecutable(program)
                                  : QStandardPaths::findExecutable(program, pathVar.split(QDir::listSeparator()));
        if (found.isEmpty())
            return QStringLiteral("%1: program %2 not found in PATH").arg(strategy.name, program);
        program = found;
    }
    *resolvedProgram = program;
    return QString();
}

PendingLaunch Launcher::begin(const Strategy &strategy) const
{
    PendingLaunch pending;
    pending.strategy = strategy;
    LaunchResult &result = pending.decided;
    QString error;
    if (!m_paths.ensureCreated(&error)) {
        result.error = error;
        return pending;
    }

    const QProcessEnvironment env = environmentFor(strategy, &result.error);
    if (!result.error.isEmpty())
        return pending;
    result.error = preflight(strategy, env, &pending.program);
    if (!result.error.isEmpty())
        return pending;

    auto lock = std::make_unique<InstanceLock>(m_paths.lockFile(strategy.name));
    if (!lock->tryAcquire(&error)) {
        if (InstanceLock::isHeldByAnyone(lock->path())) {
            result.status = LaunchResult::Status::AlreadyRunning;
            const auto pid = PidFile::read(m_paths.pidFile(strategy.name));
            if (pid && pid->matches() && os::carriesCookie(pid->identity.pid, cookieFor(strategy.name)))
                result.identity = pid->identity;
            result.error = QStringLiteral("%1: already running").arg(strategy.name);
        } else {
            result.error = QStringLiteral("%1: %2").arg(strategy.name, error);
        }
        return pending;
    }

    const QString logPath = m_paths.logFile(strategy.name);
    LogRotator rotator(logPath, qint64(strategy.logMaxMb) * 1024 * 1024, strategy.logBackups);
    if (!rotator.rotateIfNeeded(&error))
        qWarning("%s: log rotation failed: %s", qPrintable(strategy.name), qPrintable(error));

    // A log holds what the strategy prints (balances, orders, keys by accident): the user's alone. QProcess
    // would create it with the umask's mode, so it is created, or tightened, here first.
    if (QFile log(logPath); log.open(QIODevice::Append)) {
        log.close();
    } else {
        // QProcess would fail on it too, with a sentence that drops the reason.
        result.error = QStringLiteral("%1: cannot open its log %2: %3").arg(strategy.name, logPath, log.errorString());
        return pending;
    }
    QFile::setPermissions(logPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto process = std::make_unique<StrategyProcess>();
    process->setProgram(pending.program);
    process->setArguments(strategy.args);
    process->setWorkingDirectory(strategy.workingDir.isEmpty() ? QDir::homePath() : strategy.workingDir);
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice());
    // The child writes straight into its log: nothing of ours sits in the pipe, so our death or a slow
    // reader can never block or kill it.
    process->setStandardOutputFile(logPath, QIODevice::Append);
    process->setProcessChannelMode(QProcess::MergedChannels);
    result.error = applyPlatformHooks(*process, strategy, *lock);
    if (!result.error.isEmpty()) {
        result.error = QStringLiteral("%1: cannot start %2: %3").arg(strategy.name, pending.program, result.error);
        return pending;
    }
    process->start();
    pending.lock = std::move(lock);
    pending.process = std::move(process);
    return pending;
}

LaunchResult Launcher::finish(PendingLaunch pending) const
{
    if (pending.isDecided())
        return std::move(pending.decided);
    LaunchResult result;
    const Strategy &strategy = pending.strategy;
    StrategyProcess *process = pending.process.get();
    bool started = process->waitForStarted(10000);
    if (!started && platformRetryStart(*process, strategy)) {
        process->start();
        started = process->waitForStarted(10000);
    }
    if (!started) {
        result.error =
            QStringLiteral("%1: cannot start %2: %3").arg(strategy.name, pending.program, process->errorString());
        return result;
    }
    const QString setupError = platformAfterStart(*process, strategy);
    if (!setupError.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(strategy.name, setupError);
        process->waitForFinished(1000);
        return result;
    }
    // The child holds the inherited copy; ours must go so that the lock dies with the strategy.
    pending.lock->release();

    const qint64 pid = process->processId();
    const std::optional<ProcessIdentity> identity = os::identify(pid);
    if (identity) {
        result.identity = *identity;
    } else {
        // It already exited (a job that runs for a millisecond): still a successful start.
        result.identity.pid = pid;
    }

    QString error;
    PidFile pidFile{strategy.name, result.identity, QDateTime::currentDateTimeUtc()};
    if (identity && !pidFile.write(m_paths.pidFile(strategy.name), &error))
        qWarning("%s", qPrintable(error));

    result.status = LaunchResult::Status::Started;
    result.process = std::move(pending.process);
    return result;
}

} // namespace corral
