// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Windows: the console interrupt to the strategy's group (sent by corral-signal, so that corrald never
// leaves its own console), WM_CLOSE to its windows halfway through the grace period, then
// TerminateJobObject — NSSM's stages. The Job Object holds every descendant, detached ones included.
#include "treestopper.h"
#include "winprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace corral {

namespace {

win::StopRequest requestFor(const ProcessIdentity &expected, const QString &cookie)
{
    win::StopRequest r;
    r.expected.pid = DWORD(expected.pid);
    r.expected.creationTime = expected.startTime;
    r.cookie = cookie.toStdWString();
    return r;
}

} // namespace

void TreeStopper::invalidateProcessTable() {}

bool TreeStopper::everythingGone() const
{
    return win::treeGone(requestFor(m_expected, m_cookie));
}

void TreeStopper::signalAll(bool kill)
{
    if (kill) {
        win::terminateTree(requestFor(m_expected, m_cookie), m_leaderValid);
        return;
    }
    if (m_leaderValid) {
        // Fire and forget: the ticks that follow see whether it worked. DETACHED_PROCESS instead of
        // startDetached's new console, or every stop would flash a console window.
        QProcess helper;
        helper.setProgram(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("corral-signal.exe")));
        helper.setArguments({QString::number(m_expected.pid)});
        helper.setCreateProcessArgumentsModifier([](QProcess::CreateProcessArguments *args) {
            args->flags = (args->flags & ~DWORD(CREATE_NEW_CONSOLE)) | DETACHED_PROCESS;
        });
        helper.startDetached();
    }
}

void TreeStopper::askAgain()
{
    win::closeTreeWindows(requestFor(m_expected, m_cookie), m_leaderValid);
}

} // namespace corral
