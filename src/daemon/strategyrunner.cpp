// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategyrunner.h"

#include "exitdescription.h"
#include "instancelock.h"
#include "pidfile.h"
#include "statetransitions.h"

#include <QFile>

namespace corral {

StrategyRunner::StrategyRunner(const Paths &paths, const Strategy &strategy, Clock &clock, QObject *parent)
    : QObject(parent), m_paths(paths), m_strategy(strategy), m_clock(clock),
      m_policy(strategy.restart, strategy.maxRestarts), m_since(clock.nowUtc())
{
}

StrategyRunner::~StrategyRunner()
{
    release();
}

void StrategyRunner::setStrategy(const Strategy &strategy)
{
    m_strategy = strategy;
    m_policy.setMode(strategy.restart);
    m_policy.setMaxRestarts(strategy.maxRestarts);
}

bool StrategyRunner::isLive() const
{
    return protocol::isLive(m_state);
}

protocol::StrategyStatus StrategyRunner::status() const
{
    protocol::StrategyStatus s;
    s.name = m_strategy.name;
    s.state = m_state;
    if (isLive() && m_identity.pid > 0)
        s.pid = m_identity.pid;
    s.restarts = m_restarts;
    s.exitCode = m_exitCode;
    s.since = m_since;
    s.lastError = m_lastError;
    s.adopted = m_adopted && isLive();
    return s;
}

void StrategyRunner::setState(State state, const QDateTime &since)
{
    if (!isAllowedTransition(m_state, state)) {
        // A bug in this class, not in the strategy: a debug build stops here, a user's corrald says
        // so in its log and carries on supervising.
        qWarning("corrald: %s: unexpected state change %s -> %s", qPrintable(m_strategy.name),
                 qPrintable(protocol::stateName(m_state)), qPrintable(protocol::stateName(state)));
        Q_ASSERT_X(false, "StrategyRunner::setState", "transition missing from the table in statetransitions.cpp");
    }
    if (m_state != state || since.isValid()) {
        m_state = state;
        m_since = since.isValid() ? since : m_clock.nowUtc();
    }
    emit changed();
}

void StrategyRunner::adopt(Adoption mode)
{
    const QString lockPath = m_paths.lockFile(m_strategy.name);
    const std::optional<PidFile> pidFile = PidFile::read(m_paths.pidFile(m_strategy.name));
    const bool lockHeld = InstanceLock::isHeldByAnyone(lockPath);

    const QString cookie = Launcher(m_paths).cookieFor(m_strategy.name);
    if (lockHeld) {
        // The pid and start time alone could have been written by anyone; the cookie says it is ours.
        if (pidFile && pidFile->matches() && os::carriesCookie(pidFile->identity.pid, cookie)) {
            watchAdopted(pidFile->identity, pidFile->startedAt);
            return;
        }
        // Running (the OS says so through the lock) but the pidfile is gone or wrong: find the session
        // leader among the processes that carry this strategy's cookie.
        for (qint64 pid : os::processesWithCookie(cookie)) {
            if (os::processGroupMembers(pid).contains(pid)) {
                if (const auto identity = os::identify(pid)) {
                    PidFile{m_strategy.name, *identity, m_clock.nowUtc()}.write(m_paths.pidFile(m_strategy.name));
                    watchAdopted(*identity, m_clock.nowUtc());
                    return;
                }
            }
        }
        m_adopted = true;
        m_identity = ProcessIdentity();
        m_lastError = QStringLiteral("running, but its main process could not be identified");
        setState(State::Running);
        return;
    }

    if (pidFile && mode == Adoption::OnlyIfRunning) {
        removePidFile();
        return;
    }
    if (pidFile) {
        // It was running when corrald went away and it is gone now (a mismatching pid is someone
        // else's process: it is only forgotten, never signalled).
        removePidFile();
        m_exitCode.reset();
        applyPolicy(true, QStringLiteral("exited while corrald was not running"));
    }
}

void StrategyRunner::watchAdopted(const ProcessIdentity &identity, const QDateTime &startedAt)
{
    m_identity = identity;
    m_adopted = true;
    m_exitCode.reset();
    m_watcher = std::make_unique<ExitWatcher>(identity.pid);
    connect(m_watcher.get(), &ExitWatcher::exited, this, [this] {
        const std::optional<int> code = m_watcher->exitCode();
        processExited(code, code ? describeExit(*code) : QStringLiteral("exited (exit code unknown: adopted process)"));
    });
    const QDateTime wallNow = m_clock.nowUtc();
    const qint64 ranMs = startedAt.isValid() ? startedAt.msecsTo(wallNow) : 0;
    m_policy.started(m_clock.monotonicMs() - qMax<qint64>(0, ranMs));
    setState(State::Running, startedAt.isValid() ? startedAt : wallNow);
    // The watcher was set up after the identity check: if the pid changed hands in between, the
    // process we meant is already gone.
    const std::optional<ProcessIdentity> now = os::identify(identity.pid);
    if (!now || !now->isSameProcess(identity))
        processExited(std::nullopt, QStringLiteral("exited (exit code unknown: adopted process)"));
}

ActionOutcome StrategyRunner::start(QString *message)
{
    if (const std::optional<ActionOutcome> settled = beginStart(message))
        return *settled;
    return finishStart(message);
}

std::optional<ActionOutcome> StrategyRunner::beginStart(QString *message)
{
    switch (m_state) {
    case State::Running:
    case State::Starting:
        *message = m_identity.pid > 0 ? QStringLiteral("already running (pid %1)").arg(m_identity.pid)
                                      : QStringLiteral("already running");
        return ActionOutcome::AlreadyRunning;
    case State::Stopping:
        *message = QStringLiteral("is stopping; start it again when it has stopped");
        return ActionOutcome::Failed;
    case State::Backoff:
    case State::Failed:
    case State::Stopped:
        break;
    }
    m_backoff.reset();
    m_policy.reset();
    m_restarts = 0;
    beginLaunch();
    return std::nullopt;
}

ActionOutcome StrategyRunner::finishStart(QString *message)
{
    ActionOutcome result = ActionOutcome::Failed;
    completeLaunch(true, message, &result);
    return result;
}

void StrategyRunner::launch(bool byUser, QString *message, ActionOutcome *result)
{
    beginLaunch();
    completeLaunch(byUser, message, result);
}

void StrategyRunner::beginLaunch()
{
    setState(State::Starting);
    m_pending = std::make_unique<PendingLaunch>(Launcher(m_paths).begin(m_strategy));
}

void StrategyRunner::completeLaunch(bool byUser, QString *message, ActionOutcome *result)
{
    LaunchResult r = Launcher(m_paths).finish(std::move(*m_pending));
    m_pending.reset();
    if (r.ok()) {
        m_process = std::move(r.process);
        m_identity = r.identity;
        m_adopted = false;
        m_exitCode.reset();
        if (byUser)
            m_lastError.clear();
        StrategyProcess *process = m_process.get();
        connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
            if (process != m_process.get())
                return;
            const int exitCode = exitCodeOf(code, status);
            processExited(exitCode, describeExit(exitCode));
        });
        m_policy.started(m_clock.monotonicMs());
        setState(State::Running);
        if (message)
            *message = QStringLiteral("started (pid %1)").arg(m_identity.pid);
        if (result)
            *result = ActionOutcome::Started;
        return;
    }

    if (r.status == LaunchResult::Status::AlreadyRunning && r.identity.isValid()) {
        // Someone else launched it (an earlier corrald whose pidfile we had not read): take it over.
        watchAdopted(r.identity, m_clock.nowUtc());
        if (message)
            *message = QStringLiteral("already running (pid %1)").arg(r.identity.pid);
        if (result)
            *result = ActionOutcome::AlreadyRunning;
        return;
    }

    const QString error = r.status == LaunchResult::Status::AlreadyRunning
                              ? QStringLiteral("its instance lock is held by a process corrald does not know")
                              : r.error;
    if (message)
        *message = error;
    if (result)
        *result = ActionOutcome::Failed;
    if (byUser) {
        // The user is looking at the error right now; retrying a typo in a loop helps nobody.
        m_lastError = error;
        setState(State::Failed);
        return;
    }
    m_policy.started(m_clock.monotonicMs());
    applyPolicy(true, error);
}

