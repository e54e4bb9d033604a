// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// Shared by the reliability (torture) suite: a stranger process that corral must never touch, the
// invariants every strategy has to satisfy once corrald has settled, and a seeded random source whose seed
// is printed so that a failing run can be replayed (CORRAL_TORTURE_SEED=N).
//
// Everything here reads the truth from the OS (support/processprobe.h), pidfiles and instance locks, never
// from corrald's word alone.

#include "../e2e/e2esupport.h"

#include <QRandomGenerator>

#include <functional>

namespace corral::torture {

using namespace corral::e2e;

// An unrelated process started by the test itself (not through corral): it must be alive from the first
// to the last line of a test. `setsid` makes it the leader of its own process group and session, so that
// a kill(-pid) aimed at a stale pidfile's "group" would hit it too.
class Stranger
{
public:
    explicit Stranger(bool ownSession = false, const QString &program = treeProgram(),
                      const QStringList &args = {QStringLiteral("sleep")})
    {
        if (ownSession) {
            m_process.setProgram(QStringLiteral("/usr/bin/setsid"));
            m_process.setArguments(QStringList{program} + args);
        } else {
            m_process.setProgram(program);
            m_process.setArguments(args);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CORRAL_STRATEGY_ID"));
        m_process.setProcessEnvironment(env);
        m_process.start();
        m_process.waitForStarted(5000);
        m_pid = m_process.processId();
        // setsid(1) execs in place when it is not a group leader already (a fresh child is not): same pid.
        if (ownSession)
            waitFor([this] { return processGroupOf(m_pid) == m_pid; }, 2000);
    }
    Stranger(const Stranger &) = delete;
    Stranger &operator=(const Stranger &) = delete;
    ~Stranger()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // by its pid: our own child
            m_process.waitForFinished(3000);
        }
    }

    qint64 pid() const { return m_pid; }
    // Alive, not a zombie, and still the process we started (QProcess has not seen it finish).
    bool intact()
    {
        QCoreApplication::processEvents();
        return m_pid > 0 && alive(m_pid) && m_process.state() == QProcess::Running;
    }
    QString describe()
    {
        return QStringLiteral("stranger pid %1: alive=%2 qprocess-state=%3 exit-status=%4 exit-code=%5")
            .arg(m_pid)
            .arg(alive(m_pid))
            .arg(int(m_process.state()))
            .arg(int(m_process.exitStatus()))
            .arg(m_process.exitCode());
    }

private:
    QProcess m_process;
    qint64 m_pid = 0;
};

// Fills the sandbox's config with `count` strategies named s0000…: one added through corralctl shows
// what an entry looks like, the rest are copies written while corrald is down (a thousand `add`s would
// measure process start-up, not corrald). Returns the names; empty with `why` on failure.
inline QStringList fillWithCopies(const Sandbox &box, int count, QString *why)
{
    CtlResult r = box.addTree(QStringLiteral("s0000"), {QStringLiteral("sleep")},
                              {QStringLiteral("--stop-timeout"), QStringLiteral("2")});
    if (r.ok())
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
    if (!r.ok()) {
        *why = r.describe();
        return {};
    }
    if (!waitFor([&] { return box.daemonProcesses().isEmpty(); })) {
        *why = QStringLiteral("corrald did not stop");
        return {};
    }
    QFile f(box.paths().configFile());
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return {};
    }
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    const QJsonObject model = config.value(QStringLiteral("strategies")).toArray().first().toObject();
    QJsonArray strategies;
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names.append(QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0')));
        QJsonObject s = model;
        s.insert(QStringLiteral("name"), names.last());
        strategies.append(s);
    }
    config.insert(QStringLiteral("strategies"), strategies);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(config).toJson()) < 0) {
        *why = f.errorString();
        return {};
    }
    return names;
}

// The kernel's start time of a process, 0 when it is gone.
using corral::test::startTimeOf;

inline QString statusText(const QJsonObject &o)
{
    return o.value(QStringLiteral("state")).toString();
}

// `list --json` as an array; empty with the reason in *why when it failed.
inline QJsonArray listJson(const Sandbox &box, QString *why = nullptr, int timeoutMs = 30000)
{
    const CtlResult r = box.ctl({QStringLiteral("list"), QStringLiteral("--json")}, timeoutMs);
    if (!r.ok() || !r.json().isArray()) {
        if (why)
            *why = r.describe();
        return {};
    }
    return r.json().array();
}

inline QHash<QString, QJsonObject> byName(const QJsonArray &list)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : list)
        out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    return out;
}

inline bool isTransient(const QString &state)
{
    return state == QStringLiteral("starting") || state == QStringLiteral("stopping") ||
           state == QStringLiteral("backoff");
}

// Polls `list --json` until no strategy is starting, stopping or waiting to restart. Returns the last list
// (settled or not: *settled says which).
inline QJsonArray settle(const Sandbox &box, int ms, bool *settled, QString *why = nullptr)
{
    QJsonArray last;
    *settled = waitFor(
        [&] {
            last = listJson(box, why);
            if (last.isEmpty())
                return false;
            for (const QJsonValue &v : std::as_const(last))
                if (isTransient(statusText(v.toObject())))
                    return false;
            return true;
        },
        ms);
    return last;
}

