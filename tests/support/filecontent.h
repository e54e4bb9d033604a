// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// Files as the log and launcher tests write and compare them.

#include <QByteArray>
#include <QString>

namespace corral::test {

// The whole file, or empty when it cannot be read.
QByteArray readAll(const QString &path);
bool appendTo(const QString &path, const QByteArray &data);
bool writeFile(const QString &path, const QByteArray &data);
// "line <from>\n" … "line <to>\n", both ends included.
QByteArray numberedLines(int from, int to, const char *prefix = "line ");
// Empty when equal; otherwise both sizes and the bytes around the first difference, for a failure message.
QString firstDifference(const QByteArray &actual, const QByteArray &expected);

} // namespace corral::test
