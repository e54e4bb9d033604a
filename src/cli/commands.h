// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

// One function per verb; each gets the words after the verb and returns the exit code.
namespace corral::cli {

int runAdd(const QStringList &args);
int runEdit(const QStringList &args);
int runRemove(const QStringList &args);
int runStart(const QStringList &args);
int runStop(const QStringList &args);
int runRestart(const QStringList &args);
int runList(const QStringList &args);
int runStatus(const QStringList &args);
int runSchedule(const QStringList &args);
int runDaemon(const QStringList &args);
int runLogs(const QStringList &args); // in logscommand.cpp: it reads files and never needs corrald

} // namespace corral::cli
