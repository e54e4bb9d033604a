// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "instancelock.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;

class TestInstanceLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void tryAcquire_free_succeedsAndIsSeenAsHeld()
    {
        InstanceLock lock(path("a.lock"));
        QVERIFY(!InstanceLock::isHeldByAnyone(lock.path()));
        QVERIFY(lock.tryAcquire());
        QVERIFY(lock.isAcquired());
        QVERIFY(InstanceLock::isHeldByAnyone(lock.path()));
        lock.release();
        QVERIFY(!InstanceLock::isHeldByAnyone(lock.path()));
    }

    void tryAcquire_heldElsewhere_failsWithAReason()
    {
        InstanceLock first(path("b.lock"));
        QVERIFY(first.tryAcquire());
        InstanceLock second(path("b.lock"));
        QString error;
        QVERIFY(!second.tryAcquire(&error));
        QVERIFY2(error.contains(QStringLiteral("already running")), qPrintable(error));
        first.release();
        QVERIFY(second.tryAcquire());
    }

    void tryAcquire_heldByAnotherProcess_fails()
    {
        // One separate process holds the lock through an inherited descriptor, as a strategy would.
        QProcess holder;
        holder.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QStringLiteral("exec 9>\"$0\"; flock -n 9 && exec \"$1\" sleep"),
                      path("c.lock"), corral::test::treeProgram()});
        QVERIFY(holder.waitForStarted());
        corral::test::PidReaper reaper;
        reaper.add(holder.processId());
        QVERIFY(corral::test::waitFor([&] { return InstanceLock::isHeldByAnyone(path("c.lock")); }));
        InstanceLock lock(path("c.lock"));
        QVERIFY(!lock.tryAcquire());
        holder.kill();
        holder.waitForFinished();
        QVERIFY(lock.tryAcquire());
    }

    void tryAcquire_unopenableFile_namesTheFile()
    {
        InstanceLock lock(path("missing-dir/x.lock"));
        QString error;
        QVERIFY(!lock.tryAcquire(&error));
        QVERIFY2(error.contains(QStringLiteral("missing-dir/x.lock")), qPrintable(error));
    }

    void handle_isNeverAStandardStream()
    {
        InstanceLock lock(path("d.lock"));
        QVERIFY(lock.tryAcquire());
        QVERIFY(lock.handle() > 2);
    }
};

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
