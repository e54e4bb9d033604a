// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The window with 1,000 strategies on a real corrald: every row arrives, start --all and stop --all from
// the command line reach every row through events (rows change in place: no reset, no row inserted
// twice), the status bar counts them, and the event loop keeps turning while 1,000 events pour in.
#include "daemonconnection.h"
#include "mainwindow.h"
#include "settings.h"
#include "strategytablemodel.h"
#include "torture.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>

using namespace corral;
using namespace corral::gui;
using namespace corral::torture;
using protocol::State;

namespace {

// The longest the event loop went without running a 10 ms timer: how stuck the window felt.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_worst = qMax(m_worst, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

} // namespace

class TestWindowThousand : public QObject
{
    Q_OBJECT

private:
    static int rowsIn(const StrategyTableModel *model, const QStringList &names, State state)
    {
        int n = 0;
        for (const QString &name : names) {
            const StrategyTableModel::Row *row = model->row(name);
            if (row && row->status.state == state)
                ++n;
        }
        return n;
    }

private slots:
    void windowFollowsAThousandStrategies()
    {
        const int count = envInt("CORRAL_TORTURE_STRATEGIES", 1000);
        E2E_SANDBOX(box);
        QString why;
        const QStringList names = fillWithCopies(box, count, &why);
        QVERIFY2(names.size() == count, qPrintable(why));
        CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("start")}, 60000);
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        Settings settings(box.filePath(QStringLiteral("gui.ini")));
        DaemonConnection connection(box.paths());
        MainWindow window(&connection, &settings);
        StrategyTableModel *model = window.model();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        window.show();
        connection.open();

        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), count, 60000);
        QCOMPARE(rowsIn(model, names, State::Stopped), count);
        const auto label = [&] {
            return window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(label().contains(QStringLiteral("%1 strategies").arg(count)), qPrintable(label()),
                                  10000);
        const qsizetype resetsAtLoad = resets.size();
        qsizetype insertedRows = 0;
        for (const QList<QVariant> &args : std::as_const(inserted))
            insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        // Loaded by inserting each row once: the model never resets, not even for the first list.
        QCOMPARE(resetsAtLoad, qsizetype(0));
        QCOMPARE(insertedRows, qsizetype(count));

        StallMeter stalls;
        auto starter = box.ctlAsync({QStringLiteral("start"), QStringLiteral("--all")});
        QTRY_VERIFY2_WITH_TIMEOUT(
            rowsIn(model, names, State::Running) == count,
            qPrintable(QStringLiteral("%1 of %2 rows running").arg(rowsIn(model, names, State::Running)).arg(count)),
            240000);
        r = collect(*starter, 60000);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QTRY_VERIFY2_WITH_TIMEOUT(label().contains(QStringLiteral("%1 running").arg(count)), qPrintable(label()),
                                  10000);
        // Every row changed in place: the events neither reset the model nor added or dropped rows.
        QCOMPARE(resets.size(), resetsAtLoad);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model->rowCount(), count);
        const qint64 worstWhileStarting = stalls.worstMs();
        // The pids the window shows are the processes that run.
        QSet<qint64> shown;
        for (const QString &name : names)
            shown.insert(model->row(name)->status.pid.value_or(0));
        const QList<qint64> running = box.allStrategyProcesses();
        QCOMPARE(shown, QSet<qint64>(running.cbegin(), running.cend()));

        auto stopper = box.ctlAsync({QStringLiteral("stop"), QStringLiteral("--all")});
        QTRY_VERIFY2_WITH_TIMEOUT(
            rowsIn(model, names, State::Stopped) == count,
            qPrintable(QStringLiteral("%1 of %2 rows stopped").arg(rowsIn(model, names, State::Stopped)).arg(count)),
            240000);
        r = collect(*stopper, 60000);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(box.allStrategyProcesses().isEmpty());
        QCOMPARE(resets.size(), resetsAtLoad);
        QCOMPARE(model->rowCount(), count);
        qInfo("%d strategies in the window: longest event-loop stall %lld ms while starting, %lld ms overall", count,
              worstWhileStarting, stalls.worstMs());
    }
};

QTEST_MAIN(TestWindowThousand)
#include "tst_windowthousand.moc"
