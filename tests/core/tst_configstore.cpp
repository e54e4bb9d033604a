// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "configstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral;

namespace {

Strategy minimalStrategy(const QString &name)
{
    Strategy strategy;
    strategy.name = name;
    strategy.program = QStringLiteral("/usr/bin/python3");
    return strategy;
}

// Every field away from its default, so a field lost on the way shows up as a difference.
Strategy fullStrategy()
{
    Strategy s;
    s.name = QStringLiteral("alpaca");
    s.program = QStringLiteral("/opt/bots/venv/bin/python");
    s.args = {QStringLiteral("-u"), QStringLiteral("bot.py"), QStringLiteral("--symbols=AAPL,MSFT"),
              QStringLiteral("with space")};
    s.workingDir = QStringLiteral("/opt/bots/alpaca");
    s.env = {{QStringLiteral("APCA_API_KEY_ID"), QStringLiteral("key")},
             {QStringLiteral("APCA_API_SECRET_KEY"), QStringLiteral("s3cr3t")},
             {QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")}};
    s.secretEnv = {QStringLiteral("APCA_API_SECRET_KEY")};
    s.restart = RestartMode::Always;
    s.maxRestarts = 3;
    s.stopTimeoutMs = 12500;
    s.memoryMb = 2048;
    s.maxOpenFiles = 4096;
    s.threads = 2;
    s.logMaxMb = 50;
    s.logBackups = 0;
    s.priority = -7;
    s.dependencies = {QStringLiteral("feed")};

    ScheduleWindow day;
    day.days = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
    day.start = QTime(9, 20);
    day.stop = QTime(15, 15);
    day.timeZone = QStringLiteral("America/New_York");
    ScheduleWindow night;
    night.days = {Qt::Sunday};
    night.start = QTime(23, 0);
    night.stop = QTime(1, 5);
    s.schedule.windows = {day, night};
    s.schedule.holidays = {QDate(2025, 12, 25), QDate(2026, 1, 1)};
    return s;
}

QList<Strategy> fullSet()
{
    Strategy cron = minimalStrategy(QStringLiteral("feed"));
    cron.schedule.everyMinutes = 15;
    return {cron, fullStrategy()};
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString describe(const QList<ConfigError> &errors)
{
    QStringList lines;
    for (const ConfigError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

// Line 7 is `"program": "/bin/true"` with its comma missing.
const QByteArray missingCommaOnLine7 = R"({
  "version": 1,
  "strategies": [
    {
      "name": "alpha",
      "args": ["-u"],
      "program": "/bin/true"
      "restart": "always"
    }
  ]
}
)";

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void strategyToJson_fullyPopulated_roundTripsToAnEqualStrategy();
    void save_thenLoad_returnsEqualStrategies();
    void strategyToJson_defaults_areOmitted();
    void load_onlyNameAndProgram_restoresEveryDefault();
    void stopTimeoutSec_fractionalSeconds_areKeptAsMilliseconds();
    void strategyFromJson_absentKeys_leaveFieldsAsTheyWere();

    void load_missingFile_isAnEmptyValidConfig();
    void load_blankFile_isAnEmptyValidConfig();
    void load_corruptFile_reportsLineAndKeepsBytes();
    void load_syntaxError_pointsAtTheLineOfTheMistake_data();
    void load_syntaxError_pointsAtTheLineOfTheMistake();
    void load_badContent_reportsFieldMessageAndLine_data();
    void load_badContent_reportsFieldMessageAndLine();
    void loadWithAllErrors_severalMistakes_reportsEveryOne();
    void load_failure_leavesTheCallersListUntouched();

    void save_existingFile_keepsPreviousContentAsBak();
    void save_missingDirectory_isCreatedAndFileIsPrivate();
    void save_existingFilePermissions_areKept();
    void save_invalidStrategies_refusesAndWritesNothing();
    void save_overNewerVersionFile_refusesAndKeepsBytes();
    void save_savedFile_isIndentedWithVersion();

    void configErrorToString_leavesOutEmptyParts();

private:
    QString configPath() const { return m_dir.filePath(QStringLiteral("config/strategies.json")); }

    QTemporaryDir m_dir;
};

void TestConfigStore::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config"))));
}

void TestConfigStore::strategyToJson_fullyPopulated_roundTripsToAnEqualStrategy()
{
    const Strategy original = fullStrategy();
    Strategy loaded;
    QList<ConfigError> errors;
    QVERIFY2(strategyFromJson(strategyToJson(original), &loaded, &errors), qPrintable(describe(errors)));
    QVERIFY(errors.isEmpty());
    QCOMPARE(loaded, original);
}

void TestConfigStore::save_thenLoad_returnsEqualStrategies()
{
    const ConfigStore store(configPath());
    ConfigError error;
    QVERIFY2(store.save(fullSet(), &error), qPrintable(error.toString()));

    QList<Strategy> loaded;
    QVERIFY2(store.load(&loaded, &error), qPrintable(error.toString()));
    QCOMPARE(loaded, fullSet());
}

void TestConfigStore::strategyToJson_defaults_areOmitted()
{
    const QJsonObject json = strategyToJson(minimalStrategy(QStringLiteral("a")));
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("program")}));

    // A single non-default member brings only its own key into a nested object.
    Strategy strategy = minimalStrategy(QStringLiteral("a"));
    strategy.threads = 1;
    strategy.logBackups = 2;
    const QJsonObject nested = strategyToJson(strategy);
    QCOMPARE(nested.value(QLatin1String("limits")).toObject().keys(), QStringList{QStringLiteral("threads")});
    QCOMPARE(nested.value(QLatin1String("log")).toObject().keys(), QStringList{QStringLiteral("backups")});
}

