// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Everything corralctl prints: the exit codes, error lines, the status table and block, JSON.

#include "actionresult.h"
#include "protocol.h"
#include "strategy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdio>

namespace corral::cli {

// Cli::tr() translates corralctl's help, errors and hints (context "corralctl" in translations/). What
// scripts parse stays English: JSON, the `list` table, state and result words, `daemon status`.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(corralctl)
};

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the request was understood but did not work
    ExitUsage = 2    // the command line itself is wrong
};

// Where printOut/printErr/writeRaw write: stdout and stderr unless a test gives files of its own
// (nullptr: back to stdout and stderr).
void redirectOutput(FILE *out, FILE *err);

void printOut(const QString &text);
void printErr(const QString &text);
void printLine(const QString &text);    // text and a newline on stdout
void writeRaw(const QByteArray &bytes); // log bytes exactly as the strategy wrote them

// "corralctl: <message>" on stderr; returns ExitFailure.
int fail(const QString &message);
// "corralctl: <message>" and "Try 'corralctl <verb> --help'." on stderr; returns ExitUsage.
int usageError(const QString &verb, const QString &message);

QString jsonText(const QJsonObject &object);
QString jsonText(const QJsonArray &array);

QString statusTable(const QList<protocol::StrategyStatus> &statuses, const QDateTime &now);
// The human-readable `status NAME`. `config` may be null when corrald did not return it; `json` is the
// status object as received, for the fields a newer corrald adds (nextEvent, held).
QString statusBlock(const protocol::StrategyStatus &status, const Strategy *config, const QString &logFile,
                    const QDateTime &now);

// One line per strategy after start/stop/restart, with the pids from `statuses` (the reply's strategies).
// Lines for failures go to stderr; returns true when something failed. Without results (an older
// corrald), each status's state.
bool printActionResults(const QList<ActionResult> &results, const QList<protocol::StrategyStatus> &statuses);

} // namespace corral::cli
