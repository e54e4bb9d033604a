// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace corral {

enum class RestartMode { Never, OnFailure, Always };

QString restartModeName(RestartMode mode);
// Returns false when the text is not one of "never", "on-failure", "always".
bool parseRestartMode(const QString &text, RestartMode *mode);

// What happens to the processes of a strategy still alive when its main process exits: followed (the
// strategy stays running until the last is gone) or ended at once (systemd's KillMode=control-group).
enum class LeftoverMode { Follow, Kill };

QString leftoverModeName(LeftoverMode mode);
// Returns false when the text is not "follow" or "kill".
bool parseLeftoverMode(const QString &text, LeftoverMode *mode);

// One weekly window: opens at `start` and closes at `stop` on each of `days`, wall time in `timeZone`
// (an IANA id; empty means the machine's local zone). stop < start crosses midnight.
struct ScheduleWindow
{
    QList<int> days; // Qt::DayOfWeek values, 1 = Monday … 7 = Sunday
    QTime start;
    QTime stop;
    QString timeZone;

    bool operator==(const ScheduleWindow &o) const
    {
        return days == o.days && start == o.start && stop == o.stop && timeZone == o.timeZone;
    }
};

// Data only in the core model; the scheduler gives it meaning.
struct Schedule
{
    QList<ScheduleWindow> windows;
    QList<QDate> holidays;
    int everyMinutes = 0; // > 0: a one-shot job started every N minutes
    QString timeZone;     // of every-N: the zone whose local midnight the ticks count from; empty: local

    bool isEmpty() const { return windows.isEmpty() && everyMinutes == 0; }
    bool operator==(const Schedule &o) const
    {
        return windows == o.windows && holidays == o.holidays && everyMinutes == o.everyMinutes &&
               timeZone == o.timeZone;
    }
};

// Everything a user configures about one supervised program.
struct Strategy
{
    QString name;
    QString program;
    QStringList args;
    QString workingDir; // empty: the user's home directory
    QMap<QString, QString> env;
    QStringList secretEnv; // keys of `env` whose values are never shown or logged
    // A dotenv file read at each start, layered under `env`; empty: none.
    QString envFile;
    // --inherit-env: the environment of the client that added or edited the strategy, as it was then,
    // layered over corrald's base environment; empty: not inherited.
    QMap<QString, QString> inheritedEnv;

    RestartMode restart = RestartMode::OnFailure;
    int maxRestarts = 10;     // consecutive quick failures before the strategy is `failed`
    int stopTimeoutMs = 5000; // grace between SIGTERM and SIGKILL
    LeftoverMode leftovers = LeftoverMode::Follow;

    int memoryMb = 0;     // RLIMIT_AS; 0 = no limit
    int maxOpenFiles = 0; // RLIMIT_NOFILE, soft and hard; 0 = soft FD_SETSIZE, hard corrald's
    int threads = 0;      // caps OMP/OPENBLAS/MKL/NUMEXPR/NUMBA thread pools; 0 = untouched

    int logMaxMb = 10;
    int logBackups = 5;

    int priority = 0; // higher starts earlier in `start --all`
    QStringList dependencies;

    Schedule schedule;

    bool operator==(const Strategy &o) const;
    bool operator!=(const Strategy &o) const { return !(*this == o); }
};

} // namespace corral