void TestConfigStore::load_onlyNameAndProgram_restoresEveryDefault()
{
    writeBytes(configPath(), R"({"version": 1, "strategies": [{"name": "a", "program": "/usr/bin/python3"}]})");
    QList<Strategy> loaded;
    ConfigError error;
    QVERIFY2(ConfigStore(configPath()).load(&loaded, &error), qPrintable(error.toString()));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first(), minimalStrategy(QStringLiteral("a")));
    QCOMPARE(loaded.first().restart, RestartMode::OnFailure);
    QCOMPARE(loaded.first().stopTimeoutMs, 5000);
    QCOMPARE(loaded.first().logMaxMb, 10);
}

void TestConfigStore::stopTimeoutSec_fractionalSeconds_areKeptAsMilliseconds()
{
    Strategy strategy;
    QList<ConfigError> errors;
    QVERIFY(strategyFromJson(QJsonObject{{QStringLiteral("stopTimeoutSec"), 2.5}}, &strategy, &errors));
    QCOMPARE(strategy.stopTimeoutMs, 2500);
    QVERIFY(strategyFromJson(QJsonObject{{QStringLiteral("stopTimeoutSec"), 0.25}}, &strategy, &errors));
    QCOMPARE(strategy.stopTimeoutMs, 250);
    QCOMPARE(strategyToJson(strategy).value(QLatin1String("stopTimeoutSec")).toDouble(), 0.25);
    strategy.stopTimeoutMs = 30000;
    QCOMPARE(strategyToJson(strategy).value(QLatin1String("stopTimeoutSec")).toDouble(), 30.0);
}

void TestConfigStore::strategyFromJson_absentKeys_leaveFieldsAsTheyWere()
{
    Strategy strategy = fullStrategy();
    QList<ConfigError> errors;
    QVERIFY(strategyFromJson(QJsonObject{{QStringLiteral("priority"), 3}}, &strategy, &errors));
    Strategy expected = fullStrategy();
    expected.priority = 3;
    QCOMPARE(strategy, expected);
}

void TestConfigStore::load_missingFile_isAnEmptyValidConfig()
{
    QList<Strategy> loaded = fullSet();
    ConfigError error;
    QVERIFY(ConfigStore(m_dir.filePath(QStringLiteral("nowhere/strategies.json"))).load(&loaded, &error));
    QVERIFY(loaded.isEmpty());
}

void TestConfigStore::load_blankFile_isAnEmptyValidConfig()
{
    writeBytes(configPath(), "\n  \n");
    QList<Strategy> loaded = fullSet();
    ConfigError error;
    QVERIFY2(ConfigStore(configPath()).load(&loaded, &error), qPrintable(error.toString()));
    QVERIFY(loaded.isEmpty());
}

