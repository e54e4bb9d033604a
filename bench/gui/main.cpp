// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Measures what a user feels in the window, against the targets of the GUI issue:
//   1. time to show the last screen of a 1 GB log                       target <= 100 ms
//   2. event-loop latency while following a writer at 50k lines/s      target <= 50 ms
//   3. table update cost with 500 strategies receiving state events    target: no visible stutter
// A benchmark, not a test: it prints numbers and never fails on a timing.
//   corral_bench_gui [DIR]     DIR holds the 1 GB file (default: a temp dir on the current disk)
#include "logviewer.h"
#include "strategytablemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace corral::gui;
namespace protocol = corral::protocol;

namespace {

void report(const char *metric, double value, const char *unit, const char *target)
{
    std::printf("%-52s %10.1f %-3s %s\n", metric, value, unit, target);
    std::fflush(stdout);
}

// 1 GB of realistic lines, written in 8 MB blocks.
bool writeBigLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block;
    for (int i = 0; block.size() < 8 * 1024 * 1024; ++i)
        block += QStringLiteral("2026-11-21 09:20:%1.123 BTC-USD bid 97012.50 ask 97013.00 qty 0.0150 line %2\n")
                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                     .arg(i)
                     .toLatin1();
    for (qint64 written = 0; written < (qint64(1) << 30); written += block.size())
        if (f.write(block) != block.size())
            return false;
    f.write("THE LAST LINE\n");
    return true;
}

double timeToLastScreen(const QString &path)
{
    LogViewer viewer;
    viewer.resize(1000, 700);
    viewer.show();
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    viewer.setLogFile(path);
    while (viewer.lastLine() != QLatin1String("THE LAST LINE") && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents(); // paint
    return double(t.nsecsElapsed()) / 1e6;
}

double followLatency(const QString &dir)
{
    const QString path = dir + QStringLiteral("/follow.log");
    QFile::remove(path);
    LogViewer viewer;
    viewer.resize(1000, 700);
    viewer.show();
    viewer.setLogFile(path);
    viewer.setFollowing(true);
    // 50,000 lines a second for 5 seconds, in 500-line bursts every 10 ms.
    QProcess writer;
    writer.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, time\n"
                                 "f = open(sys.argv[1], 'a', buffering=1 << 16)\n"
                                 "t0 = time.time()\n"
                                 "for burst in range(500):\n"
                                 "    for i in range(500): f.write('tick %d %d ' % (burst, i) + 'x' * 60 + '\\n')\n"
                                 "    f.flush()\n"
                                 "    time.sleep(max(0, t0 + (burst + 1) * 0.01 - time.time()))\n"),
                  path});
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last - 10);
        last = now;
    });
    tick.start(10);
    while (writer.state() != QProcess::NotRunning || clock.elapsed() < 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        writer.waitForFinished(0);
        if (clock.elapsed() > 30000)
            break;
    }
    writer.waitForFinished();
    return double(worst);
}

double tableUpdateCost()
{
    StrategyTableModel model;
    QList<protocol::StrategyStatus> statuses;
    for (int i = 0; i < 500; ++i) {
        protocol::StrategyStatus s;
        s.name = QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0'));
        s.state = protocol::State::Running;
        s.pid = 1000 + i;
        s.since = QDateTime(QDate(2026, 11, 21), QTime(9, 20), Qt::UTC);
        statuses.append(s);
    }
    model.setStrategies(statuses);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    // Every strategy changes state 10 times, each change painted: 5,000 events.
    QElapsedTimer t;
    t.start();
    for (int round = 0; round < 10; ++round) {
        for (protocol::StrategyStatus &s : statuses) {
            s.state = round % 2 ? protocol::State::Running : protocol::State::Backoff;
            s.restarts = round;
            model.applyStatus(s);
        }
        QCoreApplication::processEvents();
    }
    return double(t.nsecsElapsed()) / 1e3 / 5000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir tmp(argc > 1 ? QString::fromLocal8Bit(argv[1]) + QStringLiteral("/corral-bench-XXXXXX")
                               : QDir::currentPath() + QStringLiteral("/corral-bench-XXXXXX"));
    const QString big = tmp.filePath(QStringLiteral("big.log"));
    std::printf("writing a 1 GB log in %s …\n", qPrintable(tmp.path()));
    if (!writeBigLog(big)) {
        std::fprintf(stderr, "corral_bench_gui: cannot write %s\n", qPrintable(big));
        return 1;
    }
    report("last screen of a 1 GB log shown after", timeToLastScreen(big), "ms", "(target <= 100 ms)");
    QFile::remove(big);
    report("worst event-loop delay following 50k lines/s", followLatency(tmp.path()), "ms", "(target <= 50 ms)");
    report("table update with 500 strategies, per event", tableUpdateCost(), "us", "(no visible stutter)");
    return 0;
}
