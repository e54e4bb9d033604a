// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// The end-to-end fixture: a throw-away CORRAL_HOME, corralctl run exactly as a user runs it, the daemon's
// socket for the protocol tests, and the process probes (support/processprobe.h) that count what is really
// running. Cleanup goes through
// the CLI first and then kills, by pid, only processes this sandbox can prove are its own (the pids in its
// pidfiles and family files, processes carrying its cookie, the corrald serving its home).

#include "instancelock.h"
#include "launcher.h"
#include "paths.h"
#include "protocol.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

namespace corral::e2e {

using corral::test::alive;
using corral::test::readFamily;
using corral::test::treeProgram;
using corral::test::waitFor;

inline QString binary(const char *name)
{
    return QStringLiteral(CORRAL_BIN_DIR) + QLatin1Char('/') + QString::fromLatin1(name) +
           QStringLiteral(CORRAL_EXE_SUFFIX);
}

inline QString corralctl()
{
    return binary("corralctl");
}

inline QString corrald()
{
    return binary("corrald");
}

struct CtlResult
{
    int exitCode = -1;
    bool finished = false; // false: it hung past the timeout and was killed
    QString out;
    QString err;

    bool ok() const { return finished && exitCode == 0; }
    // For QVERIFY2: everything needed to understand a failure in one line.
    QString describe() const
    {
        return QStringLiteral("exit=%1 finished=%2 stdout=[%3] stderr=[%4]")
            .arg(exitCode)
            .arg(finished)
            .arg(out.trimmed(), err.trimmed());
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// ---- What is running -----------------------------------------------------------------------------

// A file under /proc/<pid>/ (limits, cwd): for the Linux-only checks that read one directly.
inline QByteArray readProcFile(qint64 pid, const char *what)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QString::fromLatin1(what)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

using corral::test::environmentOf;
using corral::test::killPid;
using corral::test::myProcesses;
using corral::test::processGroupOf;
using corral::test::sessionOf;

inline QList<QByteArray> environOf(qint64 pid)
{
    return environmentOf(pid);
}

// Live processes of this user whose environment holds exactly `variable=value`.
inline QList<qint64> processesWithEnv(const QString &variable, const QString &value)
{
    const QByteArray wanted = (variable + QLatin1Char('=') + value).toUtf8();
    QList<qint64> out;
    for (qint64 pid : myProcesses())
        if (environmentOf(pid).contains(wanted))
            out.append(pid);
    return out;
}

// Live processes whose CORRAL_STRATEGY_ID starts with `prefix` (every strategy of one home).
inline QList<qint64> processesWithCookiePrefix(const QString &prefix)
{
    const QByteArray wanted = QByteArrayLiteral("CORRAL_STRATEGY_ID=") + prefix.toUtf8();
    QList<qint64> out;
    for (qint64 pid : myProcesses()) {
        for (const QByteArray &entry : environmentOf(pid))
            if (entry.startsWith(wanted)) {
                out.append(pid);
                break;
            }
    }
    return out;
}

// ---- The sandbox -------------------------------------------------------------------------------

class Sandbox
{
public:
    Sandbox() : m_dir(QDir::tempPath() + QStringLiteral("/corral-e2e-XXXXXX"))
    {
        m_home = QDir(m_dir.path()).canonicalPath();
    }
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;
    ~Sandbox()
    {
        cleanup();
        // Windows removes no directory that is some process's current one, and a strategy's console host
        // outlives it a moment under Wine (its working directory is the home).
        waitFor([this] { return m_dir.remove(); }, 5000);
    }

    bool isValid() const { return m_dir.isValid() && QFileInfo::exists(corralctl()); }
    QString home() const { return m_home; }
    Paths paths() const { return Paths::underHome(m_home); }
    QString filePath(const QString &name) const { return m_home + QLatin1Char('/') + name; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CORRAL_HOME"), m_home);
        env.remove(QStringLiteral("CORRAL_STRATEGY_ID"));
        return env;
    }

    // Starts corralctl without waiting; the caller owns the process (and must wait for it).
    std::unique_ptr<QProcess> ctlAsync(const QStringList &args) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment());
        p->setWorkingDirectory(m_home);
        p->start(corralctl(), args);
        return p;
    }

