// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "baseenvironment.h"
#include "instancelock.h"
#include "paths.h"
#include "processidentity.h"
#include "strategy.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <memory>

namespace corral {

// What a per-OS launcher carries from before the start to after it; defined by the OS's launcher file
// only (Windows: the suspended child's handles and the list of handles it inherits; Unix: nothing).
struct PlatformLaunch;

// A strategy's QProcess. QProcess kills its child when destroyed; a strategy must outlive the process
// that launched it, so release() gives up the child before the object goes away.
class StrategyProcess : public QProcess
{
    Q_OBJECT
public:
    using QProcess::QProcess;
    ~StrategyProcess() override;
    // Forget the child without touching it. After this no finished() arrives.
    void release();

    std::shared_ptr<PlatformLaunch> platformState;
};

struct LaunchResult
{
    enum class Status { Started, AlreadyRunning, Failed };
    Status status = Status::Failed;
    QString error;            // one line, names what was wrong
    ProcessIdentity identity; // of the started process
    std::unique_ptr<StrategyProcess> process;

    bool ok() const { return status == Status::Started; }
};

// A launch between its fork and its confirmation. Many can be in flight at once, so that starting
// a hundred strategies does not wait for each child's exec before forking the next.
struct PendingLaunch
{
    Strategy strategy;
    QString program;
    LaunchResult decided; // the result, when it was settled before anything was started
    std::unique_ptr<InstanceLock> lock;
    std::unique_ptr<StrategyProcess> process;

    bool isDecided() const { return !process; }
};

// Starts a strategy: own session (setsid) / process group + Job Object, output appended straight to its
// log file, limits applied, instance lock inherited, cookie in the environment. The child does not
// depend on the launcher staying alive.
class Launcher
{
public:
    static constexpr const char *CookieVariable = "CORRAL_STRATEGY_ID";

    // `base`: what every strategy's environment starts from (corrald's BaseEnvironment unless a test
    // gives another).
    explicit Launcher(const Paths &paths, const QProcessEnvironment &base = BaseEnvironment::current())
        : m_paths(paths), m_base(base)
    {
    }

    // A line the child writes into its log before its program runs, so that it comes before anything
    // the program prints: `before`, the child's pid, `after` (corrald's start marker). Unset: none.
    Launcher &withStartMarker(const QByteArray &before, const QByteArray &after)
    {
        m_markerBefore = before;
        m_markerAfter = after;
        return *this;
    }

    LaunchResult launch(const Strategy &strategy) const { return finish(begin(strategy)); }
    // launch() in two halves: begin() checks, takes the lock and forks; finish() waits for the exec
    // and records the pidfile.
    PendingLaunch begin(const Strategy &strategy) const;
    LaunchResult finish(PendingLaunch pending) const;

    // The environment a strategy runs with, each layer over the one before: the base environment, the
    // client's environment captured by --inherit-env, PYTHONUNBUFFERED=1 and the thread caps, the
    // --env-file read now, --env, the cookie. A file that cannot be read or parsed leaves it out and
    // says why in `error` ("NAME: FILE:LINE: what"). Exposed for tests and for the GUI's preview.
    QProcessEnvironment environmentFor(const Strategy &strategy, QString *error = nullptr) const;
    QString cookieFor(const QString &name) const;

private:
    // Checks made before anything is forked, so a typo comes back as a sentence, not an exit code.
    QString preflight(const Strategy &strategy, const QProcessEnvironment &env, QString *resolvedProgram) const;
    // Per-OS (platform/launcher_*.cpp): own session or process group, limits, lock inheritance. An
    // empty string, or why the start cannot even be tried.
    QString applyPlatformHooks(StrategyProcess &process, const Strategy &strategy, const InstanceLock &lock) const;
    // After a failed start: whether to try once more with what the hooks changed (Windows: without
    // breaking away from a job that forbids it).
    bool platformRetryStart(StrategyProcess &process, const Strategy &strategy) const;
    // An empty string, or why the started process could not be set up (it has been ended then).
    QString platformAfterStart(StrategyProcess &process, const Strategy &strategy) const;

    Paths m_paths;
    QProcessEnvironment m_base;
    QByteArray m_markerBefore;
    QByteArray m_markerAfter;
};

} // namespace corral
