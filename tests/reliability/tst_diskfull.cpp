// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The disk under corral fails it: the logs directory fills up, a file size limit (RLIMIT_FSIZE) is reached,
// the config directory turns read-only. corrald must keep running and answering, say what went wrong where
// a user can see it (a strategy's lastError, a daemon event, corrald.log), and lose nothing.
//
// The filesystems are real: a 1 MiB tmpfs mounted on logs/, a read-only bind mount on config/ (root
// ignores permission bits, so chmod would prove nothing). Tests skip when mounting is not allowed.
#include "filecontent.h"
#include "torture.h"

#include <QStandardPaths>
#include <QStorageInfo>

#include <signal.h>
#include <sys/mount.h>

using namespace corral::torture;

using corral::test::readAll;

namespace {
// A mount that is undone when the test ends, passed or failed (lazily if something still has it open).
class Mount
{
public:
    Mount(const QString &target, const QStringList &mountArgs) : m_target(target)
    {
        QDir().mkpath(target);
        QProcess p;
        p.start(QStringLiteral("mount"), mountArgs);
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error =
                QStringLiteral("mount %1: %2")
                    .arg(mountArgs.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
            return;
        }
        m_mounted = true;
    }
    Mount(const Mount &) = delete;
    Mount &operator=(const Mount &) = delete;
    ~Mount() { unmount(); }

    bool remount(const QStringList &mountArgs)
    {
        QProcess p;
        p.start(QStringLiteral("mount"), mountArgs);
        if (!p.waitForFinished(10000) || p.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
            return false;
        }
        return true;
    }

    void unmount()
    {
        if (!m_mounted)
            return;
        m_mounted = false;
        if (::umount2(qPrintable(m_target), 0) != 0)
            ::umount2(qPrintable(m_target), MNT_DETACH);
    }

    bool ok() const { return m_mounted; }
    QString error() const { return m_error; }

private:
    QString m_target;
    QString m_error;
    bool m_mounted = false;
};

// A connection that sent `subscribe` and keeps every event that arrives.
class Subscriber
{
public:
    bool connect(const Sandbox &box)
    {
        m_socket.connectToServer(box.paths().ipcName());
        if (!m_socket.waitForConnected(3000))
            return false;
        m_socket.write(
            corral::protocol::encodeFrame(corral::protocol::makeRequest(7, corral::protocol::Command::Subscribe)));
        return m_socket.waitForBytesWritten(3000) || m_socket.bytesToWrite() == 0;
    }
    // Reads what has arrived; returns every daemon message and lastError seen so far.
    QStringList messages()
    {
        while (m_socket.waitForReadyRead(10) || m_socket.bytesAvailable())
            m_reader.feed(m_socket.readAll());
        QJsonObject frame;
        while (m_reader.next(&frame)) {
            const QString event = frame.value(QStringLiteral("event")).toString();
            if (event == QStringLiteral("daemon"))
                m_messages.append(QStringLiteral("daemon: ") + frame.value(QStringLiteral("message")).toString());
            else if (event == QStringLiteral("state")) {
                const QJsonObject s = frame.value(QStringLiteral("strategy")).toObject();
                const QJsonValue e = s.value(QStringLiteral("lastError"));
                if (e.isString() && !e.toString().isEmpty())
                    m_messages.append(s.value(QStringLiteral("name")).toString() + QStringLiteral(": ") + e.toString());
            }
        }
        return m_messages;
    }

private:
    QLocalSocket m_socket;
    corral::protocol::FrameReader m_reader;
    QStringList m_messages;
};

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    // Everything a user could look at that mentions `needle` (case-insensitive): the strategy's status,
    // events on a subscribed connection, corrald.log.
    static QStringList reports(const Sandbox &box, Subscriber &events, const QString &name,
                               const QRegularExpression &needle)
    {
        QStringList out;
        const QJsonValue e = box.status(name).value(QStringLiteral("lastError"));
        if (e.isString() && needle.match(e.toString()).hasMatch())
            out.append(QStringLiteral("lastError: ") + e.toString());
        for (const QString &m : events.messages())
            if (needle.match(m).hasMatch())
                out.append(QStringLiteral("event ") + m);
        for (const QByteArray &line : readAll(box.paths().daemonLogFile()).split('\n'))
            if (needle.match(QString::fromUtf8(line)).hasMatch())
                out.append(QStringLiteral("corrald.log: ") + QString::fromUtf8(line));
        return out;
    }

