// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// How a UTC offset is written wherever Corral shows or stores one: schedule events, history, the window.

#include <QDateTime>
#include <QString>

namespace corral {

// "+05:30", "-03:00", "+00:00": as ISO 8601 writes it, to the minute.
QString offsetText(int offsetSeconds);

enum class IsoPrecision { Seconds, Milliseconds };

// "2026-11-23T09:20:00-05:00" (".000" before the offset with Milliseconds): `at` as the wall clock of its
// own offset reads it. Not Qt::ISODate, which writes "Z" for a UTC QDateTime and "+00:00" for an offset of
// 0, so that one instant would be written two ways.
QString isoWithOffset(const QDateTime &at, IsoPrecision precision = IsoPrecision::Seconds);

} // namespace corral
