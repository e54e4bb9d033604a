// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "dotenv.h"

#include "errorout.h"

#include <QFile>
#include <QList>

namespace corral::dotenv {

namespace {

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// What may follow a closing quote: spaces, then nothing or a comment.
bool onlyCommentLeft(const QString &rest)
{
    const QString tail = rest.trimmed();
    return tail.isEmpty() || tail.startsWith(QLatin1Char('#'));
}

// One line's value (after the '='); false with `why` when it is malformed.
bool parseValue(const QString &raw, QString *value, QString *why)
{
    const QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('\''))) {
        const qsizetype close = text.indexOf(QLatin1Char('\''), 1);
        if (close < 0) {
            *why = QStringLiteral("unterminated single quote");
            return false;
        }
        if (!onlyCommentLeft(text.mid(close + 1))) {
            *why = QStringLiteral("unexpected text after the closing quote");
            return false;
        }
        *value = text.mid(1, close - 1);
        return true;
    }
    if (text.startsWith(QLatin1Char('"'))) {
        QString out;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                if (!onlyCommentLeft(text.mid(i + 1))) {
                    *why = QStringLiteral("unexpected text after the closing quote");
                    return false;
                }
                *value = out;
                return true;
            }
            if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                const QChar next = text.at(++i);
                if (next == QLatin1Char('n'))
                    out += QLatin1Char('\n');
                else if (next == QLatin1Char('t'))
                    out += QLatin1Char('\t');
                else if (next == QLatin1Char('r'))
                    out += QLatin1Char('\r');
                else if (next == QLatin1Char('"') || next == QLatin1Char('\\') || next == QLatin1Char('$'))
                    out += next;
                else
                    out += QLatin1Char('\\') + QString(next);
                continue;
            }
            out += c;
        }
        *why = QStringLiteral("unterminated double quote");
        return false;
    }
    // Bare: a '#' after a space starts a comment; one glued to the value (a#b) is part of it.
    QString bare = text;
    for (qsizetype i = 1; i < bare.size(); ++i) {
        if (bare.at(i) == QLatin1Char('#') && bare.at(i - 1).isSpace()) {
            bare.truncate(i);
            break;
        }
    }
    if (bare.startsWith(QLatin1Char('#')))
        bare.clear();
    *value = bare.trimmed();
    return true;
}

} // namespace

bool parse(const QByteArray &text, QMap<QString, QString> *out, QString *error)
{
    QMap<QString, QString> result;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = QString::fromUtf8(lines.at(n));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const auto fail = [&](const QString &why) {
            setError(error, QStringLiteral("%1: %2").arg(n + 1).arg(why));
            return false;
        };
        QString rest = trimmed;
        if (rest.startsWith(QLatin1String("export ")) || rest.startsWith(QLatin1String("export\t")))
            rest = rest.mid(7).trimmed();
        const qsizetype eq = rest.indexOf(QLatin1Char('='));
        if (eq < 0)
            return fail(QStringLiteral("expected KEY=VALUE, not \"%1\"").arg(trimmed));
        const QString key = rest.left(eq).trimmed();
        if (key.isEmpty())
            return fail(QStringLiteral("missing the variable name before '='"));
        bool valid = isNameStart(key.at(0));
        for (QChar c : key)
            valid = valid && isNameChar(c);
        if (!valid)
            return fail(
                QStringLiteral("\"%1\" is not a variable name (letters, digits and _, not first a digit)").arg(key));
        QString value;
        QString why;
        if (!parseValue(rest.mid(eq + 1), &value, &why))
            return fail(QStringLiteral("%1: %2").arg(key, why));
        result.insert(key, value);
    }
    *out = result;
    return true;
}

bool read(const QString &path, QMap<QString, QString> *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return false;
    }
    QString why;
    if (!parse(file.readAll(), out, &why)) {
        setError(error, QStringLiteral("%1:%2").arg(path, why));
        return false;
    }
    return true;
}

} // namespace corral::dotenv
