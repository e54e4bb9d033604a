// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// One strategy's state machine on a fake clock, with real processes: back-off delays are read off the
// fake clock's pending alarm, never waited for.

#include "fakeclock.h"
#include "runnerfixture.h"
#include "strategyrunner.h"
#include "testsupport.h"

#include <QtTest>

#include <signal.h>

using namespace corral;
using corral::test::FakeClock;
using corral::test::StateRecorder;
using corral::test::waitFor;
using State = protocol::State;

namespace {

const QDateTime Start(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

} // namespace

class TestStrategyRunner : public QObject
{
    Q_OBJECT

private slots:
    void start_programExitsWithThree_restartsAtOnceThenBacksOffOneTwoFourSeconds();
    void quickFailures_pastMaxRestarts_endFailedWithTheReason();
    void failure_afterALongRun_startsTheBackoffOver();
    void stop_whileRunning_stopsTheProcessAndNeverRestarts();
    void stop_inBackoff_cancelsThePendingRestart();
    void start_missingProgram_failsWithoutRetrying();
    void start_twice_saysAlreadyRunning();
    void transitionTable_forbidsLeavingStoppingOrRestForALiveState();
};

// Waits until the runner settles in backoff after its process exits (a real exit, seen by QProcess).
static bool backsOff(const StrategyRunner &runner)
{
    return waitFor([&] { return runner.state() == State::Backoff; });
}

void TestStrategyRunner::start_programExitsWithThree_restartsAtOnceThenBacksOffOneTwoFourSeconds()
{
    corral::test::Home home;
    FakeClock clock(Start);
    StrategyRunner runner(home.paths(), corral::test::shellStrategy(QStringLiteral("bot"), QStringLiteral("exit 3")),
                          clock);
    StateRecorder recorder(runner);
    QString message;
    QCOMPARE(runner.start(&message), ActionOutcome::Started);
    QCOMPARE(runner.status().since, clock.nowUtc());

    // The first quick failure restarts at once, without a timer; back-off starts with the second.
    for (const qint64 delay : {1000, 2000, 4000}) {
        QVERIFY(backsOff(runner));
        QCOMPARE(clock.nextAlarmInMs(), std::optional<qint64>(delay));
        clock.advance(delay - 1);
        QCOMPARE(runner.state(), State::Backoff);
        clock.advance(1);
        QVERIFY(runner.state() != State::Backoff);
    }
    QVERIFY(backsOff(runner));
    QCOMPARE(runner.status().restarts, 5);
    QCOMPARE(runner.status().exitCode, std::optional<int>(3));
    QCOMPARE(recorder.states().mid(0, 6), (QList<State>{State::Stopped, State::Starting, State::Running,
                                                        State::Starting, State::Running, State::Backoff}));
    QVERIFY(runner.status().nextTry.isValid());
    QVERIFY2(recorder.illegalMove().isEmpty(), qPrintable(recorder.illegalMove()));
    QString stopped;
    runner.stop([&](ActionOutcome, const QString &) { stopped = QStringLiteral("done"); });
    QCOMPARE(stopped, QStringLiteral("done"));
}

void TestStrategyRunner::quickFailures_pastMaxRestarts_endFailedWithTheReason()
{
    corral::test::Home home;
    FakeClock clock(Start);
    Strategy s = corral::test::shellStrategy(QStringLiteral("bot"), QStringLiteral("exit 3"));
    s.maxRestarts = 2;
    StrategyRunner runner(home.paths(), s, clock);
    StateRecorder recorder(runner);
    QString message;
    QCOMPARE(runner.start(&message), ActionOutcome::Started);
    QVERIFY(backsOff(runner)); // after the immediate first restart failed too
    clock.advance(*clock.nextAlarmInMs());
    QVERIFY(waitFor([&] { return runner.state() == State::Failed; }));
    QCOMPARE(runner.status().restarts, 2);
    QVERIFY2(runner.status().lastError.contains(QStringLiteral("gave up after 2 restarts")),
             qPrintable(runner.status().lastError));
    // Nothing is left to fire: a failed strategy waits for the user.
    QCOMPARE(clock.pendingAlarms(), 0);
    QCOMPARE(recorder.states(),
             (QList<State>{State::Stopped, State::Starting, State::Running, State::Starting, State::Running,
                           State::Backoff, State::Starting, State::Running, State::Failed}));
}

void TestStrategyRunner::failure_afterALongRun_startsTheBackoffOver()
{
    corral::test::Home home;
    FakeClock clock(Start);
    // Fails at once twice (a marker file counts the runs), then runs until killed.
    const QString marker = home.paths().stateDir() + QStringLiteral("/runs");
    StrategyRunner runner(
        home.paths(),
        corral::test::shellStrategy(QStringLiteral("bot"), QStringLiteral("echo >> '%1'; [ $(wc -l < '%1') -gt 2 ] && "
                                                                          "exec sleep 600; exit 3")
                                                               .arg(marker)),
        clock);
    corral::test::PidReaper reaper;
    QString message;
    QCOMPARE(runner.start(&message), ActionOutcome::Started);
    QVERIFY(backsOff(runner)); // the second quick failure; the first restarted at once
    QCOMPARE(clock.nextAlarmInMs(), std::optional<qint64>(1000));
    clock.advance(1000);
    QCOMPARE(runner.state(), State::Running);
    const qint64 longRunner = runner.status().pid.value_or(0);
    reaper.add(longRunner);
    QVERIFY(longRunner > 0);

    clock.advance(61000); // longer than the 60 s stability period: not a quick failure
    QCOMPARE(runner.state(), State::Running);
    ::kill(pid_t(longRunner), SIGKILL);
    // Back at once, not after the 2 s a third quick failure waits: straight from the exit to the launch.
    QVERIFY(waitFor(
        [&] { return runner.state() == State::Running && runner.status().pid.value_or(longRunner) != longRunner; }));
    reaper.add(runner.status().pid.value_or(0));
    QCOMPARE(clock.pendingAlarms(), 0);
    QCOMPARE(runner.status().restarts, 3);
    QVERIFY2(runner.status().lastError.contains(QStringLiteral("signal")), qPrintable(runner.status().lastError));
    QString stopped;
    runner.stop([&](ActionOutcome o, const QString &) { stopped = outcomeName(o); });
    QVERIFY(waitFor([&] { return !stopped.isEmpty(); }));
    QCOMPARE(stopped, QStringLiteral("stopped"));
}

void TestStrategyRunner::stop_whileRunning_stopsTheProcessAndNeverRestarts()
{
    corral::test::Home home;
    FakeClock clock(Start);
    StrategyRunner runner(home.paths(), corral::test::sleeperStrategy(QStringLiteral("bot")), clock);
    corral::test::PidReaper reaper;
    StateRecorder recorder(runner);
    QString message;
    QCOMPARE(runner.start(&message), ActionOutcome::Started);
    const qint64 pid = runner.status().pid.value_or(0);
    reaper.add(pid);

    std::optional<ActionOutcome> outcome;
    runner.stop([&](ActionOutcome o, const QString &) { outcome = o; });
    QCOMPARE(runner.state(), State::Stopping);
    QVERIFY(waitFor([&] { return outcome.has_value(); }));
    QCOMPARE(*outcome, ActionOutcome::Stopped);
    QVERIFY(!corral::test::alive(pid));
    clock.advance(120000);
    QCOMPARE(runner.state(), State::Stopped);
    QCOMPARE(recorder.states(),
             (QList<State>{State::Stopped, State::Starting, State::Running, State::Stopping, State::Stopped}));
}

void TestStrategyRunner::stop_inBackoff_cancelsThePendingRestart()
{
    corral::test::Home home;
    FakeClock clock(Start);
    StrategyRunner runner(home.paths(), corral::test::shellStrategy(QStringLiteral("bot"), QStringLiteral("exit 3")),
                          clock);
    QString message;
    QCOMPARE(runner.start(&message), ActionOutcome::Started);
    QVERIFY(backsOff(runner));

    std::optional<ActionOutcome> outcome;
    runner.stop([&](ActionOutcome o, const QString &) { outcome = o; });
    QCOMPARE(outcome, std::optional<ActionOutcome>(ActionOutcome::NotRunning));
    QCOMPARE(runner.state(), State::Stopped);
    QCOMPARE(clock.pendingAlarms(), 0);
    clock.advance(120000);
    QCOMPARE(runner.state(), State::Stopped);
}

void TestStrategyRunner::start_missingProgram_failsWithoutRetrying()
{
    corral::test::Home home;
    FakeClock clock(Start);
    Strategy s;
    s.name = QStringLiteral("typo");
    s.program = QStringLiteral("/nonexistent/corral-test-program");
    StrategyRunner runner(home.paths(), s, clock);
    QString message;
    QCOMPARE(runner.start(&message), ActionOutcome::Failed);
    QVERIFY(!message.isEmpty());
    QCOMPARE(runner.state(), State::Failed);
    QCOMPARE(runner.status().lastError, message);
    QCOMPARE(clock.pendingAlarms(), 0);
}

void TestStrategyRunner::start_twice_saysAlreadyRunning()
{
    corral::test::Home home;
    FakeClock clock(Start);
    StrategyRunner runner(home.paths(), corral::test::sleeperStrategy(QStringLiteral("bot")), clock);
    corral::test::PidReaper reaper;
    QString message;
    QCOMPARE(runner.start(&message), ActionOutcome::Started);
    const qint64 pid = runner.status().pid.value_or(0);
    reaper.add(pid);
    QCOMPARE(runner.start(&message), ActionOutcome::AlreadyRunning);
    QCOMPARE(message, QStringLiteral("already running (pid %1)").arg(pid));
    bool stopped = false;
    runner.stop([&](ActionOutcome, const QString &) { stopped = true; });
    QVERIFY(waitFor([&] { return stopped; }));
}

void TestStrategyRunner::transitionTable_forbidsLeavingStoppingOrRestForALiveState()
{
    const QList<State> all{State::Stopped,  State::Starting, State::Running,
                           State::Stopping, State::Backoff,  State::Failed};
    for (State s : all)
        QVERIFY2(isAllowedTransition(s, s), qPrintable(protocol::stateName(s)));
    // Only a launch leaves rest or backoff for a live state, and a stop ends only in stopped.
    for (State from : {State::Backoff, State::Failed})
        for (State to : {State::Running, State::Stopping})
            QVERIFY2(!isAllowedTransition(from, to),
                     qPrintable(protocol::stateName(from) + QStringLiteral(" -> ") + protocol::stateName(to)));
    for (State to : {State::Starting, State::Running, State::Backoff, State::Failed})
        QVERIFY2(!isAllowedTransition(State::Stopping, to), qPrintable(protocol::stateName(to)));
    QVERIFY(!isAllowedTransition(State::Stopped, State::Stopping));
    // The moves adoption, failed launches and immediate restarts make.
    QVERIFY(isAllowedTransition(State::Running, State::Starting));
    QVERIFY(isAllowedTransition(State::Stopped, State::Running));
    QVERIFY(isAllowedTransition(State::Stopped, State::Backoff));
    QVERIFY(isAllowedTransition(State::Starting, State::Failed));
    QVERIFY(isAllowedTransition(State::Backoff, State::Starting));
}

QTEST_GUILESS_MAIN(TestStrategyRunner)
#include "tst_strategyrunner.moc"
