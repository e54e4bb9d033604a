// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "treestopper.h"

#include <QDateTime>
#include <QEventLoop>

namespace corral {

namespace {
constexpr int TickMs = 50;
// After the kill, give the kernel this long to reap before calling the stop a failure.
constexpr int KillSettleMs = 3000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QString outcomeName(StopResult::Outcome outcome)
{
    switch (outcome) {
    case StopResult::Outcome::AlreadyGone:
        return QStringLiteral("already-gone");
    case StopResult::Outcome::Stale:
        return QStringLiteral("stale");
    case StopResult::Outcome::Graceful:
        return QStringLiteral("graceful");
    case StopResult::Outcome::Killed:
        return QStringLiteral("killed");
    case StopResult::Outcome::Survived:
        return QStringLiteral("survived");
    }
    return QString();
}

TreeStopper::TreeStopper(const ProcessIdentity &expected, const QString &cookie, int graceMs, QObject *parent)
    : QObject(parent), m_expected(expected), m_cookie(cookie), m_group(expected.pid), m_graceMs(qMax(0, graceMs))
{
    qRegisterMetaType<corral::StopResult>();
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &TreeStopper::tick);
}

void TreeStopper::start()
{
    m_startedMs = nowMs();
    const std::optional<ProcessIdentity> live = os::identify(m_expected.pid);
    if (live && (!live->isSameProcess(m_expected) || !os::carriesCookie(m_expected.pid, m_cookie))) {
        // The pid was reused by something that is not ours (or a pidfile was made to point at it).
        // Signalling it, or a group it leads, is the very accident this class exists to prevent.
        StopResult r;
        r.outcome = StopResult::Outcome::Stale;
        r.detail = QStringLiteral("pid %1 now belongs to %2").arg(m_expected.pid).arg(live->executable);
        m_done = true;
        QMetaObject::invokeMethod(
            this, [this, r] { emit finished(r); }, Qt::QueuedConnection);
        return;
    }
    // With the leader gone its group id cannot be handed out again while members remain, so the group
    // is still ours to signal.
    m_leaderValid = live.has_value();
    if (!m_leaderValid)
        invalidateProcessTable(); // what is left of the tree is only in the table: it must be current
    if (everythingGone()) {
        finish(StopResult::Outcome::AlreadyGone);
        return;
    }
    signalAll(false);
    m_timer.start();
}

void TreeStopper::tick()
{
    if (m_done)
        return;
    if (everythingGone()) {
        finish(m_killed ? StopResult::Outcome::Killed : StopResult::Outcome::Graceful);
        return;
    }
    const qint64 now = nowMs();
    if (!m_askedAgain && now - m_startedMs >= m_graceMs / 2) {
        m_askedAgain = true;
        askAgain();
    }
    if (!m_killed && now - m_startedMs >= m_graceMs) {
        m_killed = true;
        m_killedMs = now;
        signalAll(true);
    } else if (m_killed) {
        if (now - m_killedMs >= KillSettleMs) {
            finish(StopResult::Outcome::Survived);
            return;
        }
        signalAll(true); // something forked after the kill: keep cutting
    }
}

void TreeStopper::finish(StopResult::Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    StopResult r;
    r.outcome = outcome;
    r.escapeesKilled = int(m_escapees.size());
    QMetaObject::invokeMethod(
        this, [this, r] { emit finished(r); }, Qt::QueuedConnection);
}

StopResult TreeStopper::run()
{
    StopResult result;
    QEventLoop loop;
    connect(this, &TreeStopper::finished, &loop, [&](const StopResult &r) {
        result = r;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

} // namespace corral