    static void checkDaemonAnswers(const Sandbox &box, qint64 daemon, const QString &name)
    {
        QVERIFY2(alive(daemon), qPrintable(QStringLiteral("corrald (pid %1) died").arg(daemon)));
        QCOMPARE(box.pingPid(), daemon);
        CtlResult raw;
        const QJsonObject s = box.status(name, &raw);
        QVERIFY2(raw.ok() && !s.isEmpty(), qPrintable(raw.describe()));
        QString why;
        QVERIFY2(!listJson(box, &why).isEmpty(), qPrintable(why));
    }

private slots:
    void logDiskFull_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QStringList>("options");
        // The disk fills up long before the log reaches its rotation size (10 MiB by default).
        QTest::newRow("below-rotation-size") << QStringLiteral("1m") << QStringList{};
        // The log passes its rotation size, and the rotation has no room for the backup.
        QTest::newRow("rotation-due") << QStringLiteral("3m")
                                      << QStringList{QStringLiteral("--log-max-mb"), QStringLiteral("1")};
    }

    void logDiskFull()
    {
        QFETCH(QString, size);
        QFETCH(QStringList, options);
        E2E_SANDBOX(box);
        Mount logs(box.paths().logsDir(),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("tmpfs"), box.paths().logsDir()});
        if (!logs.ok())
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs: ") + logs.error()));

        const QString name = QStringLiteral("chatty");
        // About 9 MB of output at once; the disk takes 1 or 3 MiB of it.
        CtlResult r = box.addTree(name, {QStringLiteral("print"), QStringLiteral("700000")}, options);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0);
        Subscriber events;
        QVERIFY(events.connect(box));
        r = box.ctl({QStringLiteral("start"), name});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));

        const QString log = box.paths().logFile(name);
        QVERIFY2(waitFor(
                     [&] {
                         QStorageInfo disk(box.paths().logsDir());
                         disk.refresh();
                         return disk.bytesAvailable() < 64 * 1024;
                     },
                     15000),
                 qPrintable(QStringLiteral("the tmpfs never filled up: log is %1 bytes").arg(fileSize(log))));

        // Give corrald time to notice (its log guard looks every 5 s), then look for a report.
        const QRegularExpression needle(QStringLiteral("space|disk|full|ENOSPC|cannot (write|rotate)|rotation failed"),
                                        QRegularExpression::CaseInsensitiveOption);
        QStringList seen;
        waitFor(
            [&] {
                seen = reports(box, events, name, needle);
                return !seen.isEmpty();
            },
            12000);
        checkDaemonAnswers(box, daemon, name);
        QVERIFY2(!seen.isEmpty(),
                 qPrintable(QStringLiteral("the log disk is full (%1 of %2 bytes written to %3) and nothing tells the "
                                           "user: status %4; events [%5]; corrald.log [%6]")
                                .arg(fileSize(log))
                                .arg(QStorageInfo(box.paths().logsDir()).bytesTotal())
                                .arg(log, describe(box.status(name)), events.messages().join(QStringLiteral(" | ")),
                                     QString::fromUtf8(readAll(box.paths().daemonLogFile()).trimmed()))));
        qInfo("reported as: %s", qPrintable(seen.join(QStringLiteral(" | "))));

        r = box.ctl({QStringLiteral("stop"), name});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(box.cookieHolders(name).isEmpty());
        r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(waitFor([&] { return box.daemonProcesses().isEmpty(); }));
        logs.unmount();
    }

    void fileSizeLimit_strategyHitsIt()
    {
        // corrald inherited RLIMIT_FSIZE (a `ulimit -f` in the user's shell) and passes it on: a chatty
        // strategy's log reaches the limit and the kernel stops it (SIGXFSZ). corrald lives on and says so.
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        E2E_SANDBOX(box);
        const QString name = QStringLiteral("chatty");
        constexpr int limit = 256 * 1024;
        CtlResult r = box.ctl({QStringLiteral("add"), name, QStringLiteral("--restart"), QStringLiteral("never"),
                               QStringLiteral("--"), treeProgram(), QStringLiteral("print"), QStringLiteral("100000")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")}).ok());
        QVERIFY(waitFor([&] { return box.daemonProcesses().isEmpty(); }));

        // `prlimit` starts corralctl with the limit; the corrald it starts inherits it.
        QProcess p;
        p.setProcessEnvironment(box.environment());
        p.start(QStringLiteral("prlimit"),
                {QStringLiteral("--fsize=%1").arg(limit), corralctl(), QStringLiteral("start"), name});
        const CtlResult started = collect(p, 20000);
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        box.track(pidInOutput(started.out));
        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0);
        QCOMPARE(QString::fromLatin1(readProcFile(daemon, "limits")).contains(QStringLiteral("%1").arg(limit)), true);

        const QJsonObject s = box.waitForStatus(
            name, [](const QJsonObject &st) { return statusText(st) != QStringLiteral("running"); }, 10000);
        checkDaemonAnswers(box, daemon, name);
        QVERIFY2(fileSize(box.paths().logFile(name)) <= limit,
                 qPrintable(QString::number(fileSize(box.paths().logFile(name)))));
        QVERIFY2(
            s.value(QStringLiteral("lastError")).toString().contains(QString::number(SIGXFSZ)) ||
                s.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("size"), Qt::CaseInsensitive),
            qPrintable(QStringLiteral("the strategy's death by the file size limit is not reported: ") + describe(s)));
        qInfo("reported as: %s", qPrintable(s.value(QStringLiteral("lastError")).toString()));
    }

    void fileSizeLimit_configWriteHitsIt()
    {
        // The same inherited limit, reached by corrald itself when it writes the config: the write fails, the
        // request fails with a clear error, the old config is intact and corrald keeps running.
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        E2E_SANDBOX(box);
        constexpr int limit = 64 * 1024;
        QVERIFY(box.addTree(QStringLiteral("one"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")}).ok());
        QVERIFY(waitFor([&] { return box.daemonProcesses().isEmpty(); }));
        QProcess p;
        p.setProcessEnvironment(box.environment());
        p.start(QStringLiteral("prlimit"), {QStringLiteral("--fsize=%1").arg(limit), corralctl(),
                                            QStringLiteral("daemon"), QStringLiteral("start")});
        const CtlResult started = collect(p, 20000);
        QVERIFY2(started.ok(), qPrintable(started.describe()));
        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0);
        const QByteArray before = readAll(box.paths().configFile());

        // One strategy whose environment alone is larger than the limit (100 KB).
        const QString big = QStringLiteral("BIG=") + QString(100 * 1024, QLatin1Char('x'));
        const CtlResult r = box.ctl({QStringLiteral("add"), QStringLiteral("two"), QStringLiteral("--env"), big,
                                     QStringLiteral("--"), treeProgram(), QStringLiteral("sleep")});
        // A corrald on its way out closes its socket before it is gone: give a dying one the time to die.
        waitFor([&] { return !alive(daemon); }, 1000);
        QVERIFY2(
            alive(daemon),
            qPrintable(QStringLiteral("corrald (pid %1) was killed writing a config past "
                                      "RLIMIT_FSIZE (SIGXFSZ); add said: %2; corrald.log: %3")
                           .arg(daemon)
                           .arg(r.describe(), QString::fromUtf8(readAll(box.paths().daemonLogFile()).right(600)))));
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(!r.err.trimmed().isEmpty() && !r.err.trimmed().contains(QLatin1Char('\n')), qPrintable(r.describe()));
        QCOMPARE(readAll(box.paths().configFile()), before);
        checkDaemonAnswers(box, daemon, QStringLiteral("one"));
        QCOMPARE(byName(listJson(box)).keys(), QStringList{QStringLiteral("one")});
    }

    void readOnlyConfigDirectory_clearErrorNothingLost()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("one"), {QStringLiteral("sleep")}).ok());
        const qint64 daemon = box.pingPid();
        QVERIFY(daemon > 0);
        const QString dir = box.paths().configDir();
        const QByteArray before = readAll(box.paths().configFile());
        QVERIFY(!before.isEmpty());

        Mount ro(dir, {QStringLiteral("--bind"), dir, dir});
        if (!ro.ok())
            QSKIP(qPrintable(QStringLiteral("cannot bind-mount the config directory: ") + ro.error()));
        if (!ro.remount({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), dir}))
            QSKIP(qPrintable(QStringLiteral("cannot make the bind mount read-only: ") + ro.error()));
        {
            QFile probe(dir + QStringLiteral("/probe"));
            QVERIFY2(!probe.open(QIODevice::WriteOnly),
                     "the read-only mount is writable (root?): the test proves nothing");
        }

        const QList<QStringList> writes{
            {QStringLiteral("add"), QStringLiteral("two"), QStringLiteral("--"), treeProgram(),
             QStringLiteral("sleep")},
            {QStringLiteral("edit"), QStringLiteral("one"), QStringLiteral("--priority"), QStringLiteral("5")},
            {QStringLiteral("remove"), QStringLiteral("one")},
            {QStringLiteral("schedule"), QStringLiteral("one"), QStringLiteral("--every"), QStringLiteral("15")},
        };
        for (const QStringList &args : writes) {
            const CtlResult r = box.ctl(args);
            QVERIFY2(r.finished && r.exitCode == 1,
                     qPrintable(args.first() + QStringLiteral(" on a read-only config: ") + r.describe()));
            const QString err = r.err.trimmed();
            QVERIFY2(!err.isEmpty() && !err.contains(QLatin1Char('\n')),
                     qPrintable(args.first() + QStringLiteral(": not one line: ") + r.describe()));
            QVERIFY2(err.contains(QStringLiteral("read-only"), Qt::CaseInsensitive) || err.contains(dir) ||
                         err.contains(QStringLiteral("strategies.json")),
                     qPrintable(args.first() + QStringLiteral(": the error does not say what is wrong: ") + err));
            qInfo("%s: %s", qPrintable(args.first()), qPrintable(err));
            QCOMPARE(readAll(box.paths().configFile()), before);
            QVERIFY2(alive(daemon), "corrald died");
        }
        checkDaemonAnswers(box, daemon, QStringLiteral("one"));
        QCOMPARE(byName(listJson(box)).keys(), QStringList{QStringLiteral("one")});

        // Running strategies does not need a writable config.
        CtlResult r = box.ctl({QStringLiteral("start"), QStringLiteral("one")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        box.track(pidInOutput(r.out));
        r = box.ctl({QStringLiteral("stop"), QStringLiteral("one")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));

        // Writable again: the next add works, and nothing of the old config was lost.
        ro.unmount();
        r = box.ctl({QStringLiteral("add"), QStringLiteral("two"), QStringLiteral("--"), treeProgram(),
                     QStringLiteral("sleep")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(byName(listJson(box)).size(), 2);
        QCOMPARE(box.pingPid(), daemon);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