    static CtlResult finish(QProcess &p, int timeoutMs)
    {
        CtlResult r;
        r.finished = p.waitForFinished(timeoutMs);
        if (!r.finished) {
            p.kill(); // by its pid: the hung corralctl we started
            p.waitForFinished(2000);
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = (r.finished && p.exitStatus() == QProcess::NormalExit) ? p.exitCode() : -1;
        return r;
    }

    CtlResult ctl(const QStringList &args, int timeoutMs = 20000) const
    {
        std::unique_ptr<QProcess> p = ctlAsync(args);
        return finish(*p, timeoutMs);
    }

    // `add NAME [options] -- corral_test_tree TREEARGS`
    CtlResult addTree(const QString &name, const QStringList &treeArgs, const QStringList &options = {}) const
    {
        QStringList args{QStringLiteral("add"), name};
        args << options << QStringLiteral("--") << treeProgram() << treeArgs;
        return ctl(args);
    }

    // `status NAME --json`, parsed; an empty object when it failed or did not print an object.
    QJsonObject status(const QString &name, CtlResult *raw = nullptr) const
    {
        const CtlResult r = ctl({QStringLiteral("status"), name, QStringLiteral("--json")});
        if (raw)
            *raw = r;
        if (!r.ok())
            return {};
        return r.json().object();
    }

    QString state(const QString &name) const { return status(name).value(QStringLiteral("state")).toString(); }

    // Polls `status NAME --json` until `condition` holds; returns the last status seen.
    QJsonObject waitForStatus(const QString &name, const std::function<bool(const QJsonObject &)> &condition,
                              int ms = 10000, QStringList *statesSeen = nullptr) const
    {
        QJsonObject last;
        waitFor(
            [&] {
                last = status(name);
                const QString s = last.value(QStringLiteral("state")).toString();
                if (statesSeen && !s.isEmpty() && (statesSeen->isEmpty() || statesSeen->constLast() != s))
                    statesSeen->append(s);
                return condition(last);
            },
            ms);
        return last;
    }

    QJsonObject waitForState(const QString &name, const QString &wanted, int ms = 10000,
                             QStringList *statesSeen = nullptr) const
    {
        return waitForStatus(
            name, [&](const QJsonObject &s) { return s.value(QStringLiteral("state")).toString() == wanted; }, ms,
            statesSeen);
    }

    QString cookie(const QString &name) const { return Launcher(paths()).cookieFor(name); }
    // Every live process carrying this strategy's exact cookie: the strategy's whole tree.
    QList<qint64> cookieHolders(const QString &name) const
    {
        return processesWithEnv(QString::fromLatin1(Launcher::CookieVariable), cookie(name));
    }
    QList<qint64> allStrategyProcesses() const
    {
        return processesWithCookiePrefix(paths().instanceTag() + QLatin1Char(':'));
    }

    // Live corrald processes serving this home (by executable and CORRAL_HOME, never by name alone).
    QList<qint64> daemonProcesses() const
    {
        const QString exe = QFileInfo(corrald()).canonicalFilePath();
        const QByteArray homeVar = QByteArrayLiteral("CORRAL_HOME=") + m_home.toUtf8();
        QList<qint64> out;
        for (qint64 pid : myProcesses()) {
            QString target = corral::test::executableOf(pid);
            target.remove(QStringLiteral(" (deleted)"));
            if (exe.isEmpty() || target != exe)
                continue;
            if (environmentOf(pid).contains(homeVar))
                out.append(pid);
        }
        return out;
    }

    // One request over the daemon's socket, waiting for the response with the same id.
    std::optional<QJsonObject> request(const QJsonObject &body, int timeoutMs = 5000) const
    {
        QLocalSocket socket;
        socket.connectToServer(paths().ipcName());
        if (!socket.waitForConnected(timeoutMs))
            return std::nullopt;
        const QByteArray frame = protocol::encodeFrame(body);
        socket.write(frame);
        if (!socket.waitForBytesWritten(timeoutMs) && socket.bytesToWrite() > 0)
            return std::nullopt;
        protocol::FrameReader reader;
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            QJsonObject reply;
            while (reader.next(&reply))
                if (reply.contains(QStringLiteral("ok")) &&
                    reply.value(QStringLiteral("id")) == body.value(QStringLiteral("id")))
                    return reply;
            if (reader.hasError())
                return std::nullopt;
            if (socket.state() != QLocalSocket::ConnectedState && socket.bytesAvailable() == 0)
                return std::nullopt;
            if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) || socket.bytesAvailable())
                reader.feed(socket.readAll());
        }
        return std::nullopt;
    }

    // corrald's pid from `ping` over the socket; 0 when nothing answers.
    qint64 pingPid(int timeoutMs = 3000) const
    {
        const auto reply = request(protocol::makeRequest(1, protocol::Command::Ping), timeoutMs);
        if (!reply || !reply->value(QStringLiteral("ok")).toBool())
            return 0;
        return reply->value(QStringLiteral("pid")).toInteger();
    }

    // Remember pids to kill at cleanup in case the CLI could not stop them.
    void track(qint64 pid)
    {
        if (pid > 0)
            m_tracked.append(pid);
    }
    void trackFamilyFile(const QString &path) { m_familyFiles.append(path); }

    // Where the process list cannot tell this home's corrald (Windows: no environments), its answer can.
    QList<qint64> daemonPids() const
    {
        QList<qint64> pids = daemonProcesses();
        const qint64 answering = pingPid(1000);
        if (answering > 0 && !pids.contains(answering))
            pids.append(answering);
        return pids;
    }

    void killDaemon()
    {
        for (qint64 pid : daemonPids()) {
            killPid(pid);
            waitFor([pid] { return !alive(pid); }, 5000);
        }
    }

    void cleanup()
    {
        if (m_cleaned)
            return;
        m_cleaned = true;
        if (QFileInfo::exists(corralctl()) && QFileInfo::exists(paths().configFile())) {
            ctl({QStringLiteral("stop"), QStringLiteral("--all")}, 20000);
        }
        const QList<qint64> daemons = daemonPids();
        QList<QPair<qint64, quint64>> daemonIdentities;
        for (qint64 pid : daemons)
            daemonIdentities.append({pid, corral::test::startTimeOf(pid)});
        if (!daemons.isEmpty()) {
            ctl({QStringLiteral("daemon"), QStringLiteral("stop")}, 10000);
            // Until it is gone it holds files in the home, and Windows removes no open file.
            for (const auto &[pid, started] : std::as_const(daemonIdentities))
                waitFor([pid = pid, started = started] { return corral::test::startTimeOf(pid) != started; }, 5000);
        }

        QList<qint64> victims = m_tracked;
        const QStringList pidFiles = QDir(paths().runDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : pidFiles) {
            QFile f(paths().runDir() + QLatin1Char('/') + file);
            if (f.open(QIODevice::ReadOnly))
                victims.append(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("pid")).toInteger());
        }
        for (const QString &file : std::as_const(m_familyFiles))
            for (const auto &member : readFamily(file))
                victims.append(member.second);
        victims += allStrategyProcesses();
        victims += daemonProcesses();
        for (qint64 pid : std::as_const(victims))
            if (alive(pid))
                killPid(pid);
        // Windows hands a pid out again at once: a corrald that answered is killed only if it is still that one.
        for (const auto &[pid, started] : std::as_const(daemonIdentities))
            if (started != 0 && corral::test::startTimeOf(pid) == started)
                killPid(pid);
    }

