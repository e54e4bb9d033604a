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
      m_policy(strategy.restart, strategy.maxRestarts), m_since(clock.nowUtc()), m_recorder(paths, strategy.name, clock)
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
    if (m_state == State::Backoff)
        s.nextTry = m_nextTry;
    if (isLive() && m_follower) {
        s.mainExited = true;
        s.following = m_follower->following().pid;
    }
    if (isLive())
        s.processes = m_follower ? m_follower->count() : (m_identity.pid > 0 ? 1 : 0);
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
    const HistorySummary past = m_recorder.summary();
    replayExits(m_recorder.last(-1), &m_policy);
    m_restarts = past.restarts;
    m_exitCode = past.exitCode;
    m_lastError = past.lastError;
    const QString lockPath = m_paths.lockFile(m_strategy.name);
    const std::optional<PidFile> pidFile = PidFile::read(m_paths.pidFile(m_strategy.name));
    const bool lockHeld = InstanceLock::isHeldByAnyone(lockPath);

    const QString cookie = Launcher(m_paths).cookieFor(m_strategy.name);
    // What the main process left behind when it exited, found by the cookie alone: after corrald was
    // away, a group id is no proof (the group may have emptied and its id gone to a stranger).
    const auto adoptLeftovers = [&](qint64 group) {
        auto follower = std::make_unique<LeftoverFollower>(0, cookie);
        if (!follower->start())
            return false;
        const QDateTime startedAt = pidFile && pidFile->startedAt.isValid() ? pidFile->startedAt : m_clock.nowUtc();
        m_adopted = true;
        m_exitCode.reset();
        m_group = group;
        m_main = ProcessIdentity();
        m_mainFailed = true;
        m_mainReason.clear();
        m_policy.started(m_clock.monotonicMs() - qMax<qint64>(0, startedAt.msecsTo(m_clock.nowUtc())));
        follow(std::move(follower));
        m_recorder.adopted(m_identity.pid, startedAt);
        setState(State::Running, startedAt);
        return true;
    };
    if (lockHeld) {
        // The pid and start time alone could have been written by anyone; the cookie says it is ours.
        if (pidFile && !pidFile->followsLeftover() && pidFile->matches() &&
            os::carriesCookie(pidFile->identity.pid, cookie)) {
            watchAdopted(pidFile->identity, pidFile->startedAt);
            return;
        }
        // Its main process had exited before: a leftover that leads its own session is still not it.
        if (pidFile && pidFile->followsLeftover() && adoptLeftovers(pidFile->groupId()))
            return;
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
        if (adoptLeftovers(pidFile ? pidFile->groupId() : 0))
            return;
        m_adopted = true;
        m_identity = ProcessIdentity();
        m_lastError = QStringLiteral("running, but its main process could not be identified");
        setState(State::Running);
        return;
    }
    // The lock is free, but a leftover that closed its inherited descriptors still runs.
    if (pidFile && adoptLeftovers(pidFile->groupId()))
        return;

    if (pidFile && mode == Adoption::OnlyIfRunning) {
        removePidFile();
        return;
    }
    if (pidFile) {
        // It was running when corrald went away and it is gone now (a mismatching pid is someone
        // else's process: it is only forgotten, never signalled).
        removePidFile();
        m_exitCode.reset();
        m_recorder.diedWhileAway(QStringLiteral("exited while corrald was not running"));
        applyPolicy(true, QStringLiteral("exited while corrald was not running"));
    } else if (past.failed && m_state == State::Stopped) {
        setState(State::Failed); // it had given up before corrald restarted: still failed, not a quiet stopped
    }
}

void StrategyRunner::watchAdopted(const ProcessIdentity &identity, const QDateTime &startedAt)
{
    m_identity = identity;
    m_group = identity.pid; // every strategy's main process leads its own session and group
    m_adopted = true;
    m_exitCode.reset();
    m_recorder.adopted(identity.pid, startedAt);
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

ActionOutcome StrategyRunner::start(QString *message, HistoryEvent::Cause cause)
{
    if (const std::optional<ActionOutcome> settled = beginStart(message, cause))
        return *settled;
    return finishStart(message);
}

std::optional<ActionOutcome> StrategyRunner::beginStart(QString *message, HistoryEvent::Cause cause)
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
    m_recorder.setStartCause(cause);
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
    const EventRecorder::StartMarker marker = m_recorder.startMarker();
    m_pending = std::make_unique<PendingLaunch>(
        Launcher(m_paths).withStartMarker(marker.before, marker.after).begin(m_strategy));
}

