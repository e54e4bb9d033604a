// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "filecontent.h"

#include <QFile>

namespace corral::test {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool appendTo(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(data) == data.size();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray numberedLines(int from, int to, const char *prefix)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
        ++i;
    if (i == actual.size() && i == expected.size())
        return {};
    return QStringLiteral("sizes %1 / %2, first difference at %3: got \"%4\", expected \"%5\"")
        .arg(actual.size())
        .arg(expected.size())
        .arg(i)
        .arg(QString::fromUtf8(actual.mid(qMax<qsizetype>(0, i - 20), 40)),
             QString::fromUtf8(expected.mid(qMax<qsizetype>(0, i - 20), 40)));
}

} // namespace corral::test
