// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// LogWatch tells of writes to a watched file by whoever writes it, follows its key to the file the path names
// after a rename, and says nothing for files it no longer watches.

#include "logwatch.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;
using corral::test::waitFor;

namespace {

// Appends through a descriptor of its own, as a strategy does: the watch must not depend on who writes.
void append(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

void create(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
}

// Whether the watch has told of a write to `key` since the spy was last cleared.
bool told(const QSignalSpy &spy, const QString &key)
{
    for (const QList<QVariant> &call : spy)
        if (call.at(0).toString() == key)
            return true;
    return false;
}

} // namespace

class TestLogWatch : public QObject
{
    Q_OBJECT

private slots:
    void write_isTold_forItsKeyOnly()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.log"));
        const QString b = dir.filePath(QStringLiteral("b.log"));
        create(a);
        create(b);
        LogWatch watch;
        QString error;
        QVERIFY2(watch.watch(QStringLiteral("a"), a, &error), qPrintable(error));
        QVERIFY2(watch.watch(QStringLiteral("b"), b, &error), qPrintable(error));
        QSignalSpy spy(&watch, &LogWatch::written);

        append(a, "one line\n");
        QVERIFY(waitFor([&] { return spy.count() > 0; }));
        for (const QList<QVariant> &call : std::as_const(spy))
            QCOMPARE(call.at(0).toString(), QStringLiteral("a"));
    }

    void manyWrites_areToldAgainAfterTheRest()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.log"));
        create(a);
        LogWatch watch;
        QVERIFY(watch.watch(QStringLiteral("a"), a));
        QSignalSpy spy(&watch, &LogWatch::written);
        append(a, "first\n");
        QVERIFY(waitFor([&] { return spy.count() > 0; }));
        // A write during or after the rest is told too: the rest folds writes, it never drops one.
        const int before = int(spy.count());
        append(a, "second\n");
        QVERIFY(waitFor([&] { return spy.count() > before; }));
    }

    void missingFile_isRefusedWithItsPath()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.log"));
        LogWatch watch;
        QString error;
        QVERIFY(!watch.watch(QStringLiteral("x"), missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!watch.isWatching(QStringLiteral("x")));
    }

    void unwatched_isSilent()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.log"));
        const QString b = dir.filePath(QStringLiteral("b.log"));
        create(a);
        create(b);
        LogWatch watch;
        QVERIFY(watch.watch(QStringLiteral("a"), a));
        QVERIFY(watch.watch(QStringLiteral("b"), b));
        watch.unwatch(QStringLiteral("a"));
        QVERIFY(!watch.isWatching(QStringLiteral("a")));
        QSignalSpy spy(&watch, &LogWatch::written);
        // b's write comes after a's: once b is told, a would have been told already.
        append(a, "ignored\n");
        append(b, "told\n");
        QVERIFY(waitFor([&] { return spy.count() > 0; }));
        QTest::qWait(50);
        for (const QList<QVariant> &call : std::as_const(spy))
            QCOMPARE(call.at(0).toString(), QStringLiteral("b"));
    }

    void watchedAgain_afterARename_followsThePath()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("s.log"));
        const QString marker = dir.filePath(QStringLiteral("m.log"));
        create(log);
        create(marker);
        LogWatch watch;
        QVERIFY(watch.watch(QStringLiteral("s"), log));
        QVERIFY(watch.watch(QStringLiteral("m"), marker));
        // What a start does with a log past its limit: the old file becomes a backup, a new one takes its name.
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        create(log);
        QVERIFY(watch.watch(QStringLiteral("s"), log));
        QSignalSpy spy(&watch, &LogWatch::written);
        // Where changes are told per directory and name (Windows), the new file's creation may still be on
        // its way: a write to the marker, told after it, is the barrier.
        append(marker, "barrier\n");
        QVERIFY(waitFor([&] { return told(spy, QStringLiteral("m")); }));
        QTest::qWait(50);
        spy.clear();

        append(log + QStringLiteral(".1"), "old file\n");
        append(marker, "marker\n");
        QVERIFY(waitFor([&] { return spy.count() > 0; }));
        QTest::qWait(50);
        for (const QList<QVariant> &call : std::as_const(spy))
            QCOMPARE(call.at(0).toString(), QStringLiteral("m"));

        spy.clear();
        append(log, "new file\n");
        QVERIFY(waitFor([&] { return told(spy, QStringLiteral("s")); }));
    }
};

QTEST_GUILESS_MAIN(TestLogWatch)
#include "tst_logwatch.moc"
