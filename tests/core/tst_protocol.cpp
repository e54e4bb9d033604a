// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

using namespace corral::protocol;

namespace {

QByteArray header(const QByteArray &magic, quint16 version, quint16 flags, quint32 length)
{
    QByteArray bytes = magic;
    uchar buf[8];
    qToBigEndian<quint16>(version, buf);
    qToBigEndian<quint16>(flags, buf + 2);
    qToBigEndian<quint32>(length, buf + 4);
    bytes.append(reinterpret_cast<const char *>(buf), sizeof buf);
    return bytes;
}

QByteArray rawFrame(const QByteArray &body)
{
    return header("CRLF", 1, 0, quint32(body.size())) + body;
}

QJsonObject sample(int n)
{
    return QJsonObject{{"id", n}, {"cmd", "status"}, {"name", QStringLiteral("bot-%1 ü").arg(n)}};
}

QList<QJsonObject> drain(FrameReader &reader)
{
    QList<QJsonObject> frames;
    QJsonObject frame;
    while (reader.next(&frame))
        frames.append(frame);
    return frames;
}

// An object whose compact JSON is exactly `size` bytes.
QJsonObject objectOfSize(qsizetype size)
{
    const QByteArray empty = QJsonDocument(QJsonObject{{"p", ""}}).toJson(QJsonDocument::Compact);
    return QJsonObject{{"p", QString(size - empty.size(), QLatin1Char('x'))}};
}

StrategyStatus fullStatus()
{
    StrategyStatus status;
    status.name = "momentum";
    status.state = State::Backoff;
    status.pid = 4242;
    status.restarts = 3;
    status.exitCode = -11;
    status.since = QDateTime(QDate(2024, 3, 5), QTime(9, 20, 1, 250), Qt::UTC);
    status.lastError = "exited with code 1";
    status.adopted = true;
    status.lastExit = "stopped (SIGTERM)";
    status.uptime24h = 99.25;
    status.uptime7d = 87.5;
    return status;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void encodeFrame_anyObject_decodesToSameObject()
    {
        const QJsonObject object{{"id", 7},
                                 {"cmd", "add"},
                                 {"strategy", QJsonObject{{"name", "a"}, {"env", QJsonObject{{"K", "V"}}}}},
                                 {"list", QJsonArray{1, "two", true, QJsonValue()}}};
        FrameReader reader;
        reader.feed(encodeFrame(object));
        QJsonObject decoded;
        QVERIFY(reader.next(&decoded));
        QCOMPARE(decoded, object);
        QVERIFY(!reader.next(&decoded));
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void encodeFrame_header_isMagicVersionZeroFlagsBigEndianLength()
    {
        const QByteArray frame = encodeFrame(QJsonObject{{"a", 1}});
        const QByteArray body = R"({"a":1})";
        QCOMPARE(frame, header("CRLF", 1, 0, quint32(body.size())) + body);
        QCOMPARE(frame.left(12).toHex(), QByteArray("43524c46000100000000000"
                                                    "7"));
    }

    void encodeFrame_bodyOverCap_returnsEmpty()
    {
        QCOMPARE(encodeFrame(objectOfSize(MaxBodyBytes)).size(), HeaderBytes + qsizetype(MaxBodyBytes));
        QVERIFY(encodeFrame(objectOfSize(MaxBodyBytes + 1)).isEmpty());
    }

    void feed_oneByteAtATime_yieldsFrameOnlyWhenComplete()
    {
        const QByteArray frame = encodeFrame(sample(1));
        FrameReader reader;
        QJsonObject decoded;
        for (qsizetype i = 0; i < frame.size(); ++i) {
            QVERIFY2(!reader.next(&decoded), qPrintable(QStringLiteral("frame before byte %1").arg(i)));
            reader.feed(frame.mid(i, 1));
        }
        QVERIFY(reader.next(&decoded));
        QCOMPARE(decoded, sample(1));
        QVERIFY(!reader.hasError());
    }

    void feed_severalFramesInOneChunk_yieldsAllInOrder()
    {
        FrameReader reader;
        reader.feed(encodeFrame(sample(1)) + encodeFrame(sample(2)) + encodeFrame(sample(3)));
        QCOMPARE(drain(reader), (QList<QJsonObject>{sample(1), sample(2), sample(3)}));
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void feed_frameSplitAcrossChunks_yieldsItAfterTheLastPiece()
    {
        const QByteArray first = encodeFrame(sample(1));
        const QByteArray second = encodeFrame(sample(2));
        FrameReader reader;
        QJsonObject decoded;
        // Split inside the header of the second frame, then inside its body.
        reader.feed(first + second.left(5));
        QVERIFY(reader.next(&decoded));
        QCOMPARE(decoded, sample(1));
        QVERIFY(!reader.next(&decoded));
        reader.feed(second.mid(5, 10));
        QVERIFY(!reader.next(&decoded));
        reader.feed(second.mid(15));
        QVERIFY(reader.next(&decoded));
        QCOMPARE(decoded, sample(2));
        QVERIFY(!reader.hasError());
    }

    void feed_largeFramesInOneChunk_bufferNeverExceedsOneFrame()
    {
        const QByteArray big = encodeFrame(objectOfSize(MaxBodyBytes));
        QCOMPARE(big.size(), HeaderBytes + qsizetype(MaxBodyBytes));
        FrameReader reader;
        reader.feed(big + big + big.left(big.size() / 2));
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.bufferedBytes(), big.size() / 2 - HeaderBytes);
        reader.feed(big.mid(big.size() / 2));
        QCOMPARE(drain(reader).size(), 3);
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void feed_malformedFrame_setsError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray body = R"({"id":1})";
        const auto len = quint32(body.size());
        QTest::newRow("bad magic") << header("CRLX", 1, 0, len) + body << "magic";
        QTest::newRow("http") << QByteArray("GET / HTTP/1.1\r\n\r\n") << "magic";
        QTest::newRow("version 2") << header("CRLF", 2, 0, len) + body << "version 2";
        QTest::newRow("version 0") << header("CRLF", 0, 0, len) + body << "version 0";
        QTest::newRow("flags") << header("CRLF", 1, 1, len) + body << "flags";
        QTest::newRow("flags high bit") << header("CRLF", 1, 0x8000, len) + body << "flags";
        // Header only: the over-long length must be refused without waiting for the body.
        QTest::newRow("length cap+1") << header("CRLF", 1, 0, MaxBodyBytes + 1) << "exceeds";
        QTest::newRow("length max") << header("CRLF", 1, 0, 0xFFFFFFFFu) << "exceeds";
        QTest::newRow("empty body") << rawFrame("") << "not valid JSON";
        QTest::newRow("not json") << rawFrame("{id:1}") << "not valid JSON";
        QTest::newRow("truncated json") << rawFrame(R"({"id":)") << "not valid JSON";
        QTest::newRow("trailing garbage") << rawFrame(R"({"id":1}x)") << "not valid JSON";
        QTest::newRow("invalid utf-8") << rawFrame("{\"a\":\"\xff\xfe\"}") << "not valid JSON";
        QTest::newRow("array") << rawFrame("[1,2]") << "not a JSON object";
        // Qt 6.4's parser refuses top-level scalars itself; later versions accept them and leave it to us.
        QTest::newRow("string") << rawFrame(R"("x")") << "JSON";
    }

    void feed_malformedFrame_setsError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        FrameReader reader;
        reader.feed(bytes);
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
        QJsonObject decoded;
        QVERIFY(!reader.next(&decoded));
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void feed_afterError_returnsNoMoreFrames()
    {
        FrameReader reader;
        reader.feed(header("CRLF", 2, 0, 2) + "{}");
        QVERIFY(reader.hasError());
        const QString error = reader.errorString();
        reader.feed(encodeFrame(sample(1)));
        reader.feed(encodeFrame(sample(2)));
        QJsonObject decoded;
        QVERIFY(!reader.next(&decoded));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorString(), error); // the first cause is kept
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void feed_framesBeforeError_sameResultForAnyChunking()
    {
        const QByteArray stream =
            encodeFrame(sample(1)) + encodeFrame(sample(2)) + rawFrame("[]") + encodeFrame(sample(3));
        FrameReader whole;
        whole.feed(stream);
        FrameReader bytewise;
        for (const char c : stream)
            bytewise.feed(QByteArray(1, c));
        const QList<QJsonObject> expected{sample(1), sample(2)};
        QCOMPARE(drain(whole), expected);
        QCOMPARE(drain(bytewise), expected);
        QVERIFY(whole.hasError());
        QVERIFY(bytewise.hasError());
    }

    void feed_randomBytes_neverCrashesAndStaysBounded()
    {
        QRandomGenerator rng(20240305);
        const QByteArray valid = encodeFrame(sample(9));
        for (int round = 0; round < 600; ++round) {
            QByteArray bytes;
            switch (round % 3) {
            case 0: // pure noise
                bytes.resize(rng.bounded(0, 200));
                for (char &c : bytes)
                    c = char(rng.bounded(256));
                break;
            case 1: // a valid header followed by noise, so the JSON parser sees garbage
                bytes = header("CRLF", 1, 0, rng.bounded(0, 64));
                for (int i = rng.bounded(0, 80); i > 0; --i)
                    bytes.append(char(rng.bounded(256)));
                break;
            case 2: // a valid frame with a few bytes flipped
                bytes = valid;
                for (int i = rng.bounded(1, 4); i > 0; --i)
                    bytes[rng.bounded(qsizetype(0), bytes.size())] = char(rng.bounded(256));
                break;
            }
            FrameReader reader;
            qsizetype at = 0;
            while (at < bytes.size()) {
                const qsizetype piece = rng.bounded(qsizetype(1), qsizetype(17));
                reader.feed(bytes.mid(at, piece));
                at += piece;
                QVERIFY(reader.bufferedBytes() <= HeaderBytes + qsizetype(MaxBodyBytes));
            }
            QJsonObject decoded;
            while (reader.next(&decoded))
                QVERIFY(!encodeFrame(decoded).isEmpty()); // whatever got through is a sendable object
            if (reader.hasError())
                QVERIFY(!reader.errorString().isEmpty());
        }
    }

    void state_everyState_roundTripsThroughItsName()
    {
        const QStringList names{"stopped", "starting", "running", "stopping", "backoff", "failed"};
        for (const QString &name : names) {
            State state;
            QVERIFY2(parseState(name, &state), qPrintable(name));
            QCOMPARE(stateName(state), name);
        }
        State state = State::Running;
        QVERIFY(!parseState("Running", &state));
        QVERIFY(!parseState("", &state));
        QCOMPARE(state, State::Running);
    }

    // Backoff is the state the five copies disagreed on: no process (no pid, no uptime), yet active
    // (Stop applies, Start does not).
    void isLiveAndIsActive_everyState_haveOneMeaning_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<bool>("live");
        QTest::addColumn<bool>("active");
        QTest::newRow("stopped") << State::Stopped << false << false;
        QTest::newRow("starting") << State::Starting << true << true;
        QTest::newRow("running") << State::Running << true << true;
        QTest::newRow("stopping") << State::Stopping << true << true;
        QTest::newRow("backoff") << State::Backoff << false << true;
        QTest::newRow("failed") << State::Failed << false << false;
    }
    void isLiveAndIsActive_everyState_haveOneMeaning()
    {
        QFETCH(State, state);
        QFETCH(bool, live);
        QFETCH(bool, active);
        QCOMPARE(isLive(state), live);
        QCOMPARE(isActive(state), active);
    }

    void status_withNulls_roundTrips()
    {
        StrategyStatus status;
        status.name = "idle";
        status.state = State::Stopped;
        status.since = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);

        const QJsonObject json = status.toJson();
        // The eight fields of the CLI contract, three of the schedule, four of back-off and leftovers, and
        // three from the history (lastExit, uptime24h, uptime7d).
        QCOMPARE(json.keys().size(), 18);
        QVERIFY(json.value("lastExit").isNull());
        QVERIFY(json.value("uptime24h").isNull());
        QVERIFY(json.value("uptime7d").isNull());
        QVERIFY(json.value("pid").isNull());
        QVERIFY(json.value("schedule").isNull());
        QVERIFY(json.value("nextEvent").isNull());
        QCOMPARE(json.value("held"), QJsonValue(false));
        QVERIFY(json.value("exitCode").isNull());
        QVERIFY(json.value("lastError").isNull());
        QCOMPARE(json.value("since").toString(), QStringLiteral("2024-01-02T03:04:05.000Z"));
        QCOMPARE(json.value("state").toString(), QStringLiteral("stopped"));

        StrategyStatus back;
        QString error;
        QVERIFY2(StrategyStatus::fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back, status);
        QVERIFY(!back.pid);
        QVERIFY(!back.exitCode);
    }

