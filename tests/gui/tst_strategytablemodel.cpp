// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The strategy table follows corrald's list and state events with dataChanged and row inserts/removes
// only — never a reset — under QAbstractItemModelTester, and the proxy sorts and filters it.

#include "durationtext.h"
#include "strategyfiltermodel.h"
#include "strategytablemodel.h"
#include "teststatus.h"
#include "timezoneids.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using corral::gui::ResourceUsage;
using corral::gui::StrategyFilterModel;
using corral::gui::StrategyTableModel;
using corral::protocol::State;
using corral::test::testStatus;

class TestStrategyTableModel : public QObject
{
    Q_OBJECT

private:
    static QString cell(const StrategyTableModel &m, const QString &name, int column)
    {
        return m.index(m.rowOf(name), column).data().toString();
    }

private slots:
    void setStrategies_insertsRowsWithColumns()
    {
        StrategyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStrategies({testStatus("ticker", State::Running, 4242), testStatus("backfill", State::Stopped)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(StrategyTableModel::ColumnCount));
        QCOMPARE(cell(model, "ticker", StrategyTableModel::StateColumn), QStringLiteral("running"));
        QCOMPARE(cell(model, "ticker", StrategyTableModel::PidColumn), QStringLiteral("4242"));
        QCOMPARE(cell(model, "ticker", StrategyTableModel::UptimeColumn), QStringLiteral("2m 05s"));
        QCOMPARE(cell(model, "backfill", StrategyTableModel::PidColumn), QString());
        QCOMPARE(cell(model, "backfill", StrategyTableModel::UptimeColumn), QString());
        QVERIFY(!model.index(0, StrategyTableModel::StateColumn).data(Qt::DecorationRole).isNull());
    }

    void stateEvent_updatesRowWithDataChanged_neverResets()
    {
        StrategyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStrategies({testStatus("ticker", State::Running, 4242), testStatus("backfill", State::Stopped)});

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy transitions(&model, &StrategyTableModel::stateChanged);

        model.applyStatus(testStatus("ticker", State::Backoff, std::nullopt, 1, "exited with code 1"));
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
        QCOMPARE(topLeft.row(), model.rowOf("ticker"));
        QCOMPARE(cell(model, "ticker", StrategyTableModel::StateColumn), QStringLiteral("backoff"));
        QCOMPARE(cell(model, "ticker", StrategyTableModel::RestartsColumn), QStringLiteral("1"));
        QCOMPARE(model.index(model.rowOf("ticker"), 0).data(StrategyTableModel::LastErrorRole).toString(),
                 QStringLiteral("exited with code 1"));
        QCOMPARE(transitions.count(), 1);
        QCOMPARE(transitions.at(0).at(0).toString(), QStringLiteral("ticker"));
        QCOMPARE(transitions.at(0).at(1).value<State>(), State::Running);
        QCOMPARE(transitions.at(0).at(2).value<State>(), State::Backoff);

        // The same status again changes nothing.
        model.applyStatus(testStatus("ticker", State::Backoff, std::nullopt, 1, "exited with code 1"));
        QCOMPARE(changed.count(), 1);

        // A list that matches leaves rows alone too.
        model.setStrategies({testStatus("ticker", State::Backoff, std::nullopt, 1, "exited with code 1"),
                             testStatus("backfill", State::Stopped)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    void stateEvent_ofUnknownStrategy_insertsRow()
    {
        StrategyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy transitions(&model, &StrategyTableModel::stateChanged);
        model.applyStatus(testStatus("new", State::Starting));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(transitions.count(), 0);
    }

    void list_removesAndAddsRows()
    {
        StrategyTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStrategies(
            {testStatus("a", State::Stopped), testStatus("b", State::Stopped), testStatus("c", State::Stopped)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStrategies({testStatus("c", State::Running, 7), testStatus("d", State::Stopped)});
        QCOMPARE(model.names(), (QStringList{"c", "d"}));
        QCOMPARE(reset.count(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void usage_touchesOnlyUsageColumns()
    {
        StrategyTableModel model;
        model.setStrategies({testStatus("ticker", State::Running, 4242), testStatus("backfill", State::Stopped)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUsage({{4242, ResourceUsage{12.5, 3 * 1024 * 1024}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(StrategyTableModel::CpuColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(StrategyTableModel::MemoryColumn));
        QCOMPARE(cell(model, "ticker", StrategyTableModel::CpuColumn), QStringLiteral("12.5"));
        QVERIFY(cell(model, "ticker", StrategyTableModel::MemoryColumn).startsWith(QStringLiteral("3.0")));
        QCOMPARE(cell(model, "backfill", StrategyTableModel::CpuColumn), QString());

        // A new process of the same strategy does not inherit the old one's numbers.
        model.applyStatus(testStatus("ticker", State::Running, 5000));
        QCOMPARE(cell(model, "ticker", StrategyTableModel::MemoryColumn), QString());
    }

    void refreshUptime_touchesOnlyLiveRowsUptime()
    {
        StrategyTableModel model;
        model.setStrategies({testStatus("ticker", State::Running, 4242), testStatus("backfill", State::Stopped)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshUptime();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(StrategyTableModel::UptimeColumn));
    }

    void backoff_showsTheNextTryCountingDown()
    {
        StrategyTableModel model;
        QDateTime now = QDateTime::currentDateTimeUtc();
        model.setClock([&now] { return now; });
        corral::protocol::StrategyStatus status = testStatus("crashy", State::Backoff);
        status.nextTry = now.addSecs(4);
        model.setStrategies({status, testStatus("backfill", State::Stopped)});
        QCOMPARE(cell(model, "crashy", StrategyTableModel::StateColumn), QStringLiteral("backoff (next try in 4s)"));

        now = now.addSecs(3);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshUptime();
        QCOMPARE(changed.count(), 1); // the back-off row's state, not the stopped one
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(StrategyTableModel::StateColumn));
        QCOMPARE(cell(model, "crashy", StrategyTableModel::StateColumn), QStringLiteral("backoff (next try in 1s)"));
    }

    void mainExited_saysSo_andNamesTheFollowedProcess()
    {
        StrategyTableModel model;
        corral::protocol::StrategyStatus status = testStatus("launcher", State::Running, 4250);
        status.mainExited = true;
        status.following = 4250;
        status.processes = 2;
        model.setStrategies({status});
        QCOMPARE(cell(model, "launcher", StrategyTableModel::StateColumn), QStringLiteral("running (main exited)"));
        const QModelIndex index = model.index(0, StrategyTableModel::StateColumn);
        QVERIFY(model.data(index, Qt::ToolTipRole).toString().contains(QStringLiteral("4250")));
    }

    void exitColumn_saysHowTheLastRunEnded()
    {
        StrategyTableModel model;
        corral::protocol::StrategyStatus status = testStatus("bot", State::Stopped);
        status.exitCode = 143;
        status.lastExit = QStringLiteral("stopped (SIGTERM)");
        status.lastError = QStringLiteral("an older failure");
        model.setStrategies({status});
        const QModelIndex index = model.index(0, StrategyTableModel::ExitCodeColumn);
        QCOMPARE(model.data(index, Qt::ToolTipRole).toString(), QStringLiteral("stopped (SIGTERM)"));
    }

    void nextEvent_ofAForeignExchange_isItsWallTimeAndZone()
    {
        // The test sets its own zone so that New York is foreign whatever the machine's zone is: India's,
        // written as POSIX has it, which Windows' C runtime reads too (it knows no IANA names). And a
        // 24-hour clock for the tooltip, which Wine's default locale (US English) does not have.
        qputenv("TZ", "IST-05:30");
        QLocale::setDefault(QLocale::c());
        StrategyTableModel model;
        const QDateTime open = QDateTime(QDate(2026, 12, 2), QTime(9, 30), QTimeZone("America/New_York"));
        model.setClock([open] { return open.addSecs(-3600); });
        corral::protocol::StrategyStatus status = testStatus("nyse", State::Stopped);
        corral::Schedule schedule;
        schedule.windows.append({{1, 2, 3, 4, 5}, QTime(9, 30), QTime(16, 0), QStringLiteral("America/New_York")});
        status.schedule = schedule;
        corral::ScheduleEvent next;
        next.action = corral::ScheduleEvent::Action::Start;
        next.at = open.toOffsetFromUtc(open.offsetFromUtc()); // as the status carries it: wall time and offset
        next.zone = QTimeZone(open.offsetFromUtc());
        status.nextEvent = next;
        model.setStrategies({status});
        QCOMPARE(cell(model, "nyse", StrategyTableModel::NextEventColumn), QStringLiteral("start 09:30 EST"));
        const QModelIndex index = model.index(0, StrategyTableModel::NextEventColumn);
        const QString tooltip = model.data(index, Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(QStringLiteral("20:00")), qPrintable(tooltip));
        QLocale::setDefault(QLocale::system());
        qunsetenv("TZ");
    }

    void nextEvent_ofAZoneWithoutLetters_showsItsOffset()
    {
        // The tz database writes Buenos Aires' time as "-03", not as letters: the offset is what is shown.
        qputenv("TZ", "IST-05:30");
        StrategyTableModel model;
        const QString zone = QStringLiteral("America/Argentina/Buenos_Aires");
        const QDateTime open = QDateTime(QDate(2026, 12, 2), QTime(11, 0), corral::timeZone(zone));
        QVERIFY(open.isValid());
        model.setClock([open] { return open.addSecs(-3600); });
        corral::protocol::StrategyStatus status = testStatus("byma", State::Stopped);
        corral::Schedule schedule;
        schedule.windows.append({{1, 2, 3, 4, 5}, QTime(11, 0), QTime(17, 0), zone});
        status.schedule = schedule;
        corral::ScheduleEvent next;
        next.action = corral::ScheduleEvent::Action::Start;
        next.at = open.toOffsetFromUtc(open.offsetFromUtc());
        next.zone = QTimeZone(open.offsetFromUtc());
        status.nextEvent = next;
        model.setStrategies({status});
        QCOMPARE(cell(model, "byma", StrategyTableModel::NextEventColumn), QStringLiteral("start 11:00 UTC-03:00"));
        qunsetenv("TZ");
    }

    void nextEvent_isShown()
    {
        StrategyTableModel model;
        corral::protocol::StrategyStatus status = testStatus("nightly", State::Stopped);
        corral::ScheduleEvent next;
        next.action = corral::ScheduleEvent::Action::Start;
        next.at = QDateTime::currentDateTime().addDays(2);
        status.nextEvent = next;
        model.setStrategies({status});
        QVERIFY(cell(model, "nightly", StrategyTableModel::NextEventColumn).startsWith(QStringLiteral("start ")));
    }

    void durationText_isTheOneTheCliPrints()
    {
        QCOMPARE(corral::durationText(12), QStringLiteral("12s"));
        QCOMPARE(corral::durationText(125), QStringLiteral("2m 05s"));
        QCOMPARE(corral::durationText(7500), QStringLiteral("2h 05m"));
        QCOMPARE(corral::durationText(3 * 86400 + 4 * 3600), QStringLiteral("3d 4h"));
    }

    void filterModel_filtersByTextAndState_andSortsNumbers()
    {
        StrategyTableModel model;
        StrategyFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStrategies({testStatus("ticker", State::Running, 900), testStatus("backfill", State::Stopped),
                             testStatus("tick-eu", State::Failed, std::nullopt, 10, "gave up"),
                             testStatus("momentum", State::Running, 80)});
        filter.setFilterText("TICK");
        QCOMPARE(filter.rowCount(), 2);
        filter.setStateFilter(State::Failed);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("tick-eu"));
        filter.setFilterText(QString());
        filter.setStateFilter(State::Running);
        QCOMPARE(filter.rowCount(), 2);
        filter.sort(StrategyTableModel::PidColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("momentum")); // 80 before 900
        // A state event moves rows in and out of the filtered view.
        model.applyStatus(testStatus("backfill", State::Running, 5));
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("backfill"));
        filter.setStateFilter(std::nullopt);
        QCOMPARE(filter.rowCount(), 4);
    }

    // The cost of an event is one row, whatever the table's size (timings live in bench/gui).
    void manyStrategies_eachEventTouchesOnlyItsOwnRow()
    {
        StrategyTableModel model;
        StrategyFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(StrategyTableModel::NameColumn);
        QList<corral::protocol::StrategyStatus> list;
        for (int i = 0; i < 500; ++i)
            list.append(testStatus(QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0')), State::Running, 1000 + i));
        model.setStrategies(list);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        for (int i = 0; i < 500; ++i)
            model.applyStatus(testStatus(QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0')), State::Backoff));
        QCOMPARE(model.countIn(State::Backoff), 500);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QVERIFY(changed.count() >= 500);
        for (const QList<QVariant> &args : std::as_const(changed))
            QCOMPARE(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());
    }
};

QTEST_MAIN(TestStrategyTableModel)
#include "tst_strategytablemodel.moc"
