// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "eventrecorder.h"

#include "durationtext.h"
#include "exitdescription.h"
#include "uptime.h"
#include "utcoffset.h"

#include <QFile>

#include <cmath>

namespace corral {

namespace {

using Kind = HistoryEvent::Kind;
using Cause = HistoryEvent::Cause;

constexpr qint64 DayMs = 24 * 3600 * 1000;

// The words of a marker line: who made it happen.
QString causeWords(Cause cause)
{
    switch (cause) {
    case Cause::Cli:
        return QStringLiteral("user via corralctl");
    case Cause::Window:
        return QStringLiteral("user via the window");
    case Cause::Schedule:
        return QStringLiteral("schedule");
    case Cause::Policy:
        return QStringLiteral("restart policy");
    case Cause::Adoption:
        return QStringLiteral("corrald re-adoption");
    case Cause::Watchdog:
        return QStringLiteral("watchdog");
    case Cause::Process:
        return QStringLiteral("on its own");
    }
    return {};
}

QString howItEnded(const HistoryEvent &e)
{
    if (e.signal)
        return QStringLiteral("signal %1").arg(*e.signal);
    if (e.code)
        return QStringLiteral("code %1").arg(*e.code);
    return QStringLiteral("exit code unknown");
}

} // namespace

EventRecorder::EventRecorder(const Paths &paths, const QString &name, Clock &clock)
    : m_paths(paths), m_name(name), m_clock(clock), m_file(HistoryFile::pathFor(paths, name))
{
}

void EventRecorder::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QString error;
    m_events = m_file.readLast(HistoryFile::CompactAt, &error);
    if (!error.isEmpty())
        qWarning("corrald: %s", qPrintable(error));
    m_lastExit = summarize(m_events).lastExit;
    // A run that was going on when corrald went away: its start is where its duration counts from.
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->kind == Kind::Exit)
            break;
        if (it->kind == Kind::Start || it->kind == Kind::Adopt) {
            m_runStartedAt = it->at;
            m_pid = it->pid;
        }
    }
}

void EventRecorder::record(HistoryEvent event)
{
    load();
    event.at = localWithOffset(m_clock.nowUtc());
    QString error;
    if (!m_file.append(event, &error))
        qWarning("corrald: %s: history not written: %s", qPrintable(m_name), qPrintable(error));
    m_events.append(event);
    if (m_events.size() > HistoryFile::CompactAt)
        m_events = m_events.mid(m_events.size() - HistoryFile::Keep);
}

void EventRecorder::mark(const QString &text)
{
    const QString stamp = isoWithOffset(localWithOffset(m_clock.nowUtc()));
    const QByteArray line = QStringLiteral("--- corral %1 %2 ---\n").arg(stamp, text).toUtf8();
    // O_APPEND and one write, like the strategy's own output: the line lands whole at the end. 0600 as the
    // launcher makes it, should the log not exist (yet, or any more).
    QFile log(m_paths.logFile(m_name));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        log.write(line) != line.size())
        qWarning("corrald: %s: no marker in its log: %s", qPrintable(m_name), qPrintable(log.errorString()));
}

qint64 EventRecorder::runMsUntil(const QDateTime &at) const
{
    return m_runStartedAt.isValid() ? qMax<qint64>(0, m_runStartedAt.msecsTo(at)) : 0;
}

void EventRecorder::started(qint64 pid, bool byUser)
{
    HistoryEvent e;
    e.kind = Kind::Start;
    e.cause = byUser ? m_startCause : Cause::Policy;
    e.pid = pid;
    e.detail = QStringLiteral("pid %1").arg(pid);
    record(e);
    m_runStartedAt = m_clock.nowUtc();
    m_pid = pid;
    m_lastExit.clear();
    m_startCause = Cause::Policy;
    // Its marker is already in the log, written by the child itself before its program ran.
}

EventRecorder::StartMarker EventRecorder::startMarker() const
{
    const QString stamp = isoWithOffset(localWithOffset(m_clock.nowUtc()));
    return {QStringLiteral("--- corral %1 started pid ").arg(stamp).toUtf8(),
            QStringLiteral(" (%1) ---\n").arg(causeWords(m_startCause)).toUtf8()};
}

void EventRecorder::launchFailed(const QString &error, bool byUser)
{
    HistoryEvent e;
    e.kind = Kind::LaunchFailed;
    e.cause = byUser ? m_startCause : Cause::Policy;
    e.detail = error;
    e.error = error;
    record(e);
    m_startCause = Cause::Policy;
    mark(QStringLiteral("start failed (%1): %2").arg(causeWords(e.cause), error));
}