    void status_withValues_roundTripsThroughFrame()
    {
        const StrategyStatus status = fullStatus();
        FrameReader reader;
        reader.feed(encodeFrame(makeStateEvent(status)));
        QJsonObject event;
        QVERIFY(reader.next(&event));
        QCOMPARE(event.value("event").toString(), QStringLiteral("state"));
        StrategyStatus back;
        QString error;
        QVERIFY2(StrategyStatus::fromJson(event.value("strategy").toObject(), &back, &error), qPrintable(error));
        QCOMPARE(back, status);
        QCOMPARE(back.pid, std::optional<qint64>(4242));
        QCOMPARE(back.exitCode, std::optional<int>(-11));
    }

    void status_localSince_isSentAsUtc()
    {
        StrategyStatus status = fullStatus();
        status.since = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
        QCOMPARE(status.toJson().value("since").toString(), QStringLiteral("2024-06-01T10:00:00.000Z"));
    }

    void status_badField_isRejectedNamingIt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
        QTest::newRow("missing name") << "name" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty name") << "name" << QJsonValue("");
        QTest::newRow("unknown state") << "state" << QJsonValue("sleeping");
        QTest::newRow("pid string") << "pid" << QJsonValue("12");
        QTest::newRow("pid zero") << "pid" << QJsonValue(0);
        QTest::newRow("pid fraction") << "pid" << QJsonValue(1.5);
        QTest::newRow("restarts null") << "restarts" << QJsonValue();
        QTest::newRow("restarts negative") << "restarts" << QJsonValue(-1);
        QTest::newRow("exitCode huge") << "exitCode" << QJsonValue(1e12);
        QTest::newRow("since null") << "since" << QJsonValue();
        QTest::newRow("since garbage") << "since" << QJsonValue("yesterday");
        QTest::newRow("lastError number") << "lastError" << QJsonValue(1);
        QTest::newRow("adopted missing") << "adopted" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("adopted string") << "adopted" << QJsonValue("true");
        QTest::newRow("lastExit missing") << "lastExit" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("lastExit number") << "lastExit" << QJsonValue(143);
        QTest::newRow("uptime24h over 100") << "uptime24h" << QJsonValue(100.5);
        QTest::newRow("uptime7d string") << "uptime7d" << QJsonValue("99%");
    }

    void status_badField_isRejectedNamingIt()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = fullStatus().toJson();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        StrategyStatus out;
        QString error;
        QVERIFY(!StrategyStatus::fromJson(json, &out, &error));
        QVERIFY2(error.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(error));
    }

    void validateRequest_envelope_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no id") << QJsonObject{{"cmd", "ping"}} << "\"id\"" << ErrorCode::BadRequest;
        QTest::newRow("id string") << QJsonObject{{"id", "1"}, {"cmd", "ping"}} << "\"id\"" << ErrorCode::BadRequest;
        QTest::newRow("id fraction") << QJsonObject{{"id", 1.5}, {"cmd", "ping"}} << "\"id\"" << ErrorCode::BadRequest;
        QTest::newRow("id negative") << QJsonObject{{"id", -1}, {"cmd", "ping"}} << "\"id\"" << ErrorCode::BadRequest;
        QTest::newRow("id 2^53") << QJsonObject{{"id", 9007199254740992.0}, {"cmd", "ping"}} << "\"id\""
                                 << ErrorCode::BadRequest;
        QTest::newRow("no cmd") << QJsonObject{{"id", 1}} << "\"cmd\"" << ErrorCode::BadRequest;
        QTest::newRow("cmd number") << QJsonObject{{"id", 1}, {"cmd", 3}} << "\"cmd\"" << ErrorCode::BadRequest;
        QTest::newRow("unknown cmd") << QJsonObject{{"id", 1}, {"cmd", "explode"}} << "explode"
                                     << ErrorCode::UnknownCommand;
        QTest::newRow("cmd case") << QJsonObject{{"id", 1}, {"cmd", "PING"}} << "PING" << ErrorCode::UnknownCommand;
    }

    void validateRequest_envelope()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, expected);
        QFETCH(ErrorCode, code);
        QString error;
        ErrorCode actual = ErrorCode::Internal;
        QVERIFY(!validateRequest(request, &error, &actual));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(actual, code);
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void validateRequest_eachCommand_data()
    {
        QTest::addColumn<QString>("cmd");
        QTest::addColumn<QJsonObject>("valid");
        QTest::addColumn<QString>("argument"); // one required argument to drop and mistype; empty: none

        const QJsonObject strategy{{"name", "bot"}, {"program", "/usr/bin/python3"}};
        QTest::newRow("ping") << "ping" << QJsonObject{} << QString();
        QTest::newRow("list") << "list" << QJsonObject{} << QString();
        QTest::newRow("status") << "status" << QJsonObject{{"name", "bot"}} << "name";
        QTest::newRow("get") << "get" << QJsonObject{{"name", "bot"}} << "name";
        QTest::newRow("add") << "add" << QJsonObject{{"strategy", strategy}} << "strategy";
        QTest::newRow("edit/name") << "edit" << QJsonObject{{"name", "bot"}, {"strategy", strategy}} << "name";
        QTest::newRow("edit/strategy") << "edit" << QJsonObject{{"name", "bot"}, {"strategy", strategy}} << "strategy";
        QTest::newRow("remove") << "remove" << QJsonObject{{"name", "bot"}} << "name";
        QTest::newRow("start") << "start" << QJsonObject{{"names", QJsonArray{"a", "b"}}} << QString();
        QTest::newRow("stop") << "stop" << QJsonObject{{"all", true}} << QString();
        QTest::newRow("restart") << "restart" << QJsonObject{{"names", QJsonArray{"a"}}, {"all", false}} << QString();
        QTest::newRow("schedule/name") << "schedule" << QJsonObject{{"name", "bot"}, {"schedule", QJsonObject{}}}
                                       << "name";
        QTest::newRow("schedule/schedule")
            << "schedule" << QJsonObject{{"name", "bot"}, {"schedule", QJsonObject{{"everyMinutes", 5}}}} << "schedule";
        QTest::newRow("subscribe") << "subscribe" << QJsonObject{} << QString();
        QTest::newRow("shutdown") << "shutdown" << QJsonObject{} << QString();
        QTest::newRow("preview") << "preview"
                                 << QJsonObject{{"name", "bot"}, {"from", "2026-11-27T12:00:00+05:30"}, {"count", 3}}
                                 << "name";
    }

    void validateRequest_preview_takesAnInstantAndABoundedCount_data()
    {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("name only") << QJsonObject{{"name", "bot"}} << QString();
        QTest::newRow("utc") << QJsonObject{{"name", "bot"}, {"from", "2026-11-27T06:30:00.000Z"}} << QString();
        QTest::newRow("offset") << QJsonObject{{"name", "bot"}, {"from", "2026-11-27T12:00:00+05:30"}} << QString();
        QTest::newRow("a wall time names no instant")
            << QJsonObject{{"name", "bot"}, {"from", "2026-11-27T12:00:00"}} << "argument \"from\"";
        QTest::newRow("not a date") << QJsonObject{{"name", "bot"}, {"from", "tomorrow"}} << "argument \"from\"";
        QTest::newRow("the most") << QJsonObject{{"name", "bot"}, {"count", 1000}} << QString();
        QTest::newRow("too many") << QJsonObject{{"name", "bot"}, {"count", 1001}} << "at most 1000";
        QTest::newRow("negative") << QJsonObject{{"name", "bot"}, {"count", -1}} << "argument \"count\"";
    }

    void validateRequest_preview_takesAnInstantAndABoundedCount()
    {
        QFETCH(QJsonObject, args);
        QFETCH(QString, problem);
        QString error;
        const bool valid = validateRequest(makeRequest(7, Command::Preview, args), &error);
        QCOMPARE(valid, problem.isEmpty());
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void validateRequest_eachCommand()
    {
        QFETCH(QString, cmd);
        QFETCH(QJsonObject, valid);
        QFETCH(QString, argument);

        Command command;
        QVERIFY(parseCommand(cmd, &command));
        QCOMPARE(commandName(command), cmd);

        QString error;
        const QJsonObject request = makeRequest(42, command, valid);
        QVERIFY2(validateRequest(request, &error), qPrintable(error));

        QJsonObject unknown = request;
        unknown.insert("force", true);
        ErrorCode code = ErrorCode::Internal;
        QVERIFY(!validateRequest(unknown, &error, &code));
        QVERIFY2(error.contains("unknown argument \"force\""), qPrintable(error));
        QVERIFY2(error.startsWith(cmd + ": "), qPrintable(error));
        QCOMPARE(code, ErrorCode::BadRequest);

        if (argument.isEmpty())
            return;
        QJsonObject missing = request;
        missing.remove(argument);
        QVERIFY(!validateRequest(missing, &error));
        QVERIFY2(error.contains("missing argument \"" + argument + "\""), qPrintable(error));

        QJsonObject mistyped = request;
        mistyped.insert(argument, QJsonArray{1});
        QVERIFY(!validateRequest(mistyped, &error));
        QVERIFY2(error.contains("argument \"" + argument + "\" must be"), qPrintable(error));

        QJsonObject nulled = request;
        nulled.insert(argument, QJsonValue());
        QVERIFY(!validateRequest(nulled, &error));
        QVERIFY2(error.contains("\"" + argument + "\""), qPrintable(error));
    }

    void validateRequest_everyCommand_hasATableRow()
    {
        // A Command added to the enum but not the table would be rejected as "internal" here (Preview is last).
        for (int i = int(Command::Ping); i <= int(Command::Preview); ++i) {
            const auto command = Command(i);
            QVERIFY(!commandName(command).isEmpty());
            QString error;
            ErrorCode code = ErrorCode::BadRequest;
            validateRequest(makeRequest(1, command), &error, &code);
            QVERIFY2(code != ErrorCode::Internal, qPrintable(error));
        }
    }

    void validateRequest_emptyName_isRejected()
    {
        QString error;
        QVERIFY(!validateRequest(makeRequest(1, Command::Status, {{"name", ""}}), &error));
        QVERIFY2(error.contains("\"name\""), qPrintable(error));
    }

    void validateRequest_namesOrAll_needsExactlyOne_data()
    {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("names") << QJsonObject{{"names", QJsonArray{"a"}}} << true;
        QTest::newRow("all") << QJsonObject{{"all", true}} << true;
        QTest::newRow("all + empty names") << QJsonObject{{"names", QJsonArray{}}, {"all", true}} << true;
        QTest::newRow("neither") << QJsonObject{} << false;
        QTest::newRow("empty names") << QJsonObject{{"names", QJsonArray{}}} << false;
        QTest::newRow("all false") << QJsonObject{{"all", false}} << false;
        QTest::newRow("both") << QJsonObject{{"names", QJsonArray{"a"}}, {"all", true}} << false;
        QTest::newRow("empty name") << QJsonObject{{"names", QJsonArray{""}}} << false;
        QTest::newRow("names not strings") << QJsonObject{{"names", QJsonArray{"a", 1}}} << false;
        QTest::newRow("names string") << QJsonObject{{"names", "a"}} << false;
        QTest::newRow("all string") << QJsonObject{{"all", "true"}} << false;
    }

    void validateRequest_namesOrAll_needsExactlyOne()
    {
        QFETCH(QJsonObject, args);
        QFETCH(bool, accepted);
        for (const Command command : {Command::Start, Command::Stop, Command::Restart}) {
            QString error;
            QCOMPARE(validateRequest(makeRequest(3, command, args), &error), accepted);
            if (!accepted)
                QVERIFY2(error.contains("\"names\"") || error.contains("\"all\""), qPrintable(error));
        }
    }

    void requestId_invalidId_isNull()
    {
        QCOMPARE(requestId(QJsonObject{{"id", 5}}), QJsonValue(5));
        QVERIFY(requestId(QJsonObject{{"id", "5"}}).isNull());
        QVERIFY(requestId(QJsonObject{}).isNull());
    }

    void makeOk_keepsFieldsAndSetsIdAndOk()
    {
        const QJsonObject ok = makeOk(9, {{"pid", 100}, {"version", "0.1.0"}});
        QCOMPARE(ok, (QJsonObject{{"id", 9}, {"ok", true}, {"pid", 100}, {"version", "0.1.0"}}));
        QCOMPARE(messageKind(ok), MessageKind::Response);
    }

    void makeError_multiLineMessage_isOneLineWithCode()
    {
        const QJsonObject error = makeError(QJsonValue(), ErrorCode::Config, "strategies.json:3: bad\nsecond line\r\n");
        QCOMPARE(error.value("id"), QJsonValue());
        QCOMPARE(error.value("ok"), QJsonValue(false));
        QCOMPARE(error.value("error").toString(), QStringLiteral("strategies.json:3: bad second line"));
        QCOMPARE(error.value("code").toString(), QStringLiteral("config"));
        QCOMPARE(error.keys().size(), 4);
    }

    void errorCode_everyCode_roundTripsThroughItsName()
    {
        const QStringList names{"bad-request", "unknown-command", "unknown-strategy", "exists",
                                "invalid",     "config",          "failed",           "internal"};
        for (const QString &name : names) {
            ErrorCode code;
            QVERIFY2(parseErrorCode(name, &code), qPrintable(name));
            QCOMPARE(errorCodeName(code), name);
        }
    }

    void events_haveNoIdAndAreEvents()
    {
        for (const QJsonObject &event :
             {makeConfigEvent(), makeDaemonEvent("reloaded"), makeStateEvent(fullStatus())}) {
            QVERIFY(!event.contains("id"));
            QCOMPARE(messageKind(event), MessageKind::Event);
        }
        QCOMPARE(makeConfigEvent(), (QJsonObject{{"event", "config"}}));
        QCOMPARE(makeDaemonEvent("x"), (QJsonObject{{"event", "daemon"}, {"message", "x"}}));
        QCOMPARE(messageKind(makeRequest(1, Command::Ping)), MessageKind::Request);
        QCOMPARE(messageKind(QJsonObject{{"x", 1}}), MessageKind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