void StrategyRunner::completeLaunch(bool byUser, QString *message, ActionOutcome *result)
{
    LaunchResult r = Launcher(m_paths).finish(std::move(*m_pending));
    m_pending.reset();
    if (r.ok()) {
        m_process = std::move(r.process);
        m_identity = r.identity;
        m_group = r.identity.pid;
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
        m_recorder.started(m_identity.pid, byUser);
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
    m_recorder.launchFailed(error, byUser);
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
    // Dropped after its signal has returned, and before a restart below puts a new one in its place.
    if (m_process)
        m_process.release()->deleteLater();
    if (m_state != State::Running && m_state != State::Starting)
        return;
    const bool failed = !exitCode || *exitCode != 0;
    if (takeLeftovers(m_group, failed, reason))
        return;
    m_recorder.exited(exitCode, reason, failed);
    applyPolicy(failed, failed ? reason : QString());
}

bool StrategyRunner::takeLeftovers(qint64 group, bool failed, const QString &reason)
{
    // The group id is still ours while any member lives: the kernel does not hand it out again.
    auto follower = std::make_unique<LeftoverFollower>(group, Launcher(m_paths).cookieFor(m_strategy.name),
                                                       m_identity.pid == group ? m_identity.startTime : 0);
    if (!follower->start(m_identity))
        return false;
    m_main = m_identity;
    m_mainFailed = failed;
    m_mainReason = reason;
    follow(std::move(follower));
    if (m_strategy.leftovers == LeftoverMode::Kill) {
        m_cleanup = makeStopper();
        connect(m_cleanup.get(), &TreeStopper::finished, this, [this](const StopResult &result) {
            if (m_cleanup)
                m_cleanup.release()->deleteLater();
            if (result.outcome == StopResult::Outcome::Survived)
                m_lastError = QStringLiteral("processes left by the main process survived SIGKILL");
        });
        m_cleanup->start();
    }
    setState(State::Running, m_since);
    return true;
}

void StrategyRunner::follow(std::unique_ptr<LeftoverFollower> follower)
{
    m_follower = std::move(follower);
    const auto record = [this] {
        m_identity = m_follower->following();
        PidFile pidFile{m_strategy.name, m_identity, m_since};
        pidFile.group = m_group;
        pidFile.write(m_paths.pidFile(m_strategy.name));
    };
    record();
    connect(m_follower.get(), &LeftoverFollower::followingChanged, this, [this, record] {
        record();
        emit changed();
    });
    connect(m_follower.get(), &LeftoverFollower::allGone, this, &StrategyRunner::leftoversGone);
}

void StrategyRunner::leftoversGone(const ProcessIdentity &last)
{
    dropFollower();
    removePidFile();
    if (m_state != State::Running)
        return;
    // With --leftovers kill the main process's exit is the verdict; followed leftovers were the
    // strategy, and a strategy that vanished with an unknown code is a failure to the restart policy.
    const bool killed = m_strategy.leftovers == LeftoverMode::Kill && m_main.isValid();
    const bool failed = killed ? m_mainFailed : true;
    const QString reason =
        killed ? m_mainReason
               : QStringLiteral("pid %1, the last process left after the main process exited%2, is gone (exit code "
                                "unknown)")
                     .arg(last.pid)
                     .arg(m_mainReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_mainReason));
    if (!killed)
        m_exitCode.reset();
    m_recorder.exited(m_exitCode, reason, failed);
    applyPolicy(failed, failed ? reason : QString());
}

void StrategyRunner::dropFollower()
{
    // May be called from the follower's own signal.
    if (m_follower)
        m_follower.release()->deleteLater();
    if (m_cleanup)
        m_cleanup.release()->deleteLater();
}

std::unique_ptr<TreeStopper> StrategyRunner::makeStopper() const
{
    // A leftover found by the cookie can be checked before it is signalled; one found only in the group
    // cannot, and the main process's identity stands for the group then.
    const ProcessIdentity target = m_follower && !m_follower->followingCarriesCookie() ? m_main : m_identity;
    auto stopper =
        std::make_unique<TreeStopper>(target, Launcher(m_paths).cookieFor(m_strategy.name), m_strategy.stopTimeoutMs);
    if (m_group > 0)
        stopper->setGroup(m_group);
    return stopper;
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
        m_recorder.restarting(d.delayMs);
        if (d.delayMs == 0) {
            // Straight from the exit notification to the launch: no timer, no backoff state.
            launch(false, nullptr, nullptr);
            break;
        }
        m_nextTry = m_clock.nowUtc().addMSecs(d.delayMs);
        m_backoff = m_clock.after(d.delayMs, [this] {
            if (m_state == State::Backoff)
                launch(false, nullptr, nullptr);
        });
        setState(State::Backoff);
        break;
    case RestartPolicy::Decision::Action::GiveUp:
        m_lastError = QStringLiteral("%1; gave up after %2 restarts").arg(reason).arg(m_restarts);
        m_recorder.gaveUp(m_lastError);
        setState(State::Failed);
        break;
    }
}

void StrategyRunner::stop(const StopDone &done, HistoryEvent::Cause cause)
{
    switch (m_state) {
    case State::Stopped:
        done(ActionOutcome::NotRunning, QString());
        return;
    case State::Backoff:
    case State::Failed:
        m_backoff.reset();
        m_recorder.stopping(cause);
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
    m_recorder.stopping(cause);
    setState(State::Stopping);
    m_stopper = makeStopper();
    dropFollower();
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
    const bool stopFailed =
        result.outcome == StopResult::Outcome::Stale || result.outcome == StopResult::Outcome::Survived;
    m_recorder.stopped(result, m_exitCode, m_strategy.stopTimeoutMs, stopFailed ? message : QString());
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
    m_follower.reset();
    m_cleanup.reset();
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
