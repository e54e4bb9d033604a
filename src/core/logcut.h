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

// Copies up to `length` bytes of `from` at `fromOffset` to `to` at `toOffset` inside the kernel, where the
// system can (Linux's copy_file_range: no trip through corrald's memory, a fifth of the CPU of read + write),
// leaving both files' positions alone. The bytes copied (0 at the end of `from`), CopyUnsupported when the
// caller must copy by itself, CopyFailed with a reason.
constexpr qint64 CopyUnsupported = -1;
constexpr qint64 CopyFailed = -2;
qint64 copyRange(QFile &from, qint64 fromOffset, QFile &to, qint64 toOffset, qint64 length, QString *error);

// Makes `backup`, which holds a copy of the first `length` bytes of `live`, durable (unless `syncBackup` is
// false), then removes those bytes from `live` without losing what its writer appends meanwhile.
// Unsupported: `live` is untouched and the caller falls back to copy + truncate.
Cut cutHead(QFile &live, qint64 length, QFile &backup, bool syncBackup, QString *error);

} // namespace corral::logcut
