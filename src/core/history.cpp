// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "history.h"

#include "errorout.h"
#include "jsonread.h"
#include "jsontext.h"
#include "namedenum.h"
#include "paths.h"
#include "restartpolicy.h"
#include "utcoffset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <limits>

namespace corral {

namespace {

using Kind = HistoryEvent::Kind;
using Cause = HistoryEvent::Cause;

constexpr Named<Kind> KindNames[] = {
    {Kind::Start, "start"},       {Kind::LaunchFailed, "launch-failed"},
    {Kind::Stop, "stop"},         {Kind::Exit, "exit"},
    {Kind::Restart, "restart"},   {Kind::GiveUp, "give-up"},
    {Kind::Adopt, "adopt"},       {Kind::Schedule, "schedule"},
    {Kind::Watchdog, "watchdog"},
};

constexpr Named<Cause> CauseNames[] = {
    {Cause::Cli, "cli"},         {Cause::Window, "window"},     {Cause::Schedule, "schedule"},
    {Cause::Policy, "policy"},   {Cause::Adoption, "adoption"}, {Cause::Watchdog, "watchdog"},
    {Cause::Process, "process"},
};

// An absent field is fine; a present one must be an integer within [low, high].
bool readOptionalInteger(const QJsonObject &object, const char *key, qint64 low, qint64 high,
                         std::optional<qint64> *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    qint64 number = 0;
    if (value.isUndefined())
        return true;
    if (!json::readInteger(value, low, high, &number))
        return false;
    *out = number;
    return true;
}

bool readText(const QJsonObject &json, const char *key, QString *out)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

} // namespace

QString kindName(Kind kind)
{
    return nameOf(KindNames, kind);
}

bool parseKind(const QString &text, Kind *kind)
{
    return parseName(KindNames, text, kind);
}

QString causeName(Cause cause)
{
    return nameOf(CauseNames, cause);
}

bool parseCause(const QString &text, Cause *cause)
{
    return parseName(CauseNames, text, cause);
}

QDateTime localWithOffset(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(utc.toLocalTime().offsetFromUtc());
}

QJsonObject HistoryEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("at"), isoWithOffset(at, IsoPrecision::Milliseconds)},
                  {QStringLiteral("event"), kindName(kind)},
                  {QStringLiteral("cause"), causeName(cause)}};
    if (pid)
        o.insert(QStringLiteral("pid"), *pid);
    if (code)
        o.insert(QStringLiteral("code"), *code);
    if (signal)
        o.insert(QStringLiteral("signal"), *signal);
    if (runMs)
        o.insert(QStringLiteral("runMs"), *runMs);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

bool HistoryEvent::fromJson(const QJsonObject &json, HistoryEvent *event, QString *error)
{
    HistoryEvent e;
    const QString at = json.value(QLatin1String("at")).toString();
    e.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!e.at.isValid() || e.at.timeSpec() == Qt::LocalTime)
        return fail(error, QStringLiteral("history: \"at\" must be an ISO 8601 time with its offset"));
    if (!parseKind(json.value(QLatin1String("event")).toString(), &e.kind))
        return fail(
            error,
            QStringLiteral("history: unknown \"event\" \"%1\"").arg(json.value(QLatin1String("event")).toString()));
    if (!parseCause(json.value(QLatin1String("cause")).toString(), &e.cause))
        return fail(
            error,
            QStringLiteral("history: unknown \"cause\" \"%1\"").arg(json.value(QLatin1String("cause")).toString()));
    std::optional<qint64> code;
    std::optional<qint64> signal;
    constexpr qint64 intMin = std::numeric_limits<int>::min();
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (!readOptionalInteger(json, "pid", 1, json::MaxExactInteger, &e.pid) ||
        !readOptionalInteger(json, "code", intMin, intMax, &code) ||
        !readOptionalInteger(json, "signal", 1, intMax, &signal) ||
        !readOptionalInteger(json, "runMs", 0, json::MaxExactInteger, &e.runMs))
        return fail(error, QStringLiteral("history: \"pid\", \"code\", \"signal\" and \"runMs\" must be integers"));
    if (code)
        e.code = int(*code);
    if (signal)
        e.signal = int(*signal);
    if (!readText(json, "detail", &e.detail) || !readText(json, "error", &e.error))
        return fail(error, QStringLiteral("history: \"detail\" and \"error\" must be strings"));
    *event = e;
    return true;
}

bool HistoryEvent::operator==(const HistoryEvent &o) const
{
    return at == o.at && at.offsetFromUtc() == o.at.offsetFromUtc() && kind == o.kind && cause == o.cause &&
           pid == o.pid && code == o.code && signal == o.signal && runMs == o.runMs && detail == o.detail &&
           error == o.error;
}

// ---- The file ----------------------------------------------------------------------------------

