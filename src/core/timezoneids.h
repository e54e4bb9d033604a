// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Which zone names a schedule accepts, and the one way a user's zone id becomes a QTimeZone. Qt's list of
// available ids leaves out names a QTimeZone can still be built from (on Linux it is read from zone.tab:
// no Etc/UTC, no links such as Asia/Calcutta), a QTimeZone built from a name is valid for anything that
// reads as a zone file there, a directory ("Etc") or a path ("../zoneinfo/UTC") included, and on Windows
// Qt knows only CLDR's names, often the older ones (Asia/Calcutta but not Asia/Kolkata, no US/Eastern, no
// GMT). So the tz database's own index (tzdata.zi, see tzdata.h) says which names are zones, and a name
// the platform lacks is resolved through the database's links to one of the same zone that it has. The
// user's spelling is what is stored and shown; only the QTimeZone behind it may carry another id.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace corral {

// The zone `id` names: an IANA name of the tz database (zones and links) the machine has data for, under
// that name or another one linked to it, or one of Qt's own UTC offset ids ("UTC+05:30"). Case matters,
// as in the database. Empty is the machine's zone; invalid for anything else.
QTimeZone timeZone(const QString &id);

// timeZone(id) is valid, and id is not empty.
bool isKnownTimeZone(const QString &id);

// "EST", "CEST", "IST": what the tz database calls `id`'s time at `at`, the same on every OS (Qt's
// abbreviation() is "Eastern Standard Time" on Windows). Empty where the database writes that time as an
// offset (Asia/Kathmandu, America/Argentina/Buenos_Aires) or has no rule giving the OS's offset then:
// show offsetText() instead.
QString timeZoneAbbreviation(const QString &id, const QDateTime &at);

// Up to `count` known names closest to `id` by edit distance (case-insensitive, over the whole name or
// its last part: "Calcuta" finds Asia/Calcutta), nearest first and none much further than the nearest;
// empty when none is plausibly meant.
QStringList closestTimeZones(const QString &id, int count = 3);

// Every name isKnownTimeZone accepts but the offset ids, sorted: what a picker offers.
QStringList knownTimeZones();

} // namespace corral
