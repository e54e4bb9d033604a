// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// CPU and memory of a strategy's whole tree: a busy child in the leader's session is counted.

#include "resourcesampler.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <signal.h>
#include <unistd.h>

using corral::gui::ResourceSampler;

class TestResourceSampler : public QObject
{
    Q_OBJECT

private slots:
    void sample_countsTheWholeSession()
    {
        QProcess process;
        // Like a strategy: the leader of its own session, with the work done by a child.
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("sh -c 'while :; do :; done' & wait")});
        QVERIFY(process.waitForStarted());
        const qint64 pid = process.processId();
        QVERIFY(pid > 1);
        // Whichever check fails, the busy loop ends with the test: the session's group, by its leader's pid.
        const auto killTree = qScopeGuard([&] {
            ::kill(-pid_t(pid), SIGKILL);
            process.waitForFinished();
        });

        auto sampler = ResourceSampler::create();
        auto first = sampler->sample({pid});
        QVERIFY(first.contains(pid));
        QCOMPARE(first.value(pid).cpuPercent, -1.0); // no rate from one sample
        // Right after exec the new image may not have touched a page yet: wait for it to be counted.
        QTRY_VERIFY(sampler->sample({pid}).value(pid).memoryBytes > 0);
        QTest::qWait(600);
        auto second = sampler->sample({pid});
        // The leader only waits: anything clearly above zero is the child's loop being counted. The bar is
        // low because a loaded machine gives the loop only a slice of a core.
        QVERIFY2(second.value(pid).cpuPercent > 5, qPrintable(QString::number(second.value(pid).cpuPercent)));

        // Unknown pids give a tree without a live process: memory unknown, not an error and not 0 bytes.
        const auto none = sampler->sample({999999999});
        QVERIFY(none.contains(999999999));
        QCOMPARE(none.value(999999999).memoryBytes, qint64(-1));
    }
};

QTEST_MAIN(TestResourceSampler)
#include "tst_resourcesampler.moc"
