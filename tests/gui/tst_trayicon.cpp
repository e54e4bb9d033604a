// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The tray's icon, tooltip and menu follow the strategies' states.

#include "strategytablemodel.h"
#include "teststatus.h"
#include "trayicon.h"

#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using corral::gui::Health;
using corral::gui::StrategyTableModel;
using corral::gui::TrayIcon;
using corral::protocol::State;
using corral::test::testStatus;

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    static QAction *child(QMenu *menu, const QString &objectName)
    {
        const auto actions = menu->actions();
        for (QAction *a : actions)
            if (a->objectName() == objectName)
                return a;
        return nullptr;
    }

private slots:
    void menu_listsEachStrategyWithItsState()
    {
        StrategyTableModel model;
        TrayIcon tray(&model);
        tray.setConnected(true);
        QCOMPARE(tray.health(), Health::Idle);
        QVERIFY(!tray.menu()->findChild<QAction *>(QStringLiteral("trayStopAll"))->isEnabled());

        model.setStrategies({testStatus("ticker", State::Running, 42), testStatus("backfill", State::Stopped)});
        QCOMPARE(tray.health(), Health::Running);
        QMenu *ticker = tray.strategyMenu("ticker");
        QVERIFY(ticker);
        QCOMPARE(ticker->title(), QStringLiteral("ticker — running"));
        QVERIFY(!child(ticker, "start")->isEnabled());
        QVERIFY(child(ticker, "stop")->isEnabled());
        QMenu *backfill = tray.strategyMenu("backfill");
        QVERIFY(child(backfill, "start")->isEnabled());
        QVERIFY(!child(backfill, "stop")->isEnabled());
        QVERIFY(tray.toolTip().contains(QStringLiteral("1 running")));
        QVERIFY(tray.menu()->findChild<QAction *>(QStringLiteral("trayStopAll"))->isEnabled());
        QVERIFY(tray.menu()->findChild<QAction *>(QStringLiteral("trayQuit"))->text().contains("keep running"));

        // Alphabetical, between the header and Stop All.
        QStringList titles;
        for (QAction *a : tray.menu()->actions())
            if (a->menu())
                titles.append(a->menu()->title());
        QCOMPARE(titles, (QStringList{"backfill — stopped", "ticker — running"}));
    }

    void icon_followsStates()
    {
        StrategyTableModel model;
        TrayIcon tray(&model);
        tray.setConnected(true);
        model.setStrategies({testStatus("ticker", State::Running, 42), testStatus("backfill", State::Stopped)});
        QCOMPARE(tray.health(), Health::Running);

        model.applyStatus(testStatus("ticker", State::Backoff, std::nullopt, 2));
        QCOMPARE(tray.health(), Health::Trouble);
        QCOMPARE(tray.strategyMenu("ticker")->title(), QStringLiteral("ticker — backoff"));
        QVERIFY(tray.toolTip().contains(QStringLiteral("1 restarting")));

        model.applyStatus(testStatus("ticker", State::Failed, std::nullopt, 10, "gave up"));
        QCOMPARE(tray.health(), Health::Failed);
        QVERIFY(tray.toolTip().contains(QStringLiteral("1 failed")));
        QVERIFY(child(tray.strategyMenu("ticker"), "start")->isEnabled());

        model.applyStatus(testStatus("ticker", State::Stopped));
        QCOMPARE(tray.health(), Health::Idle);
        QVERIFY(!tray.systemTrayIcon()->icon().isNull());
    }

    void menu_followsAddedAndRemovedStrategies_andAsksForActions()
    {
        StrategyTableModel model;
        TrayIcon tray(&model);
        tray.setConnected(true);
        model.setStrategies({testStatus("a", State::Stopped)});
        model.setStrategies({testStatus("a", State::Stopped), testStatus("b", State::Running, 3)});
        QVERIFY(tray.strategyMenu("b"));
        QSignalSpy start(&tray, &TrayIcon::startRequested);
        QSignalSpy stop(&tray, &TrayIcon::stopRequested);
        child(tray.strategyMenu("a"), "start")->trigger();
        child(tray.strategyMenu("b"), "stop")->trigger();
        QCOMPARE(start.count(), 1);
        QCOMPARE(start.at(0).at(0).toString(), QStringLiteral("a"));
        QCOMPARE(stop.at(0).at(0).toString(), QStringLiteral("b"));

        model.setStrategies({testStatus("b", State::Running, 3)});
        QVERIFY(!tray.strategyMenu("a"));
    }

    void menu_startsAll_andOpensAStrategysLog()
    {
        StrategyTableModel model;
        TrayIcon tray(&model);
        model.setStrategies({testStatus("a", State::Stopped), testStatus("b", State::Running, 3)});
        QAction *startAll = child(tray.menu(), "trayStartAll");
        QVERIFY(!startAll->isEnabled()); // not connected
        tray.setConnected(true);
        QVERIFY(startAll->isEnabled());
        QSignalSpy all(&tray, &TrayIcon::startAllRequested);
        startAll->trigger();
        QCOMPARE(all.count(), 1);

        QSignalSpy log(&tray, &TrayIcon::showLogRequested);
        child(tray.strategyMenu("b"), "log")->trigger();
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.at(0).at(0).toString(), QStringLiteral("b"));
    }

    void disconnected_disablesActions()
    {
        StrategyTableModel model;
        TrayIcon tray(&model);
        model.setStrategies({testStatus("a", State::Stopped)});
        QVERIFY(!child(tray.strategyMenu("a"), "start")->isEnabled());
        QVERIFY(tray.toolTip().contains(QStringLiteral("not connected")));
        tray.setConnected(true);
        QVERIFY(child(tray.strategyMenu("a"), "start")->isEnabled());
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
