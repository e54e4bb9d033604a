// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald's dispatch, frame in and frame out over a real local socket: the errors a client gets for an
// unknown command or strategy, and what a broken config still lets through.

#include "controlserver.h"
#include "fakeclock.h"
#include "response.h"
#include "runnerfixture.h"
#include "supervisor.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QLocalSocket>
#include <QtTest>

using namespace corral;
using corral::test::waitFor;

namespace {

class Fixture
{
public:
    Fixture() : supervisor(home.paths(), clock), server(&supervisor)
    {
        supervisor.reloadIfChanged();
        QString error;
        listening = server.listen(home.paths().ipcName(), &error);
        socket.connectToServer(home.paths().ipcName());
        socket.waitForConnected(5000);
    }
    ~Fixture()
    {
        for (const protocol::StrategyStatus &s : supervisor.statuses())
            if (s.pid)
                reaper.add(*s.pid);
        bool done = false;
        supervisor.stop({}, true, [&](const QList<Supervisor::ActionResult> &) { done = true; });
        waitFor([&] { return done; });
    }

    QJsonObject call(const QJsonObject &request)
    {
        socket.write(protocol::encodeFrame(request));
        QJsonObject response;
        waitFor([&] {
            reader.feed(socket.readAll());
            return reader.next(&response);
        });
        return response;
    }
    QJsonObject call(protocol::Command command, const QJsonObject &args = {})
    {
        return call(protocol::makeRequest(++lastId, command, args));
    }

    corral::test::PidReaper reaper;
    corral::test::Home home;
    corral::test::FakeClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    Supervisor supervisor;
    ControlServer server;
    bool listening = false;
    QLocalSocket socket;
    protocol::FrameReader reader;
    qint64 lastId = 0;
};

QJsonObject error(const QJsonValue &id, const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("error"), message}};
}

QJsonObject strategyJson(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("program"), QStringLiteral("/bin/sleep")},
                       {QStringLiteral("args"), QJsonArray{QStringLiteral("600")}}};
}

} // namespace

class TestControlServer : public QObject
{
    Q_OBJECT

private slots:
    void unknownCommand_saysUnknownCommandWithTheRequestsId();
    void namedCommands_onAnUnknownStrategy_sayUnknownStrategy();
    void start_knownStrategy_answersResultsAndStatuses();
    void stateEvents_reachSubscribersOnly();
    void listWithConfigs_givesEveryConfigInOneReply();
    void brokenConfig_refusesReadsButAnswersPingAndStop();
};

void TestControlServer::unknownCommand_saysUnknownCommandWithTheRequestsId()
{
    Fixture f;
    QVERIFY(f.listening);
    const QJsonObject response =
        f.call(QJsonObject{{QStringLiteral("id"), 41}, {QStringLiteral("cmd"), QStringLiteral("frobnicate")}});
    QCOMPARE(response, error(41, QStringLiteral("unknown-command"), QStringLiteral("unknown command \"frobnicate\"")));
}

void TestControlServer::namedCommands_onAnUnknownStrategy_sayUnknownStrategy()
{
    Fixture f;
    QVERIFY(f.listening);
    const QString ghost = QStringLiteral("no strategy named \"ghost\"");
    const QJsonObject name{{QStringLiteral("name"), QStringLiteral("ghost")}};
    using protocol::Command;
    for (Command c : {Command::Status, Command::Get, Command::Remove}) {
        const QJsonObject r = f.call(c, name);
        QCOMPARE(r, error(f.lastId, QStringLiteral("unknown-strategy"), ghost));
    }
    const QJsonObject edit =
        f.call(Command::Edit, {{QStringLiteral("name"), QStringLiteral("ghost")},
                               {QStringLiteral("strategy"), strategyJson(QStringLiteral("ghost"))}});
    QCOMPARE(edit, error(f.lastId, QStringLiteral("unknown-strategy"), ghost));
    const QJsonObject schedule = f.call(Command::Schedule, {{QStringLiteral("name"), QStringLiteral("ghost")},
                                                            {QStringLiteral("schedule"), QJsonObject()}});
    QCOMPARE(schedule, error(f.lastId, QStringLiteral("unknown-strategy"), ghost));
    for (Command c : {Command::Start, Command::Stop, Command::Restart}) {
        const QJsonObject r = f.call(c, {{QStringLiteral("names"), QJsonArray{QStringLiteral("ghost")}}});
        QCOMPARE(r, error(f.lastId, QStringLiteral("unknown-strategy"), ghost));
    }
}

void TestControlServer::start_knownStrategy_answersResultsAndStatuses()
{
    Fixture f;
    QVERIFY(f.listening);
    using protocol::Command;
    QCOMPARE(f.call(Command::Add, {{QStringLiteral("strategy"), strategyJson(QStringLiteral("bot"))}})
                 .value(QStringLiteral("ok")),
             QJsonValue(true));
    const QJsonObject r = f.call(Command::Start, {{QStringLiteral("names"), QJsonArray{QStringLiteral("bot")}}});
    QCOMPARE(r.value(QStringLiteral("ok")), QJsonValue(true));
    const qint64 pid = f.supervisor.findRunner(QStringLiteral("bot"))->status().pid.value_or(0);
    QVERIFY(pid > 0);
    QCOMPARE(r.value(QStringLiteral("results")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bot")},
                                     {QStringLiteral("result"), QStringLiteral("started")},
                                     {QStringLiteral("message"), QStringLiteral("started (pid %1)").arg(pid)}}}));
    QCOMPARE(r.value(QStringLiteral("strategies")).toArray(),
             QJsonArray{f.supervisor.statusJson(QStringLiteral("bot"))});

    const QJsonObject again = f.call(Command::Start, {{QStringLiteral("names"), QJsonArray{QStringLiteral("bot")}}});
    QCOMPARE(again.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("result")),
             QJsonValue(QStringLiteral("already-running")));
}

