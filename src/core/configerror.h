// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace corral {

// What is wrong with a config, as the reader, validation and corrald report it.
struct ConfigError
{
    QString file;
    int line = 0;  // 0 when not tied to a line
    QString field; // e.g. "strategies[2].restart"; empty for syntax errors
    QString message;

    QString toString() const; // "file:line: field: message" with the empty parts left out
};

// An error about a field, before the file and line are known.
ConfigError fieldError(const QString &field, const QString &message);

} // namespace corral
