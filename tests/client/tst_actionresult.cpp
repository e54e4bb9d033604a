// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

// How a client reads the results of start, stop and restart: every wire word as its own value, and a row
// that cannot be read is an error naming it, never a line printed from whatever was there.

#include "actionresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace corral;
using Result = ActionResult::Result;

Q_DECLARE_METATYPE(corral::ActionResult::Result)

class TestActionResult : public QObject
{
    Q_OBJECT

private slots:
    void parseResult_everyWireWord_readsItsValueAndNamesItBack_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<Result>("result");
        QTest::newRow("started") << QStringLiteral("started") << Result::Started;
        QTest::newRow("already-running") << QStringLiteral("already-running") << Result::AlreadyRunning;
        QTest::newRow("stopped") << QStringLiteral("stopped") << Result::Stopped;
        QTest::newRow("not-running") << QStringLiteral("not-running") << Result::NotRunning;
        QTest::newRow("restarted") << QStringLiteral("restarted") << Result::Restarted;
        QTest::newRow("failed") << QStringLiteral("failed") << Result::Failed;
    }

    void parseResult_everyWireWord_readsItsValueAndNamesItBack()
    {
        QFETCH(QString, word);
        QFETCH(Result, result);
        Result parsed = result == Result::Failed ? Result::Started : Result::Failed;
        QVERIFY(ActionResult::parseResult(word, &parsed));
        QCOMPARE(parsed, result);
        QCOMPARE(ActionResult::resultName(result), word);
    }

    void parseResult_otherWords_areRefused()
    {
        Result parsed = Result::Started;
        for (const char *word : {"", "Started", "already running", "running", "ok"})
            QVERIFY2(!ActionResult::parseResult(QString::fromLatin1(word), &parsed), word);
        QCOMPARE(parsed, Result::Started);
    }

    void readActionResults_rows_keepNameResultAndMessageInOrder()
    {
        const QJsonArray rows{
            QJsonObject{{"name", "a"}, {"result", "started"}, {"message", "started (pid 42)"}},
            QJsonObject{{"name", "b"}, {"result", "failed"}, {"message", "b: program /nope does not exist"}},
            QJsonObject{{"name", "c"}, {"result", "not-running"}},
        };
        QList<ActionResult> results;
        QString error;
        QVERIFY2(readActionResults(rows, &results, &error), qPrintable(error));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).name, QStringLiteral("a"));
        QCOMPARE(results.at(0).result, Result::Started);
        QCOMPARE(results.at(0).message, QStringLiteral("started (pid 42)"));
        QCOMPARE(results.at(1).result, Result::Failed);
        QCOMPARE(results.at(1).message, QStringLiteral("b: program /nope does not exist"));
        QCOMPARE(results.at(2).name, QStringLiteral("c"));
        QCOMPARE(results.at(2).result, Result::NotRunning);
        QVERIFY(results.at(2).message.isEmpty());
    }

    void readActionResults_absent_isAnEmptyList()
    {
        QList<ActionResult> results{ActionResult{QStringLiteral("stale"), Result::Started, QString()}};
        QString error;
        QVERIFY(readActionResults(QJsonObject().value(QLatin1String("results")), &results, &error));
        QVERIFY(results.isEmpty());
    }

    void readActionResults_unreadable_isAnErrorNamingTheRow_data()
    {
        QTest::addColumn<QJsonValue>("results");
        QTest::addColumn<QString>("expected");
        const QJsonObject good{{"name", "a"}, {"result", "stopped"}};
        QTest::newRow("not a list") << QJsonValue(QJsonObject{}) << QStringLiteral("\"results\" is not a list");
        QTest::newRow("row not an object") << QJsonValue(QJsonArray{good, 3}) << QStringLiteral("results[1]");
        QTest::newRow("unknown result") << QJsonValue(QJsonArray{QJsonObject{{"name", "a"}, {"result", "exploded"}}})
                                        << QStringLiteral("(results[0]): unknown result \"exploded\"");
        QTest::newRow("result missing") << QJsonValue(QJsonArray{QJsonObject{{"name", "a"}}})
                                        << QStringLiteral("results[0]");
        QTest::newRow("name missing") << QJsonValue(QJsonArray{good, QJsonObject{{"result", "stopped"}}})
                                      << QStringLiteral("results[1]");
        QTest::newRow("message a number")
            << QJsonValue(QJsonArray{QJsonObject{{"name", "a"}, {"result", "stopped"}, {"message", 5}}})
            << QStringLiteral("results[0]");
    }

    void readActionResults_unreadable_isAnErrorNamingTheRow()
    {
        QFETCH(QJsonValue, results);
        QFETCH(QString, expected);
        QList<ActionResult> read{ActionResult{QStringLiteral("kept"), Result::Started, QString()}};
        QString error;
        QVERIFY(!readActionResults(results, &read, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().name, QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestActionResult)
#include "tst_actionresult.moc"
