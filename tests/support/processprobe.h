// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// What the tests ask the OS about processes, apart from what they test. Liveness, start time and
// executable come from core's os:: functions; the process list and environments, the witnesses of what a
// stop left behind, are read here by each OS's own file (processprobe_<os>.cpp, chosen by CMake).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace corral::test {

// Alive and not a zombie: a process that exited counts as gone before its parent reaps it.
bool alive(qint64 pid);
// Spins the event loop until `pid` is gone or `ms` pass; whether it is gone.
bool waitGone(qint64 pid, int ms = 5000);
// Kills one process at once, by pid (SIGKILL, TerminateProcess). Refuses pids <= 1 and the test itself:
// a parse that failed must never turn into kill(0) on the test runner's own group, or kill(-1).
bool killPid(qint64 pid);

// The kernel's start time as core's ProcessIdentity has it, 0 when the process is gone.
quint64 startTimeOf(qint64 pid);
QString executableOf(qint64 pid);
// Session and process group; -1 when the process is gone, and always on Windows, which has neither.
qint64 sessionOf(qint64 pid);
qint64 processGroupOf(qint64 pid);

// Every live process of this user but the test itself; empty where the OS file cannot list them.
QList<qint64> myProcesses();
// The "NAME=value" entries of one of this user's processes; empty when they cannot be read.
QList<QByteArray> environmentOf(qint64 pid);

} // namespace corral::test
