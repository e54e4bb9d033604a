// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The tz database's own index of itself, tzdata.zi (zic's input): which names are zones, which are links
// to which, and each zone's rules as far as its abbreviations need them. Read from the OS's zone files
// (TZDIR, else /usr/share/zoneinfo) where it has one, so it describes the very files Qt reads there, with
// the links it lacks taken from the copy built into corral_core (src/core/tzdata/tzdata.zi); otherwise
// from that copy alone: Windows has none, and its Qt knows the zones only by CLDR's names, often older
// ones (Asia/Calcutta, not Asia/Kolkata).

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace corral::tzdata {

// Every zone and link name, unsorted.
QStringList names();
bool contains(const QString &name);

// The names of `name`'s zone: the zone first, then every link to it, `name` included; empty for a name
// the database does not have. Links to links are followed.
QStringList sameZone(const QString &name);

// "EST", "CEST", "IST": the abbreviation the database gives `name`'s zone at `at` for a UTC offset of
// `offsetSeconds` (the OS's, so a disagreement shows). Empty when the database writes that time as a
// number (%z: Asia/Kathmandu, America/Argentina/Buenos_Aires) or its rules give no such offset then.
// Zone lines are told apart to the day: a zone that changed its rules on a date is right from the next.
QString abbreviation(const QString &name, const QDateTime &at, int offsetSeconds);

} // namespace corral::tzdata
