// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace corral {

// A strategy's --env-file, in the dotenv format most bots already ship: one KEY=VALUE a line, `#`
// comments, blank lines, an optional `export ` prefix, values bare, 'single-quoted' (taken as written)
// or "double-quoted" (\n \t \\ \" escapes). No ${VAR} expansion: a value is what the file says.
// Anything else is refused with the line it is on, never half-read.
namespace dotenv {

// `error` is "LINE: what" (the caller adds the file name).
bool parse(const QByteArray &text, QMap<QString, QString> *out, QString *error);

// Reads and parses `path`; `error` is one line "PATH:LINE: what", or "PATH: reason" when unreadable.
bool read(const QString &path, QMap<QString, QString> *out, QString *error);

} // namespace dotenv

} // namespace corral
