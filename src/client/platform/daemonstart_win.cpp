// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: QProcess's detached start passes every inheritable handle of this client (bInheritHandles
// is always TRUE there), so a pipe the client writes its output to stayed open in corrald. The handle
// list passes exactly corrald's stdin, stdout and stderr. corrald also gets a hidden console and a
// process group of its own, so that closing the client's terminal or its Ctrl+C does not reach it, and
// it leaves the client's job when that job allows it (a terminal's job may end with the terminal).

#include "daemonstart.h"
#include "winprocess.h"

#include <memory>

namespace corral::os {

namespace {

struct DaemonStart
{
    STARTUPINFOEXW startup{};
    win::InheritList inherit;
    bool prepared = false;
};

bool attempt(QProcess &process, bool breakaway)
{
    auto state = std::make_shared<DaemonStart>();
    process.setCreateProcessArgumentsModifier([state, breakaway](QProcess::CreateProcessArguments *args) {
        state->startup.StartupInfo = *args->startupInfo;
        state->startup.StartupInfo.cb = sizeof(STARTUPINFOEXW);
        const STARTUPINFOW &qt = state->startup.StartupInfo;
        std::string error;
        if (!state->inherit.set({qt.hStdInput, qt.hStdOutput, qt.hStdError}, &error))
            return;
        state->startup.lpAttributeList = state->inherit.attributes();
        args->startupInfo = &state->startup.StartupInfo;
        args->flags |= EXTENDED_STARTUPINFO_PRESENT | CREATE_NO_WINDOW | CREATE_NEW_PROCESS_GROUP |
                       (breakaway ? DWORD(CREATE_BREAKAWAY_FROM_JOB) : 0);
        state->prepared = true;
    });
    const bool started = process.startDetached();
    process.setCreateProcessArgumentsModifier({});
    if (started && !state->prepared)
        qWarning("corral: corrald was started without its handle list; it holds this program's handles");
    return started;
}

} // namespace

bool startDetachedDaemon(QProcess &process)
{
    // A job that forbids breaking away makes CreateProcess fail: corrald then starts inside it.
    const bool breakaway = win::runsInJob();
    return attempt(process, breakaway) || (breakaway && attempt(process, false));
}

} // namespace corral::os
