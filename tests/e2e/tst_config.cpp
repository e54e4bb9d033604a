// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The config file from the user's side: errors are one line that says where, a broken hand edit is never
// overwritten, and the CLI's exit codes tell usage errors (2) from refused requests (1).
#include "e2esupport.h"

using namespace corral::e2e;

class TestConfig : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Removes the comma at the end of the line holding `"name": "<name>"` (its next key follows on the
    // next line): a typical hand-edit slip. Returns the 1-based line number, 0 when there was none.
    static int dropCommaAfterName(const QString &path, const QString &name)
    {
        QList<QByteArray> lines = readAll(path).split('\n');
        const QByteArray needle = QStringLiteral("\"name\": \"%1\"").arg(name).toUtf8();
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(needle) && lines[i].trimmed().endsWith(',')) {
                lines[i] = lines[i].left(lines[i].lastIndexOf(','));
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return 0;
                f.write(lines.join('\n'));
                return i + 1;
            }
        }
        return 0;
    }

    static bool isOneLine(const QString &text)
    {
        return !text.trimmed().isEmpty() && !text.trimmed().contains(QLatin1Char('\n'));
    }

private slots:
    void add_writesTheConfigFile_withVersionAndStrategy()
    {
        E2E_SANDBOX(box);
        CtlResult r = box.addTree(QStringLiteral("alpha"), {QStringLiteral("sleep")},
                                  {QStringLiteral("--env"), QStringLiteral("API_HOST=example.org"),
                                   QStringLiteral("--restart"), QStringLiteral("always")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(box.paths().configFile()));
        QVERIFY2(doc.isObject(), qPrintable(box.paths().configFile()));
        QCOMPARE(doc.object().value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray strategies = doc.object().value(QStringLiteral("strategies")).toArray();
        QCOMPARE(strategies.size(), 1);
        const QJsonObject alpha = strategies.first().toObject();
        QCOMPARE(alpha.value(QStringLiteral("name")).toString(), QStringLiteral("alpha"));
        QCOMPARE(alpha.value(QStringLiteral("program")).toString(), treeProgram());
        QCOMPARE(alpha.value(QStringLiteral("restart")).toString(), QStringLiteral("always"));

        // The strategy really gets its environment.
        r = box.ctl({QStringLiteral("start"), QStringLiteral("alpha")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY2(environOf(pid).contains("API_HOST=example.org"), "--env did not reach the strategy");

        // A second write keeps the previous file as .bak.
        r = box.addTree(QStringLiteral("beta"), {QStringLiteral("sleep")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(QFileInfo::exists(box.paths().configFile() + QStringLiteral(".bak")),
                 "no .bak after the second write");
    }

    void settings_reachTheRunningProcess_cwdLimitsAndEnvironment()
    {
        E2E_SANDBOX(box);
        const QString dir = box.filePath(QStringLiteral("workdir"));
        QVERIFY(QDir().mkpath(dir));
        CtlResult r = box.addTree(QStringLiteral("tuned"), {QStringLiteral("sleep")},
                                  {QStringLiteral("--cwd"), dir, QStringLiteral("--memory-mb"), QStringLiteral("512"),
                                   QStringLiteral("--nofile"), QStringLiteral("200"), QStringLiteral("--env"),
                                   QStringLiteral("TOKEN=a=b c")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("tuned")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const qint64 pid = pidInOutput(r.out);
        box.track(pid);
        QVERIFY(pid > 0);

        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget(), QDir(dir).canonicalPath());
        const QList<QByteArray> env = environOf(pid);
        QVERIFY2(env.contains("TOKEN=a=b c"), "--env value with '=' and a space did not arrive intact");
        QVERIFY(env.contains("PYTHONUNBUFFERED=1"));
        const QByteArray limits = readProcFile(pid, "limits");
        const auto limitLine = [&](const QByteArray &label) {
            for (const QByteArray &line : limits.split('\n'))
                if (line.startsWith(label))
                    return line.mid(26).simplified();
            return QByteArray();
        };
        QVERIFY2(limitLine("Max address space").startsWith(QByteArray::number(512ll * 1024 * 1024) + ' '),
                 limitLine("Max address space").constData());
        QVERIFY2(limitLine("Max open files").startsWith("200 "), limitLine("Max open files").constData());
    }

    void programGoneAtStart_startFailsWithOneLineAndTheReasonIsKept()
    {
        E2E_SANDBOX(box);
        // Added while it existed, deleted before the start (an uninstalled venv, a moved script).
        const QString program = box.filePath(QStringLiteral("vanishing-bot"));
        QVERIFY(QFile::copy(treeProgram(), program));
        CtlResult r = box.ctl(
            {QStringLiteral("add"), QStringLiteral("gone"), QStringLiteral("--"), program, QStringLiteral("sleep")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(QFile::remove(program));
        r = box.ctl({QStringLiteral("start"), QStringLiteral("gone")});
        box.track(pidInOutput(r.out));
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("vanishing-bot")), qPrintable(r.describe()));
        const QJsonObject s = box.status(QStringLiteral("gone"));
        QVERIFY2(s.value(QStringLiteral("state")) != QStringLiteral("running") &&
                     s.value(QStringLiteral("pid")).isNull(),
                 qPrintable(describe(s)));
        QVERIFY2(s.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("vanishing-bot")),
                 qPrintable(describe(s)));
    }

    void corruptFile_listFailsNamingFileAndLine_andAddLeavesTheFileUntouched()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("alpha"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.addTree(QStringLiteral("beta"), {QStringLiteral("sleep")}).ok());
        CtlResult r = box.ctl({QStringLiteral("daemon"), QStringLiteral("stop")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(waitFor([&] { return box.daemonProcesses().isEmpty(); }));

        const QString file = box.paths().configFile();
        const int line = dropCommaAfterName(file, QStringLiteral("beta"));
        QVERIFY2(line > 0, qPrintable(QString::fromUtf8(readAll(file))));
        const QByteArray broken = readAll(file);

        r = box.ctl({QStringLiteral("list")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(isOneLine(r.err), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("strategies.json:%1").arg(line)),
                 qPrintable(QStringLiteral("expected strategies.json:%1 in: %2").arg(line).arg(r.describe())));

        r = box.ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));

        r = box.addTree(QStringLiteral("gamma"), {QStringLiteral("sleep")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(isOneLine(r.err), qPrintable(r.describe()));
        QVERIFY2(readAll(file) == broken, "the broken file was overwritten");
    }

    void corruptFile_whileDaemonRuns_isNeverOverwritten()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("alpha"), {QStringLiteral("sleep")}).ok());
        QVERIFY(box.addTree(QStringLiteral("beta"), {QStringLiteral("sleep")}).ok());
        const QString file = box.paths().configFile();
        QVERIFY(dropCommaAfterName(file, QStringLiteral("alpha")) > 0);
        const QByteArray broken = readAll(file);

        for (const QStringList &args : {QStringList{QStringLiteral("add"), QStringLiteral("gamma"),
                                                    QStringLiteral("--"), treeProgram(), QStringLiteral("sleep")},
                                        QStringList{QStringLiteral("remove"), QStringLiteral("beta")},
                                        QStringList{QStringLiteral("edit"), QStringLiteral("beta"),
                                                    QStringLiteral("--priority"), QStringLiteral("3")}}) {
            const CtlResult r = box.ctl(args);
            QVERIFY2(r.finished && r.exitCode == 1,
                     qPrintable(args.first() + QStringLiteral(" on a broken file: ") + r.describe()));
            QVERIFY2(readAll(file) == broken, qPrintable(args.first() + QStringLiteral(" overwrote the broken file")));
        }
    }

    void duplicateAdd_failsWithTheNameInOneLine()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("twin"), {QStringLiteral("sleep")}).ok());
        const QByteArray before = readAll(box.paths().configFile());
        const CtlResult r = box.addTree(QStringLiteral("twin"), {QStringLiteral("print"), QStringLiteral("1")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("twin")), qPrintable(r.describe()));
        QCOMPARE(readAll(box.paths().configFile()), before);
    }

    void unknownStrategy_failsWithExitOneForEveryVerb()
    {
        E2E_SANDBOX(box);
        QVERIFY(box.addTree(QStringLiteral("known"), {QStringLiteral("sleep")}).ok());
        const QList<QStringList> calls{
            {QStringLiteral("start"), QStringLiteral("ghost")},
            {QStringLiteral("stop"), QStringLiteral("ghost")},
            {QStringLiteral("restart"), QStringLiteral("ghost")},
            {QStringLiteral("status"), QStringLiteral("ghost")},
            {QStringLiteral("status"), QStringLiteral("ghost"), QStringLiteral("--json")},
            {QStringLiteral("remove"), QStringLiteral("ghost")},
            {QStringLiteral("edit"), QStringLiteral("ghost"), QStringLiteral("--priority"), QStringLiteral("1")},
        };
        for (const QStringList &args : calls) {
            const CtlResult r = box.ctl(args);
            const QString what = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe();
            QVERIFY2(r.finished && r.exitCode == 1, qPrintable(what));
            QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("ghost")), qPrintable(what));
        }
        // `start known ghost` must not half-succeed silently: the error is reported.
        const CtlResult mixed = box.ctl({QStringLiteral("start"), QStringLiteral("known"), QStringLiteral("ghost")});
        box.track(pidInOutput(mixed.out));
        QVERIFY2(mixed.finished && mixed.exitCode == 1 && mixed.err.contains(QStringLiteral("ghost")),
                 qPrintable(mixed.describe()));
    }

    void usageErrors_exitTwo()
    {
        E2E_SANDBOX(box);
        const QList<QStringList> calls{
            {},
            {QStringLiteral("frobnicate")},
            {QStringLiteral("list"), QStringLiteral("--bogus-option")},
            {QStringLiteral("start")},
            {QStringLiteral("add"), QStringLiteral("noprogram")},
            {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--max-restarts"), QStringLiteral("many"),
             QStringLiteral("--"), treeProgram()},
            {QStringLiteral("logs"), QStringLiteral("x"), QStringLiteral("-n"), QStringLiteral("ten")},
        };
        for (const QStringList &args : calls) {
            const CtlResult r = box.ctl(args);
            QVERIFY2(r.finished && r.exitCode == 2,
                     qPrintable(QStringLiteral("[%1]: %2").arg(args.join(QLatin1Char(' ')), r.describe())));
            QVERIFY2(!r.err.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("[%1]: no message").arg(args.join(QLatin1Char(' ')))));
        }
        // Nothing was added by a rejected command line.
        const CtlResult list = box.ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.ok() && list.json().array().isEmpty(), qPrintable(list.describe()));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
