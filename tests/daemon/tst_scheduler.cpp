// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The Scheduler on a fake clock: windows open and close when the fake clock reaches them, through the
// one alarm the Scheduler arms, and start and stop real processes.

#include "fakeclock.h"
#include "runnerfixture.h"
#include "runnerregistry.h"
#include "scheduler.h"
#include "strategyrunner.h"
#include "testsupport.h"

#include <QMap>
#include <QtTest>

using namespace corral;
using corral::test::FakeClock;
using corral::test::waitFor;
using State = protocol::State;

namespace {

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC); // 7 December 2026 is a Monday
}

// Weekdays 09:20-15:15 UTC, running a process that would outlive the test.
Strategy scheduledBot()
{
    Strategy s = corral::test::sleeperStrategy(QStringLiteral("bot"));
    ScheduleWindow w;
    w.days = {1, 2, 3, 4, 5};
    w.start = QTime(9, 20);
    w.stop = QTime(15, 15);
    w.timeZone = QStringLiteral("UTC");
    s.schedule.windows = {w};
    return s;
}

class Registry : public RunnerRegistry
{
public:
    Registry(const Paths &paths, Clock &clock) : m_runner(paths, scheduledBot(), clock) {}
    ~Registry() override
    {
        // Whatever the test did, the process it started goes with it.
        if (const qint64 pid = m_runner.status().pid.value_or(0))
            m_reaper.add(pid);
    }
    QStringList names() const override { return {m_runner.strategy().name}; }
    StrategyRunner *findRunner(const QString &name) const override
    {
        return name == m_runner.strategy().name ? const_cast<StrategyRunner *>(&m_runner) : nullptr;
    }
    StrategyRunner &runner() { return m_runner; }

private:
    corral::test::PidReaper m_reaper; // declared first: kills after the runner let go
    StrategyRunner m_runner;
};

// Stopped, and its process really gone.
bool stopsFor(StrategyRunner &runner)
{
    const qint64 pid = runner.status().pid.value_or(0);
    if (!waitFor([&] { return runner.state() == State::Stopped; }))
        return false;
    if (pid > 0 && corral::test::alive(pid)) {
        qWarning("pid %lld outlived its stop: %s", pid, qPrintable(runner.status().lastError));
        return false;
    }
    return true;
}

bool heldIn(const Scheduler &scheduler, StrategyRunner &runner)
{
    protocol::StrategyStatus status;
    scheduler.describe(runner.strategy(), &status);
    return status.held;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void fakeClockReachesTheWindow_startsThenStopsAtItsClose();
    void evaluate_insideAWindow_catchesUpAtOnce();
    void evaluate_onAWeekend_waitsForMonday();
    void manualStop_insideTheWindow_holdsAcrossARestartUntilTheNextWindow();
    void describe_givesTheNextEventAtTheFakeClocksTime();
    void wallClockSetIntoAWindow_replansAndStarts();
    void newEverySchedule_replacesTheOldTickAtOnce();
    void preview_listsTheEventsTheTimerWillActOn();
};

void TestScheduler::fakeClockReachesTheWindow_startsThenStopsAtItsClose()
{
    corral::test::Home home;
    FakeClock clock(utc(7, 9, 0));
    Registry registry(home.paths(), clock);
    Scheduler scheduler(registry, home.paths(), clock);
    scheduler.evaluate();
    QCOMPARE(registry.runner().state(), State::Stopped);
    QCOMPARE(scheduler.nextWakeUp(), utc(7, 9, 20));

    clock.advanceTo(utc(7, 9, 19));
    QCOMPARE(registry.runner().state(), State::Stopped);
    clock.advanceTo(utc(7, 9, 20));
    QCOMPARE(registry.runner().state(), State::Running);
    QCOMPARE(registry.runner().status().since, utc(7, 9, 20));
    QCOMPARE(scheduler.nextWakeUp(), utc(7, 15, 15));

    clock.advanceTo(utc(7, 15, 15));
    QCOMPARE(registry.runner().state(), State::Stopping);
    QVERIFY(stopsFor(registry.runner()));
    QCOMPARE(scheduler.nextWakeUp(), utc(8, 9, 20));
}

void TestScheduler::evaluate_insideAWindow_catchesUpAtOnce()
{
    corral::test::Home home;
    FakeClock clock(utc(9, 11, 30));
    Registry registry(home.paths(), clock);
    Scheduler scheduler(registry, home.paths(), clock);
    scheduler.evaluate();
    QCOMPARE(registry.runner().state(), State::Running);
    registry.runner().stop([](ActionOutcome, const QString &) {});
    QVERIFY(stopsFor(registry.runner()));
}

void TestScheduler::evaluate_onAWeekend_waitsForMonday()
{
    corral::test::Home home;
    FakeClock clock(utc(12, 10, 0)); // Saturday, inside the hours but not the days
    Registry registry(home.paths(), clock);
    Scheduler scheduler(registry, home.paths(), clock);
    scheduler.evaluate();
    QCOMPARE(registry.runner().state(), State::Stopped);
    QCOMPARE(scheduler.nextWakeUp(), utc(14, 9, 20));
    clock.advanceTo(utc(13, 23, 59));
    QCOMPARE(registry.runner().state(), State::Stopped);
}

