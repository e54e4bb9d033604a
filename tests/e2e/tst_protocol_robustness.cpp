// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corrald's socket is reachable by any process of the user: whatever arrives on it, corrald answers with an
// error or closes that one connection, and keeps serving everyone else with the same pid.
#include "e2esupport.h"

#include <QtEndian>

using namespace corral::e2e;
namespace protocol = corral::protocol;

namespace {

QByteArray header(const QByteArray &magic, quint16 version, quint16 flags, quint32 length)
{
    QByteArray h = magic;
    char buf[8];
    qToBigEndian(version, buf);
    qToBigEndian(flags, buf + 2);
    qToBigEndian(length, buf + 4);
    h.append(buf, 8);
    return h;
}

QByteArray rawFrame(const QByteArray &body)
{
    return header(QByteArrayLiteral("CRLF"), 1, 0, quint32(body.size())) + body;
}

// One client connection driven from the test's event loop.
struct Client
{
    QLocalSocket socket;
    protocol::FrameReader reader;
    QList<QJsonObject> frames;

    bool connect(const Sandbox &box)
    {
        socket.connectToServer(box.paths().ipcName());
        return socket.waitForConnected(3000);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    void pump()
    {
        if (socket.bytesAvailable() > 0)
            reader.feed(socket.readAll());
        QJsonObject f;
        while (reader.next(&f))
            frames.append(f);
    }
    bool closedByPeer() const { return socket.state() == QLocalSocket::UnconnectedState; }
    // Waits for a reply or the server closing the connection, whichever comes first.
    bool waitForReplyOrClose(int ms = 3000)
    {
        return waitFor(
            [&] {
                socket.waitForReadyRead(5);
                pump();
                return !frames.isEmpty() || closedByPeer();
            },
            ms);
    }
    bool waitForClose(int ms = 3000)
    {
        return waitFor(
            [&] {
                socket.waitForReadyRead(5);
                pump();
                return closedByPeer();
            },
            ms);
    }
};

} // namespace

class TestProtocolRobustness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_box;
    qint64 m_daemon = 0;

