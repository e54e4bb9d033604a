// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Which zone names a schedule accepts. Qt's list of available ids is read from zone.tab, which leaves out
// Etc/UTC, Etc/GMT+5 and every backward-compatible link (Asia/Calcutta, US/Eastern), while a QTimeZone
// built from a name is valid for anything that reads as a zone file, a directory ("Etc") or a path
// ("../zoneinfo/UTC") included. The tz database's own index of names (tzdata.zi, Zone and Link lines)
// says which names are zones; the OS must also have the data for it.

#include <QString>
#include <QStringList>

namespace corral {

// An IANA name of the tz database (zones and links) the machine has data for, or one of Qt's own UTC
// offset ids ("UTC+05:30"). Case matters, as in the database. Empty is not a zone.
bool isKnownTimeZone(const QString &id);

// Up to `count` known names closest to `id` by edit distance (case-insensitive, over the whole name or
// its last part: "Calcuta" finds Asia/Calcutta), nearest first and none much further than the nearest;
// empty when none is plausibly meant.
QStringList closestTimeZones(const QString &id, int count = 3);

// Every name isKnownTimeZone accepts but the offset ids, sorted: what a picker offers.
QStringList knownTimeZones();

} // namespace corral