void TestConfigStore::load_corruptFile_reportsLineAndKeepsBytes()
{
    writeBytes(configPath(), missingCommaOnLine7);
    const ConfigStore store(configPath());

    QList<Strategy> loaded;
    ConfigError error;
    QVERIFY(!store.load(&loaded, &error));
    QCOMPARE(error.file, configPath());
    QCOMPARE(error.line, 7);
    QVERIFY2(error.message.contains(QLatin1String("comma")), qPrintable(error.message));
    QVERIFY2(error.toString().startsWith(configPath() + QStringLiteral(":7: ")), qPrintable(error.toString()));

    ConfigError saveError;
    QVERIFY(!store.save(fullSet(), &saveError));
    QVERIFY2(saveError.message.contains(QLatin1String("does not parse")), qPrintable(saveError.toString()));
    QCOMPARE(saveError.file, configPath());
    QCOMPARE(saveError.line, 7);
    QCOMPARE(readBytes(configPath()), missingCommaOnLine7);
    QVERIFY(!QFile::exists(configPath() + QStringLiteral(".bak")));
}

void TestConfigStore::load_syntaxError_pointsAtTheLineOfTheMistake_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("missing comma between array items") << QByteArray("{\"version\": 1,\n"
                                                                     "\"strategies\": [\n"
                                                                     "{\"name\": \"a\"}\n"
                                                                     "\n"
                                                                     "{\"name\": \"b\"}]}\n")
                                                       << 3;
    QTest::newRow("missing colon") << QByteArray("{\n\"version\": 1,\n\"strategies\" []\n}") << 3;
    QTest::newRow("trailing comma") << QByteArray("{\n\"version\": 1,\n\"strategies\": [],\n}") << 3;
    QTest::newRow("bare word") << QByteArray("{\n\"version\": 1,\n\"strategies\": [{\"restart\": always}]\n}") << 3;
    QTest::newRow("unterminated string") << QByteArray("{\n\"version\": 1,\n\"strategies\n") << 3;
    QTest::newRow("truncated file") << QByteArray("{\n\"version\": 1,\n\"strategies\": [\n") << 3;
}

void TestConfigStore::load_syntaxError_pointsAtTheLineOfTheMistake()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    writeBytes(configPath(), text);
    QList<Strategy> loaded;
    ConfigError error;
    QVERIFY(!ConfigStore(configPath()).load(&loaded, &error));
    QVERIFY2(error.line == line, qPrintable(error.toString()));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.field.isEmpty());
}

