// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "stateicons.h"

#include <QHash>
#include <QMenu>
#include <QObject>
#include <QPointer>
class QSystemTrayIcon;

namespace corral::gui {

class StrategyTableModel;

// The tray: an icon that shows at a glance how the strategies are doing, a tooltip with the counts,
// and a menu with each strategy (its state; start / stop / restart / its log), Open Corral, Start all,
// Stop all and Quit.
// It only reads the model and asks for actions through signals: the window owns the decisions.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(StrategyTableModel *model, QObject *parent = nullptr);
    ~TrayIcon() override;

    static Health healthOf(const StrategyTableModel &model);
    Health health() const { return m_health; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    // The submenu of one strategy, for tests; nullptr when unknown.
    QMenu *strategyMenu(const QString &name) const { return m_strategyMenus.value(name); }

    void setConnected(bool connected);
    void show();

signals:
    void openRequested();
    void startRequested(const QString &name);
    void stopRequested(const QString &name);
    void restartRequested(const QString &name);
    void startAllRequested();
    void showLogRequested(const QString &name);
    void stopAllRequested();
    void quitRequested();

private:
    void rebuildStrategies();
    void updateStrategy(int row);
    void updateSummary();

    StrategyTableModel *m_model;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_header = nullptr;
    QAction *m_strategiesEnd = nullptr; // separator after the strategies
    QAction *m_startAll = nullptr;
    QAction *m_stopAll = nullptr;
    QHash<QString, QPointer<QMenu>> m_strategyMenus;
    Health m_health = Health::Idle;
    bool m_connected = false;
};

} // namespace corral::gui
