// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QtGlobal>

class QFile;

// Cutting the front off a log that its writer holds open, where the system can do it in place
// (platform/logcut_linux.cpp) and where it cannot (platform/logcut_generic.cpp, copy + truncate instead).
namespace corral::logcut {

// How many bytes at the front of `live` (of `size` bytes) can be cut in place: -1 when this system or file
// system cannot cut in place at all, 0 when the file is too small to cut anything yet.
qint64 cuttableLength(QFile &live, qint64 size);

enum class Cut { Done, Unsupported, Failed };

// Makes `backup`, which holds a copy of the first `length` bytes of `live`, durable (unless `syncBackup` is
// false), then removes those bytes from `live` without losing what its writer appends meanwhile.
// Unsupported: `live` is untouched and the caller falls back to copy + truncate.
Cut cutHead(QFile &live, qint64 length, QFile &backup, bool syncBackup, QString *error);

} // namespace corral::logcut