    bool daemonStillServes(QString *why)
    {
        const qint64 pid = m_box->pingPid();
        if (pid != m_daemon) {
            *why = QStringLiteral("ping answered by pid %1, expected %2 (alive: %3)")
                       .arg(pid)
                       .arg(m_daemon)
                       .arg(alive(m_daemon));
            return false;
        }
        const CtlResult r = m_box->ctl({QStringLiteral("status"), QStringLiteral("keep"), QStringLiteral("--json")});
        if (!r.ok() || r.json().object().value(QStringLiteral("state")).toString() != QStringLiteral("running")) {
            *why = QStringLiteral("status after the garbage: ") + r.describe();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        m_box = std::make_unique<Sandbox>();
        QVERIFY2(m_box->isValid(), qPrintable(corralctl()));
        // A running strategy, to check the garbage harms nothing that corrald supervises.
        QVERIFY(m_box->addTree(QStringLiteral("keep"), {QStringLiteral("sleep")}).ok());
        const CtlResult r = m_box->ctl({QStringLiteral("start"), QStringLiteral("keep")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        m_box->track(pidInOutput(r.out));
        m_daemon = m_box->pingPid();
        QVERIFY2(m_daemon > 0, "corrald does not answer ping");
    }

    void cleanupTestCase() { m_box.reset(); }

    void streamGarbage_isAnsweredWithAnErrorOrAClose_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray ping =
            QJsonDocument(protocol::makeRequest(7, protocol::Command::Ping)).toJson(QJsonDocument::Compact);
        QTest::newRow("bad magic") << header(QByteArrayLiteral("JUNK"), 1, 0, quint32(ping.size())) + ping;
        QTest::newRow("http request") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: corrald\r\n\r\n");
        QTest::newRow("version 2") << header(QByteArrayLiteral("CRLF"), 2, 0, quint32(ping.size())) + ping;
        QTest::newRow("flags set") << header(QByteArrayLiteral("CRLF"), 1, 0x8000, quint32(ping.size())) + ping;
        QTest::newRow("length 4 GiB") << header(QByteArrayLiteral("CRLF"), 1, 0, 0xFFFFFFFFu);
        QTest::newRow("length 1 MiB + 1") << header(QByteArrayLiteral("CRLF"), 1, 0, protocol::MaxBodyBytes + 1);
        QTest::newRow("body not json") << rawFrame(QByteArrayLiteral("{\"id\": 1, \"cmd\": \"ping\""));
        QTest::newRow("body empty") << rawFrame(QByteArray());
        QTest::newRow("body an array") << rawFrame(QByteArrayLiteral("[1,2,3]"));
        QTest::newRow("body invalid utf-8") << rawFrame(QByteArrayLiteral("{\"id\":1,\"cmd\":\"\xff\xfe\"}"));
    }

    void streamGarbage_isAnsweredWithAnErrorOrAClose()
    {
        QFETCH(QByteArray, bytes);
        Client c;
        QVERIFY2(c.connect(*m_box), "cannot connect to corrald");
        c.send(bytes);
        // The stream is out of sync after these: the server must close it (it may send an error first). For the
        // oversized lengths this also proves it did not sit waiting for a body it would never accept.
        QVERIFY2(c.waitForClose(),
                 qPrintable(QStringLiteral("connection still open, frames: %1").arg(c.frames.size())));
        for (const QJsonObject &f : std::as_const(c.frames)) {
            QVERIFY2(f.value(QStringLiteral("ok")) == QJsonValue(false), qPrintable(describe(f)));
            QVERIFY2(f.value(QStringLiteral("error")).isString(), qPrintable(describe(f)));
        }
        QString why;
        QVERIFY2(daemonStillServes(&why), qPrintable(why));
    }

    void truncatedFrame_thenClose_leavesTheDaemonServing()
    {
        for (int cut : {3, 12, 20}) {
            const QByteArray frame = protocol::encodeFrame(protocol::makeRequest(3, protocol::Command::List));
            Client c;
            QVERIFY(c.connect(*m_box));
            c.send(frame.left(cut));
            c.socket.disconnectFromServer();
        }
        {
            // A body that is announced but never comes.
            Client c;
            QVERIFY(c.connect(*m_box));
            c.send(header(QByteArrayLiteral("CRLF"), 1, 0, 100000) + QByteArray(10, 'x'));
            c.socket.abort();
        }
        QString why;
        QVERIFY2(daemonStillServes(&why), qPrintable(why));
    }

    void stalledClient_doesNotBlockOtherClients()
    {
        // Half a header, then silence: a reader that blocks on it would stop serving everybody.
        Client stalled;
        QVERIFY(stalled.connect(*m_box));
        stalled.send(QByteArrayLiteral("CRL"));
        Client announcing;
        QVERIFY(announcing.connect(*m_box));
        announcing.send(header(QByteArrayLiteral("CRLF"), 1, 0, 1000));
        QElapsedTimer clock;
        clock.start();
        QString why;
        QVERIFY2(daemonStillServes(&why), qPrintable(why));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QStringLiteral("answering took %1 ms").arg(clock.elapsed())));
    }

