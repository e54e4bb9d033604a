// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "actionoutcome.h"
#include "clock.h"
#include "eventrecorder.h"
#include "exitwatcher.h"
#include "launcher.h"
#include "leftoverfollower.h"
#include "paths.h"
#include "protocol.h"
#include "restartpolicy.h"
#include "strategy.h"
#include "treestopper.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace corral {

// The supervisor of one strategy: its state machine (stopped · starting · running · stopping · backoff ·
// failed), its process (launched by us, or adopted after a corrald restart), and its restart policy.
class StrategyRunner : public QObject
{
    Q_OBJECT
public:
    using State = protocol::State;

    // A start ends Started, AlreadyRunning or Failed; a stop Stopped, NotRunning or Failed.
    using StopDone = std::function<void(ActionOutcome, const QString &)>;

    StrategyRunner(const Paths &paths, const Strategy &strategy, Clock &clock, QObject *parent = nullptr);
    ~StrategyRunner() override;

    const Strategy &strategy() const { return m_strategy; }
    // Takes effect at the next start; limits and policy of a running process stay as they were.
    void setStrategy(const Strategy &strategy);

    State state() const { return m_state; }
    bool isLive() const; // a process is (or may be) alive: starting, running, stopping
    protocol::StrategyStatus status() const;

    enum class Adoption {
        Full,         // at corrald start: also act on a strategy that died while corrald was away
        OnlyIfRunning // a strategy just added: only take over a process that already runs
    };
    // Recognise a strategy still running from before (lock held, pidfile matches), or one that died
    // while corrald was away.
    void adopt(Adoption mode);

    // A start asked for by the user: clears a `failed` state and the failure history.
    ActionOutcome start(QString *message, HistoryEvent::Cause cause = HistoryEvent::Cause::Cli);
    // start() in two halves, so that many starts overlap: beginStart() forks (a result means it was
    // settled without a launch), finishStart() waits for the exec.
    std::optional<ActionOutcome> beginStart(QString *message, HistoryEvent::Cause cause = HistoryEvent::Cause::Cli);
    ActionOutcome finishStart(QString *message);
    // A stop asked for by the user or the schedule: never followed by a restart. `done` runs when the
    // whole tree is gone.
    void stop(const StopDone &done, HistoryEvent::Cause cause = HistoryEvent::Cause::Cli);
    // Its history file and log markers; what it knew before corrald restarted comes back from there.
    const EventRecorder &recorder() const { return m_recorder; }
    EventRecorder &recorder() { return m_recorder; }
    // corrald is exiting: let go of the process without touching it.
    void release();

signals:
    void changed();

private:
    void launch(bool byUser, QString *message, ActionOutcome *result);
    void beginLaunch();
    void completeLaunch(bool byUser, QString *message, ActionOutcome *result);
    void watchAdopted(const ProcessIdentity &identity, const QDateTime &startedAt);
    void processExited(std::optional<int> exitCode, const QString &reason);
    // After the main process exited: whether processes of the strategy live on. They are then followed
    // (and, with --leftovers kill, stopped); the restart policy waits until the last is gone.
    bool takeLeftovers(qint64 group, bool failed, const QString &reason);
    // Starts following a leftover found by `follower`; the pidfile names it from now on.
    void follow(std::unique_ptr<LeftoverFollower> follower);
    void leftoversGone(const ProcessIdentity &last);
    void dropFollower();
    // The stopper for the whole strategy, leftovers included.
    std::unique_ptr<TreeStopper> makeStopper() const;
    void applyPolicy(bool failed, const QString &reason);
    void finishStop(const StopResult &result);
    // Checks the move against the transition table; `since` defaults to now.
    void setState(State state, const QDateTime &since = QDateTime());
    void dropProcess();
    void removePidFile();

    Paths m_paths;
    Strategy m_strategy;
    Clock &m_clock;
    RestartPolicy m_policy;

    State m_state = State::Stopped;
    QDateTime m_since;
    ProcessIdentity m_identity;
    std::optional<int> m_exitCode;
    QString m_lastError;
    bool m_adopted = false;
    int m_restarts = 0;

    std::unique_ptr<PendingLaunch> m_pending;
    std::unique_ptr<StrategyProcess> m_process;
    std::unique_ptr<ExitWatcher> m_watcher;
    std::unique_ptr<TreeStopper> m_stopper;
    QList<StopDone> m_stopWaiters;
    std::unique_ptr<Alarm> m_backoff;
    QDateTime m_nextTry;

    // The process group the strategy was started in (its main process's pid), and what follows it once
    // the main process has exited.
    qint64 m_group = 0;
    ProcessIdentity m_main;
    std::unique_ptr<LeftoverFollower> m_follower;
    std::unique_ptr<TreeStopper> m_cleanup; // --leftovers kill: ending what the main process left
    bool m_mainFailed = false;
    QString m_mainReason;
    EventRecorder m_recorder;
};

} // namespace corral
