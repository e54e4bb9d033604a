// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald keeps a running strategy's log within its limit: rotated in place while the strategy keeps
// writing, with exactly the configured number of backups.
#include "e2esupport.h"

using namespace corral::e2e;

class TestLogRotation : public QObject
{
    Q_OBJECT

private slots:
    void chattyStrategy_logIsRotatedWhileItRuns_andBackupsAreCapped()
    {
        E2E_SANDBOX(box);
        // About 500 KB/s: past the 1 MB limit within seconds, several times during the test.
        const QString writer = QStringLiteral("import time\n"
                                              "i = 0\n"
                                              "while True:\n"
                                              "    print('tick %09d ' % i + 'x' * 90)\n"
                                              "    i += 1\n"
                                              "    if i % 50 == 0: time.sleep(0.01)\n");
        CtlResult r = box.ctl({QStringLiteral("add"), QStringLiteral("chatty"), QStringLiteral("--log-max-mb"),
                               QStringLiteral("1"), QStringLiteral("--log-backups"), QStringLiteral("2"),
                               QStringLiteral("--"), QStringLiteral("python3"), QStringLiteral("-c"), writer});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("chatty")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);

        const QString log = box.paths().logFile(QStringLiteral("chatty"));
        QVERIFY2(waitFor([&] { return QFileInfo::exists(log + QStringLiteral(".2")); }, 40000),
                 "the log was not rotated twice while the strategy ran");
        // The writer keeps going into the same file, which stays bounded.
        QVERIFY(alive(pid));
        const qint64 before = QFileInfo(log).size();
        QVERIFY(waitFor([&] { return QFileInfo(log).size() != before; }));
        QVERIFY2(QFileInfo(log).size() < 8 * 1024 * 1024, qPrintable(QString::number(QFileInfo(log).size())));
        QVERIFY2(!QFileInfo::exists(log + QStringLiteral(".3")), "more backups than --log-backups 2");
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/fd/1").arg(pid)).symLinkTarget(),
                 QFileInfo(log).canonicalFilePath());
    }
};

QTEST_GUILESS_MAIN(TestLogRotation)
#include "tst_logrotation.moc"
