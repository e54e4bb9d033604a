// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "paths.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;

class TestPaths : public QObject
{
    Q_OBJECT

private slots:
    void fromEnvironment_withCorralHome_putsEverythingUnderIt()
    {
        QTemporaryDir home;
        qputenv("CORRAL_HOME", home.path().toUtf8());
        const Paths p = Paths::fromEnvironment();
        qunsetenv("CORRAL_HOME");
        QCOMPARE(p.configFile(), home.path() + QStringLiteral("/config/strategies.json"));
        QCOMPARE(p.pidFile(QStringLiteral("ticker")), home.path() + QStringLiteral("/state/run/ticker.json"));
        QCOMPARE(p.lockFile(QStringLiteral("ticker")), home.path() + QStringLiteral("/state/locks/ticker.lock"));
        QCOMPARE(p.logFile(QStringLiteral("ticker")), home.path() + QStringLiteral("/logs/ticker.log"));
        QVERIFY(p.ipcName().startsWith(home.path()));
    }

    void underHome_twoHomes_neverShareASocketOrCookie()
    {
        QTemporaryDir a, b;
        const Paths pa = Paths::underHome(a.path()), pb = Paths::underHome(b.path());
        QVERIFY(pa.ipcName() != pb.ipcName());
        QVERIFY(pa.instanceTag() != pb.instanceTag());
        QCOMPARE(Paths::underHome(a.path() + QStringLiteral("/")).instanceTag(), pa.instanceTag());
    }

    void underHome_longPath_keepsTheSocketNameShort()
    {
        QTemporaryDir base;
        const QString deep = base.path() + QLatin1Char('/') + QString(120, QLatin1Char('x'));
        const Paths p = Paths::underHome(deep);
        QVERIFY2(p.ipcName().toUtf8().size() < 104, qPrintable(p.ipcName()));
        QVERIFY(p.ipcName() != Paths::underHome(base.path()).ipcName());
    }

    void ensureCreated_makesEveryDirectoryAndLocksDownState()
    {
        QTemporaryDir home;
        const Paths p = Paths::underHome(home.path());
        QVERIFY(p.ensureCreated());
        for (const QString &dir : {p.configDir(), p.runDir(), p.locksDir(), p.logsDir()})
            QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
        const auto perms = QFileInfo(p.stateDir()).permissions();
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    }

    void fromEnvironment_withoutCorralHome_usesStandardLocations()
    {
        qunsetenv("CORRAL_HOME");
        const Paths p = Paths::fromEnvironment();
        QVERIFY(p.configFile().endsWith(QStringLiteral("/corral/strategies.json")));
        QVERIFY(!p.logsDir().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