void TestScheduler::manualStop_insideTheWindow_holdsAcrossARestartUntilTheNextWindow()
{
    corral::test::Home home;
    FakeClock clock(utc(7, 10, 0));
    Registry registry(home.paths(), clock);
    {
        Scheduler scheduler(registry, home.paths(), clock);
        scheduler.evaluate();
        QCOMPARE(registry.runner().state(), State::Running);
        registry.runner().stop([](ActionOutcome, const QString &) {});
        scheduler.noteManualStop(QStringLiteral("bot"));
        QVERIFY(stopsFor(registry.runner()));
        QVERIFY(heldIn(scheduler, registry.runner()));
    }
    // corrald restarted inside the same window: the catch-up must not undo the user's stop.
    clock.advanceTo(utc(7, 11, 0));
    Scheduler restarted(registry, home.paths(), clock);
    restarted.evaluate();
    QCOMPARE(registry.runner().state(), State::Stopped);

    clock.advanceTo(utc(8, 9, 20));
    QCOMPARE(registry.runner().state(), State::Running);
    QVERIFY(!heldIn(restarted, registry.runner()));
    registry.runner().stop([](ActionOutcome, const QString &) {});
    QVERIFY(stopsFor(registry.runner()));
}

void TestScheduler::describe_givesTheNextEventAtTheFakeClocksTime()
{
    corral::test::Home home;
    FakeClock clock(utc(7, 16, 0));
    Registry registry(home.paths(), clock);
    Scheduler scheduler(registry, home.paths(), clock);
    protocol::StrategyStatus status;
    scheduler.describe(registry.runner().strategy(), &status);
    QVERIFY(status.nextEvent);
    QCOMPARE(status.nextEvent->action, ScheduleEvent::Action::Start);
    QCOMPARE(status.nextEvent->at, utc(8, 9, 20));
    QVERIFY(status.schedule);
    QCOMPARE(*status.schedule, registry.runner().strategy().schedule);
}

void TestScheduler::wallClockSetIntoAWindow_replansAndStarts()
{
    corral::test::Home home;
    FakeClock clock(utc(7, 8, 0));
    Registry registry(home.paths(), clock);
    Scheduler scheduler(registry, home.paths(), clock);
    QStringList messages;
    connect(&scheduler, &Scheduler::message, this, [&](const QString &text) { messages.append(text); });
    scheduler.evaluate();
    QCOMPARE(registry.runner().state(), State::Stopped);

    // The alarm was for 09:20; a clock set to 10:00 must not wait for the old plan.
    clock.setWallClock(utc(7, 10, 0));
    QCOMPARE(registry.runner().state(), State::Running);
    QVERIFY2(messages.contains(QStringLiteral("the system clock changed: re-planning schedules")),
             qPrintable(messages.join(QLatin1Char('|'))));
    QCOMPARE(scheduler.nextWakeUp(), utc(7, 15, 15));
    registry.runner().stop([](ActionOutcome, const QString &) {});
    QVERIFY(stopsFor(registry.runner()));
}

void TestScheduler::newEverySchedule_replacesTheOldTickAtOnce()
{
    corral::test::Home home;
    FakeClock clock(utc(7, 10, 7));
    Registry registry(home.paths(), clock);
    Strategy every = registry.runner().strategy();
    every.schedule = Schedule();
    every.schedule.everyMinutes = 60;
    every.schedule.timeZone = QStringLiteral("UTC");
    registry.runner().setStrategy(every);
    Scheduler scheduler(registry, home.paths(), clock);
    scheduler.evaluate();
    QCOMPARE(scheduler.nextWakeUp(), utc(7, 11, 0));

    // `corralctl schedule bot --every 5`: the config changes and corrald evaluates again.
    every.schedule.everyMinutes = 5;
    registry.runner().setStrategy(every);
    scheduler.evaluate();
    QCOMPARE(scheduler.nextWakeUp(), utc(7, 10, 10));
    protocol::StrategyStatus status;
    scheduler.describe(registry.runner().strategy(), &status);
    QVERIFY(status.nextEvent);
    QCOMPARE(status.nextEvent->at, utc(7, 10, 10));

    clock.advanceTo(utc(7, 10, 10));
    QCOMPARE(registry.runner().state(), State::Running);
    QCOMPARE(scheduler.nextWakeUp(), utc(7, 10, 15));
    registry.runner().stop([](ActionOutcome, const QString &) {});
    QVERIFY(stopsFor(registry.runner()));
}

void TestScheduler::preview_listsTheEventsTheTimerWillActOn()
{
    corral::test::Home home;
    FakeClock clock(utc(7, 16, 0));
    Registry registry(home.paths(), clock);
    Scheduler scheduler(registry, home.paths(), clock);
    scheduler.evaluate();
    // Without a start: from the clock's now, and the first event is what the timer is armed for.
    const QList<ScheduleEvent> fromNow = scheduler.preview(registry.runner().strategy(), QDateTime(), 3);
    QCOMPARE(fromNow.size(), 3);
    QCOMPARE(fromNow.at(0).at, scheduler.nextWakeUp());
    QCOMPARE(fromNow.at(0).isoWithOffset(), QStringLiteral("2026-12-08T09:20:00+00:00"));
    QCOMPARE(fromNow.at(1).actionName(), QStringLiteral("stop"));
    QCOMPARE(fromNow.at(2).isoWithOffset(), QStringLiteral("2026-12-09T09:20:00+00:00"));
    // From any instant: Friday evening's next opening is Monday's.
    const QList<ScheduleEvent> weekend = scheduler.preview(registry.runner().strategy(), utc(11, 20, 0), 1);
    QCOMPARE(weekend.size(), 1);
    QCOMPARE(weekend.first().at, utc(14, 9, 20));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