private:
    QTemporaryDir m_dir;
    QString m_home;
    QList<qint64> m_tracked;
    QStringList m_familyFiles;
    bool m_cleaned = false;
};

// "NAME: started (pid N)" / "NAME: already running (pid N)" -> N, else 0.
inline qint64 pidInOutput(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\(pid (\\d+)\\)"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

inline qint64 pidOf(const QJsonObject &status)
{
    const QJsonValue v = status.value(QStringLiteral("pid"));
    return v.isDouble() ? v.toInteger() : 0;
}

inline QString describe(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QDateTime isoTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The startedAt recorded in run/<name>.json.
inline QDateTime pidFileStartedAt(const Sandbox &box, const QString &name)
{
    QFile f(box.paths().pidFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return isoTime(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("startedAt")));
}

inline QString pidList(const QList<qint64> &pids)
{
    QStringList parts;
    for (qint64 pid : pids)
        parts.append(QString::number(pid));
    return parts.join(QLatin1Char(','));
}

} // namespace corral::e2e

// A missing corralctl is a plain failure with the path in the message, not a crash further on.
#define E2E_SANDBOX(box)                                                                                               \
    corral::e2e::Sandbox box;                                                                                          \
    QVERIFY2(box.isValid(), qPrintable(QStringLiteral("no corralctl at %1").arg(corral::e2e::corralctl())))
