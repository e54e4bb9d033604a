// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "clock.h"
#include "history.h"
#include "paths.h"
#include "protocol.h"
#include "strategy.h"
#include "treestopper.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace corral {

// Tells one strategy's story twice: as events in its history file (state/history/<name>.jsonl, core's
// HistoryFile) and as a marker line in its own log at each start and exit
// (`--- corral 2026-12-01T09:20:00+05:30 started pid 4242 (schedule) ---`). StrategyRunner calls it at
// the few points where something happens; what it knew before corrald restarted comes back from here.
class EventRecorder
{
public:
    using Cause = HistoryEvent::Cause;

    EventRecorder(const Paths &paths, const QString &name, Clock &clock);

    // Who asked for the start that is about to happen (a user's start through corralctl or the window,
    // or the schedule); the policy's own restarts need no note.
    void setStartCause(Cause cause) { m_startCause = cause; }
    // The start marker of the launch about to happen, around the pid the child writes in itself
    // (Launcher::withStartMarker), so that it precedes the program's own first output.
    struct StartMarker
    {
        QByteArray before;
        QByteArray after;
    };
    StartMarker startMarker() const;

    void started(qint64 pid, bool byUser);
    void launchFailed(const QString &error, bool byUser);
    void adopted(qint64 pid, const QDateTime &startedAt);
    // A stop was asked for; the exit it leads to is recorded by stopped().
    void stopping(Cause cause);
    // The process ended on its own: `reason` in words, `failed` makes it the last error.
    void exited(std::optional<int> code, const QString &reason, bool failed);
    // It was running when corrald went away and is gone now.
    void diedWhileAway(const QString &reason);
    // The stop asked for by stopping() is done; returns how the exit reads ("stopped (SIGTERM)").
    QString stopped(const StopResult &result, std::optional<int> code, int graceMs, const QString &error);
    void restarting(qint64 delayMs);
    void gaveUp(const QString &error);
    // Anything else the schedule or the watchdog decided, in words.
    void note(HistoryEvent::Kind kind, Cause cause, const QString &detail);

    // What the history says the runner knew: restarts, last exit code and last error.
    HistorySummary summary() const;
    QString lastExit() const { return m_lastExit; }
    // The last `count` events, oldest first.
    QList<HistoryEvent> last(int count) const;
    // The status fields that come from history: lastExit, and uptime24h and uptime7d (the time inside
    // `schedule`'s windows when it has some).
    void describe(protocol::StrategyStatus *status, const Schedule &schedule, bool runningNow) const;

private:
    void load() const;
    void record(HistoryEvent event);
    void mark(const QString &text);
    qint64 runMsUntil(const QDateTime &at) const;

    Paths m_paths;
    QString m_name;
    Clock &m_clock;
    mutable HistoryFile m_file;
    mutable QList<HistoryEvent> m_events; // the file's, kept in memory once read
    mutable bool m_loaded = false;
    mutable QString m_lastExit;
    mutable QDateTime m_runStartedAt; // of the current run, for its duration at the exit
    mutable std::optional<qint64> m_pid;
    Cause m_startCause = Cause::Policy;
    Cause m_stopCause = Cause::Cli;
};

} // namespace corral
