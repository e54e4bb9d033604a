// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

// The field table, tested row by row: each check below runs over strategyFields(), so a row added later is
// tested without anyone writing a test for it.

#include "strategyfields.h"
#include "strategyjson.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace corral;

namespace {

// Every member away from its default. A new row whose member is not set here fails
// everyField_isWrittenWhenNotDefault, which is the reminder to set it.
Strategy everyFieldSet()
{
    Strategy s;
    s.name = QStringLiteral("alpaca");
    s.program = QStringLiteral("/opt/bots/venv/bin/python");
    s.args = {QStringLiteral("-u"), QStringLiteral("bot.py")};
    s.workingDir = QStringLiteral("/opt/bots");
    s.env = {{QStringLiteral("API_KEY"), QStringLiteral("k")}};
    s.secretEnv = {QStringLiteral("API_KEY")};
    s.envFile = QStringLiteral("/opt/bots/.env");
    s.inheritedEnv = {{QStringLiteral("VIRTUAL_ENV"), QStringLiteral("/opt/bots/venv")}};
    s.restart = RestartMode::Always;
    s.maxRestarts = 3;
    s.stopTimeoutMs = 2500;
    s.leftovers = LeftoverMode::Kill;
    s.memoryMb = 512;
    s.maxOpenFiles = 1024;
    s.threads = 2;
    s.logMaxMb = 20;
    s.logBackups = 1;
    s.priority = -4;
    s.dependencies = {QStringLiteral("feed")};
    ScheduleWindow window;
    window.days = {Qt::Monday, Qt::Friday};
    window.start = QTime(9, 20);
    window.stop = QTime(15, 15);
    s.schedule.windows = {window};
    return s;
}

Strategy validStrategy()
{
    Strategy s;
    s.name = QStringLiteral("a");
    s.program = QStringLiteral("/bin/true");
    return s;
}

QJsonValue valueAt(const QJsonObject &json, const StrategyField &field)
{
    if (field.object().isEmpty())
        return json.value(field.key);
    return json.value(field.object()).toObject().value(field.name());
}

// A strategy's JSON holding this one field and nothing else.
QJsonObject withOnly(const StrategyField &field, const QJsonValue &value)
{
    if (field.object().isEmpty())
        return QJsonObject{{field.key, value}};
    return QJsonObject{{field.object(), QJsonObject{{field.name(), value}}}};
}

QString describe(const QList<ConfigError> &errors)
{
    QStringList lines;
    for (const ConfigError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestStrategyFields : public QObject
{
    Q_OBJECT

private slots:
    void table_keys_areUniqueAndNestOneLevel();
    void defaultStrategy_writesOnlyTheFieldsAlwaysWritten();
    void everyField_isWrittenWhenNotDefault();
    void everyField_readAlone_roundTripsAndTouchesOnlyItsMember();
    void everyField_wrongType_isRefusedNamingIt();
    void everyField_misspeltKey_isRefusedWithTheKeySuggested();
    void everyNumber_belowItsMinimum_failsValidationNamingIt();
};

void TestStrategyFields::table_keys_areUniqueAndNestOneLevel()
{
    QSet<QString> seen;
    for (const StrategyField &field : strategyFields()) {
        QVERIFY2(!seen.contains(field.key), qPrintable(field.key));
        seen.insert(field.key);
        QVERIFY2(field.key.count(QLatin1Char('.')) <= 1, qPrintable(field.key));
        // A nested object's name is a key of its own at the top level; a field may not take it.
        QVERIFY2(!seen.contains(field.object()) || field.object().isEmpty(), qPrintable(field.key));
        QVERIFY(field.isDefault && field.write && field.read);
    }
}

void TestStrategyFields::defaultStrategy_writesOnlyTheFieldsAlwaysWritten()
{
    // Even empty, a name and a program are written: without them the entry is not a strategy at all.
    const QJsonObject json = strategyToJson(Strategy());
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("program")}));
    for (const StrategyField &field : strategyFields())
        QVERIFY2(valueAt(json, field).isUndefined() != field.alwaysWritten, qPrintable(field.key));
}

void TestStrategyFields::everyField_isWrittenWhenNotDefault()
{
    const Strategy full = everyFieldSet();
    const QJsonObject json = strategyToJson(full);
    for (const StrategyField &field : strategyFields()) {
        QVERIFY2(!field.isDefault(full), qPrintable(field.key + QStringLiteral(" is at its default in the sample")));
        QVERIFY2(!valueAt(json, field).isUndefined(), qPrintable(field.key + QStringLiteral(" is not written")));
    }
}