HistoryFile::HistoryFile(const QString &path) : m_path(path) {}

QString HistoryFile::pathFor(const Paths &paths, const QString &name)
{
    return paths.stateDir() + QStringLiteral("/history/") + name + QStringLiteral(".jsonl");
}

QList<HistoryEvent> HistoryFile::readLast(int count, QString *error) const
{
    QFile f(m_path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString()));
        return {};
    }
    // Bounded by compaction (CompactAt lines of a few hundred bytes): read whole.
    const QList<QByteArray> lines = f.readAll().split('\n');
    QList<HistoryEvent> events;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        HistoryEvent event;
        // A torn line (corrald killed mid-write) or a hand-damaged one costs that event only.
        if (doc.isObject() && HistoryEvent::fromJson(doc.object(), &event))
            events.append(event);
    }
    if (count >= 0 && events.size() > count)
        events = events.mid(events.size() - count);
    return events;
}

void HistoryFile::survey()
{
    m_lines = 0;
    m_openLine = false;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray all = f.readAll();
    m_lines = int(all.count('\n'));
    m_openLine = !all.isEmpty() && !all.endsWith('\n');
    if (m_openLine)
        ++m_lines;
}

bool HistoryFile::append(const HistoryEvent &event, QString *error)
{
    if (m_lines < 0)
        survey();
    // Once per file object: a thousand strategies starting at once should not each stat the folder twice.
    if (!m_folderReady) {
        const QString folder = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(folder))
            return fail(error, QStringLiteral("cannot create %1").arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_folderReady = true;
    }
    QFile f(m_path);
    // Append: O_APPEND, so the line lands at the end whatever else happened to the file; unbuffered, so it
    // is one write.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(m_path, f.errorString()));
    QByteArray line = toStableJson(QJsonDocument(event.toJson()), QJsonDocument::Compact) + '\n';
    if (m_openLine)
        line.prepend('\n');
    if (f.write(line) != line.size())
        return fail(error, QStringLiteral("cannot write %1: %2").arg(m_path, f.errorString()));
    f.close();
    m_openLine = false;
    ++m_lines;
    if (m_lines > CompactAt)
        return compact(error);
    return true;
}

bool HistoryFile::compact(QString *error)
{
    const QList<HistoryEvent> kept = readLast(Keep, error);
    QByteArray text;
    for (const HistoryEvent &event : kept)
        text += toStableJson(QJsonDocument(event.toJson()), QJsonDocument::Compact) + '\n';
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
        return fail(error, QStringLiteral("cannot rewrite %1: %2").arg(m_path, f.errorString()));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lines = int(kept.size());
    m_openLine = false;
    return true;
}

// ---- What it tells -----------------------------------------------------------------------------

void replayExits(const QList<HistoryEvent> &events, RestartPolicy *policy)
{
    bool stopping = false; // the exit that follows a stop is not the policy's
    for (const HistoryEvent &e : events) {
        switch (e.kind) {
        case HistoryEvent::Kind::Start:
            if (e.cause != HistoryEvent::Cause::Policy)
                policy->reset();
            stopping = false;
            break;
        case HistoryEvent::Kind::Adopt:
            stopping = false;
            break;
        case HistoryEvent::Kind::Stop:
            stopping = true;
            break;
        case HistoryEvent::Kind::Exit:
            if (!stopping) {
                // An unknown run length counts as quick, as for an adopted process.
                policy->started(0);
                policy->exited(e.runMs.value_or(0), !e.code || *e.code != 0);
            }
            stopping = false;
            break;
        default:
            break;
        }
    }
}

HistorySummary summarize(const QList<HistoryEvent> &events)
{
    // The same steps StrategyRunner takes, replayed.
    HistorySummary s;
    for (const HistoryEvent &e : events) {
        switch (e.kind) {
        case Kind::Start:
            s.failed = false;
            if (e.cause != Cause::Policy) {
                s.restarts = 0;
                s.lastError.clear();
            }
            s.exitCode.reset();
            s.lastExit.clear();
            break;
        case Kind::Adopt:
            s.failed = false;
            s.exitCode.reset();
            s.lastExit.clear();
            break;
        case Kind::Restart:
            ++s.restarts;
            break;
        case Kind::Exit:
            s.exitCode = e.code;
            s.lastExit = e.detail;
            break;
        case Kind::LaunchFailed:
            // A user's start that did not launch is `failed`; the policy's goes on to back off or give up.
            s.failed = s.failed || e.cause != Cause::Policy;
            break;
        case Kind::GiveUp:
            s.failed = true;
            break;
        case Kind::Stop:
            s.failed = false;
            break;
        case Kind::Schedule:
        case Kind::Watchdog:
            break;
        }
        if (!e.error.isEmpty())
            s.lastError = e.error;
    }
    return s;
}

} // namespace corral