// The invariants of one strategy whose tree is a single process (corral_test_tree sleep / ignore-term),
// checked against a settled `list --json` entry. Must only run while nothing is starting or stopping:
// probing an instance lock takes it for a moment.
inline QString strategyViolation(const Sandbox &box, const QJsonObject &status)
{
    const QString name = status.value(QStringLiteral("name")).toString();
    const QString state = statusText(status);
    const QList<qint64> holders = box.cookieHolders(name);
    const QString pidPath = box.paths().pidFile(name);
    const bool havePidFile = QFileInfo::exists(pidPath);
    QJsonObject pidJson;
    if (havePidFile) {
        QFile f(pidPath);
        if (f.open(QIODevice::ReadOnly))
            pidJson = QJsonDocument::fromJson(f.readAll()).object();
    }
    const bool lockHeld = corral::InstanceLock::isHeldByAnyone(box.paths().lockFile(name));
    const QString facts =
        QStringLiteral("%1: status=%2 cookie-holders=[%3] pidfile=%4 lock-held=%5")
            .arg(name, describe(status), pidList(holders), havePidFile ? describe(pidJson) : QStringLiteral("none"))
            .arg(lockHeld);

    if (holders.size() > 1)
        return QStringLiteral("duplicate trees: ") + facts;
    if (state == QStringLiteral("running")) {
        const qint64 pid = pidOf(status);
        if (pid <= 0)
            return QStringLiteral("running without a pid: ") + facts;
        if (holders != QList<qint64>{pid})
            return QStringLiteral("running, but its pid is not the one process carrying its cookie: ") + facts;
        if (!havePidFile)
            return QStringLiteral("running without a pidfile: ") + facts;
        if (pidJson.value(QStringLiteral("pid")).toInteger() != pid)
            return QStringLiteral("the pidfile names another pid: ") + facts;
        if (pidJson.value(QStringLiteral("startTime")).toString().toULongLong() != startTimeOf(pid))
            return QStringLiteral("the pidfile's start time is not the process's (the OS says %1): ")
                       .arg(startTimeOf(pid)) +
                   facts;
        if (!lockHeld)
            return QStringLiteral("running, but nobody holds its instance lock: ") + facts;
        return {};
    }
    if (state == QStringLiteral("stopped") || state == QStringLiteral("failed")) {
        if (!holders.isEmpty())
            return QStringLiteral("reported %1 while a tree is alive: ").arg(state) + facts;
        if (havePidFile)
            return QStringLiteral("%1 but a pidfile is left: ").arg(state) + facts;
        if (lockHeld)
            return QStringLiteral("%1 but its instance lock is held: ").arg(state) + facts;
        return {};
    }
    return QStringLiteral("unsettled or unknown state: ") + facts;
}

// Every strategy in `names` present in the list and consistent; empty when all hold.
inline QString violations(const Sandbox &box, const QJsonArray &list, const QStringList &names)
{
    const QHash<QString, QJsonObject> status = byName(list);
    QStringList problems;
    for (const QString &name : names) {
        if (!status.contains(name)) {
            problems.append(name + QStringLiteral(": missing from list --json"));
            continue;
        }
        const QString v = strategyViolation(box, status.value(name));
        if (!v.isEmpty())
            problems.append(v);
    }
    return problems.join(QStringLiteral("\n  "));
}

// A reproducible random source: CORRAL_TORTURE_SEED=N replays a run; otherwise a fresh seed, printed.
inline QRandomGenerator seededRandom(quint32 *seedOut = nullptr)
{
    bool ok = false;
    quint32 seed = qEnvironmentVariable("CORRAL_TORTURE_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::global()->generate();
    qInfo("random seed: %u (replay with CORRAL_TORTURE_SEED=%u)", seed, seed);
    if (seedOut)
        *seedOut = seed;
    return QRandomGenerator(seed);
}

inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// kill -9 the corrald answering this home; returns its pid once it is gone (0 when there was none).
inline qint64 killDaemonHard(const Sandbox &box)
{
    qint64 daemon = box.pingPid();
    if (daemon <= 0) {
        const QList<qint64> daemons = box.daemonProcesses();
        daemon = daemons.isEmpty() ? 0 : daemons.first();
    }
    if (daemon <= 0)
        return 0;
    killPid(daemon);
    return waitFor([&] { return !alive(daemon); }) ? daemon : 0;
}

// Runs `command` in /bin/sh once `barrier` exists: many clients released at (nearly) the same moment.
inline std::unique_ptr<QProcess> startAtBarrier(const Sandbox &box, const QString &barrier, const QStringList &argv)
{
    static const QString script = QStringLiteral("while [ ! -e \"$0\" ]; do sleep 0.005; done; exec \"$@\"");
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(box.environment());
    p->setWorkingDirectory(box.home());
    p->start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), script, barrier} + argv);
    p->waitForStarted(5000);
    return p;
}

// Sandbox::finish for a process that may already have finished (waitForFinished() is false then).
inline CtlResult collect(QProcess &p, int timeoutMs)
{
    if (p.state() != QProcess::NotRunning)
        return Sandbox::finish(p, timeoutMs);
    CtlResult r;
    r.finished = true;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

inline bool touch(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly);
}

} // namespace corral::torture