void TestConfigStore::load_badContent_reportsFieldMessageAndLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    // Three strategies, one per line from line 3; each row replaces the placeholder in one of them.
    const auto file = [](const QByteArray &first, const QByteArray &second, const QByteArray &third) {
        return QByteArray("{\"version\": 1,\n\"strategies\": [\n"
                          "{\"name\": \"a\", \"program\": \"/bin/true\"" +
                          first + "},\n{\"name\": \"b\", \"program\": \"/bin/true\"" + second +
                          "},\n{\"name\": \"c\", \"program\": \"/bin/true\"" + third + "}\n]}\n");
    };

    QTest::newRow("unknown restart policy")
        << file("", "", ", \"restart\": \"sometimes\"") << QStringLiteral("strategies[2].restart")
        << QStringLiteral("unknown restart policy \"sometimes\" (use never, on-failure or always)") << 5;
    QTest::newRow("misspelt key") << file("", ", \"restrat\": \"always\"", "")
                                  << QStringLiteral("strategies[1].restrat")
                                  << QStringLiteral("unknown key \"restrat\" (did you mean \"restart\"?)") << 4;
    QTest::newRow("key from a hand-written manager")
        << file(", \"auto_restart\": true", "", "") << QStringLiteral("strategies[0].auto_restart")
        << QStringLiteral("unknown key \"auto_restart\" (did you mean \"restart\"?)") << 3;
    QTest::newRow("unknown nested key") << file("", "", ", \"limits\": {\"memroyMb\": 5}")
                                        << QStringLiteral("strategies[2].limits.memroyMb")
                                        << QStringLiteral("unknown key \"memroyMb\" (did you mean \"memoryMb\"?)") << 5;
    QTest::newRow("unrelated unknown key")
        << file("", ", \"colour\": \"red\"", "") << QStringLiteral("strategies[1].colour")
        << QStringLiteral("unknown key \"colour\"") << 4;
    QTest::newRow("number as string") << file(", \"maxRestarts\": \"3\"", "", "")
                                      << QStringLiteral("strategies[0].maxRestarts")
                                      << QStringLiteral("expected a whole number") << 3;
    QTest::newRow("fractional count") << file(", \"log\": {\"backups\": 2.5}", "", "")
                                      << QStringLiteral("strategies[0].log.backups")
                                      << QStringLiteral("expected a whole number") << 3;
    QTest::newRow("args as one string") << file("", ", \"args\": \"-u bot.py\"", "")
                                        << QStringLiteral("strategies[1].args")
                                        << QStringLiteral("expected a list of strings") << 4;
    QTest::newRow("env value not a string")
        << file("", "", ", \"env\": {\"OMP_NUM_THREADS\": 4}") << QStringLiteral("strategies[2].env.OMP_NUM_THREADS")
        << QStringLiteral("expected a string") << 5;
    QTest::newRow("bad day name")
        << file(", \"schedule\": {\"windows\": [{\"days\": [\"mon\", \"mo\"], \"start\": \"09:20\", \"stop\": "
                "\"15:15\"}]}",
                "", "")
        << QStringLiteral("strategies[0].schedule.windows[0].days[1]")
        << QStringLiteral("unknown day \"mo\" (use mon, tue, wed, thu, fri, sat or sun)") << 3;
    QTest::newRow("bad time")
        << file("", ", \"schedule\": {\"windows\": [{\"days\": [\"mon\"], \"start\": \"25:00\", \"stop\": \"15:15\"}]}",
                "")
        << QStringLiteral("strategies[1].schedule.windows[0].start")
        << QStringLiteral("\"25:00\" is not a valid time (use HH:MM)") << 4;
    QTest::newRow("time with seconds")
        << file("",
                ", \"schedule\": {\"windows\": [{\"days\": [\"mon\"], \"start\": \"09:00\", \"stop\": \"9:15:00\"}]}",
                "")
        << QStringLiteral("strategies[1].schedule.windows[0].stop")
        << QStringLiteral("\"9:15:00\" is not a valid time (use HH:MM)") << 4;
    QTest::newRow("window without start")
        << file("", ", \"schedule\": {\"windows\": [{\"days\": [\"mon\"], \"stop\": \"15:15\"}]}", "")
        << QStringLiteral("strategies[1].schedule.windows[0].start") << QStringLiteral("missing (use HH:MM)") << 4;
    QTest::newRow("unknown time zone")
        << file("", "",
                ", \"schedule\": {\"windows\": [{\"days\": [\"sat\"], \"start\": \"10:00\", \"stop\": \"11:00\", "
                "\"tz\": \"Mars/Olympus\"}]}")
        << QStringLiteral("strategies[2].schedule.windows[0].tz")
        << QStringLiteral("unknown time zone \"Mars/Olympus\" (use an IANA id such as Europe/Berlin)") << 5;
    QTest::newRow("zero-length window")
        << file("", "",
                ", \"schedule\": {\"windows\": [{\"days\": [\"sat\"], \"start\": \"10:00\", \"stop\": \"10:00\"}]}")
        << QStringLiteral("strategies[2].schedule.windows[0]")
        << QStringLiteral("window has zero length (start and stop are both 10:00)") << 5;
    QTest::newRow("bad holiday") << file(", \"schedule\": {\"holidays\": [\"2025-02-30\"]}", "", "")
                                 << QStringLiteral("strategies[0].schedule.holidays[0]")
                                 << QStringLiteral("\"2025-02-30\" is not a valid date (use YYYY-MM-DD)") << 3;
    QTest::newRow("negative every minutes")
        << file(", \"schedule\": {\"everyMinutes\": -1}", "", "")
        << QStringLiteral("strategies[0].schedule.everyMinutes") << QStringLiteral("must not be negative (is -1)") << 3;
    QTest::newRow("negative stop timeout")
        << file("", ", \"stopTimeoutSec\": -0.5", "") << QStringLiteral("strategies[1].stopTimeoutSec")
        << QStringLiteral("must not be negative (is -0.5)") << 4;
    QTest::newRow("duplicate name") << file("", "", "").replace("\"c\"", "\"a\"")
                                    << QStringLiteral("strategies[2].name")
                                    << QStringLiteral("duplicate name \"a\" (also strategies[0])") << 5;
    QTest::newRow("missing program") << file("", "", "").replace(", \"program\": \"/bin/true\"}\n]", "}\n]")
                                     << QStringLiteral("strategies[2].program") << QStringLiteral("must not be empty")
                                     << 5;
    QTest::newRow("dependency cycle") << file(", \"dependencies\": [\"c\"]", "", ", \"dependencies\": [\"a\"]")
                                      << QStringLiteral("strategies[0].dependencies")
                                      << QStringLiteral("dependency cycle: a -> c -> a") << 3;
    QTest::newRow("unknown dependency") << file("", ", \"dependencies\": [\"a\", \"z\"]", "")
                                        << QStringLiteral("strategies[1].dependencies[1]")
                                        << QStringLiteral("unknown strategy \"z\"") << 4;

    QTest::newRow("newer version") << QByteArray("{\n  \"version\": 2,\n  \"strategies\": [],\n  \"groups\": []\n}")
                                   << QStringLiteral("version")
                                   << QStringLiteral("unsupported config version 2 (this Corral reads 1)") << 2;
    QTest::newRow("missing version") << QByteArray("{\"strategies\": []}") << QStringLiteral("version")
                                     << QStringLiteral("missing (this Corral reads 1)") << 1;
    QTest::newRow("unknown top-level key")
        << QByteArray("{\n\"version\": 1,\n\"stratgies\": []\n}") << QStringLiteral("stratgies")
        << QStringLiteral("unknown key \"stratgies\" (did you mean \"strategies\"?)") << 3;
    QTest::newRow("strategy not an object")
        << QByteArray("{\"version\": 1, \"strategies\": [\n\"a\"]}") << QStringLiteral("strategies[0]")
        << QStringLiteral("expected an object") << 2;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\n\"version\": 1,\n\"strategies\": [\n{\"nam\": 1}]}")
                                     << QStringLiteral("strategies[0].nam")
                                     << QStringLiteral("unknown key \"nam\" (did you mean \"name\"?)") << 4;
}

