// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: QProcess creates the child, the hooks here make it a strategy — suspended until it is in
// its Job Object, its own process group and hidden console, and exactly its log, stdin and lock handles.
#include "launcher.h"
#include "winprocess.h"

#include <QDir>
#include <QFile>

namespace corral {

struct PlatformLaunch
{
    STARTUPINFOEXW startup{};
    win::InheritList inherit;
    LPPROCESS_INFORMATION created = nullptr; // QProcess's own record, filled in by CreateProcess
    std::string error;
    bool breakaway = win::runsInJob(); // until a job that forbids it says no
    win::Handle log;                   // append-only: the strategy's stdout and stderr instead of Qt's handle
};

QString Launcher::applyPlatformHooks(StrategyProcess &process, const Strategy &strategy, const InstanceLock &lock) const
{
    auto state = std::make_shared<PlatformLaunch>();
    // Qt opens a log for appending with GENERIC_WRITE and a seek to its end, once: the child then writes at
    // its own file position, and after a live rotation's truncate it goes on at the old offset, leaving the
    // log as long as before with zeros in front. A handle with FILE_APPEND_DATA alone writes at the end,
    // wherever that is now.
    const std::wstring logPath = QDir::toNativeSeparators(m_paths.logFile(strategy.name)).toStdWString();
    state->log = win::Handle(CreateFileW(logPath.c_str(), FILE_APPEND_DATA | SYNCHRONIZE,
                                         FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                                         FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!state->log)
        return QString::fromStdString(win::lastError("cannot open its log for appending"));
    process.platformState = state;
    HANDLE lockHandle = reinterpret_cast<HANDLE>(lock.handle());
    process.setCreateProcessArgumentsModifier([state, lockHandle](QProcess::CreateProcessArguments *args) {
        // Qt's STARTUPINFO already carries the NUL handle; it is extended, not replaced.
        state->startup.StartupInfo = *args->startupInfo;
        state->startup.StartupInfo.cb = sizeof(STARTUPINFOEXW);
        state->startup.StartupInfo.hStdOutput = state->log.get();
        state->startup.StartupInfo.hStdError = state->log.get();
        const STARTUPINFOW &qt = state->startup.StartupInfo;
        if (!state->inherit.set({qt.hStdInput, qt.hStdOutput, qt.hStdError, lockHandle}, &state->error))
            return; // CreateProcess then runs without the list; platformAfterStart refuses the result
        state->startup.lpAttributeList = state->inherit.attributes();
        args->startupInfo = &state->startup.StartupInfo;
        args->flags |= win::StrategyCreationFlags | (state->breakaway ? DWORD(CREATE_BREAKAWAY_FROM_JOB) : 0);
        args->inheritHandles = TRUE;
        state->created = args->processInformation;
    });
    return QString();
}

bool Launcher::platformRetryStart(StrategyProcess &process, const Strategy &strategy) const
{
    auto state = process.platformState;
    if (!state || !state->breakaway)
        return false;
    // Corrald's own job forbids breaking away: start inside it (the strategy then ends with that job).
    state->breakaway = false;
    state->created = nullptr;
    qWarning("%s: corrald runs in a job that forbids breaking away; the strategy starts inside it and "
             "ends when that job does (start corrald outside it to keep strategies independent)",
             qPrintable(strategy.name));
    return true;
}

QString Launcher::platformAfterStart(StrategyProcess &process, const Strategy &strategy) const
{
    auto state = process.platformState;
    process.platformState.reset();
    if (!state || !state->created) {
        process.kill();
        return QString::fromStdString(state && !state->error.empty() ? state->error
                                                                     : std::string("the start could not be prepared"));
    }
    win::Limits limits;
    if (strategy.memoryMb > 0)
        limits.processMemoryBytes = std::uint64_t(strategy.memoryMb) * 1024 * 1024;
    std::string error;
    const QString cookie = process.processEnvironment().value(QString::fromLatin1(CookieVariable));
    win::Handle job = win::createJob(win::jobName(cookie.toStdWString()), limits, &error);
    if (!job) {
        TerminateProcess(state->created->hProcess, 1);
        return QString::fromStdString(error);
    }
    // While the child is still suspended, so the marker comes before the program's first output.
    if (!m_markerBefore.isEmpty()) {
        QFile log(m_paths.logFile(strategy.name));
        if (log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            log.write(m_markerBefore + QByteArray::number(process.processId()) + m_markerAfter);
    }
    // The job lives on without this handle while it holds processes; a stopper reopens it by name.
    if (!win::assignAndResume(job.get(), state->created->hProcess, state->created->hThread, &error))
        return QString::fromStdString(error);
    return QString();
}

} // namespace corral
