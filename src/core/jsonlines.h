// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Lines for error messages. QJsonDocument keeps no positions, so the lines of a config file's values and of
// its syntax errors are worked out here, from the text itself.

#include <QByteArray>
#include <QHash>
#include <QJsonParseError>
#include <QString>

namespace corral {

// Walks (already valid) JSON text once and records the line on which each value starts, keyed like the
// error fields: "strategies[2].restart". A UTF-8 byte order mark at the start is skipped.
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &text);

    // The line of the field, or of its nearest enclosing value when the field itself is absent from the file.
    int lineOf(QString field) const;

private:
    bool atEnd() const { return m_failed || m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skipSpace();
    bool expect(char c);
    QString readString();
    void readValue(const QString &path);

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_failed = false;
    QHash<QString, int> m_lines;
};

// The line of the user's mistake behind a QJsonDocument::fromJson error in `text`.
int lineOfParseError(const QByteArray &text, const QJsonParseError &parseError);

} // namespace corral