void StrategyRunner::processExited(std::optional<int> exitCode, const QString &reason)
{
    // Called from the watcher's own signal: it must outlive this call.
    if (m_watcher)
        m_watcher.release()->deleteLater();
    m_exitCode = exitCode;
    if (m_state == State::Stopping)
        return; // the stopper finishes the job and reports
    removePidFile();
    if (m_state != State::Running && m_state != State::Starting)
        return;
    const bool failed = !exitCode || *exitCode != 0;
    applyPolicy(failed, failed ? reason : QString());
    // Drop the finished QProcess after its signal has returned.
    if (m_process)
        m_process.release()->deleteLater();
}

void StrategyRunner::applyPolicy(bool failed, const QString &reason)
{
    if (!reason.isEmpty())
        m_lastError = reason;
    const RestartPolicy::Decision d = m_policy.exited(m_clock.monotonicMs(), failed);
    switch (d.action) {
    case RestartPolicy::Decision::Action::Stay:
        setState(State::Stopped);
        break;
    case RestartPolicy::Decision::Action::Restart:
        ++m_restarts;
        m_backoff = m_clock.after(d.delayMs, [this] {
            if (m_state == State::Backoff)
                launch(false, nullptr, nullptr);
        });
        setState(State::Backoff);
        break;
    case RestartPolicy::Decision::Action::GiveUp:
        m_lastError = QStringLiteral("%1; gave up after %2 restarts").arg(reason).arg(m_restarts);
        setState(State::Failed);
        break;
    }
}

