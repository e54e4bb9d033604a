// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

// corralctl's help and usage errors, in process, for every verb its descriptors declare: each --help
// names the verb's synopsis, the overview lists every verb, and a wrong number of arguments is exit 2
// with one line and the hint. None of it may start corrald: CORRALD points nowhere, so a verb that asked
// corrald before finishing its checks would fail with exit 1 instead.

#include "dispatch.h"
#include "output.h"
#include "strategy.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace corral;
using namespace corral::cli;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString readBack(FILE *file)
{
    std::fflush(file);
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, qsizetype(n));
    std::fclose(file);
    return QString::fromUtf8(bytes);
}

Run ctl(const QStringList &args)
{
    FILE *out = std::tmpfile();
    FILE *err = std::tmpfile();
    Run r;
    if (!out || !err)
        return r;
    redirectOutput(out, err);
    r.exitCode = cli::run(args);
    redirectOutput(nullptr, nullptr);
    r.out = readBack(out);
    r.err = readBack(err);
    return r;
}

QString describe(const QStringList &args, const Run &r)
{
    return QStringLiteral("corralctl %1: exit %2, stdout [%3], stderr [%4]")
        .arg(args.join(QLatin1Char(' ')))
        .arg(r.exitCode)
        .arg(r.out, r.err);
}

