// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald keeps a running strategy's log within its limit: rotated in place while the strategy keeps
// writing, with exactly the configured number of backups.
#include "e2esupport.h"

#include <QElapsedTimer>
#include <QThread>

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

    // The limit is enforced on writes, not on a clock: a writer far faster than any poll could follow never
    // takes its live log past the limit by more than max(10 %, 1 MiB). Pacing it at about 8 MB/s leaves
    // corrald ~125 ms to answer each crossing even on a loaded machine; a 5 s poll let the file reach 40 MB.
    void fastWriter_liveLogNeverPassesItsBound_andBackupsAreMade()
    {
        E2E_SANDBOX(box);
        const QString writer = QStringLiteral("import os, time\n"
                                              "chunk = (b'y' * 63 + b'\\n') * 2048\n"
                                              "while True:\n"
                                              "    os.write(1, chunk)\n"
                                              "    time.sleep(0.016)\n");
        CtlResult r = box.ctl({QStringLiteral("add"), QStringLiteral("fast"), QStringLiteral("--log-max-mb"),
                               QStringLiteral("1"), QStringLiteral("--log-backups"), QStringLiteral("3"),
                               QStringLiteral("--"), QStringLiteral("python3"), QStringLiteral("-c"), writer});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("fast")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);

        const QString log = box.paths().logFile(QStringLiteral("fast"));
        constexpr qint64 Limit = 1024 * 1024;
        constexpr qint64 Bound = Limit + qMax(Limit / 10, qint64(1024 * 1024));
        qint64 largest = 0;
        QElapsedTimer sampling;
        sampling.start();
        // Long enough for ~40 MB, so ~40 crossings of the limit, each sampled every couple of milliseconds.
        while (sampling.elapsed() < 5000) {
            largest = qMax(largest, QFileInfo(log).size());
            QThread::msleep(2);
        }
        QVERIFY2(alive(pid), "the writer died");
        QVERIFY2(largest <= Bound,
                 qPrintable(QStringLiteral("the live log reached %1 bytes (bound %2)").arg(largest).arg(Bound)));
        QVERIFY2(QFileInfo::exists(log + QStringLiteral(".3")), "fewer rotations than the writer's output asks for");
        QVERIFY2(!QFileInfo::exists(log + QStringLiteral(".4")), "more backups than --log-backups 3");
    }
};

QTEST_GUILESS_MAIN(TestLogRotation)
#include "tst_logrotation.moc"