void StrategyRunner::stop(const StopDone &done)
{
    switch (m_state) {
    case State::Stopped:
        done(ActionOutcome::NotRunning, QString());
        return;
    case State::Backoff:
    case State::Failed:
        m_backoff.reset();
        setState(State::Stopped);
        done(ActionOutcome::NotRunning, QString());
        return;
    case State::Stopping:
        m_stopWaiters.append(done);
        return;
    case State::Starting:
    case State::Running:
        break;
    }
    m_stopWaiters.append(done);
    setState(State::Stopping);
    m_stopper = std::make_unique<TreeStopper>(m_identity, Launcher(m_paths).cookieFor(m_strategy.name),
                                              m_strategy.stopTimeoutMs);
    connect(m_stopper.get(), &TreeStopper::finished, this, &StrategyRunner::finishStop);
    m_stopper->start();
}

void StrategyRunner::finishStop(const StopResult &result)
{
    if (m_stopper)
        m_stopper.release()->deleteLater();
    // The leader is dead; reap it now so QProcess does not leave a zombie behind.
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->waitForFinished(1000);
    dropProcess();
    m_watcher.reset();
    removePidFile();

    ActionOutcome kind = ActionOutcome::Stopped;
    QString message;
    switch (result.outcome) {
    case StopResult::Outcome::Stale:
        message = QStringLiteral("its pidfile was stale (%1); nothing was signalled").arg(result.detail);
        m_lastError = message;
        break;
    case StopResult::Outcome::Survived:
        kind = ActionOutcome::Failed;
        message = QStringLiteral("some of its processes survived SIGKILL");
        m_lastError = message;
        break;
    case StopResult::Outcome::Killed:
        message = QStringLiteral("did not stop within %1 s and was killed").arg(m_strategy.stopTimeoutMs / 1000.0);
        break;
    default:
        break;
    }
    m_adopted = false;
    setState(State::Stopped);
    const auto waiters = std::exchange(m_stopWaiters, {});
    for (const auto &w : waiters)
        w(kind, message);
}

void StrategyRunner::release()
{
    m_backoff.reset();
    if (m_process)
        m_process->release();
    m_process.reset();
    m_watcher.reset();
}

void StrategyRunner::dropProcess()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning)
            m_process->release();
        m_process.release()->deleteLater();
    }
}

void StrategyRunner::removePidFile()
{
    // Only our own record: a pidfile already rewritten for a newer process is not ours to delete.
    const QString path = m_paths.pidFile(m_strategy.name);
    const std::optional<PidFile> p = PidFile::read(path);
    if (!p || p->identity.pid == m_identity.pid || m_identity.pid == 0)
        QFile::remove(path);
}

} // namespace corral
