// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "configerror.h"

#include <QStringList>

namespace corral {

QString ConfigError::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts.append(line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file);
    else if (line > 0)
        parts.append(QStringLiteral("line %1").arg(line));
    if (!field.isEmpty())
        parts.append(field);
    if (!message.isEmpty())
        parts.append(message);
    return parts.join(QStringLiteral(": "));
}

ConfigError fieldError(const QString &field, const QString &message)
{
    ConfigError error;
    error.field = field;
    error.message = message;
    return error;
}

} // namespace corral
