// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "configstore.h"
#include "strategy.h"

#include <QtTest>

#include <functional>

using namespace corral;

using Mutation = std::function<void(QList<Strategy> &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Strategy makeStrategy(const QString &name)
{
    Strategy strategy;
    strategy.name = name;
    strategy.program = QStringLiteral("/usr/bin/python3");
    return strategy;
}

// Valid strategies; each validation row breaks exactly one thing in them. Nothing depends on "ticker", so its
// name can be broken without dragging dependency errors along.
QList<Strategy> validSet()
{
    QList<Strategy> set{makeStrategy(QStringLiteral("feed")), makeStrategy(QStringLiteral("alpha")),
                        makeStrategy(QStringLiteral("report")), makeStrategy(QStringLiteral("ticker"))};
    set[1].dependencies = {QStringLiteral("feed")};
    set[2].dependencies = {QStringLiteral("alpha"), QStringLiteral("feed")};
    ScheduleWindow window;
    window.days = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
    window.start = QTime(9, 20);
    window.stop = QTime(15, 15);
    window.timeZone = QStringLiteral("Europe/Berlin");
    set[1].schedule.windows = {window};
    return set;
}

QString describe(const QList<ConfigError> &errors)
{
    QStringList lines;
    for (const ConfigError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestStrategy : public QObject
{
    Q_OBJECT

private slots:
    void restartModeName_eachMode_parsesBackToTheSameMode();
    void parseRestartMode_unknownOrMiscasedText_isRejected();
    void equality_eachFieldChanged_makesStrategiesDiffer();

    void checkName_acceptableNames_passes_data();
    void checkName_acceptableNames_passes();
    void checkName_unusableNames_explainWhy_data();
    void checkName_unusableNames_explainWhy();

    void checkAll_validSet_hasNoErrors();
    void checkAll_oneProblem_reportsItsFieldAndMessage_data();
    void checkAll_oneProblem_reportsItsFieldAndMessage();
    void checkAll_windowCrossingMidnightInLocalZone_isValid();
    void checkAll_threeStrategyCycle_isNamedOnceInOrder();
    void checkStrategy_fieldsAreRelativeToTheStrategy();
};

void TestStrategy::restartModeName_eachMode_parsesBackToTheSameMode()
{
    const QList<QPair<RestartMode, QString>> expected = {{RestartMode::Never, QStringLiteral("never")},
                                                         {RestartMode::OnFailure, QStringLiteral("on-failure")},
                                                         {RestartMode::Always, QStringLiteral("always")}};
    for (const auto &[mode, name] : expected) {
        QCOMPARE(restartModeName(mode), name);
        RestartMode parsed = mode == RestartMode::Never ? RestartMode::Always : RestartMode::Never;
        QVERIFY(parseRestartMode(name, &parsed));
        QCOMPARE(parsed, mode);
    }
}

void TestStrategy::parseRestartMode_unknownOrMiscasedText_isRejected()
{
    RestartMode mode = RestartMode::Always;
    for (const QString &text : {QStringLiteral("sometimes"), QStringLiteral("Always"), QStringLiteral("on_failure"),
                                QStringLiteral(""), QStringLiteral(" never")}) {
        QVERIFY2(!parseRestartMode(text, &mode), qPrintable(text));
        QCOMPARE(mode, RestartMode::Always); // untouched on failure
    }
}

void TestStrategy::equality_eachFieldChanged_makesStrategiesDiffer()
{
    const Strategy base = validSet().at(1);
    QVERIFY(base == validSet().at(1));

    const QList<std::function<void(Strategy &)>> changes = {
        [](Strategy &s) { s.name += QLatin1Char('x'); },
        [](Strategy &s) { s.program += QLatin1Char('x'); },
        [](Strategy &s) { s.args.append(QStringLiteral("-v")); },
        [](Strategy &s) { s.workingDir = QStringLiteral("/tmp"); },
        [](Strategy &s) { s.env.insert(QStringLiteral("K"), QStringLiteral("V")); },
        [](Strategy &s) { s.secretEnv.append(QStringLiteral("K")); },
        [](Strategy &s) { s.restart = RestartMode::Always; },
        [](Strategy &s) { s.maxRestarts += 1; },
        [](Strategy &s) { s.stopTimeoutMs += 1; },
        [](Strategy &s) { s.memoryMb += 1; },
        [](Strategy &s) { s.maxOpenFiles += 1; },
        [](Strategy &s) { s.threads += 1; },
        [](Strategy &s) { s.logMaxMb += 1; },
        [](Strategy &s) { s.logBackups += 1; },
        [](Strategy &s) { s.priority += 1; },
        [](Strategy &s) { s.dependencies.append(QStringLiteral("x")); },
        [](Strategy &s) { s.schedule.windows[0].days.append(Qt::Saturday); },
        [](Strategy &s) { s.schedule.windows[0].start = QTime(9, 21); },
        [](Strategy &s) { s.schedule.windows[0].stop = QTime(15, 16); },
        [](Strategy &s) { s.schedule.windows[0].timeZone.clear(); },
        [](Strategy &s) { s.schedule.holidays.append(QDate(2025, 12, 25)); },
        [](Strategy &s) { s.schedule.everyMinutes = 5; },
    };
    for (int i = 0; i < changes.size(); ++i) {
        Strategy changed = base;
        changes.at(i)(changed);
        QVERIFY2(changed != base, qPrintable(QStringLiteral("change %1 went unnoticed").arg(i)));
    }
}

void TestStrategy::checkName_acceptableNames_passes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("alpaca-bot");
    QTest::newRow("dots and spaces inside") << QStringLiteral("mean reversion v2.1");
    QTest::newRow("unicode") << QStringLiteral("стратегия");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a'));
}

void TestStrategy::checkName_acceptableNames_passes()
{
    QFETCH(QString, name);
    QCOMPARE(validation::checkName(name), QString());
}

void TestStrategy::checkName_unusableNames_explainWhy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("must not be empty");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("must not contain \"/\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("must not contain \"\\\"");
    QTest::newRow("colon") << QStringLiteral("c:bot") << QStringLiteral("must not contain \":\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("must not contain control characters");
    QTest::newRow("newline") << QStringLiteral("bot\n") << QStringLiteral("must not contain control characters");
    QTest::newRow("leading dot") << QStringLiteral(".hidden") << QStringLiteral("must not start with \".\"");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("must not start with \".\"");
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a'))
                                   << QStringLiteral("must be at most 64 characters (is 65)");
}

void TestStrategy::checkName_unusableNames_explainWhy()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(validation::checkName(name), message);
}

void TestStrategy::checkAll_validSet_hasNoErrors()
{
    const QList<ConfigError> errors = validation::checkAll(validSet());
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(validation::checkAll({}).isEmpty());
}

void TestStrategy::checkAll_oneProblem_reportsItsFieldAndMessage_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty name") << Mutation([](QList<Strategy> &s) { s[3].name.clear(); })
                                << QStringLiteral("strategies[3].name") << QStringLiteral("must not be empty");
    QTest::newRow("name with slash") << Mutation([](QList<Strategy> &s) { s[3].name = QStringLiteral("tick/er"); })
                                     << QStringLiteral("strategies[3].name")
                                     << QStringLiteral("must not contain \"/\"");
    QTest::newRow("duplicate name") << Mutation([](QList<Strategy> &s) { s[3].name = QStringLiteral("feed"); })
                                    << QStringLiteral("strategies[3].name")
                                    << QStringLiteral("duplicate name \"feed\" (also strategies[0])");
    QTest::newRow("empty program") << Mutation([](QList<Strategy> &s) { s[1].program.clear(); })
                                   << QStringLiteral("strategies[1].program") << QStringLiteral("must not be empty");
    QTest::newRow("blank program") << Mutation([](QList<Strategy> &s) { s[1].program = QStringLiteral("  "); })
                                   << QStringLiteral("strategies[1].program") << QStringLiteral("must not be empty");
    QTest::newRow("negative stop timeout")
        << Mutation([](QList<Strategy> &s) { s[0].stopTimeoutMs = -1500; })
        << QStringLiteral("strategies[0].stopTimeoutSec") << QStringLiteral("must not be negative (is -1.5)");
    QTest::newRow("negative max restarts")
        << Mutation([](QList<Strategy> &s) { s[0].maxRestarts = -1; }) << QStringLiteral("strategies[0].maxRestarts")
        << QStringLiteral("must not be negative (is -1)");
    QTest::newRow("negative memory") << Mutation([](QList<Strategy> &s) { s[0].memoryMb = -1; })
                                     << QStringLiteral("strategies[0].limits.memoryMb")
                                     << QStringLiteral("must not be negative (is -1)");
    QTest::newRow("negative open files") << Mutation([](QList<Strategy> &s) { s[0].maxOpenFiles = -2; })
                                         << QStringLiteral("strategies[0].limits.openFiles")
                                         << QStringLiteral("must not be negative (is -2)");
    QTest::newRow("negative threads") << Mutation([](QList<Strategy> &s) { s[0].threads = -3; })
                                      << QStringLiteral("strategies[0].limits.threads")
                                      << QStringLiteral("must not be negative (is -3)");
    QTest::newRow("log max zero") << Mutation([](QList<Strategy> &s) { s[0].logMaxMb = 0; })
                                  << QStringLiteral("strategies[0].log.maxMb")
                                  << QStringLiteral("must be at least 1 (is 0)");
    QTest::newRow("negative log backups")
        << Mutation([](QList<Strategy> &s) { s[0].logBackups = -1; }) << QStringLiteral("strategies[0].log.backups")
        << QStringLiteral("must not be negative (is -1)");
    QTest::newRow("restart out of range")
        << Mutation([](QList<Strategy> &s) { s[0].restart = static_cast<RestartMode>(7); })
        << QStringLiteral("strategies[0].restart")
        << QStringLiteral("unknown restart policy (use never, on-failure or always)");
    QTest::newRow("unknown dependency") << Mutation([](QList<Strategy> &s) {
        s[2].dependencies[1] = QStringLiteral("ghost");
    }) << QStringLiteral("strategies[2].dependencies[1]")
                                        << QStringLiteral("unknown strategy \"ghost\"");
    QTest::newRow("dependency on itself")
        << Mutation([](QList<Strategy> &s) { s[0].dependencies = {QStringLiteral("feed")}; })
        << QStringLiteral("strategies[0].dependencies[0]") << QStringLiteral("a strategy cannot depend on itself");
    QTest::newRow("two-strategy cycle") << Mutation([](QList<Strategy> &s) {
        s[0].dependencies = {QStringLiteral("alpha")};
    }) << QStringLiteral("strategies[0].dependencies")
                                        << QStringLiteral("dependency cycle: feed -> alpha -> feed");
    QTest::newRow("day out of range") << Mutation([](QList<Strategy> &s) { s[1].schedule.windows[0].days[2] = 8; })
                                      << QStringLiteral("strategies[1].schedule.windows[0].days[2]")
                                      << QStringLiteral("unknown day 8 (use mon, tue, wed, thu, fri, sat or sun)");
    QTest::newRow("no days") << Mutation([](QList<Strategy> &s) { s[1].schedule.windows[0].days.clear(); })
                             << QStringLiteral("strategies[1].schedule.windows[0].days")
                             << QStringLiteral("list at least one day");
    QTest::newRow("invalid start") << Mutation([](QList<Strategy> &s) { s[1].schedule.windows[0].start = QTime(); })
                                   << QStringLiteral("strategies[1].schedule.windows[0].start")
                                   << QStringLiteral("not a valid time (use HH:MM)");
    QTest::newRow("invalid stop") << Mutation([](QList<Strategy> &s) { s[1].schedule.windows[0].stop = QTime(); })
                                  << QStringLiteral("strategies[1].schedule.windows[0].stop")
                                  << QStringLiteral("not a valid time (use HH:MM)");
    QTest::newRow("unknown time zone") << Mutation([](QList<Strategy> &s) {
        s[1].schedule.windows[0].timeZone = QStringLiteral("Europe/Berlinn");
    }) << QStringLiteral("strategies[1].schedule.windows[0].tz")
                                       << QStringLiteral(
                                              "unknown time zone \"Europe/Berlinn\" (did you mean Europe/Berlin?)");
    QTest::newRow("time zone nothing like one")
        << Mutation([](QList<Strategy> &s) { s[1].schedule.windows[0].timeZone = QStringLiteral("Nowhere/At/All"); })
        << QStringLiteral("strategies[1].schedule.windows[0].tz")
        << QStringLiteral("unknown time zone \"Nowhere/At/All\" (use an IANA id such as Europe/Berlin)");
    QTest::newRow("zero-length window") << Mutation([](QList<Strategy> &s) {
        s[1].schedule.windows[0].stop = QTime(9, 20);
    }) << QStringLiteral("strategies[1].schedule.windows[0]")
                                        << QStringLiteral("window has zero length (start and stop are both 09:20)");
    QTest::newRow("invalid holiday") << Mutation([](QList<Strategy> &s) {
        s[1].schedule.holidays = {QDate(2025, 12, 24), QDate()};
    }) << QStringLiteral("strategies[1].schedule.holidays[1]")
                                     << QStringLiteral("not a valid date (use YYYY-MM-DD)");
    QTest::newRow("negative every minutes")
        << Mutation([](QList<Strategy> &s) { s[2].schedule.everyMinutes = -5; })
        << QStringLiteral("strategies[2].schedule.everyMinutes") << QStringLiteral("must not be negative (is -5)");
    QTest::newRow("windows and every minutes")
        << Mutation([](QList<Strategy> &s) { s[1].schedule.everyMinutes = 15; })
        << QStringLiteral("strategies[1].schedule") << QStringLiteral("set either windows or everyMinutes, not both");
    QTest::newRow("secret key missing from env") << Mutation([](QList<Strategy> &s) {
        s[0].env.insert(QStringLiteral("API_KEY"), QStringLiteral("k"));
        s[0].secretEnv = {QStringLiteral("API_KEY"), QStringLiteral("API_SECERT")};
    }) << QStringLiteral("strategies[0].secretEnv[1]")
                                                 << QStringLiteral("\"API_SECERT\" is not a key of env");
    QTest::newRow("env name with equals sign")
        << Mutation([](QList<Strategy> &s) { s[0].env.insert(QStringLiteral("A=B"), QStringLiteral("v")); })
        << QStringLiteral("strategies[0].env.A=B") << QStringLiteral("variable name must not contain \"=\"");
}

