// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The option sets of `add`/`edit` and of `schedule`: declared on a QCommandLineParser, read back with
// every value checked, so a typo is a usage error here rather than a confusing one from corrald.

#include "strategy.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace corral::cli {

// What the user gave on the command line; unset fields leave the strategy as it was (for `edit`).
struct StrategyOptions
{
    std::optional<QString> workingDir;
    // Set when --env or --secret-env was given at all: the environment is then replaced as a whole.
    std::optional<QMap<QString, QString>> env;
    QStringList secretEnv;
    // --env-file, made absolute here ("" clears it in `edit`).
    std::optional<QString> envFile;
    // --inherit-env: this client's environment now; --no-inherit-env: an empty map.
    std::optional<QMap<QString, QString>> inheritedEnv;
    std::optional<RestartMode> restart;
    std::optional<int> maxRestarts;
    std::optional<int> stopTimeoutMs;
    std::optional<LeftoverMode> leftovers;
    std::optional<QStringList> dependencies;
    std::optional<int> priority;
    std::optional<int> memoryMb;
    std::optional<int> openFiles;
    std::optional<int> threads;
    std::optional<int> logMaxMb;
    std::optional<int> logBackups;
    // From the words after "--": the program and its arguments.
    std::optional<QString> program;
    QStringList args;
};

// The note under the description of `add` and `edit`.
QString strategyOptionsHelp();
void addStrategyOptions(QCommandLineParser *parser);
// `command` holds the words after "--" (empty when there was none). False with a one-line usage error.
bool readStrategyOptions(const QCommandLineParser &parser, const QStringList &command, StrategyOptions *options,
                         QString *error);
void applyStrategyOptions(const StrategyOptions &options, Strategy *strategy);

// A program given as "./bot.py" or "bin/bot" means the caller's directory, and "python3" the one the
// caller's PATH finds (a virtualenv's): corrald runs elsewhere with another environment.
QString resolveProgram(const QString &program);

void addScheduleOptions(QCommandLineParser *parser);
// One weekly window (days parsed by core's --days grammar), every N minutes, or empty for --clear.
bool readScheduleOptions(const QCommandLineParser &parser, Schedule *schedule, QString *error);

} // namespace corral::cli