void EventRecorder::adopted(qint64 pid, const QDateTime &startedAt)
{
    load();
    HistoryEvent e;
    e.kind = Kind::Adopt;
    e.cause = Cause::Adoption;
    e.pid = pid;
    e.detail = QStringLiteral("pid %1").arg(pid);
    record(e);
    // The run goes on from before: its duration counts from its own start, not from this corrald's.
    if (m_pid != pid || !m_runStartedAt.isValid())
        m_runStartedAt = startedAt.isValid() ? startedAt : m_clock.nowUtc();
    m_pid = pid;
    m_lastExit.clear();
}

void EventRecorder::stopping(Cause cause)
{
    m_stopCause = cause;
    HistoryEvent e;
    e.kind = Kind::Stop;
    e.cause = cause;
    e.pid = m_pid;
    record(e);
}

void EventRecorder::exited(std::optional<int> code, const QString &reason, bool failed)
{
    HistoryEvent e;
    e.kind = Kind::Exit;
    e.cause = Cause::Process;
    e.pid = m_pid;
    e.code = code;
    if (code)
        e.signal = signalOfExit(*code);
    e.runMs = runMsUntil(m_clock.nowUtc());
    e.detail = reason;
    if (failed)
        e.error = reason;
    record(e);
    m_lastExit = reason;
    m_runStartedAt = QDateTime();
    mark(QStringLiteral("exited: %1 after %2").arg(howItEnded(e), durationText(*e.runMs / 1000)));
}

void EventRecorder::diedWhileAway(const QString &reason)
{
    HistoryEvent e;
    e.kind = Kind::Exit;
    e.cause = Cause::Adoption;
    e.pid = m_pid;
    e.detail = reason;
    e.error = reason;
    record(e);
    m_lastExit = reason;
    m_runStartedAt = QDateTime();
    mark(QStringLiteral("exited: exit code unknown (%1)").arg(reason));
}

QString EventRecorder::stopped(const StopResult &result, std::optional<int> code, int graceMs, const QString &error)
{
    HistoryEvent e;
    e.kind = Kind::Exit;
    e.cause = m_stopCause;
    e.pid = m_pid;
    e.code = code;
    if (code)
        e.signal = signalOfExit(*code);
    e.runMs = runMsUntil(m_clock.nowUtc());
    switch (result.outcome) {
    case StopResult::Outcome::Graceful:
    case StopResult::Outcome::AlreadyGone:
        e.detail = describeStop(false, graceMs);
        break;
    case StopResult::Outcome::Killed:
        e.detail = describeStop(true, graceMs);
        break;
    case StopResult::Outcome::Stale:
    case StopResult::Outcome::Survived:
        e.detail = error;
        break;
    }
    e.error = error;
    record(e);
    m_lastExit = e.detail;
    m_runStartedAt = QDateTime();
    m_stopCause = Cause::Cli;
    QString why = QStringLiteral("stopped by %1").arg(causeWords(e.cause));
    if (result.outcome == StopResult::Outcome::Killed)
        why += QStringLiteral(", killed after %1 s").arg(graceMs / 1000.0);
    else if (!error.isEmpty())
        why += QStringLiteral(": ") + error;
    mark(QStringLiteral("exited: %1 (%2) after %3").arg(howItEnded(e), why, durationText(*e.runMs / 1000)));
    return e.detail;
}

void EventRecorder::restarting(qint64 delayMs)
{
    HistoryEvent e;
    e.kind = Kind::Restart;
    e.cause = Cause::Policy;
    e.detail = QStringLiteral("in %1 s").arg(delayMs / 1000.0);
    record(e);
}

void EventRecorder::gaveUp(const QString &error)
{
    HistoryEvent e;
    e.kind = Kind::GiveUp;
    e.cause = Cause::Policy;
    e.detail = error;
    e.error = error;
    record(e);
}

void EventRecorder::note(Kind kind, Cause cause, const QString &detail)
{
    HistoryEvent e;
    e.kind = kind;
    e.cause = cause;
    e.detail = detail;
    record(e);
}

HistorySummary EventRecorder::summary() const
{
    load();
    return summarize(m_events);
}

QList<HistoryEvent> EventRecorder::last(int count) const
{
    load();
    return count >= 0 && count < m_events.size() ? m_events.mid(m_events.size() - count) : m_events;
}

void EventRecorder::describe(protocol::StrategyStatus *status, const Schedule &schedule, bool runningNow) const
{
    load();
    const QDateTime now = m_clock.nowUtc();
    // Two decimals: a status read twice in a row should not differ in the fifteenth.
    const auto rounded = [](std::optional<double> p) {
        return p ? std::optional<double>(std::round(*p * 100) / 100) : std::nullopt;
    };
    status->uptime24h = rounded(uptimePercent(m_events, schedule, now, DayMs, runningNow));
    status->uptime7d = rounded(uptimePercent(m_events, schedule, now, 7 * DayMs, runningNow));
    status->lastExit = m_lastExit;
}

} // namespace corral
