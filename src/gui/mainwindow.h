// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "daemonconnection.h"
#include "protocol.h"
#include "strategy.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace corral::gui {

class EmptyState;
class LogViewer;
class NotificationDispatcher;
class Notifier;
class ResourceSampler;
class Settings;
class StrategyActions;
class StrategyEditor;
class StrategyFilterModel;
class StrategyTableModel;
class TrayIcon;

// The Corral window: the strategy table over the selected strategy's log, the actions that act on the
// selection, and the status of the connection to corrald. It holds no state of its own about
// strategies: the model mirrors corrald, and every change is a request to corrald.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr QSize MinimumSize{640, 420};

    MainWindow(DaemonConnection *connection, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    StrategyTableModel *model() const { return m_model; }
    StrategyFilterModel *filterModel() const { return m_filter; }
    StrategyActions *actions() const { return m_actions; }
    DaemonConnection *connection() const { return m_connection; }
    LogViewer *logViewer() const { return m_logViewer; }

    // The tray that stands in for the window while it is closed; it may be absent (no system tray).
    void setTrayIcon(TrayIcon *tray);
    // Who tells the user about crashes and schedules (the tray's balloons unless a test says otherwise).
    void setNotifier(Notifier *notifier);

    QStringList selectedNames() const;
    QString currentName() const;
    void selectStrategy(const QString &name);

    // The editor, prefilled; `originalName` empty adds, else edits that strategy.
    void openEditor(const Strategy &strategy, const QString &originalName);

public slots:
    void showAndRaise();
    void addStrategy();
    void editSelected();
    void duplicateSelected();
    void removeSelected();
    void startSelected();
    void stopSelected();
    void restartSelected();
    void startAll();
    void confirmStopAll();
    void openLogFolder();
    void addExamples();
    void addScript(const QString &path);
    void showSettings();
    void quitApplication();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void connectSignals();
    void restoreLayout();
    void saveLayout();
    void updateActions();
    void updateStatus();
    void updatePage();
    void updateLogPane();
    void tick();
    void reportFailure(const QString &what, const QString &error);
    // The config of one strategy from corrald, or a failure reported to the user.
    void withConfigOf(const QString &name, std::function<void(const Strategy &)> then);
    void act(protocol::Command command, const QStringList &names);
    // Fetches every strategy's config, then runs `then` with it (for the editor's dependency checks).
    void withConfigs(std::function<void(const QList<Strategy> &)> then);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DaemonConnection *m_connection;
    Settings *m_settings;
    StrategyTableModel *m_model;
    StrategyFilterModel *m_filter;
    StrategyActions *m_actions;
    LogViewer *m_logViewer;
    EmptyState *m_emptyState;
    NotificationDispatcher *m_dispatcher;
    QPointer<TrayIcon> m_tray;
    std::unique_ptr<ResourceSampler> m_sampler;
    QTimer m_ticker; // uptime every second, usage every other second; only while visible
    int m_ticks = 0;
    QString m_logShownFor;
    // A strategy just added or saved: selected as soon as its row arrives with the `config` event's list.
    QString m_pendingSelection;
    QLabel *m_connectionLabel = nullptr;
    QAction *m_showLogAction = nullptr;
    bool m_quitting = false;
};

} // namespace corral::gui