    void unknownCommand_getsAnErrorReply_andTheConnectionStaysUsable()
    {
        Client c;
        QVERIFY(c.connect(*m_box));
        QJsonObject request{{QStringLiteral("id"), 41}, {QStringLiteral("cmd"), QStringLiteral("teleport")}};
        c.send(protocol::encodeFrame(request));
        QVERIFY2(c.waitForReplyOrClose(), "no reply to an unknown command");
        QVERIFY2(!c.frames.isEmpty(), "closed without an error reply");
        const QJsonObject reply = c.frames.takeFirst();
        QCOMPARE(reply.value(QStringLiteral("id")).toInteger(), 41);
        QCOMPARE(reply.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("unknown-command"));

        // A well-formed frame with a command it does not know is not a broken stream: the next request works.
        c.send(protocol::encodeFrame(protocol::makeRequest(42, protocol::Command::Ping)));
        QVERIFY2(c.waitForReplyOrClose(), "no reply to ping after the unknown command");
        QVERIFY2(!c.frames.isEmpty(), "the connection was closed after an unknown command");
        const QJsonObject pong = c.frames.takeFirst();
        QCOMPARE(pong.value(QStringLiteral("id")).toInteger(), 42);
        QCOMPARE(pong.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(pong.value(QStringLiteral("pid")).toInteger(), m_daemon);
    }

    void badRequests_getErrorReplies_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::newRow("no id") << QJsonObject{{QStringLiteral("cmd"), QStringLiteral("ping")}}
                               << QStringLiteral("bad-request");
        QTest::newRow("string id") << QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                                  {QStringLiteral("cmd"), QStringLiteral("ping")}}
                                   << QStringLiteral("bad-request");
        QTest::newRow("unknown argument") << QJsonObject{{QStringLiteral("id"), 5},
                                                         {QStringLiteral("cmd"), QStringLiteral("status")},
                                                         {QStringLiteral("name"), QStringLiteral("keep")},
                                                         {QStringLiteral("verbose"), true}}
                                          << QStringLiteral("bad-request");
        QTest::newRow("start with nothing")
            << QJsonObject{{QStringLiteral("id"), 6}, {QStringLiteral("cmd"), QStringLiteral("start")}}
            << QStringLiteral("bad-request");
        QTest::newRow("stop all false") << QJsonObject{{QStringLiteral("id"), 7},
                                                       {QStringLiteral("cmd"), QStringLiteral("stop")},
                                                       {QStringLiteral("all"), false}}
                                        << QStringLiteral("bad-request");
        QTest::newRow("status of nobody") << QJsonObject{{QStringLiteral("id"), 8},
                                                         {QStringLiteral("cmd"), QStringLiteral("status")},
                                                         {QStringLiteral("name"), QStringLiteral("nobody")}}
                                          << QStringLiteral("unknown-strategy");
        QTest::newRow("add garbage strategy")
            << QJsonObject{{QStringLiteral("id"), 9},
                           {QStringLiteral("cmd"), QStringLiteral("add")},
                           {QStringLiteral("strategy"), QJsonObject{{QStringLiteral("name"), 3}}}}
            << QStringLiteral("invalid");
    }

    void badRequests_getErrorReplies()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        Client c;
        QVERIFY(c.connect(*m_box));
        c.send(protocol::encodeFrame(request));
        QVERIFY2(c.waitForReplyOrClose(), "no reply");
        QVERIFY2(!c.frames.isEmpty(), "closed without an error reply");
        const QJsonObject reply = c.frames.first();
        QCOMPARE(reply.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(reply.value(QStringLiteral("error")).isString(), qPrintable(describe(reply)));
        QVERIFY2(!reply.value(QStringLiteral("error")).toString().contains(QLatin1Char('\n')),
                 qPrintable(describe(reply)));
        QCOMPARE(reply.value(QStringLiteral("code")).toString(), code);
        const QJsonValue id = protocol::requestId(request);
        QCOMPARE(reply.value(QStringLiteral("id")), id);
        QString why;
        QVERIFY2(daemonStillServes(&why), qPrintable(why));
    }

    void manyFramesInOneWrite_areAllAnsweredInOrder()
    {
        Client c;
        QVERIFY(c.connect(*m_box));
        QByteArray burst;
        for (int id = 100; id < 150; ++id)
            burst += protocol::encodeFrame(protocol::makeRequest(id, protocol::Command::Ping));
        c.send(burst);
        QVERIFY2(waitFor(
                     [&] {
                         c.socket.waitForReadyRead(5);
                         c.pump();
                         return c.frames.size() >= 50 || c.closedByPeer();
                     },
                     5000),
                 qPrintable(QStringLiteral("%1 of 50 replies").arg(c.frames.size())));
        QCOMPARE(c.frames.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(c.frames.at(i).value(QStringLiteral("id")).toInteger(), 100 + i);
    }

    void daemonSurvivedEverything()
    {
        QVERIFY(alive(m_daemon));
        QCOMPARE(m_box->daemonProcesses(), QList<qint64>{m_daemon});
        QCOMPARE(m_box->cookieHolders(QStringLiteral("keep")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProtocolRobustness)
#include "tst_protocol_robustness.moc"
