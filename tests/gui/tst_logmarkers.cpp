// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The marker lines corrald puts in a strategy's log at each start and exit: the start marker comes before
// the program's first output (the child writes it before its exec), and the window's log pane shows them as
// they are, around the strategy's own lines.

#include "clock.h"
#include "eventrecorder.h"
#include "launcher.h"
#include "logviewer.h"
#include "paths.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace corral;

class TestLogMarkers : public QObject
{
    Q_OBJECT

private slots:
    void markers_areShownAsWritten_betweenTheStrategysLines()
    {
        QTemporaryDir dir;
        const Paths paths = Paths::underHome(dir.path());
        QVERIFY(paths.ensureCreated());
        const QString log = paths.logFile(QStringLiteral("bot"));
        EventRecorder recorder(paths, QStringLiteral("bot"), systemClock());
        recorder.setStartCause(HistoryEvent::Cause::Schedule);
        // A program that prints at once: its first line still comes after the marker.
        Strategy bot;
        bot.name = QStringLiteral("bot");
        bot.program = QStringLiteral("/bin/sh");
        bot.args = QStringList{QStringLiteral("-c"), QStringLiteral("echo tick 1; echo tick 2")};
        const EventRecorder::StartMarker marker = recorder.startMarker();
        LaunchResult launched = Launcher(paths).withStartMarker(marker.before, marker.after).launch(bot);
        QVERIFY2(launched.ok(), qPrintable(launched.error));
        const qint64 pid = launched.identity.pid;
        QVERIFY(launched.process->waitForFinished(5000));
        recorder.started(pid, true);
        recorder.stopping(HistoryEvent::Cause::Window);
        StopResult result;
        result.outcome = StopResult::Outcome::Graceful;
        recorder.stopped(result, 143, 5000, QString());

        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(f.readAll());
        const QStringList lines = written.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        const QString stamp = QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
        QVERIFY2(
            QRegularExpression(QStringLiteral("^--- corral %1 started pid %2 \\(schedule\\) ---$").arg(stamp).arg(pid))
                .match(lines.at(0))
                .hasMatch(),
            qPrintable(written));
        QCOMPARE(lines.at(1), QStringLiteral("tick 1"));
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^--- corral %1 exited: signal 15 \\(stopped by user via the window\\) after \\S+ ---$")
                    .arg(stamp))
                .match(lines.at(3))
                .hasMatch(),
            qPrintable(written));
        QCOMPARE(QFileInfo(log).permissions() & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);

        gui::LogViewer viewer;
        viewer.setLogFile(log);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *view = viewer.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
        QVERIFY(view);
        QTRY_COMPARE(view->toPlainText(), lines.join(QLatin1Char('\n')));
    }
};

QTEST_MAIN(TestLogMarkers)
#include "tst_logmarkers.moc"
