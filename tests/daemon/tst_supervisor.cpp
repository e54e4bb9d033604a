// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The Supervisor's actions and their typed outcomes, on a fake clock with real processes.

#include "fakeclock.h"
#include "runnerfixture.h"
#include "supervisor.h"
#include "testsupport.h"

#include <QtTest>

using namespace corral;
using corral::test::FakeClock;
using corral::test::waitFor;
using Result = Supervisor::ActionResult;

namespace {

const QDateTime Start(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

QList<QPair<QString, ActionOutcome>> outcomes(const QList<Result> &results)
{
    QList<QPair<QString, ActionOutcome>> list;
    for (const Result &r : results)
        list.append({r.name, r.outcome});
    return list;
}

// A supervisor over its own home; whatever it started is stopped (and, failing that, killed) at the end.
class Fixture
{
public:
    Fixture() : supervisor(home.paths(), clock) { supervisor.reloadIfChanged(); }
    ~Fixture()
    {
        for (const protocol::StrategyStatus &s : supervisor.statuses())
            if (s.pid)
                reaper.add(*s.pid);
        bool done = false;
        supervisor.stop({}, true, [&](const QList<Result> &) { done = true; });
        waitFor([&] { return done; });
    }

    void add(const Strategy &s)
    {
        Supervisor::Error e;
        QVERIFY2(supervisor.add(s, &e), qPrintable(e.message));
    }
    QList<Result> start(const QStringList &names)
    {
        QList<Result> results;
        supervisor.start(names, false, [&](const QList<Result> &r) { results = r; });
        return results;
    }
    QList<Result> waitForStop(const QStringList &names, bool all = false)
    {
        std::optional<QList<Result>> results;
        supervisor.stop(names, all, [&](const QList<Result> &r) { results = r; });
        waitFor([&] { return results.has_value(); });
        return results.value_or(QList<Result>());
    }

    corral::test::PidReaper reaper; // declared first: kills last
    corral::test::Home home;
    FakeClock clock{Start};
    Supervisor supervisor;
};

Strategy sleeper(const QString &name)
{
    return corral::test::sleeperStrategy(name);
}

} // namespace

class TestSupervisor : public QObject
{
    Q_OBJECT

private slots:
    void outcomeNames_areTheProtocolWords();
    void unknownName_editRemoveAndSchedule_sayUnknownStrategy();
    void add_takenName_saysExists();
    void start_withADependency_startsItFirst();
    void start_again_saysAlreadyRunningOnlyForWhatWasAsked();
    void restart_running_saysRestarted();
    void stop_all_saysStoppedOrNotRunning();
    void remove_running_isRefused();
};

void TestSupervisor::outcomeNames_areTheProtocolWords()
{
    // docs/protocol.md: the `result` of each entry of `results`.
    const QList<QPair<ActionOutcome, QString>> words{
        {ActionOutcome::Started, QStringLiteral("started")},
        {ActionOutcome::AlreadyRunning, QStringLiteral("already-running")},
        {ActionOutcome::Stopped, QStringLiteral("stopped")},
        {ActionOutcome::NotRunning, QStringLiteral("not-running")},
        {ActionOutcome::Restarted, QStringLiteral("restarted")},
        {ActionOutcome::Failed, QStringLiteral("failed")},
    };
    for (const auto &[outcome, word] : words) {
        QCOMPARE(outcomeName(outcome), word);
        ActionOutcome parsed = ActionOutcome::Failed;
        QVERIFY(parseOutcome(word, &parsed));
        QCOMPARE(parsed, outcome);
    }
    ActionOutcome untouched = ActionOutcome::Started;
    QVERIFY(!parseOutcome(QStringLiteral("Started"), &untouched));
    QCOMPARE(untouched, ActionOutcome::Started);
}

void TestSupervisor::unknownName_editRemoveAndSchedule_sayUnknownStrategy()
{
    Fixture f;
    f.add(sleeper(QStringLiteral("known")));
    Supervisor::Error e;
    QVERIFY(!f.supervisor.edit(QStringLiteral("ghost"), sleeper(QStringLiteral("ghost")), &e));
    QCOMPARE(e.code, protocol::ErrorCode::UnknownStrategy);
    QCOMPARE(e.message, QStringLiteral("no strategy named \"ghost\""));
    e = {};
    QVERIFY(!f.supervisor.remove(QStringLiteral("ghost"), &e));
    QCOMPARE(e.code, protocol::ErrorCode::UnknownStrategy);
    e = {};
    QVERIFY(!f.supervisor.setSchedule(QStringLiteral("ghost"), Schedule(), &e));
    QCOMPARE(e.code, protocol::ErrorCode::UnknownStrategy);
    QCOMPARE(f.supervisor.unknownNames({QStringLiteral("known"), QStringLiteral("ghost")}),
             QStringList{QStringLiteral("ghost")});
    QVERIFY(f.supervisor.findRunner(QStringLiteral("known")));
    QVERIFY(!f.supervisor.findRunner(QStringLiteral("ghost")));
}

void TestSupervisor::add_takenName_saysExists()
{
    Fixture f;
    f.add(sleeper(QStringLiteral("bot")));
    Supervisor::Error e;
    QVERIFY(!f.supervisor.add(sleeper(QStringLiteral("bot")), &e));
    QCOMPARE(e.code, protocol::ErrorCode::Exists);
    QCOMPARE(e.message, QStringLiteral("a strategy named \"bot\" already exists"));
    f.add(sleeper(QStringLiteral("other")));
    Strategy renamed = sleeper(QStringLiteral("bot"));
    e = {};
    QVERIFY(!f.supervisor.edit(QStringLiteral("other"), renamed, &e));
    QCOMPARE(e.code, protocol::ErrorCode::Exists);
}

void TestSupervisor::start_withADependency_startsItFirst()
{
    Fixture f;
    f.add(sleeper(QStringLiteral("feed")));
    Strategy bot = sleeper(QStringLiteral("bot"));
    bot.dependencies = {QStringLiteral("feed")};
    f.add(bot);
    const QList<Result> results = f.start({QStringLiteral("bot")});
    QCOMPARE(outcomes(results),
             (QList<QPair<QString, ActionOutcome>>{{QStringLiteral("feed"), ActionOutcome::Started},
                                                   {QStringLiteral("bot"), ActionOutcome::Started}}));
    const qint64 pid = f.supervisor.findRunner(QStringLiteral("bot"))->status().pid.value_or(0);
    QCOMPARE(results.at(1).message, QStringLiteral("started (pid %1)").arg(pid));
}

void TestSupervisor::start_again_saysAlreadyRunningOnlyForWhatWasAsked()
{
    Fixture f;
    f.add(sleeper(QStringLiteral("feed")));
    Strategy bot = sleeper(QStringLiteral("bot"));
    bot.dependencies = {QStringLiteral("feed")};
    f.add(bot);
    f.start({QStringLiteral("bot")});
    QCOMPARE(outcomes(f.start({QStringLiteral("bot")})),
             (QList<QPair<QString, ActionOutcome>>{{QStringLiteral("bot"), ActionOutcome::AlreadyRunning}}));
}

void TestSupervisor::restart_running_saysRestarted()
{
    Fixture f;
    f.add(sleeper(QStringLiteral("bot")));
    f.start({QStringLiteral("bot")});
    const qint64 before = f.supervisor.findRunner(QStringLiteral("bot"))->status().pid.value_or(0);
    f.reaper.add(before);
    std::optional<QList<Result>> results;
    f.supervisor.restart({QStringLiteral("bot")}, false, [&](const QList<Result> &r) { results = r; });
    QVERIFY(waitFor([&] { return results.has_value(); }));
    QCOMPARE(outcomes(*results),
             (QList<QPair<QString, ActionOutcome>>{{QStringLiteral("bot"), ActionOutcome::Restarted}}));
    const qint64 after = f.supervisor.findRunner(QStringLiteral("bot"))->status().pid.value_or(0);
    QVERIFY(after > 0 && after != before);
    QVERIFY(!corral::test::alive(before));
}

void TestSupervisor::stop_all_saysStoppedOrNotRunning()
{
    Fixture f;
    f.add(sleeper(QStringLiteral("runs")));
    f.add(sleeper(QStringLiteral("idle")));
    f.start({QStringLiteral("runs")});
    QList<QPair<QString, ActionOutcome>> got = outcomes(f.waitForStop({}, true));
    std::sort(got.begin(), got.end());
    QCOMPARE(got, (QList<QPair<QString, ActionOutcome>>{{QStringLiteral("idle"), ActionOutcome::NotRunning},
                                                        {QStringLiteral("runs"), ActionOutcome::Stopped}}));
}

void TestSupervisor::remove_running_isRefused()
{
    Fixture f;
    f.add(sleeper(QStringLiteral("bot")));
    f.start({QStringLiteral("bot")});
    Supervisor::Error e;
    QVERIFY(!f.supervisor.remove(QStringLiteral("bot"), &e));
    QCOMPARE(e.code, protocol::ErrorCode::Failed);
    QVERIFY(f.supervisor.findRunner(QStringLiteral("bot")));
}

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
