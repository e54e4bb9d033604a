// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The window against a real corrald, as a user drives it: the empty state's examples, a strategy added
// through the editor, started, seen running, stopped, the kill switch, removal, and corrald coming back
// after it went away. Every process is cleaned up by pid.

#include "actions.h"
#include "daemonclient.h"
#include "daemonconnection.h"
#include "mainwindow.h"
#include "paths.h"
#include "settings.h"
#include "strategyeditor.h"
#include "strategytablemodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>

using namespace corral;
using namespace corral::gui;
using protocol::State;

namespace {

constexpr int Slow = 15000;

// Answers the next modal message box by clicking the button whose text contains `text`.
void answerNextMessageBox(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        auto tryAnswer = std::make_shared<std::function<void()>>();
        *tryAnswer = [text, tryAnswer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                const auto buttons = box->buttons();
                for (QAbstractButton *b : buttons) {
                    if (b->text().remove(QLatin1Char('&')).contains(text)) {
                        b->click();
                        return;
                    }
                }
            }
            QTimer::singleShot(20, qApp, *tryAnswer);
        };
        (*tryAnswer)();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    test::PidReaper m_reaper;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DaemonConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;

    State stateOf(const QString &name) const
    {
        const auto *row = m_window->model()->row(name);
        return row ? row->status.state : State::Stopped;
    }
    QString statusText() const { return m_window->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("CORRAL_HOME", m_home.path().toUtf8());
        qputenv("CORRALD", QByteArray(CORRAL_BIN_DIR) + "/corrald");
        const Paths paths = Paths::fromEnvironment();
        m_settings = std::make_unique<Settings>(m_home.filePath(QStringLiteral("gui.ini")));
        m_connection = std::make_unique<DaemonConnection>(paths);
        m_window = std::make_unique<MainWindow>(m_connection.get(), m_settings.get());
        m_window->show();
        m_connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->status() == DaemonConnection::Status::Connected, Slow);
        m_reaper.add(m_connection->daemonPid());
        QVERIFY(statusText().contains(QStringLiteral("Connected to corrald (pid %1)").arg(m_connection->daemonPid())));
    }

    void emptyState_offersTheExamples()
    {
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("tableStack"));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addExamplesButton"));
        QVERIFY(button);
        if (!button->isVisible())
            QSKIP("the example strategies are not beside this build");
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 2, Slow);
        QVERIFY(m_window->model()->row(QStringLiteral("ticker")));
        QVERIFY(m_window->model()->row(QStringLiteral("backfill")));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("tablePage"));
    }

    void addThroughEditor_startSeeRunning_stop()
    {
        const int before = m_window->model()->rowCount();
        QVERIFY(m_window->actions()->add->isEnabled());
        m_window->actions()->add->trigger();
        StrategyEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<StrategyEditor *>()) != nullptr && editor->isVisible());

        Strategy s;
        s.name = QStringLiteral("sleeper");
        s.program = QStringLiteral("/bin/sh");
        s.args = {QStringLiteral("-c"), QStringLiteral("echo sleeper up; sleep 600")};
        s.workingDir = m_home.path();
        s.stopTimeoutMs = 2000;
        editor->setStrategy(s);
        QVERIFY2(editor->isValid(), qPrintable(editor->problems().join(QStringLiteral("; "))));
        editor->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before + 1, Slow);
        // The strategy just added is selected as soon as its row arrives.
        QTRY_COMPARE(m_window->selectedNames(), QStringList{QStringLiteral("sleeper")});

        m_window->selectStrategy(QStringLiteral("sleeper"));
        QCOMPARE(m_window->selectedNames(), QStringList{QStringLiteral("sleeper")});
        QVERIFY(m_window->actions()->start->isEnabled());
        QVERIFY(!m_window->actions()->stop->isEnabled());
        m_window->actions()->start->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("sleeper")), State::Running, Slow);
        const auto *row = m_window->model()->row(QStringLiteral("sleeper"));
        QVERIFY(row->status.pid);
        m_reaper.add(*row->status.pid);
        QVERIFY(test::alive(*row->status.pid));
        QTRY_VERIFY(statusText().contains(QStringLiteral("1 running")));
        // The taskbar's entry tells it as well.
        QTRY_VERIFY2(m_window->windowTitle().startsWith(QStringLiteral("1 running · ")),
                     qPrintable(m_window->windowTitle()));
        QTRY_VERIFY(m_window->actions()->stop->isEnabled());
        QVERIFY(!m_window->actions()->start->isEnabled());
        QTRY_VERIFY(
            m_window->findChild<QLabel *>(QStringLiteral("logTitle"))->text().contains(QStringLiteral("running")));

        const qint64 pid = *row->status.pid;
        m_window->actions()->stop->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("sleeper")), State::Stopped, Slow);
        QTRY_VERIFY(!test::alive(pid));
        QTRY_VERIFY2(m_window->windowTitle().startsWith(QStringLiteral("0 running · ")),
                     qPrintable(m_window->windowTitle()));
    }

    void droppedScript_opensTheEditorPrefilled()
    {
        const QString script = m_home.filePath(QStringLiteral("my bot.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho hi\n");
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(script)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);

        StrategyEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<StrategyEditor *>()) != nullptr && editor->isVisible());
        QCOMPARE(editor->strategy().name, QStringLiteral("my-bot"));
        QCOMPARE(QFileInfo(editor->strategy().program).canonicalFilePath(), QFileInfo(script).canonicalFilePath());
        editor->reject();
        QTRY_VERIFY(!m_window->findChild<StrategyEditor *>());
    }

    void stopAll_asksFirst_thenStopsEverything()
    {
        m_window->selectStrategy(QStringLiteral("sleeper"));
        m_window->actions()->start->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("sleeper")), State::Running, Slow);
        const qint64 pid = *m_window->model()->row(QStringLiteral("sleeper"))->status.pid;
        m_reaper.add(pid);

        answerNextMessageBox(QStringLiteral("Cancel"));
        m_window->actions()->stopAll->trigger();
        QTest::qWait(300);
        QCOMPARE(stateOf(QStringLiteral("sleeper")), State::Running);

        answerNextMessageBox(QStringLiteral("Stop All"));
        m_window->actions()->stopAll->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("sleeper")), State::Stopped, Slow);
        QTRY_VERIFY(!test::alive(pid));
    }

    void remove_asksFirst()
    {
        const int before = m_window->model()->rowCount();
        m_window->selectStrategy(QStringLiteral("sleeper"));
        answerNextMessageBox(QStringLiteral("Yes"));
        m_window->actions()->remove->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before - 1, Slow);
        QVERIFY(!m_window->model()->row(QStringLiteral("sleeper")));
    }

    void corraldGoesAway_windowReconnects()
    {
        const qint64 oldPid = m_connection->daemonPid();
        DaemonClient other(Paths::fromEnvironment());
        QString error;
        QVERIFY2(other.connectToDaemon(&error), qPrintable(error));
        const Response shutdown = other.call(protocol::Command::Shutdown, {});
        QVERIFY2(shutdown.ok, qPrintable(shutdown.error));
        QVERIFY(other.waitForDisconnected(Slow));
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->status() != DaemonConnection::Status::Connected, Slow);
        QVERIFY(!m_window->actions()->add->isEnabled());
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("not connected"));
        // The window starts a new corrald and finds the strategies again.
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->status() == DaemonConnection::Status::Connected, Slow);
        QVERIFY(m_connection->daemonPid() != oldPid);
        m_reaper.add(m_connection->daemonPid());
        QTRY_VERIFY(m_window->model()->rowCount() > 0);
        QTRY_VERIFY(m_window->actions()->add->isEnabled());
    }

    void smallWindow_keepsTheKillSwitchInView()
    {
        const QSize before = m_window->size();
        QAction *stopAll = m_window->actions()->stopAll;
        const QString text = stopAll->text();
        // Longer than any translation of it: what a German window at its narrowest must still show.
        stopAll->setText(QStringLiteral("Alle Strategien sofort anhalten und schließen"));
        m_window->resize(300, 200);
        QTRY_COMPARE(m_window->size(), MainWindow::MinimumSize);
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        QWidget *button = toolBar->widgetForAction(stopAll);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QVERIFY2(toolBar->rect().contains(button->geometry()), "the kill switch is cut off or in the overflow menu");
        stopAll->setText(text);
        m_window->resize(before);
    }

    void cleanupTestCase()
    {
        const qint64 daemonPid = m_connection ? m_connection->daemonPid() : 0;
        m_window.reset();
        if (m_connection)
            m_connection->close();
        m_connection.reset();
        DaemonClient client(Paths::fromEnvironment());
        QString error;
        if (client.connectToDaemon(&error)) {
            client.call(protocol::Command::Stop, {{QStringLiteral("all"), true}}, Slow);
            client.call(protocol::Command::Shutdown, {});
            client.waitForDisconnected(Slow);
        }
        if (daemonPid > 0)
            test::waitFor([daemonPid] { return !test::alive(daemonPid); }, 5000);
        // m_reaper kills whatever is still alive, by pid.
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