void TestStrategyFields::everyField_readAlone_roundTripsAndTouchesOnlyItsMember()
{
    const QJsonObject fullJson = strategyToJson(everyFieldSet());
    for (const StrategyField &field : strategyFields()) {
        const QJsonValue value = valueAt(fullJson, field);
        Strategy read;
        QList<ConfigError> errors;
        QVERIFY2(strategyFromJson(withOnly(field, value), &read, &errors), qPrintable(describe(errors)));
        QVERIFY2(!field.isDefault(read), qPrintable(field.key));
        QCOMPARE(valueAt(strategyToJson(read), field), value);
        for (const StrategyField &other : strategyFields()) {
            if (other.key != field.key)
                QVERIFY2(other.isDefault(read), qPrintable(field.key + QStringLiteral(" changed ") + other.key));
        }
    }
}

void TestStrategyFields::everyField_wrongType_isRefusedNamingIt()
{
    const QJsonObject fullJson = strategyToJson(everyFieldSet());
    for (const StrategyField &field : strategyFields()) {
        // No field takes a boolean; and each takes a string or a number but not both.
        const QJsonValue other = valueAt(fullJson, field).isString() ? QJsonValue(5) : QJsonValue(QStringLiteral("5"));
        for (const QJsonValue &wrong : {QJsonValue(true), other}) {
            Strategy read = validStrategy();
            QList<ConfigError> errors;
            const QString what =
                field.key + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(QJsonArray{wrong}).toJson());
            QVERIFY2(!strategyFromJson(withOnly(field, wrong), &read, &errors, QStringLiteral("strategies[4].")),
                     qPrintable(what));
            QVERIFY2(errors.size() == 1, qPrintable(what + describe(errors)));
            QCOMPARE(errors.first().field, QStringLiteral("strategies[4].") + field.key);
            QVERIFY2(errors.first().message.startsWith(QLatin1String("expected ")), qPrintable(describe(errors)));
            QCOMPARE(read, validStrategy());
        }
    }
}

void TestStrategyFields::everyField_misspeltKey_isRefusedWithTheKeySuggested()
{
    const QJsonObject fullJson = strategyToJson(everyFieldSet());
    for (const StrategyField &field : strategyFields()) {
        const QString misspelt = field.name().chopped(1);
        const QJsonObject json = field.object().isEmpty()
                                     ? QJsonObject{{misspelt, valueAt(fullJson, field)}}
                                     : QJsonObject{{field.object(), QJsonObject{{misspelt, valueAt(fullJson, field)}}}};
        QList<ConfigError> errors;
        Strategy read;
        QVERIFY2(!strategyFromJson(json, &read, &errors), qPrintable(field.key));
        QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
        const QString expectedField =
            field.object().isEmpty() ? misspelt : field.object() + QLatin1Char('.') + misspelt;
        QCOMPARE(errors.first().field, expectedField);
        QCOMPARE(errors.first().message,
                 QStringLiteral("unknown key \"%1\" (did you mean \"%2\"?)").arg(misspelt, field.name()));
    }
}

void TestStrategyFields::everyNumber_belowItsMinimum_failsValidationNamingIt()
{
    int checked = 0;
    for (const StrategyField &field : strategyFields()) {
        if (!field.checkMinimum)
            continue;
        ++checked;
        // The minimum is in the member's unit; one below it in the file's unit (seconds for milliseconds) is
        // below it in the member's unit too.
        Strategy atMinimum = validStrategy();
        QList<ConfigError> errors;
        QVERIFY2(strategyFromJson(withOnly(field, field.minimum), &atMinimum, &errors), qPrintable(describe(errors)));
        errors = validation::checkStrategy(atMinimum);
        QVERIFY2(errors.isEmpty(), qPrintable(field.key + describe(errors)));

        Strategy below = validStrategy();
        QVERIFY2(strategyFromJson(withOnly(field, field.minimum - 1), &below, &errors), qPrintable(describe(errors)));
        errors = validation::checkStrategy(below);
        QVERIFY2(errors.size() == 1, qPrintable(field.key + describe(errors)));
        QCOMPARE(errors.first().field, field.key);
        QVERIFY2(errors.first().message.startsWith(QLatin1String("must ")), qPrintable(describe(errors)));
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestStrategyFields)
#include "tst_strategyfields.moc"
