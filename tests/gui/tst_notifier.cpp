// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Notifications: a strategy that gives up or crashes, and schedule actions, reach the Notifier unless
// the user switched that kind off.

#include "notifier.h"
#include "settings.h"
#include "strategytablemodel.h"
#include "teststatus.h"

#include <QTemporaryDir>
#include <QTest>

using namespace corral::gui;
using corral::protocol::State;
using corral::test::testStatus;

namespace {

class RecordingNotifier : public Notifier
{
public:
    struct Sent
    {
        NotificationKind kind;
        QString title;
        QString message;
    };
    void notify(NotificationKind kind, const QString &title, const QString &message) override
    {
        sent.append({kind, title, message});
    }
    QList<Sent> sent;
};

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private slots:
    void failedState_isNotified()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("gui.ini"));
        RecordingNotifier notifier;
        NotificationDispatcher dispatcher(&notifier, &settings);
        StrategyTableModel model;
        connect(&model, &StrategyTableModel::stateChanged, &dispatcher, [&](const QString &name, State from, State to) {
            dispatcher.stateChanged(name, from, to, model.row(name)->status.lastError);
        });

        model.setStrategies({testStatus("ticker", State::Running, 42)});
        model.applyStatus(testStatus("ticker", State::Backoff, std::nullopt, 1, "exited with code 1"));
        model.applyStatus(testStatus("ticker", State::Failed, std::nullopt, 10, "gave up after 10 restarts"));

        QCOMPARE(notifier.sent.size(), 2);
        QCOMPARE(notifier.sent.at(0).kind, NotificationKind::Restarting);
        QCOMPARE(notifier.sent.at(1).kind, NotificationKind::Failed);
        QVERIFY(notifier.sent.at(1).title.contains("ticker"));
        QVERIFY(notifier.sent.at(1).message.contains("gave up after 10 restarts"));
    }

    void switchedOffKind_isNotSent_andTheChoicePersists()
    {
        QTemporaryDir dir;
        {
            Settings settings(dir.filePath("gui.ini"));
            settings.setNotificationEnabled(NotificationKind::Failed, false);
            settings.sync();
        }
        Settings settings(dir.filePath("gui.ini"));
        QVERIFY(!settings.notificationEnabled(NotificationKind::Failed));
        QVERIFY(settings.notificationEnabled(NotificationKind::Restarting));

        RecordingNotifier notifier;
        NotificationDispatcher dispatcher(&notifier, &settings);
        dispatcher.stateChanged("ticker", State::Backoff, State::Failed);
        QVERIFY(notifier.sent.isEmpty());
        dispatcher.stateChanged("ticker", State::Running, State::Backoff);
        QCOMPARE(notifier.sent.size(), 1);
    }

    void otherTransitions_areQuiet()
    {
        RecordingNotifier notifier;
        NotificationDispatcher dispatcher(&notifier, nullptr);
        dispatcher.stateChanged("t", State::Stopped, State::Starting);
        dispatcher.stateChanged("t", State::Starting, State::Running);
        dispatcher.stateChanged("t", State::Running, State::Stopping);
        dispatcher.stateChanged("t", State::Stopping, State::Stopped);
        QVERIFY(notifier.sent.isEmpty());
    }

    void scheduleMessages_areNotifiedByKind()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("gui.ini"));
        RecordingNotifier notifier;
        NotificationDispatcher dispatcher(&notifier, &settings);
        dispatcher.daemonMessage("schedule: ticker started (pid 42) (window opened)");
        dispatcher.daemonMessage("schedule: stopping ticker (window closed)");
        dispatcher.daemonMessage("config file strategies.json:3: broken; keeping the last good config");
        QCOMPARE(notifier.sent.size(), 2);
        QCOMPARE(notifier.sent.at(0).kind, NotificationKind::ScheduleStarted);
        QCOMPARE(notifier.sent.at(1).kind, NotificationKind::ScheduleStopped);

        settings.setNotificationEnabled(NotificationKind::ScheduleStarted, false);
        dispatcher.daemonMessage("schedule: ticker started (pid 43) (window opened)");
        QCOMPARE(notifier.sent.size(), 2);
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