void TestConfigStore::load_badContent_reportsFieldMessageAndLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, line);

    writeBytes(configPath(), text);
    QList<Strategy> loaded;
    QList<ConfigError> errors;
    QVERIFY(!ConfigStore(configPath()).loadWithAllErrors(&loaded, &errors));
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    const ConfigError &error = errors.first();
    QCOMPARE(error.field, field);
    QCOMPARE(error.message, message);
    QCOMPARE(error.file, configPath());
    QCOMPARE(error.line, line);

    ConfigError first;
    QVERIFY(!ConfigStore(configPath()).load(&loaded, &first));
    QCOMPARE(first.toString(), error.toString());
}

void TestConfigStore::loadWithAllErrors_severalMistakes_reportsEveryOne()
{
    writeBytes(configPath(), R"({"version": 1, "strategies": [
  {"name": "a", "program": "p", "restrat": "always"},
  {"name": "b", "program": "p", "restart": "sometimes", "priority": "high"}
]})");
    QList<Strategy> loaded;
    QList<ConfigError> errors;
    QVERIFY(!ConfigStore(configPath()).loadWithAllErrors(&loaded, &errors));
    QStringList fields;
    for (const ConfigError &error : errors)
        fields.append(QStringLiteral("%1@%2").arg(error.field).arg(error.line));
    QCOMPARE(fields, (QStringList{QStringLiteral("strategies[0].restrat@2"), QStringLiteral("strategies[1].restart@3"),
                                  QStringLiteral("strategies[1].priority@3")}));
}

void TestConfigStore::load_failure_leavesTheCallersListUntouched()
{
    writeBytes(configPath(), missingCommaOnLine7);
    QList<Strategy> lastGood = fullSet();
    ConfigError error;
    QVERIFY(!ConfigStore(configPath()).load(&lastGood, &error));
    QCOMPARE(lastGood, fullSet());

    writeBytes(configPath(), R"({"version": 1, "strategies": [{"name": "a", "program": ""}]})");
    QVERIFY(!ConfigStore(configPath()).load(&lastGood, &error));
    QCOMPARE(lastGood, fullSet());
}