QString missingMessage(const VerbSpec &spec)
{
    return spec.missing ? QString::fromLatin1(spec.missing) : QStringLiteral("missing NAME");
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    void addUsageRow(const char *verb, const QString &what, const QStringList &args, const QString &message)
    {
        QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(verb), what)))
            << (QStringList{QLatin1String(verb)} + args) << QString::fromLatin1(verb) << message;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("CORRAL_HOME", m_home.path().toUtf8());
        qputenv("CORRALD", QByteArrayLiteral("/nonexistent/corrald"));
    }

    void cleanupTestCase()
    {
        // Not one usage error or help text got as far as corrald: the home stayed empty.
        QVERIFY2(QDir(m_home.path()).isEmpty(), qPrintable(QDir(m_home.path()).entryList().join(QLatin1Char(' '))));
    }

    void overview_listsEveryVerbWithItsSynopsisAndSummary()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("help")}, QStringList{QStringLiteral("--help")}}) {
            const Run r = ctl(args);
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(describe(args, r)));
            int verbs = 0;
            for (const std::unique_ptr<Verb> &verb : allVerbs()) {
                const VerbSpec &spec = verb->spec();
                QVERIFY2(r.out.contains(QStringLiteral("\n  %1").arg(QLatin1String(spec.synopsis))),
                         qPrintable(QStringLiteral("%1 missing in\n%2").arg(QLatin1String(spec.name), r.out)));
                QVERIFY2(r.out.contains(QLatin1String(spec.summary)), spec.summary);
                ++verbs;
            }
            QCOMPARE(verbs, 12);
            QCOMPARE(r.out, overview());
        }
    }

    void overview_withoutArguments_goesToStderrWithExitTwo()
    {
        const Run r = ctl({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, overview());
    }

    void help_everyVerb_startsWithItsSynopsis_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("synopsis");
        for (const std::unique_ptr<Verb> &verb : allVerbs())
            QTest::newRow(verb->spec().name)
                << QString::fromLatin1(verb->spec().name) << QString::fromLatin1(verb->spec().synopsis);
    }

    void help_everyVerb_startsWithItsSynopsis()
    {
        QFETCH(QString, verb);
        QFETCH(QString, synopsis);
        const QStringList asked{verb, QStringLiteral("--help")};
        const Run r = ctl(asked);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(describe(asked, r)));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: corralctl %1\n\n").arg(synopsis)),
                 qPrintable(describe(asked, r)));
        QVERIFY2(r.out.contains(QStringLiteral("-h, --help")), qPrintable(r.out));
        // The same text three ways; --help wins over any mistake on the same line.
        QCOMPARE(ctl({QStringLiteral("help"), verb}).out, r.out);
        QCOMPARE(ctl({verb, QStringLiteral("-h")}).out, r.out);
        QCOMPARE(ctl({verb, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--help")}).out, r.out);
    }

    void help_namesOrAllVerbs_offerAll()
    {
        for (const std::unique_ptr<Verb> &verb : allVerbs()) {
            const Run r = ctl({QLatin1String(verb->spec().name), QStringLiteral("--help")});
            static const QRegularExpression allOption(QStringLiteral("\n  --all\\s"));
            QCOMPARE(r.out.contains(allOption), verb->spec().names == Names::NamesOrAll);
        }
    }

    void help_strategyDefaults_areTheModels()
    {
        const Strategy defaults;
        const Run r = ctl({QStringLiteral("add"), QStringLiteral("--help")});
        const QString text = r.out.simplified();
        for (const QString &expected :
             {QStringLiteral("'failed' (default %1)").arg(defaults.maxRestarts),
              QStringLiteral("(default %1; fractions allowed)").arg(defaults.stopTimeoutMs / 1000.0),
              QStringLiteral("always (default %1)").arg(restartModeName(defaults.restart)),
              QStringLiteral("MiB (default %1)").arg(defaults.logMaxMb),
              QStringLiteral("kept (default %1)").arg(defaults.logBackups),
              QStringLiteral("--all' (default %1)").arg(defaults.priority)})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in\n") + r.out));
    }

    void wrongArguments_everyVerb_exitTwoWithOneLineAndTheHint_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("message");
        for (const std::unique_ptr<Verb> &verb : allVerbs()) {
            const VerbSpec &spec = verb->spec();
            // A program after "--" where the verb takes one, so that only the NAMEs are wrong.
            const QStringList program =
                spec.takesProgram ? QStringList{QStringLiteral("--"), QStringLiteral("prog")} : QStringList();
            switch (spec.names) {
            case Names::None:
                addUsageRow(spec.name, QStringLiteral("a name"), QStringList{QStringLiteral("extra")} + program,
                            QStringLiteral("unexpected argument 'extra'"));
                break;
            case Names::One:
                addUsageRow(spec.name, QStringLiteral("none"), program, missingMessage(spec));
                addUsageRow(spec.name, QStringLiteral("two"),
                            QStringList{QStringLiteral("a"), QStringLiteral("b")} + program,
                            QStringLiteral("unexpected argument 'b'"));
                break;
            case Names::OneOrMore:
                addUsageRow(spec.name, QStringLiteral("none"), program, missingMessage(spec));
                break;
            case Names::NamesOrAll:
                addUsageRow(spec.name, QStringLiteral("none"), program, QStringLiteral("missing NAME (or --all)"));
                addUsageRow(spec.name, QStringLiteral("names and --all"),
                            QStringList{QStringLiteral("a"), QStringLiteral("--all")} + program,
                            QStringLiteral("give names or --all, not both"));
                addUsageRow(spec.name, QStringLiteral("an empty name"),
                            QStringList{QStringLiteral("a"), QString()} + program,
                            QStringLiteral("a NAME must not be empty"));
                break;
            }
            addUsageRow(spec.name, QStringLiteral("an unknown option"),
                        QStringList{QStringLiteral("--bogus")} + program, QStringLiteral("unknown option '--bogus'"));
        }
    }

    void wrongArguments_everyVerb_exitTwoWithOneLineAndTheHint()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, verb);
        QFETCH(QString, message);
        const Run r = ctl(args);
        QVERIFY2(r.exitCode == 2 && r.out.isEmpty(), qPrintable(describe(args, r)));
        QCOMPARE(r.err, QStringLiteral("corralctl: %1\nTry 'corralctl %2 --help'.\n").arg(message, verb));
    }

    // The verbs' own checks come before corrald too: a refused command line never starts it.
    void verbChecks_comeBeforeCorrald_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("add without a program") << QStringList{QStringLiteral("add"), QStringLiteral("x")}
                                               << QStringLiteral("missing '-- PROGRAM [ARGS...]': the program to run");
        QTest::newRow("add with a bad number")
            << QStringList{QStringLiteral("add"),  QStringLiteral("x"),  QStringLiteral("--max-restarts"),
                           QStringLiteral("many"), QStringLiteral("--"), QStringLiteral("prog")}
            << QStringLiteral("--max-restarts expects a whole number of at least 0, not 'many'");
        QTest::newRow("edit with nothing to change")
            << QStringList{QStringLiteral("edit"), QStringLiteral("x")}
            << QStringLiteral("nothing to change: give an option or '-- PROGRAM [ARGS...]'");
        QTest::newRow("schedule without a schedule")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("x")}
            << QStringLiteral("give one of: --days/--start/--stop [--tz], --every MIN [--tz] or --clear");
        QTest::newRow("schedule with an unknown zone")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("x"),    QStringLiteral("--every"),
                           QStringLiteral("15"),       QStringLiteral("--tz"), QStringLiteral("Europe/Berln")}
            << QStringLiteral("--tz: unknown time zone 'Europe/Berln' (did you mean Europe/Berlin?)");
        QTest::newRow("preview from a bad instant")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("x"), QStringLiteral("--preview"),
                           QStringLiteral("--from"), QStringLiteral("tomorrow")}
            << QStringLiteral("--from expects an ISO 8601 date and time such as 2026-12-01T09:00:00+05:30, not "
                              "'tomorrow'");
        QTest::newRow("preview with a bad count")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("x"), QStringLiteral("--preview"),
                           QStringLiteral("-n"), QStringLiteral("0")}
            << QStringLiteral("-n expects a whole number of events from 1 to 1000, not '0'");
        QTest::newRow("preview while setting")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("x"), QStringLiteral("--preview"),
                           QStringLiteral("--every"), QStringLiteral("5")}
            << QStringLiteral("--preview shows the schedule corrald has: give it without --every");
        QTest::newRow("schedule with an unknown day")
            << QStringList{QStringLiteral("schedule"),   QStringLiteral("x"),       QStringLiteral("--days"),
                           QStringLiteral("mon,funday"), QStringLiteral("--start"), QStringLiteral("09:00"),
                           QStringLiteral("--stop"),     QStringLiteral("10:00")}
            << QStringLiteral("--days: unknown day 'funday' (use mon, tue, wed, thu, fri, sat, sun, ranges such as "
                              "mon-fri, or weekdays, weekend, daily)");
        QTest::newRow("schedule with a bad time")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("x"),       QStringLiteral("--days"),
                           QStringLiteral("mon-fri"),  QStringLiteral("--start"), QStringLiteral("9:00"),
                           QStringLiteral("--stop"),   QStringLiteral("24:00")}
            << QStringLiteral("--stop expects a time of day as HH:MM, not '24:00'");
        QTest::newRow("logs with a bad count")
            << QStringList{QStringLiteral("logs"), QStringLiteral("x"), QStringLiteral("-n"), QStringLiteral("ten")}
            << QStringLiteral("-n expects a whole number of lines, not 'ten'");
        QTest::newRow("daemon with an unknown action")
            << QStringList{QStringLiteral("daemon"), QStringLiteral("reload")}
            << QStringLiteral("unknown daemon command 'reload' (use status, start, stop or env)");
    }

    void verbChecks_comeBeforeCorrald()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = ctl(args);
        QVERIFY2(r.exitCode == 2 && r.out.isEmpty(), qPrintable(describe(args, r)));
        QCOMPARE(r.err, QStringLiteral("corralctl: %1\nTry 'corralctl %2 --help'.\n").arg(message, args.first()));
    }

    void unknownVerb_exitsTwo()
    {
        const Run r = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("corralctl: unknown command 'frobnicate'\nTry 'corralctl --help'.\n"));
        QCOMPARE(ctl({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
