// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QJsonDocument>

namespace corral {

// QJsonDocument::toJson, made to read back equal. Qt 6.4's parser drops a U+FEFF at the start of an
// unescaped string, while toJson writes it raw: a name, argument or env value starting with it would
// silently change on the way through the config file or a frame. Escaping it keeps it. JSON structure
// is ASCII, so a quote followed by the UTF-8 BOM bytes can only be the start of a string.
inline QByteArray toStableJson(const QJsonDocument &doc, QJsonDocument::JsonFormat format)
{
    QByteArray text = doc.toJson(format);
    text.replace(QByteArrayLiteral("\"\xEF\xBB\xBF"), QByteArrayLiteral("\"\\ufeff"));
    return text;
}

} // namespace corral
