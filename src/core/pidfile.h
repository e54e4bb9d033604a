// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "processidentity.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace corral {

// run/<name>.json: which process a strategy is, in enough detail to recognise a reused pid.
struct PidFile
{
    QString name;
    ProcessIdentity identity;
    QDateTime startedAt;
    // The process group the strategy was started in: its main process's pid. Differs from identity.pid
    // when the main process has exited and the record names a leftover that corrald follows.
    qint64 group = 0; // 0: identity.pid

    qint64 groupId() const { return group > 0 ? group : identity.pid; }
    bool followsLeftover() const { return groupId() != identity.pid; }

    enum class Match { Matches, NoProcess, Mismatch };
    // Compares pid and OS start time with the live process (the executable may change by exec and is
    // kept for people to read). Anything but Matches means the pidfile is stale and its pid must not be
    // signalled.
    Match check() const;
    bool matches() const { return check() == Match::Matches; }

    bool write(const QString &path, QString *error = nullptr) const; // atomic (QSaveFile)
    static std::optional<PidFile> read(const QString &path, QString *error = nullptr);
};

} // namespace corral
