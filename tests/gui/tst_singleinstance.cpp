// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// A second Corral window hands over to the first: the lock decides, "raise" reaches the first.

#include "singleinstance.h"

#include <QLocalSocket>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using corral::gui::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QString serverName(const QTemporaryDir &dir) const
    {
        return SingleInstance::serverNameFor(dir.filePath(QStringLiteral("corrald.sock")));
    }

private slots:
    void secondInstance_raisesFirst_andDoesNotClaim()
    {
        QTemporaryDir dir;
        SingleInstance first(serverName(dir), dir.filePath("gui.lock"));
        QVERIFY(first.claim());
        QVERIFY(first.isPrimary());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);

        // The second one runs apart, as a second process would: where a pipe's write completes only once
        // the other end reads it (Windows named pipes under Wine), the first must be free to read.
        std::atomic<int> secondClaimed{-1};
        std::thread second([&] {
            SingleInstance instance(serverName(dir), dir.filePath("gui.lock"));
            secondClaimed = instance.claim(2000) || instance.isPrimary() ? 1 : 0;
        });
        const auto joined = qScopeGuard([&] { second.join(); });
        QTRY_COMPARE(raised.count(), 1);
        QTRY_COMPARE(secondClaimed.load(), 0);
    }

    void afterFirstQuits_nextOneClaims()
    {
        QTemporaryDir dir;
        {
            SingleInstance first(serverName(dir), dir.filePath("gui.lock"));
            QVERIFY(first.claim());
        }
        SingleInstance next(serverName(dir), dir.filePath("gui.lock"));
        QVERIFY(next.claim());
    }

    void otherHome_isIndependent()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        SingleInstance first(serverName(a), a.filePath("gui.lock"));
        SingleInstance other(serverName(b), b.filePath("gui.lock"));
        QVERIFY(first.claim());
        QVERIFY(other.claim());
    }

    void garbage_isIgnored()
    {
        QTemporaryDir dir;
        SingleInstance first(serverName(dir), dir.filePath("gui.lock"));
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        QLocalSocket socket;
        socket.connectToServer(serverName(dir));
        QVERIFY(socket.waitForConnected(1000));
        socket.write("hello\n");
        // Written once the first has read it (the event loop runs in QTRY_VERIFY: it is this process).
        QTRY_VERIFY(socket.bytesToWrite() == 0);
        QTest::qWait(100);
        QCOMPARE(raised.count(), 0);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
