// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "restartpolicy.h"

#include <QTest>

using corral::RestartMode;
using corral::RestartPolicy;
using Action = RestartPolicy::Decision::Action;

namespace {

constexpr qint64 Quick = 500; // well under RestartPolicy::StableRunMs
constexpr qint64 Stable = RestartPolicy::StableRunMs;

// Drives one run: starts at `now`, exits `runMs` later, and leaves `now` where the next start would be
// (after the decided delay), as the supervisor's clock would.
struct Clock
{
    RestartPolicy &policy;
    qint64 now = 1000000;

    RestartPolicy::Decision run(qint64 runMs, bool failed)
    {
        policy.started(now);
        now += runMs;
        const RestartPolicy::Decision d = policy.exited(now, failed);
        now += d.delayMs;
        return d;
    }
};

} // namespace

class TestRestartPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaults_onFailureWithTenRestarts();
    void quickFailures_firstIsImmediateThenDoublesFromOneSecondAndCapsAtSixty();
    void stableRunThenQuickFailures_twoImmediateRestartsThenBackOff();
    void quickFailures_giveUpAfterExactlyMaxRestarts();
    void maxRestartsZero_givesUpAtFirstFailure();
    void longRun_resetsTheSeriesAndThisExitIsItsFirst();
    void runOfExactlyStableTime_countsAsLong();
    void runJustShortOfStableTime_countsAsQuick();
    void longRuns_neverGiveUp();
    void onFailure_cleanExitStays();
    void onFailure_cleanExitEndsTheSeries();
    void always_cleanExitRestarts();
    void always_quickCleanExitsBackOffAndGiveUp();
    void always_longCleanExitRestartsAtOnce();
    void never_staysButRecordsFailures();
    void reset_clearsHistoryButKeepsTotal();
    void exitWithoutStart_countsAsQuick();
    void setMode_appliesToTheNextExit();
    void longSeries_delayStaysCappedWithoutOverflow();
};

void TestRestartPolicy::defaults_onFailureWithTenRestarts()
{
    RestartPolicy p;
    Clock c{p};
    for (int i = 0; i < 10; ++i)
        QCOMPARE(c.run(Quick, true).action, Action::Restart);
    QCOMPARE(c.run(Quick, true).action, Action::GiveUp);
    QCOMPARE(p.totalRestarts(), 10);
}