void TestConfigStore::save_existingFile_keepsPreviousContentAsBak()
{
    const ConfigStore store(configPath());
    ConfigError error;
    QVERIFY2(store.save({minimalStrategy(QStringLiteral("first"))}, &error), qPrintable(error.toString()));
    QVERIFY(!QFile::exists(configPath() + QStringLiteral(".bak")));
    const QByteArray firstBytes = readBytes(configPath());

    QVERIFY2(store.save(fullSet(), &error), qPrintable(error.toString()));
    QCOMPARE(readBytes(configPath() + QStringLiteral(".bak")), firstBytes);
    QList<Strategy> loaded;
    QVERIFY(store.load(&loaded, &error));
    QCOMPARE(loaded, fullSet());

    // A hand-edited, valid file is what the next backup holds, byte for byte.
    const QByteArray handEdited = "{ \"version\": 1,\n  \"strategies\": [ {\"name\": \"x\", \"program\": \"y\"} ] }\n";
    writeBytes(configPath(), handEdited);
    QVERIFY2(store.save(fullSet(), &error), qPrintable(error.toString()));
    QCOMPARE(readBytes(configPath() + QStringLiteral(".bak")), handEdited);
}

void TestConfigStore::save_missingDirectory_isCreatedAndFileIsPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/home/config/strategies.json"));
    ConfigError error;
    QVERIFY2(ConfigStore(path).save(fullSet(), &error), qPrintable(error.toString()));
    QVERIFY(QFile::exists(path));
#ifdef Q_OS_UNIX
    // env may hold API keys
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
#endif
}

void TestConfigStore::save_existingFilePermissions_areKept()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix permission bits");
#endif
    writeBytes(configPath(), R"({"version": 1, "strategies": []})");
    const QFileDevice::Permissions chosen = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser;
    QVERIFY(QFile::setPermissions(configPath(), chosen));
    ConfigError error;
    QVERIFY2(ConfigStore(configPath()).save(fullSet(), &error), qPrintable(error.toString()));
    QCOMPARE(QFile::permissions(configPath()) & QFileDevice::ReadGroup, QFileDevice::ReadGroup);
    QCOMPARE(QFile::permissions(configPath() + QStringLiteral(".bak")) & QFileDevice::ReadGroup,
             QFileDevice::ReadGroup);
}

void TestConfigStore::save_invalidStrategies_refusesAndWritesNothing()
{
    const QByteArray before = R"({"version": 1, "strategies": []})";
    writeBytes(configPath(), before);
    QList<Strategy> strategies = fullSet();
    strategies[1].restart = RestartMode::Never;
    strategies[1].dependencies = {QStringLiteral("ghost")};

    ConfigError error;
    QVERIFY(!ConfigStore(configPath()).save(strategies, &error));
    QCOMPARE(error.field, QStringLiteral("strategies[1].dependencies[0]"));
    QCOMPARE(error.message, QStringLiteral("unknown strategy \"ghost\""));
    QCOMPARE(readBytes(configPath()), before);
    QVERIFY(!QFile::exists(configPath() + QStringLiteral(".bak")));
}

void TestConfigStore::save_overNewerVersionFile_refusesAndKeepsBytes()
{
    const QByteArray newer = R"({"version": 2, "strategies": [], "groups": [{"name": "g"}]})";
    writeBytes(configPath(), newer);
    ConfigError error;
    QVERIFY(!ConfigStore(configPath()).save(fullSet(), &error));
    QVERIFY2(error.message.contains(QLatin1String("newer Corral")), qPrintable(error.toString()));
    QCOMPARE(readBytes(configPath()), newer);
    QVERIFY(!QFile::exists(configPath() + QStringLiteral(".bak")));
}

void TestConfigStore::save_savedFile_isIndentedWithVersion()
{
    ConfigError error;
    QVERIFY(ConfigStore(configPath()).save(fullSet(), &error));
    const QByteArray bytes = readBytes(configPath());
    QVERIFY2(bytes.count('\n') > 20, bytes.constData());
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), ConfigStore::SchemaVersion);
    QCOMPARE(root.value(QLatin1String("strategies")).toArray().size(), 2);
    QCOMPARE(root.value(QLatin1String("strategies")).toArray().at(1).toObject().value(QLatin1String("restart")),
             QJsonValue(QStringLiteral("always")));
}

void TestConfigStore::configErrorToString_leavesOutEmptyParts()
{
    ConfigError error;
    error.message = QStringLiteral("m");
    QCOMPARE(error.toString(), QStringLiteral("m"));
    error.field = QStringLiteral("strategies[0].name");
    QCOMPARE(error.toString(), QStringLiteral("strategies[0].name: m"));
    error.file = QStringLiteral("/c/s.json");
    QCOMPARE(error.toString(), QStringLiteral("/c/s.json: strategies[0].name: m"));
    error.line = 4;
    QCOMPARE(error.toString(), QStringLiteral("/c/s.json:4: strategies[0].name: m"));
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
