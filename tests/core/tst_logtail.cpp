// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using corral::LogTail;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

// The obvious implementation, for files small enough to read whole.
QStringList referenceLastLines(QByteArray data, int n)
{
    if (data.isEmpty() || n <= 0)
        return {};
    if (data.endsWith('\n'))
        data.chop(1);
    QStringList all;
    for (QByteArray line : data.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        all << QString::fromUtf8(line);
    }
    return all.mid(qMax<qsizetype>(0, all.size() - n));
}

#ifdef Q_OS_LINUX
qint64 peakRssKiB()
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
#endif

} // namespace

class TestLogTail : public QObject
{
    Q_OBJECT

private slots:
    // First, so that no earlier test has raised the peak memory this one measures.
    void hugeFile_readsOnlyTheTail();
    void missingFile_isAnError();
    void emptyFile_hasNoLines();
    void zeroLines_isEmpty();
    void finalLineWithoutNewline_isALine();
    void crlf_isStripped();
    void moreLinesThanTheFile_returnsAll();
    void onlyNewlines_areEmptyLines();
    void invalidUtf8_isReplacedNotDropped();
    void lastLineLongerThanAChunk_isWhole();
    void chunkBoundaries_matchReference_data();
    void chunkBoundaries_matchReference();
};

void TestLogTail::hugeFile_readsOnlyTheTail()
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/tail-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.log"));
    constexpr qint64 Prefix = 200LL * 1024 * 1024;
    constexpr int Lines = 100000;
    {
        // A 200 MB line of NULs (sparse where the filesystem allows), then ordinary lines.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Prefix));
        QVERIFY(f.seek(Prefix));
        QByteArray tail("\n");
        for (int i = 0; i < Lines; ++i)
            tail += "line " + QByteArray::number(i) + '\n';
        QCOMPARE(f.write(tail), tail.size());
    }

#ifdef Q_OS_LINUX
    const qint64 peakBefore = peakRssKiB();
#endif
    QString error;
    const QStringList last = LogTail::lastLines(path, 1000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(last.size(), 1000);
    for (int i = 0; i < last.size(); ++i)
        QCOMPARE(last.at(i), QStringLiteral("line %1").arg(Lines - 1000 + i));

    // Every ordinary line, but not the 200 MB one before them.
    const QStringList all = LogTail::lastLines(path, Lines);
    QCOMPARE(all.size(), Lines);
    QCOMPARE(all.first(), QStringLiteral("line 0"));
    QCOMPARE(all.last(), QStringLiteral("line %1").arg(Lines - 1));
#ifdef Q_OS_LINUX
    // Reading the prefix at all would take at least 200 MB; the tail is about 1 MB.
    const qint64 grownMiB = (peakRssKiB() - peakBefore) / 1024;
    QVERIFY2(grownMiB < 64, qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grownMiB)));
#endif
}

void TestLogTail::missingFile_isAnError()
{
    QTemporaryDir dir;
    QString error;
    QCOMPARE(LogTail::lastLines(dir.filePath(QStringLiteral("nope.log")), 10, &error), QStringList());
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("nope.log")));
}

void TestLogTail::emptyFile_hasNoLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.log"));
    writeFile(path, {});
    QString error;
    QCOMPARE(LogTail::lastLines(path, 10, &error), QStringList());
    QVERIFY(error.isEmpty());
}

void TestLogTail::zeroLines_isEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.log"));
    writeFile(path, "a\nb\n");
    QCOMPARE(LogTail::lastLines(path, 0), QStringList());
    QCOMPARE(LogTail::lastLines(path, -3), QStringList());
}

