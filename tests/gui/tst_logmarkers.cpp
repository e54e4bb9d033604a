// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The marker lines corrald appends to a strategy's log at each start and exit reach the window's log pane
// as they are, between the strategy's own lines.

#include "clock.h"
#include "eventrecorder.h"
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
        recorder.started(4242, true);
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::Append));
            f.write("tick 1\ntick 2\n");
        }
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
        QVERIFY2(QRegularExpression(QStringLiteral("^--- corral %1 started pid 4242 \\(schedule\\) ---$").arg(stamp))
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