void TestRestartPolicy::quickFailures_firstIsImmediateThenDoublesFromOneSecondAndCapsAtSixty()
{
    RestartPolicy p(RestartMode::OnFailure, 100);
    Clock c{p};
    const QList<qint64> expected{0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
    for (int i = 0; i < expected.size(); ++i) {
        const RestartPolicy::Decision d = c.run(Quick, true);
        QCOMPARE(d.action, Action::Restart);
        QCOMPARE(d.delayMs, expected.at(i));
        QCOMPARE(p.consecutiveFailures(), i + 1);
        QCOMPARE(p.totalRestarts(), i + 1);
    }
}

void TestRestartPolicy::stableRunThenQuickFailures_twoImmediateRestartsThenBackOff()
{
    RestartPolicy p(RestartMode::OnFailure, 10);
    Clock c{p};
    QCOMPARE(c.run(Stable * 60, true).delayMs, 0); // crashed after an hour: back at once
    QCOMPARE(c.run(Quick, true).delayMs, 0);       // the first quick failure in a row
    QCOMPARE(c.run(Quick, true).delayMs, 1000);    // back-off starts with the second
    QCOMPARE(c.run(Quick, true).delayMs, 2000);
    QCOMPARE(p.consecutiveFailures(), 4);
}

void TestRestartPolicy::quickFailures_giveUpAfterExactlyMaxRestarts()
{
    for (int max : {1, 3, 10}) {
        RestartPolicy p(RestartMode::OnFailure, max);
        Clock c{p};
        for (int i = 0; i < max; ++i)
            QVERIFY2(c.run(Quick, true).action == Action::Restart, qPrintable(QString::number(max)));
        const RestartPolicy::Decision d = c.run(Quick, true);
        QCOMPARE(d.action, Action::GiveUp);
        QCOMPARE(d.delayMs, 0);
        QCOMPARE(p.totalRestarts(), max);
    }
}

void TestRestartPolicy::maxRestartsZero_givesUpAtFirstFailure()
{
    RestartPolicy p(RestartMode::OnFailure, 0);
    Clock c{p};
    QCOMPARE(c.run(Quick, false).action, Action::Stay);
    QCOMPARE(c.run(Stable * 10, true).action, Action::GiveUp);
    QCOMPARE(p.totalRestarts(), 0);
}

void TestRestartPolicy::longRun_resetsTheSeriesAndThisExitIsItsFirst()
{
    RestartPolicy p(RestartMode::OnFailure, 5);
    Clock c{p};
    for (int i = 0; i < 5; ++i)
        c.run(Quick, true);
    QCOMPARE(p.consecutiveFailures(), 5);

    const RestartPolicy::Decision d = c.run(Stable * 3, true);
    QCOMPARE(d.action, Action::Restart);
    QCOMPARE(d.delayMs, 0);
    QCOMPARE(p.consecutiveFailures(), 1);
    // A whole new allowance: four more quick failures restart, the fifth after the long run gives up.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(c.run(Quick, true).action, Action::Restart);
    QCOMPARE(c.run(Quick, true).action, Action::GiveUp);
    QCOMPARE(p.totalRestarts(), 10);
}

void TestRestartPolicy::runOfExactlyStableTime_countsAsLong()
{
    RestartPolicy p;
    Clock c{p};
    c.run(Quick, true);
    c.run(Quick, true);
    const RestartPolicy::Decision d = c.run(Stable, true);
    QCOMPARE(d.delayMs, 0);
    QCOMPARE(p.consecutiveFailures(), 1);
}

void TestRestartPolicy::runJustShortOfStableTime_countsAsQuick()
{
    RestartPolicy p;
    Clock c{p};
    c.run(Quick, true);
    c.run(Quick, true);
    const RestartPolicy::Decision d = c.run(Stable - 1, true);
    QCOMPARE(d.delayMs, 2000);
    QCOMPARE(p.consecutiveFailures(), 3);
}

void TestRestartPolicy::longRuns_neverGiveUp()
{
    RestartPolicy p(RestartMode::OnFailure, 2);
    Clock c{p};
    for (int i = 0; i < 50; ++i) {
        const RestartPolicy::Decision d = c.run(Stable + i, true);
        QCOMPARE(d.action, Action::Restart);
        QCOMPARE(d.delayMs, 0);
    }
    QCOMPARE(p.totalRestarts(), 50);
}

void TestRestartPolicy::onFailure_cleanExitStays()
{
    RestartPolicy p;
    Clock c{p};
    for (qint64 run : {Quick, Stable * 2}) {
        const RestartPolicy::Decision d = c.run(run, false);
        QCOMPARE(d.action, Action::Stay);
        QCOMPARE(d.delayMs, 0);
    }
    QCOMPARE(p.totalRestarts(), 0);
    QCOMPARE(p.consecutiveFailures(), 0);
}

void TestRestartPolicy::onFailure_cleanExitEndsTheSeries()
{
    RestartPolicy p(RestartMode::OnFailure, 3);
    Clock c{p};
    c.run(Quick, true);
    c.run(Quick, true);
    c.run(Quick, true);
    QCOMPARE(c.run(Quick, false).action, Action::Stay);
    // Started again (by the schedule, say): the earlier failures no longer count.
    const RestartPolicy::Decision d = c.run(Quick, true);
    QCOMPARE(d.action, Action::Restart);
    QCOMPARE(d.delayMs, 0);
    QCOMPARE(c.run(Quick, true).delayMs, 1000);
}

void TestRestartPolicy::always_cleanExitRestarts()
{
    RestartPolicy p(RestartMode::Always);
    Clock c{p};
    const RestartPolicy::Decision d = c.run(Quick, false);
    QCOMPARE(d.action, Action::Restart);
    QCOMPARE(d.delayMs, 0);
    QCOMPARE(c.run(Quick, true).delayMs, 1000);
    QCOMPARE(p.totalRestarts(), 2);
}

void TestRestartPolicy::always_quickCleanExitsBackOffAndGiveUp()
{
    RestartPolicy p(RestartMode::Always, 8);
    Clock c{p};
    const QList<qint64> expected{0, 1000, 2000, 4000, 8000, 16000, 32000, 60000};
    for (qint64 delay : expected) {
        const RestartPolicy::Decision d = c.run(0, false);
        QCOMPARE(d.action, Action::Restart);
        QCOMPARE(d.delayMs, delay);
    }
    QCOMPARE(c.run(0, false).action, Action::GiveUp);
}

void TestRestartPolicy::always_longCleanExitRestartsAtOnce()
{
    RestartPolicy p(RestartMode::Always, 1);
    Clock c{p};
    for (int i = 0; i < 20; ++i) {
        const RestartPolicy::Decision d = c.run(Stable, false);
        QCOMPARE(d.action, Action::Restart);
        QCOMPARE(d.delayMs, 0);
    }
}

void TestRestartPolicy::never_staysButRecordsFailures()
{
    RestartPolicy p(RestartMode::Never, 0);
    Clock c{p};
    for (int i = 0; i < 15; ++i) {
        const RestartPolicy::Decision d = c.run(Quick, true);
        QCOMPARE(d.action, Action::Stay);
        QCOMPARE(d.delayMs, 0);
    }
    QCOMPARE(p.consecutiveFailures(), 15);
    QCOMPARE(p.totalRestarts(), 0);
    QCOMPARE(c.run(Quick, false).action, Action::Stay);
    QCOMPARE(p.consecutiveFailures(), 0);
    c.run(Quick, true);
    c.run(Stable, true);
    QCOMPARE(p.consecutiveFailures(), 1);
}

void TestRestartPolicy::reset_clearsHistoryButKeepsTotal()
{
    RestartPolicy p(RestartMode::OnFailure, 3);
    Clock c{p};
    for (int i = 0; i < 3; ++i)
        c.run(Quick, true);
    QCOMPARE(c.run(Quick, true).action, Action::GiveUp);

    p.reset();
    QCOMPARE(p.consecutiveFailures(), 0);
    QCOMPARE(p.totalRestarts(), 3);
    const RestartPolicy::Decision d = c.run(Quick, true);
    QCOMPARE(d.action, Action::Restart);
    QCOMPARE(d.delayMs, 0);
    QCOMPARE(c.run(Quick, true).delayMs, 1000);
}

void TestRestartPolicy::exitWithoutStart_countsAsQuick()
{
    RestartPolicy p(RestartMode::OnFailure, 5);
    QCOMPARE(p.exited(5 * Stable, true).delayMs, 0);
    QCOMPARE(p.exited(6 * Stable, true).delayMs, 1000); // quick, whatever the clock says
    p.started(0);
    QCOMPARE(p.exited(Stable * 2, true).delayMs, 0); // a stable run ends the series
    // started() is consumed by an exit: a later exit without a start does not reuse the old start time.
    QCOMPARE(p.exited(Stable * 3, true).delayMs, 0);
    QCOMPARE(p.exited(Stable * 4, true).delayMs, 1000);
}

void TestRestartPolicy::setMode_appliesToTheNextExit()
{
    RestartPolicy p(RestartMode::Never);
    Clock c{p};
    QCOMPARE(c.run(Quick, true).action, Action::Stay);
    p.setMode(RestartMode::OnFailure);
    p.setMaxRestarts(1);
    p.reset();
    QCOMPARE(c.run(Quick, true).action, Action::Restart);
    QCOMPARE(c.run(Quick, true).action, Action::GiveUp);
}

void TestRestartPolicy::longSeries_delayStaysCappedWithoutOverflow()
{
    RestartPolicy p(RestartMode::OnFailure, 1000000);
    Clock c{p};
    RestartPolicy::Decision d;
    for (int i = 0; i < 200; ++i)
        d = c.run(Quick, true);
    QCOMPARE(d.action, Action::Restart);
    QCOMPARE(d.delayMs, RestartPolicy::MaxDelayMs);
}

QTEST_GUILESS_MAIN(TestRestartPolicy)
#include "tst_restartpolicy.moc"