void TestLogTail::finalLineWithoutNewline_isALine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.log"));
    writeFile(path, "one\ntwo\nthree");
    QCOMPARE(LogTail::lastLines(path, 2), (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
    QCOMPARE(LogTail::lastLines(path, 1), QStringList{QStringLiteral("three")});
    writeFile(path, "one\ntwo\nthree\n");
    QCOMPARE(LogTail::lastLines(path, 1), QStringList{QStringLiteral("three")});
}

void TestLogTail::crlf_isStripped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.log"));
    writeFile(path, "one\r\ntwo\r\nthree\r\n");
    QCOMPARE(LogTail::lastLines(path, 2), (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
    writeFile(path, "one\r\ntwo\r\nthree");
    QCOMPARE(LogTail::lastLines(path, 5),
             (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
}

void TestLogTail::moreLinesThanTheFile_returnsAll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.log"));
    writeFile(path, "a\nb\nc\n");
    QCOMPARE(LogTail::lastLines(path, 1000),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestLogTail::onlyNewlines_areEmptyLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.log"));
    writeFile(path, "\n\n\n");
    QCOMPARE(LogTail::lastLines(path, 10), (QStringList{QString(), QString(), QString()}));
    writeFile(path, "\n");
    QCOMPARE(LogTail::lastLines(path, 10), QStringList{QString()});
    writeFile(path, "x\n\n");
    QCOMPARE(LogTail::lastLines(path, 1), QStringList{QString()});
}

void TestLogTail::invalidUtf8_isReplacedNotDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u.log"));
    writeFile(path, "caf\xc3\xa9\nbad \xff\xfe end\nok\n");
    const QStringList lines = LogTail::lastLines(path, 3);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("caf\u00e9"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("bad ")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(" end")));
    QVERIFY(lines.at(1).contains(QChar::ReplacementCharacter));
    QCOMPARE(lines.at(2), QStringLiteral("ok"));
}

void TestLogTail::lastLineLongerThanAChunk_isWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.log"));
    const QByteArray longLine(300 * 1024, 'y');
    writeFile(path, "first\nsecond\n" + longLine + '\n');
    const QStringList lines = LogTail::lastLines(path, 2);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("second"));
    QCOMPARE(lines.at(1), QString::fromLatin1(longLine));
}

void TestLogTail::chunkBoundaries_matchReference_data()
{
    QTest::addColumn<QByteArray>("content");

    // Newlines on and around every 64 KiB boundary from the end, in files with and without a final newline.
    for (qint64 size : {65535, 65536, 65537, 131071, 131072, 131073, 200000}) {
        for (bool finalNewline : {true, false}) {
            QByteArray content(size, 'a');
            for (qint64 boundary = 65536; boundary <= size; boundary += 65536) {
                for (qint64 offset : {boundary - 1, boundary, boundary + 1}) {
                    if (offset >= 0 && offset < size)
                        content[size - offset] = '\n';
                }
            }
            content[size - 1] = finalNewline ? '\n' : 'z';
            QTest::addRow("size %lld %s", size, finalNewline ? "newline" : "no newline") << content;
        }
    }

    // Lines of random length, some empty, some longer than a chunk, some ending in CRLF.
    QRandomGenerator random(20240607);
    for (int file = 0; file < 4; ++file) {
        QByteArray content;
        while (content.size() < 400 * 1024) {
            const int kind = random.bounded(20);
            const int length = kind == 0 ? 0 : kind == 1 ? random.bounded(70000, 140000) : random.bounded(1, 200);
            content += QByteArray(length, char('a' + random.bounded(26)));
            content += kind == 2 ? "\r\n" : "\n";
        }
        if (file % 2)
            content.chop(1);
        QTest::addRow("random %d", file) << content;
    }
}

void TestLogTail::chunkBoundaries_matchReference()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.log"));
    writeFile(path, content);
    const int total = int(referenceLastLines(content, INT_MAX).size());
    for (int n : {1, 2, 3, 4, 5, 7, 10, 50, 100, 500, total - 1, total, total + 1}) {
        if (n <= 0)
            continue;
        QString error;
        const QStringList actual = LogTail::lastLines(path, n, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(actual == referenceLastLines(content, n), qPrintable(QStringLiteral("n = %1").arg(n)));
    }
}

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_logtail.moc"
