// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "processidentity.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace corral {

struct StopResult
{
    enum class Outcome {
        AlreadyGone, // nothing was running (after the sweep found nothing either)
        Stale,       // the pid belongs to another process now: it was never signalled
        Graceful,    // everything left within the grace period after the polite request
        Killed,      // something had to be killed
        Survived     // processes are still there after the kill (uninterruptible sleep, other user)
    };
    Outcome outcome = Outcome::AlreadyGone;
    int escapeesKilled = 0; // descendants found by cookie outside the process group
    QString detail;
};

QString outcomeName(StopResult::Outcome outcome);

// Stops a whole strategy tree: identity check, polite request to the process group (SIGTERM; on
// Windows CTRL_BREAK then WM_CLOSE), grace period, kill of the group, then a sweep of descendants that
// left the group, found by the CORRAL_STRATEGY_ID cookie. Asynchronous: many stops run side by side.
class TreeStopper : public QObject
{
    Q_OBJECT
public:
    TreeStopper(const ProcessIdentity &expected, const QString &cookie, int graceMs, QObject *parent = nullptr);

    // The process group to signal besides the cookie carriers; by default the expected process's own.
    // When the main process has exited and a leftover is stopped, the group the strategy started in.
    void setGroup(qint64 pgid) { m_group = pgid; }

    void start();
    // Blocking convenience for tools and tests: runs a local event loop until finished.
    StopResult run();

signals:
    void finished(const corral::StopResult &result);

private:
    void tick();
    bool everythingGone() const;
    // The next look at the process table reads it afresh (per-OS; shared between stoppers otherwise).
    static void invalidateProcessTable();
    void signalAll(bool kill);
    // Halfway through the grace period, a second kind of polite request where the OS has one
    // (Windows: WM_CLOSE after the console interrupt); nothing on Unix, where SIGTERM is the request.
    void askAgain();
    void finish(StopResult::Outcome outcome);

    ProcessIdentity m_expected;
    QString m_cookie;
    qint64 m_group = 0;
    int m_graceMs;
    bool m_leaderValid = false; // identity matched at start: the group is ours to signal
    bool m_askedAgain = false;
    bool m_killed = false;
    QSet<qint64> m_escapees; // descendants met outside the process group
    qint64 m_startedMs = 0;
    qint64 m_killedMs = 0;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace corral

Q_DECLARE_METATYPE(corral::StopResult)
