// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The staged stop: console interrupt, WM_CLOSE, TerminateJobObject.
#include "winprocess.h"

#include <algorithm>

namespace corral::win {

const char *stepName(StopStep step)
{
    switch (step) {
    case StopStep::AlreadyGone:
        return "already-gone";
    case StopStep::Stale:
        return "stale";
    case StopStep::ConsoleInterrupt:
        return "console-interrupt";
    case StopStep::CloseWindows:
        return "close-windows";
    case StopStep::TerminateJob:
        return "terminate-job";
    case StopStep::Survived:
        return "survived";
    }
    return "unknown";
}

bool sendConsoleInterrupt(DWORD groupLeader)
{
    // A console interrupt reaches only processes on the sender's console, and each strategy has a
    // hidden console of its own: join it for the moment of sending, without being interrupted ourselves.
    FreeConsole();
    if (!AttachConsole(groupLeader))
        return false;
    SetConsoleCtrlHandler(nullptr, TRUE);
    // Wine implements only CTRL_C (it becomes SIGINT); on Windows CTRL_C cannot be aimed at a group
    // and a new group ignores it, so it only matters where CTRL_BREAK is refused.
    const bool sent =
        GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, groupLeader) || GenerateConsoleCtrlEvent(CTRL_C_EVENT, groupLeader);
    FreeConsole();
    SetConsoleCtrlHandler(nullptr, FALSE);
    return sent;
}

bool sendConsoleInterruptVia(const std::wstring &helper, DWORD groupLeader)
{
    std::wstring line = commandLine(helper, {std::to_wstring(groupLeader)});
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION info{};
    if (!CreateProcessW(helper.c_str(), line.data(), nullptr, nullptr, FALSE, DETACHED_PROCESS, nullptr, nullptr,
                        &startup, &info))
        return false;
    Handle process(info.hProcess);
    Handle thread(info.hThread);
    DWORD code = 1;
    if (WaitForSingleObject(process.get(), 5000) != WAIT_OBJECT_0) {
        TerminateProcess(process.get(), 1);
        return false;
    }
    GetExitCodeProcess(process.get(), &code);
    return code == 0;
}

namespace {

struct WindowSearch
{
    const std::vector<DWORD> *pids;
    int posted = 0;
};

BOOL CALLBACK closeIfOwned(HWND window, LPARAM param)
{
    auto *search = reinterpret_cast<WindowSearch *>(param);
    DWORD owner = 0;
    GetWindowThreadProcessId(window, &owner);
    if (std::find(search->pids->begin(), search->pids->end(), owner) != search->pids->end() &&
        PostMessageW(window, WM_CLOSE, 0, 0))
        ++search->posted;
    return TRUE;
}

bool waitUntilGone(const StopRequest &request, DWORD ms)
{
    const ULONGLONG deadline = GetTickCount64() + ms;
    for (;;) {
        if (treeGone(request))
            return true;
        if (GetTickCount64() >= deadline)
            return false;
        Sleep(20);
    }
}

} // namespace

int closeTreeWindows(const StopRequest &request, bool leaderIsOurs)
{
    std::vector<DWORD> pids;
    if (Handle job = openJob(jobName(request.cookie)))
        pids = jobProcesses(job.get());
    else if (leaderIsOurs)
        pids = {request.expected.pid};
    if (pids.empty())
        return 0;
    WindowSearch search{&pids};
    EnumWindows(closeIfOwned, reinterpret_cast<LPARAM>(&search));
    return search.posted;
}

void terminateTree(const StopRequest &request, bool leaderIsOurs)
{
    if (Handle job = openJob(jobName(request.cookie))) {
        TerminateJobObject(job.get(), 1);
    } else if (leaderIsOurs) {
        if (Handle process{OpenProcess(PROCESS_TERMINATE, FALSE, request.expected.pid)})
            TerminateProcess(process.get(), 1);
    }
}

bool treeGone(const StopRequest &request)
{
    if (Handle job = openJob(jobName(request.cookie)))
        return activeProcesses(job.get()) == 0;
    const std::optional<Identity> live = identify(request.expected.pid);
    return !live || !live->sameProcess(request.expected);
}

StopStep stopTree(const StopRequest &request)
{
    Handle job = openJob(jobName(request.cookie));
    const std::optional<Identity> live = identify(request.expected.pid);
    const bool leaderIsOurs = live && live->sameProcess(request.expected);
    // The job is named after the strategy's cookie: whatever it holds is the strategy's. Without it
    // only the recorded process itself may be touched, and only if it still is that process.
    if (!job) {
        if (!live)
            return StopStep::AlreadyGone;
        if (!leaderIsOurs)
            return StopStep::Stale;
    } else if (activeProcesses(job.get()) == 0) {
        return StopStep::AlreadyGone;
    }

    // The process group keeps the leader's pid as its id after the leader is gone, but the console
    // can only be joined through a live member.
    if (leaderIsOurs) {
        if (request.signalHelper.empty())
            sendConsoleInterrupt(request.expected.pid);
        else
            sendConsoleInterruptVia(request.signalHelper, request.expected.pid);
        if (waitUntilGone(request, request.stepWaitMs))
            return StopStep::ConsoleInterrupt;
    }

    if (closeTreeWindows(request, leaderIsOurs) > 0 && waitUntilGone(request, request.stepWaitMs))
        return StopStep::CloseWindows;

    terminateTree(request, leaderIsOurs);
    return waitUntilGone(request, request.stepWaitMs) ? StopStep::TerminateJob : StopStep::Survived;
}

} // namespace corral::win