void TestStrategy::checkAll_oneProblem_reportsItsFieldAndMessage()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QList<Strategy> strategies = validSet();
    mutation(strategies);
    const QList<ConfigError> errors = validation::checkAll(strategies);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().message, message);
}

void TestStrategy::checkAll_windowCrossingMidnightInLocalZone_isValid()
{
    QList<Strategy> strategies = validSet();
    ScheduleWindow night;
    night.days = {Qt::Sunday};
    night.start = QTime(22, 0);
    night.stop = QTime(6, 30);
    strategies[2].schedule.windows = {night};
    strategies[2].schedule.holidays = {QDate(2025, 1, 1)};
    strategies[0].schedule.everyMinutes = 30;
    const QList<ConfigError> errors = validation::checkAll(strategies);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestStrategy::checkAll_threeStrategyCycle_isNamedOnceInOrder()
{
    QList<Strategy> strategies = validSet();
    strategies[0].dependencies = {QStringLiteral("report")};
    strategies[2].dependencies = {QStringLiteral("alpha")}; // otherwise feed <-> report is a second cycle
    const QList<ConfigError> errors = validation::checkAll(strategies);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().field, QStringLiteral("strategies[0].dependencies"));
    QCOMPARE(errors.first().message, QStringLiteral("dependency cycle: feed -> report -> alpha -> feed"));
}

void TestStrategy::checkStrategy_fieldsAreRelativeToTheStrategy()
{
    Strategy strategy = makeStrategy(QStringLiteral("x"));
    strategy.program.clear();
    strategy.logBackups = -1;
    const QList<ConfigError> errors = validation::checkStrategy(strategy);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, QStringLiteral("program"));
    QCOMPARE(errors.at(1).field, QStringLiteral("log.backups"));
}

QTEST_GUILESS_MAIN(TestStrategy)
#include "tst_strategy.moc"
