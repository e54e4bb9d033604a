// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "trayicon.h"

#include "stateicons.h"
#include "strategytablemodel.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace corral::gui {

using protocol::State;

TrayIcon::TrayIcon(StrategyTableModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = m_menu->addAction(appIcon(), tr("Open Corral"), this, &TrayIcon::openRequested);
    open->setObjectName(QStringLiteral("trayOpen"));
    m_menu->setDefaultAction(open);
    m_menu->addSeparator();
    m_header = m_menu->addAction(tr("Strategies"));
    m_header->setEnabled(false);
    m_strategiesEnd = m_menu->addSeparator();
    m_startAll = m_menu->addAction(tr("Start All Strategies"), this, &TrayIcon::startAllRequested);
    m_startAll->setObjectName(QStringLiteral("trayStartAll"));
    m_stopAll = m_menu->addAction(tr("Stop All Strategies…"), this, &TrayIcon::stopAllRequested);
    m_stopAll->setObjectName(QStringLiteral("trayStopAll"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Corral (strategies keep running)"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    quit->setToolTip(tr("Closes the window and the tray icon; corrald and every strategy keep running"));
    m_tray->setContextMenu(m_menu);

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrayIcon::rebuildStrategies);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::rebuildStrategies);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrayIcon::rebuildStrategies);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() > StrategyTableModel::StateColumn ||
                    bottomRight.column() < StrategyTableModel::NameColumn)
                    return; // usage and uptime ticks do not concern the tray
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    updateStrategy(row);
                updateSummary();
            });
    rebuildStrategies();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    for (int row = 0; row < m_model->rowCount(); ++row)
        updateStrategy(row);
    updateSummary();
}

Health TrayIcon::healthOf(const StrategyTableModel &model)
{
    if (model.countIn(State::Failed) > 0)
        return Health::Failed;
    if (model.countIn(State::Backoff) > 0)
        return Health::Trouble;
    if (model.countIn(State::Running) + model.countIn(State::Starting) + model.countIn(State::Stopping) > 0)
        return Health::Running;
    return Health::Idle;
}

QString TrayIcon::toolTip() const
{
    if (!m_connected)
        return tr("Corral — not connected to corrald");
    const int running = m_model->countIn(State::Running);
    const int failed = m_model->countIn(State::Failed);
    const int backoff = m_model->countIn(State::Backoff);
    QStringList parts{tr("%n running", nullptr, running)};
    if (backoff > 0)
        parts.append(tr("%n restarting", nullptr, backoff));
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    parts.append(tr("%n in all", nullptr, m_model->rowCount()));
    return tr("Corral — %1").arg(parts.join(QStringLiteral(", ")));
}

void TrayIcon::updateSummary()
{
    m_health = healthOf(*m_model);
    m_tray->setIcon(healthIcon(m_health));
    m_tray->setToolTip(toolTip());
    m_stopAll->setEnabled(m_connected && m_health != Health::Idle);
    m_startAll->setEnabled(m_connected && m_model->rowCount() > 0);
}

void TrayIcon::rebuildStrategies()
{
    for (const QPointer<QMenu> &menu : std::as_const(m_strategyMenus)) {
        if (menu) {
            m_menu->removeAction(menu->menuAction());
            delete menu;
        }
    }
    m_strategyMenus.clear();
    m_header->setText(m_model->rowCount() == 0 ? tr("No strategies") : tr("Strategies"));

    QStringList names = m_model->names();
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names)) {
        auto *sub = new QMenu(m_menu);
        sub->setObjectName(QStringLiteral("trayStrategy_") + name);
        QAction *start = sub->addAction(tr("Start"), this, [this, name] { emit startRequested(name); });
        start->setObjectName(QStringLiteral("start"));
        QAction *stop = sub->addAction(tr("Stop"), this, [this, name] { emit stopRequested(name); });
        stop->setObjectName(QStringLiteral("stop"));
        QAction *restart = sub->addAction(tr("Restart"), this, [this, name] { emit restartRequested(name); });
        restart->setObjectName(QStringLiteral("restart"));
        sub->addSeparator();
        QAction *log = sub->addAction(tr("Show Log"), this, [this, name] { emit showLogRequested(name); });
        log->setObjectName(QStringLiteral("log"));
        m_menu->insertMenu(m_strategiesEnd, sub);
        m_strategyMenus.insert(name, sub);
        updateStrategy(m_model->rowOf(name));
    }
    updateSummary();
}

void TrayIcon::updateStrategy(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto &r = m_model->rowAt(row);
    QMenu *sub = m_strategyMenus.value(r.status.name);
    if (!sub)
        return;
    const State state = r.status.state;
    sub->setTitle(tr("%1 — %2").arg(r.status.name, stateText(state)));
    sub->setIcon(stateIcon(state));
    const bool active = protocol::isActive(state);
    const auto actions = sub->actions();
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String("start"))
            a->setEnabled(m_connected && !active);
        else if (a->objectName() == QLatin1String("stop"))
            a->setEnabled(m_connected && active);
        else if (a->objectName() == QLatin1String("log"))
            a->setEnabled(true); // the file is read directly, with or without corrald
        else
            a->setEnabled(m_connected);
    }
}

} // namespace corral::gui
