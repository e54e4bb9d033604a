// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "jsonlines.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace corral {

LineIndex::LineIndex(const QByteArray &text) : m_text(text)
{
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    readValue(QString());
}

int LineIndex::lineOf(QString field) const
{
    while (!field.isEmpty()) {
        const auto it = m_lines.constFind(field);
        if (it != m_lines.cend())
            return it.value();
        const int cut = std::max(field.lastIndexOf(QLatin1Char('.')), field.lastIndexOf(QLatin1Char('[')));
        field.truncate(std::max(cut, 0));
    }
    return m_lines.value(QString()); // the document itself
}

void LineIndex::skipSpace()
{
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n')) {
        if (peek() == '\n')
            ++m_line;
        ++m_pos;
    }
}

bool LineIndex::expect(char c)
{
    skipSpace();
    if (peek() != c) {
        m_failed = true;
        return false;
    }
    ++m_pos;
    return true;
}

QString LineIndex::readString()
{
    const qsizetype begin = m_pos;
    if (!expect('"'))
        return QString();
    bool escaped = false;
    while (!atEnd()) {
        const char c = m_text.at(m_pos++);
        if (c == '"' && !escaped) {
            // Let the real parser decode escapes; keys are short.
            const QByteArray quoted = m_text.mid(begin, m_pos - begin);
            return QJsonDocument::fromJson("[" + quoted + "]").array().at(0).toString();
        }
        escaped = c == '\\' && !escaped;
    }
    m_failed = true;
    return QString();
}

void LineIndex::readValue(const QString &path)
{
    skipSpace();
    if (atEnd())
        return;
    m_lines.insert(path, m_line);
    const char c = peek();
    if (c == '{') {
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return;
        }
        while (!atEnd()) {
            skipSpace();
            const QString key = readString();
            if (!expect(':'))
                return;
            readValue(path.isEmpty() ? key : path + QLatin1Char('.') + key);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            expect('}');
            return;
        }
    } else if (c == '[') {
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return;
        }
        for (int index = 0; !atEnd(); ++index) {
            readValue(QStringLiteral("%1[%2]").arg(path).arg(index));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            expect(']');
            return;
        }
    } else if (c == '"') {
        readString();
    } else {
        while (!atEnd() && !QByteArrayView(",}] \t\r\n").contains(peek()))
            ++m_pos;
    }
}

// The parser notices a missing comma or colon only at the next token, often on the next line; the user's
// mistake is right after the previous token, so that is the line to show.
int lineOfParseError(const QByteArray &text, const QJsonParseError &parseError)
{
    qsizetype pos = std::min<qsizetype>(parseError.offset, text.size()) - 1;
    switch (parseError.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingObject:
        --pos; // step off the token that revealed the mistake
        while (pos > 0 && QByteArrayView(" \t\r\n").contains(text.at(pos)))
            --pos;
        break;
    default:
        break;
    }
    return int(text.left(std::max<qsizetype>(pos, 0)).count('\n')) + 1;
}

} // namespace corral
