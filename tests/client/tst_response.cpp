// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

// How a client reads corrald's answers: a reply that cannot be read never passes for a success, and a
// status row that does not parse is an error naming it, never a row silently dropped.

#include "protocol.h"
#include "response.h"
#include "strategyjson.h"

#include <QJsonArray>
#include <QTest>

using namespace corral;
using protocol::State;
using protocol::StrategyStatus;

namespace {

StrategyStatus status(const QString &name, State state)
{
    StrategyStatus s;
    s.name = name;
    s.state = state;
    s.since = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    return s;
}

} // namespace

class TestResponse : public QObject
{
    Q_OBJECT

private slots:
    void fromFrame_ok_keepsFieldsWithoutIdAndOk()
    {
        const Response r = Response::fromFrame(protocol::makeOk(7, {{"pid", 42}}));
        QVERIFY(r.ok);
        QVERIFY(!r.code);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.body, (QJsonObject{{"pid", 42}}));
    }

    void fromFrame_error_carriesCodeAndMessage()
    {
        const Response r =
            Response::fromFrame(protocol::makeError(7, protocol::ErrorCode::UnknownStrategy, "no strategy 'x'"));
        QVERIFY(!r.ok);
        QCOMPARE(r.code, std::optional(protocol::ErrorCode::UnknownStrategy));
        QCOMPARE(r.error, QStringLiteral("no strategy 'x'"));
    }

    void fromFrame_unreadable_isAFailureWithoutCode_data()
    {
        QTest::addColumn<QJsonObject>("frame");
        QTest::newRow("no ok") << QJsonObject{{"id", 1}};
        QTest::newRow("ok is a string") << QJsonObject{{"id", 1}, {"ok", "true"}};
        QTest::newRow("error without code") << QJsonObject{{"id", 1}, {"ok", false}, {"error", "x"}};
        QTest::newRow("unknown code") << QJsonObject{{"id", 1}, {"ok", false}, {"error", "x"}, {"code", "nope"}};
        QTest::newRow("error not a string") << QJsonObject{{"id", 1}, {"ok", false}, {"error", 3}, {"code", "failed"}};
    }
    void fromFrame_unreadable_isAFailureWithoutCode()
    {
        QFETCH(QJsonObject, frame);
        const Response r = Response::fromFrame(frame);
        QVERIFY(!r.ok);
        QVERIFY(!r.code);
        QVERIFY(r.error.startsWith(QStringLiteral("bad reply from corrald")));
    }

    void failure_hasNoCode()
    {
        const Response r = Response::failure(QStringLiteral("not connected to corrald"));
        QVERIFY(!r.ok);
        QVERIFY(!r.code);
        QCOMPARE(r.error, QStringLiteral("not connected to corrald"));
    }

    void strategies_everyRowParses_returnsThemInOrder()
    {
        const QJsonArray rows{status("a", State::Running).toJson(), status("b", State::Backoff).toJson()};
        const Response r = Response::fromFrame(protocol::makeOk(1, {{"strategies", rows}}));
        QList<StrategyStatus> out;
        QString error;
        QVERIFY2(r.strategies(&out, &error), qPrintable(error));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0), status("a", State::Running));
        QCOMPARE(out.at(1), status("b", State::Backoff));
    }

    void strategies_aRowDoesNotParse_isAnErrorNamingIt()
    {
        QJsonObject broken = status("b", State::Running).toJson();
        broken.remove("held");
        const QJsonArray rows{status("a", State::Running).toJson(), broken};
        const Response r = Response::fromFrame(protocol::makeOk(1, {{"strategies", rows}}));
        QList<StrategyStatus> out{status("kept", State::Stopped)};
        QString error;
        QVERIFY(!r.strategies(&out, &error));
        QVERIFY2(error.contains(QStringLiteral("strategies[1]")) && error.contains(QStringLiteral("\"held\"")),
                 qPrintable(error));
        QCOMPARE(out.size(), 1); // untouched: nothing half-read
    }

    void configs_readStrictly_aBadOneIsNamed()
    {
        Strategy a;
        a.name = QStringLiteral("alpha");
        a.program = QStringLiteral("/bin/true");
        Response r = Response::fromFrame(
            protocol::makeOk(3, {{"configs", QJsonArray{strategyToJson(a), QJsonObject{{"name", 5}}}}}));
        QList<Strategy> configs;
        QString why;
        QVERIFY(!r.configs(&configs, &why));
        QVERIFY2(why.contains(QStringLiteral("configs[1]")), qPrintable(why));
        QVERIFY(configs.isEmpty());

        r = Response::fromFrame(protocol::makeOk(4, {{"configs", QJsonArray{strategyToJson(a)}}}));
        QVERIFY2(r.configs(&configs, &why), qPrintable(why));
        QCOMPARE(configs, QList<Strategy>{a});
        QVERIFY(!Response::fromFrame(protocol::makeOk(5, {})).configs(&configs, &why));
    }

    void strategy_scheduleFields_roundTripTyped()
    {
        StrategyStatus s = status("nightly", State::Stopped);
        Schedule schedule;
        ScheduleWindow window;
        window.days = {1, 2, 3, 4, 5};
        window.start = QTime(9, 20);
        window.stop = QTime(15, 15);
        window.timeZone = QStringLiteral("America/New_York");
        schedule.windows = {window};
        s.schedule = schedule;
        ScheduleEvent next;
        next.action = ScheduleEvent::Action::Start;
        next.zone = QTimeZone(QByteArrayLiteral("America/New_York"));
        next.at = QDateTime(QDate(2026, 11, 23), QTime(9, 20), next.zone);
        s.nextEvent = next;
        s.held = true;

        const Response r = Response::fromFrame(protocol::makeOk(1, {{"strategy", s.toJson()}}));
        QCOMPARE(r.body.value("strategy").toObject().value("nextEvent").toObject().value("at").toString(),
                 QStringLiteral("2026-11-23T09:20:00-05:00"));
        StrategyStatus back;
        QString error;
        QVERIFY2(r.strategy(&back, &error), qPrintable(error));
        QCOMPARE(back, s);
        QVERIFY(back.schedule);
        QCOMPARE(back.schedule->windows.size(), 1);
        QCOMPARE(back.nextEvent->isoWithOffset(), QStringLiteral("2026-11-23T09:20:00-05:00"));
        QVERIFY(back.held);
    }
};

QTEST_GUILESS_MAIN(TestResponse)
#include "tst_response.moc"