// The window's editor asks for every config at once; a plain list carries none.
void TestControlServer::listWithConfigs_givesEveryConfigInOneReply()
{
    Fixture f;
    QVERIFY(f.listening);
    using protocol::Command;
    for (const char *name : {"alpha", "beta", "gamma"})
        QVERIFY(f.call(Command::Add, {{QStringLiteral("strategy"), strategyJson(QLatin1String(name))}})
                    .value(QStringLiteral("ok"))
                    .toBool());
    const Response plain = Response::fromFrame(f.call(Command::List));
    QVERIFY(plain.ok);
    QVERIFY(!plain.body.contains(QStringLiteral("configs")));

    const Response r = Response::fromFrame(f.call(Command::List, {{QStringLiteral("configs"), true}}));
    QVERIFY2(r.ok, qPrintable(r.error));
    QList<Strategy> configs;
    QString why;
    QVERIFY2(r.configs(&configs, &why), qPrintable(why));
    QCOMPARE(configs.size(), 3);
    QCOMPARE(configs.at(1).name, QStringLiteral("beta"));
    QCOMPARE(configs.at(1).args, QStringList{QStringLiteral("600")});

    // A wrongly typed flag is the caller's mistake, named.
    const QJsonObject bad = f.call(Command::List, {{QStringLiteral("configs"), QStringLiteral("yes")}});
    QCOMPARE(bad.value(QStringLiteral("code")), QJsonValue(QStringLiteral("bad-request")));
    QVERIFY(bad.value(QStringLiteral("error")).toString().contains(QStringLiteral("configs")));
}

// A window subscribes and sees every state change with the full status; corralctl's connection, which
// never subscribes, gets its replies and nothing else.
void TestControlServer::stateEvents_reachSubscribersOnly()
{
    Fixture f;
    QVERIFY(f.listening);
    using protocol::Command;
    QLocalSocket window;
    window.connectToServer(f.home.paths().ipcName());
    QVERIFY(window.waitForConnected(5000));
    protocol::FrameReader windowReader;
    QList<QJsonObject> windowFrames;
    const auto readWindow = [&] {
        windowReader.feed(window.readAll());
        QJsonObject frame;
        while (windowReader.next(&frame))
            windowFrames.append(frame);
    };
    window.write(protocol::encodeFrame(protocol::makeRequest(1, Command::Subscribe)));
    QVERIFY(waitFor([&] {
        readWindow();
        return !windowFrames.isEmpty();
    }));
    QCOMPARE(windowFrames.takeFirst().value(QStringLiteral("ok")), QJsonValue(true));

    QVERIFY(f.call(Command::Add, {{QStringLiteral("strategy"), strategyJson(QStringLiteral("bot"))}})
                .value(QStringLiteral("ok"))
                .toBool());
    const QJsonObject started = f.call(Command::Start, {{QStringLiteral("names"), QJsonArray{QStringLiteral("bot")}}});
    QCOMPARE(started.value(QStringLiteral("id")), QJsonValue(f.lastId));
    QCOMPARE(started.value(QStringLiteral("ok")), QJsonValue(true));
    const QJsonObject ping = f.call(Command::Ping);
    QCOMPARE(ping.value(QStringLiteral("id")), QJsonValue(f.lastId));
    QVERIFY(!ping.contains(QStringLiteral("event")));

    QStringList states;
    QVERIFY(waitFor([&] {
        readWindow();
        for (const QJsonObject &e : std::as_const(windowFrames))
            if (e.value(QStringLiteral("event")) == QStringLiteral("state"))
                states.append(e.value(QStringLiteral("strategy")).toObject().value(QStringLiteral("state")).toString());
        windowFrames.clear();
        return states.contains(QStringLiteral("running"));
    }));
    QCOMPARE(states, (QStringList{QStringLiteral("starting"), QStringLiteral("running")}));
}

void TestControlServer::brokenConfig_refusesReadsButAnswersPingAndStop()
{
    Fixture f;
    QVERIFY(f.listening);
    using protocol::Command;
    QVERIFY(f.call(Command::Add, {{QStringLiteral("strategy"), strategyJson(QStringLiteral("bot"))}})
                .value(QStringLiteral("ok"))
                .toBool());
    QFile config(f.home.paths().configFile());
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write("{ \"version\": 1, \"strategies\": [ }\n");
    config.close();

    const QJsonObject list = f.call(Command::List);
    QCOMPARE(list.value(QStringLiteral("code")), QJsonValue(QStringLiteral("config")));
    const QString configError = list.value(QStringLiteral("error")).toString();
    QVERIFY(!configError.isEmpty());
    QCOMPARE(f.call(Command::Ping).value(QStringLiteral("ok")), QJsonValue(true));
    // Stop is the kill switch: it still works on what corrald knows...
    const QJsonObject stop = f.call(Command::Stop, {{QStringLiteral("all"), true}});
    QCOMPARE(stop.value(QStringLiteral("ok")), QJsonValue(true));
    // ...and says why it cannot know a name the broken file may hold.
    const QJsonObject unknown = f.call(Command::Stop, {{QStringLiteral("names"), QJsonArray{QStringLiteral("ghost")}}});
    QCOMPARE(unknown, error(f.lastId, QStringLiteral("config"),
                            QStringLiteral("no strategy named \"ghost\" is known: %1").arg(configError)));
}

QTEST_GUILESS_MAIN(TestControlServer)
#include "tst_controlserver.moc"
