// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "mainwindow.h"

#include "actions.h"
#include "emptystate.h"
#include "examples.h"
#include "logviewer.h"
#include "notifier.h"
#include "resourcesampler.h"
#include "settings.h"
#include "settingsdialog.h"
#include "stateicons.h"
#include "strategyeditor.h"
#include "strategyfiltermodel.h"
#include "strategytablemodel.h"
#include "trayicon.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QUrl>

namespace corral::gui {

using protocol::Command;
using protocol::State;

namespace {

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        const QFileInfo info(url.toLocalFile());
        if (url.isLocalFile() && info.isFile())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(DaemonConnection *connection, Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_connection(connection), m_settings(settings),
      m_model(new StrategyTableModel(this)), m_filter(new StrategyFilterModel(this)),
      m_sampler(ResourceSampler::create())
{
    m_ui->setupUi(this);
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    m_actions = new StrategyActions(this);
    m_dispatcher = new NotificationDispatcher(nullptr, m_settings, this);

    m_filter->setSourceModel(m_model);
    QTreeView *table = m_ui->strategyTable;
    table->setModel(m_filter);
    table->sortByColumn(StrategyTableModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = table->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[] = {170, 130, 70, 80, 70, 50, 60, 90, 160};
    // Never narrower than the (translated) heading.
    for (int c = 0; c < StrategyTableModel::ColumnCount; ++c)
        table->setColumnWidth(c, qMax(widths[c], header->sectionSizeHint(c)));

    m_ui->stateFilter->addItem(tr("All states"), -1);
    for (State s : {State::Running, State::Stopped, State::Failed, State::Backoff, State::Starting, State::Stopping})
        m_ui->stateFilter->addItem(stateIcon(s), stateText(s), int(s));

    m_logViewer = new LogViewer(m_ui->logPane);
    m_logViewer->setObjectName(QStringLiteral("logViewer"));
    m_ui->logPaneLayout->addWidget(m_logViewer, 1);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_emptyState = new EmptyState(m_ui->emptyPage);
    m_emptyState->setExamplesAvailable(!examplesDirectory().isEmpty());
    m_ui->emptyPageLayout->addWidget(m_emptyState);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_connectionLabel, 1);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::tick);

    buildMenus();
    // Below this the table, the log pane and the toolbar's first items no longer fit.
    setMinimumSize(MinimumSize);
    connectSignals();
    restoreLayout();
    updateActions();
    updateStatus();
    updatePage();
    updateLogPane();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::buildMenus()
{
    m_actions->fillToolBar(m_ui->mainToolBar);
    m_ui->mainToolBar->setIconSize(QSize(18, 18));

    QMenu *file = m_ui->menuFile;
    file->addAction(m_actions->add);
    file->addAction(m_actions->openLogFolder);
    file->addSeparator();
    file->addAction(m_actions->settings);
    file->addSeparator();
    file->addAction(m_actions->closeWindow);
    file->addAction(m_actions->quit);

    QMenu *strategy = m_ui->menuStrategy;
    strategy->addAction(m_actions->start);
    strategy->addAction(m_actions->stop);
    strategy->addAction(m_actions->restart);
    strategy->addSeparator();
    strategy->addAction(m_actions->edit);
    strategy->addAction(m_actions->duplicate);
    strategy->addAction(m_actions->remove);
    strategy->addSeparator();
    strategy->addAction(m_actions->startAll);
    strategy->addAction(m_actions->stopAll);

    QMenu *view = m_ui->menuView;
    view->addAction(m_actions->refresh);
    view->addSeparator();
    m_showLogAction = view->addAction(tr("Show &Log"));
    m_showLogAction->setObjectName(QStringLiteral("actionShowLog"));
    m_showLogAction->setCheckable(true);
    m_showLogAction->setChecked(true);
    connect(m_showLogAction, &QAction::toggled, this, &MainWindow::updatePage);
    view->addAction(m_ui->mainToolBar->toggleViewAction());

    QAction *about = m_ui->menuHelp->addAction(tr("&About Corral"), this, [this] {
        QMessageBox::about(this, tr("About Corral"),
                           tr("<h3>Corral %1</h3><p>Keeps long-running programs alone, detached and under "
                              "control.</p><p>corrald %2 supervises the strategies; this window and "
                              "<code>corralctl</code> are its clients.</p>")
                               .arg(QStringLiteral(CORRAL_VERSION), m_connection->daemonVersion().isEmpty()
                                                                        ? tr("(not connected)")
                                                                        : m_connection->daemonVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::connectSignals()
{
    // corrald -> model
    connect(m_connection, &DaemonConnection::strategiesListed, m_model, &StrategyTableModel::setStrategies);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty())
            selectStrategy(m_pendingSelection);
    });
    connect(m_connection, &DaemonConnection::stateReceived, m_model, &StrategyTableModel::applyStatus);
    connect(m_connection, &DaemonConnection::strategiesListed, this, [this] {
        // Something is always selected, so the log pane shows a log rather than an empty box.
        if (m_ui->strategyTable->selectionModel()->hasSelection() || m_filter->rowCount() == 0)
            return;
        const QModelIndex first = m_filter->index(0, 0);
        m_ui->strategyTable->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
        m_ui->strategyTable->setFocus();
    });
    connect(m_connection, &DaemonConnection::statusChanged, this, [this] {
        updateActions();
        updateStatus();
        updatePage();
        if (m_tray)
            m_tray->setConnected(m_connection->status() == DaemonConnection::Status::Connected);
    });
    connect(m_connection, &DaemonConnection::daemonMessage, this,
            [this](const QString &message) { statusBar()->showMessage(tr("corrald: %1").arg(message), 15000); });
    connect(m_connection, &DaemonConnection::daemonMessage, m_dispatcher, &NotificationDispatcher::daemonMessage);
    connect(m_connection, &DaemonConnection::requestFailed, this, [this](const QString &what, const QString &error) {
        statusBar()->showMessage(tr("%1 failed: %2").arg(what, error), 15000);
    });
    connect(m_model, &StrategyTableModel::stateChanged, this, [this](const QString &name, State from, State to) {
        const auto *row = m_model->row(name);
        m_dispatcher->stateChanged(name, from, to, row ? row->status.lastError : QString());
    });

    // model -> window
    auto changed = [this] {
        updateActions();
        updateStatus();
        updatePage();
        updateLogPane();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() > StrategyTableModel::NextEventColumn ||
                    (topLeft.column() == StrategyTableModel::UptimeColumn &&
                     bottomRight.column() == StrategyTableModel::UptimeColumn) ||
                    (topLeft.column() >= StrategyTableModel::CpuColumn &&
                     bottomRight.column() <= StrategyTableModel::MemoryColumn))
                    return; // clock and usage ticks change nothing the window derives
                updateActions();
                updateStatus();
                updateLogPane();
            });

    // the table
    QTreeView *table = m_ui->strategyTable;
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateLogPane();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateLogPane);
    connect(table, &QTreeView::doubleClicked, this, &MainWindow::editSelected);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(QKeySequence(key), table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::editSelected);
    }
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        QMenu menu(this);
        m_actions->fillContextMenu(&menu);
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &StrategyFilterModel::setFilterText);
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int state = m_ui->stateFilter->itemData(index).toInt();
        m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional<State>(State(state)));
    });

    // actions
    connect(m_actions->add, &QAction::triggered, this, &MainWindow::addStrategy);
    connect(m_actions->edit, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_actions->duplicate, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(m_actions->remove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_actions->start, &QAction::triggered, this, &MainWindow::startSelected);
    connect(m_actions->stop, &QAction::triggered, this, &MainWindow::stopSelected);
    connect(m_actions->restart, &QAction::triggered, this, &MainWindow::restartSelected);
    connect(m_actions->startAll, &QAction::triggered, this, &MainWindow::startAll);
    connect(m_actions->stopAll, &QAction::triggered, this, &MainWindow::confirmStopAll);
    connect(m_actions->openLogFolder, &QAction::triggered, this, &MainWindow::openLogFolder);
    connect(m_actions->refresh, &QAction::triggered, m_connection, &DaemonConnection::refresh);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->closeWindow, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::quitApplication);

    connect(m_emptyState, &EmptyState::addExamplesRequested, this, &MainWindow::addExamples);
    connect(m_emptyState, &EmptyState::addRequested, this, &MainWindow::addStrategy);
}

void MainWindow::setTrayIcon(TrayIcon *tray)
{
    m_tray = tray;
    if (!tray)
        return;
    tray->setConnected(m_connection->status() == DaemonConnection::Status::Connected);
    connect(tray, &TrayIcon::openRequested, this, &MainWindow::showAndRaise);
    connect(tray, &TrayIcon::startRequested, this, [this](const QString &name) { act(Command::Start, {name}); });
    connect(tray, &TrayIcon::stopRequested, this, [this](const QString &name) { act(Command::Stop, {name}); });
    connect(tray, &TrayIcon::restartRequested, this, [this](const QString &name) { act(Command::Restart, {name}); });
    connect(tray, &TrayIcon::startAllRequested, this, &MainWindow::startAll);
    connect(tray, &TrayIcon::showLogRequested, this, [this](const QString &name) {
        showAndRaise();
        selectStrategy(name);
        m_showLogAction->setChecked(true);
    });
    connect(tray, &TrayIcon::stopAllRequested, this, &MainWindow::confirmStopAll);
    connect(tray, &TrayIcon::quitRequested, this, &MainWindow::quitApplication);
}

void MainWindow::setNotifier(Notifier *notifier)
{
    m_dispatcher->setNotifier(notifier);
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 720);
    restoreState(m_settings->windowState());
    m_ui->splitter->restoreState(m_settings->splitterState());
    m_ui->strategyTable->header()->restoreState(m_settings->headerState());
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->saveWindow(saveGeometry(), saveState(), m_ui->splitter->saveState(),
                           m_ui->strategyTable->header()->saveState());
    m_settings->sync();
}

QStringList MainWindow::selectedNames() const
{
    QStringList names;
    const QModelIndexList rows = m_ui->strategyTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        names.append(index.data(StrategyTableModel::NameRole).toString());
    return names;
}

QString MainWindow::currentName() const
{
    const QStringList selected = selectedNames();
    if (selected.size() == 1)
        return selected.first();
    const QModelIndex current = m_ui->strategyTable->currentIndex();
    return selected.isEmpty() || !current.isValid() ? QString() : current.data(StrategyTableModel::NameRole).toString();
}

void MainWindow::selectStrategy(const QString &name)
{
    const int row = m_model->rowOf(name);
    // Not there yet: corrald's `config` event and the list after it bring the row a moment later.
    m_pendingSelection = row < 0 ? name : QString();
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_ui->strategyTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
    m_ui->strategyTable->scrollTo(index);
}

void MainWindow::updateActions()
{
    QList<State> states;
    for (const QString &name : selectedNames())
        if (const auto *row = m_model->row(name))
            states.append(row->status.state);
    m_actions->update(m_connection->status() == DaemonConnection::Status::Connected, states, m_model->rowCount());
}

void MainWindow::updateStatus()
{
    QString text;
    // The title says it too, so that the taskbar tells how many run or failed while the window is hidden
    // (Qt adds the application's name, "… — Corral").
    QString title = tr("not connected");
    switch (m_connection->status()) {
    case DaemonConnection::Status::Connected: {
        QStringList parts{tr("%n running", nullptr, m_model->countIn(State::Running))};
        if (const int backoff = m_model->countIn(State::Backoff))
            parts.append(tr("%n restarting", nullptr, backoff));
        if (const int failed = m_model->countIn(State::Failed))
            parts.append(tr("%n failed", nullptr, failed));
        parts.append(tr("%n strategies", nullptr, m_model->rowCount()));
        title = parts.join(QStringLiteral(" · "));
        parts.prepend(tr("Connected to corrald (pid %1)").arg(m_connection->daemonPid()));
        text = parts.join(QStringLiteral("  ·  "));
        break;
    }
    case DaemonConnection::Status::Connecting:
        text = tr("corrald not running — starting it…");
        break;
    case DaemonConnection::Status::Disconnected:
        text = m_connection->lastError().isEmpty()
                   ? tr("Not connected to corrald — retrying…")
                   : tr("Not connected to corrald — retrying… (%1)").arg(m_connection->lastError());
        break;
    }
    m_connectionLabel->setText(text);
    setWindowTitle(title);
}

void MainWindow::updatePage()
{
    const bool connected = m_connection->status() == DaemonConnection::Status::Connected;
    QWidget *page = m_ui->tablePage;
    if (m_model->rowCount() == 0) {
        if (connected) {
            page = m_ui->emptyPage;
        } else {
            page = m_ui->disconnectedPage;
            m_ui->disconnectedLabel->setText(
                m_connection->status() == DaemonConnection::Status::Connecting
                    ? tr("Connecting to corrald…")
                    : tr("corrald is not running.\n%1\nRetrying…").arg(m_connection->lastError()));
        }
    }
    m_ui->tableStack->setCurrentWidget(page);
    // Nothing to show a log of: the empty state gets the whole window.
    m_ui->logPane->setVisible(page == m_ui->tablePage && m_showLogAction->isChecked());
}

void MainWindow::updateLogPane()
{
    const QString name = currentName();
    const auto *row = name.isEmpty() ? nullptr : m_model->row(name);
    if (!row) {
        m_ui->logTitle->setText(tr("<span style='color:gray'>Select a strategy to see its log</span>"));
        if (!m_logShownFor.isEmpty()) {
            m_logShownFor.clear();
            m_logViewer->setLogFile(QString());
        }
        return;
    }
    const auto &s = row->status;
    QString title = tr("<b>%1</b> — <span style='color:%2'>%3</span>")
                        .arg(s.name.toHtmlEscaped(), stateColor(s.state).name(), stateText(s.state));
    if (s.pid)
        title += tr(" · pid %1").arg(*s.pid);
    if (s.since.isValid())
        title += tr(" · since %1").arg(QLocale().toString(s.since.toLocalTime(), QLocale::ShortFormat));
    if (!s.lastError.isEmpty())
        title += tr(" · <span style='color:%1'>%2</span>")
                     .arg(stateColor(State::Failed).name(), s.lastError.toHtmlEscaped());
    m_ui->logTitle->setText(title);
    if (m_logShownFor != name) {
        m_logShownFor = name;
        m_logViewer->setLogFile(m_connection->paths().logFile(name));
    }
}

void MainWindow::tick()
{
    m_model->refreshUptime();
    // Reading /proc for every process costs more than a clock: every other second is enough.
    if (++m_ticks % 2 == 0)
        m_model->setUsage(m_sampler->sample(m_model->pids()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_ticker.isActive()) {
        m_ticks = 1;
        m_ticker.start();
        tick();
    }
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_ticker.stop();
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    const bool toTray =
        !m_quitting && m_tray && QSystemTrayIcon::isSystemTrayAvailable() && m_settings && m_settings->closeToTray();
    if (toTray) {
        hide();
        event->ignore();
        if (!m_settings->trayHintShown()) {
            m_settings->setTrayHintShown(true);
            m_tray->systemTrayIcon()->showMessage(
                tr("Corral is still in the tray"),
                tr("Your strategies keep running. Open Corral from this icon; Quit there closes it for good."),
                QSystemTrayIcon::Information, 8000);
        }
        return;
    }
    event->accept();
    if (!m_quitting) {
        m_quitting = true;
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }
}

void MainWindow::quitApplication()
{
    m_quitting = true;
    close();
    QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_connection->status() == DaemonConnection::Status::Connected && !localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    addScript(path);
}

void MainWindow::reportFailure(const QString &what, const QString &error)
{
    statusBar()->showMessage(tr("%1: %2").arg(what, error), 15000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Corral"), what, QMessageBox::Ok, this);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::act(Command command, const QStringList &names)
{
    if (names.isEmpty())
        return;
    const QString what = command == Command::Start  ? tr("Could not start %1")
                         : command == Command::Stop ? tr("Could not stop %1")
                                                    : tr("Could not restart %1");
    const QString list = names.join(QStringLiteral(", "));
    statusBar()->showMessage(command == Command::Start  ? tr("Starting %1…").arg(list)
                             : command == Command::Stop ? tr("Stopping %1…").arg(list)
                                                        : tr("Restarting %1…").arg(list));
    m_connection->request(command, {{QStringLiteral("names"), QJsonArray::fromStringList(names)}},
                          [this, what, list](const Response &r) {
                              if (r.ok)
                                  statusBar()->clearMessage();
                              else
                                  reportFailure(what.arg(list), r.error);
                          });
}

void MainWindow::startSelected()
{
    act(Command::Start, selectedNames());
}

void MainWindow::stopSelected()
{
    act(Command::Stop, selectedNames());
}

void MainWindow::restartSelected()
{
    act(Command::Restart, selectedNames());
}

void MainWindow::startAll()
{
    statusBar()->showMessage(tr("Starting every strategy…"));
    m_connection->startAll([this](const Response &r) {
        if (r.ok)
            statusBar()->clearMessage();
        else
            reportFailure(tr("Could not start every strategy"), r.error);
    });
}

void MainWindow::confirmStopAll()
{
    const int active = m_model->countActive();
    QMessageBox box(QMessageBox::Warning, tr("Stop All Strategies"),
                    tr("Stop every strategy (%n active)?", nullptr, active), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stopAllConfirmation"));
    box.setInformativeText(tr("Each strategy and every process it started is stopped, dependents first. "
                              "Scheduled strategies start again when their next window opens."));
    QPushButton *stop = box.addButton(tr("Stop All"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    showAndRaise();
    box.exec();
    if (box.clickedButton() != stop)
        return;
    statusBar()->showMessage(tr("Stopping every strategy…"));
    m_connection->stopAll([this](const Response &r) {
        if (r.ok)
            statusBar()->showMessage(tr("Every strategy is stopped"), 5000);
        else
            reportFailure(tr("Could not stop every strategy"), r.error);
    });
}

void MainWindow::removeSelected()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    QStringList active;
    for (const QString &name : names)
        if (const auto *row = m_model->row(name); row && isActive(row->status.state))
            active.append(name);

    QString question = names.size() == 1 ? tr("Remove %1?").arg(names.first())
                                         : tr("Remove %n strategies?", nullptr, int(names.size()));
    QString detail = tr("Corral forgets them; their log files stay on disk.");
    if (!active.isEmpty())
        detail = tr("%1 will be stopped first. ").arg(active.join(QStringLiteral(", "))) + detail;
    if (QMessageBox::question(this, tr("Remove"), question + QStringLiteral("\n\n") + detail,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;

    auto removeAll = [this, names] {
        for (const QString &name : names)
            m_connection->remove(name, [this, name](const Response &r) {
                if (!r.ok)
                    reportFailure(tr("Could not remove %1").arg(name), r.error);
            });
    };
    if (active.isEmpty()) {
        removeAll();
        return;
    }
    m_connection->stop(active, [this, removeAll](const Response &r) {
        if (!r.ok)
            reportFailure(tr("Could not stop before removing"), r.error);
        else
            removeAll();
    });
}

void MainWindow::withConfigs(std::function<void(const QList<Strategy> &)> then)
{
    m_connection->fetchConfigs(m_model->names(), [this, then](const QList<Strategy> &all, const QString &error) {
        if (!error.isEmpty()) {
            reportFailure(tr("Could not read the strategies from corrald"), error);
            return;
        }
        then(all);
    });
}

void MainWindow::openEditor(const Strategy &strategy, const QString &originalName)
{
    withConfigs([this, strategy, originalName](const QList<Strategy> &all) {
        QStringList others;
        for (const Strategy &s : all)
            if (s.name != originalName)
                others.append(s.name);
        auto *editor = new StrategyEditor(others, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setWindowTitle(originalName.isEmpty() ? tr("Add Strategy") : tr("Edit %1").arg(originalName));
        editor->setDependencyGraph(all);
        editor->setStrategy(strategy);
        connect(editor, &QDialog::accepted, this, [this, editor, originalName] {
            const Strategy edited = editor->strategy();
            auto done = [this, edited, originalName](const Response &r) {
                if (r.ok) {
                    statusBar()->showMessage(originalName.isEmpty() ? tr("Added %1").arg(edited.name)
                                                                    : tr("Saved %1").arg(edited.name),
                                             5000);
                    selectStrategy(edited.name);
                    return;
                }
                reportFailure(originalName.isEmpty() ? tr("Could not add %1").arg(edited.name)
                                                     : tr("Could not save %1").arg(originalName),
                              r.error);
                openEditor(edited, originalName); // nothing the user typed is lost
            };
            if (originalName.isEmpty())
                m_connection->add(edited, done);
            else
                m_connection->edit(originalName, edited, done);
        });
        editor->open();
    });
}

void MainWindow::addStrategy()
{
    Strategy fresh;
    fresh.workingDir = QDir::homePath();
    openEditor(fresh, QString());
}

void MainWindow::withConfigOf(const QString &name, std::function<void(const Strategy &)> then)
{
    m_connection->fetchConfigs({name}, [this, name, then](const QList<Strategy> &one, const QString &error) {
        if (!error.isEmpty() || one.isEmpty())
            return reportFailure(tr("Could not read %1").arg(name), error);
        then(one.first());
    });
}

void MainWindow::editSelected()
{
    const QString name = currentName();
    if (name.isEmpty() || m_connection->status() != DaemonConnection::Status::Connected)
        return;
    withConfigOf(name, [this, name](const Strategy &strategy) { openEditor(strategy, name); });
}

void MainWindow::duplicateSelected()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    withConfigOf(name, [this, name](const Strategy &original) {
        Strategy copy = original;
        const QStringList taken = m_model->names();
        //: Name proposed for a duplicated strategy. It becomes a file name: no / \ : * ? " < > |.
        copy.name = tr("%1-copy").arg(name);
        for (int n = 2; taken.contains(copy.name); ++n)
            copy.name = tr("%1-copy%2").arg(name).arg(n);
        openEditor(copy, QString());
    });
}

void MainWindow::addScript(const QString &path)
{
    openEditor(strategyForScript(path, m_model->names()), QString());
}

void MainWindow::addExamples()
{
    const QList<Strategy> examples = exampleStrategies(examplesDirectory(), m_model->names());
    for (const Strategy &s : examples)
        m_connection->add(s, [this, name = s.name](const Response &r) {
            if (!r.ok)
                reportFailure(tr("Could not add the example %1").arg(name), r.error);
            else
                selectStrategy(QStringLiteral("ticker"));
        });
}

void MainWindow::openLogFolder()
{
    const QString dir = m_connection->paths().logsDir();
    QDir().mkpath(dir);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        statusBar()->showMessage(tr("The logs are in %1").arg(QDir::toNativeSeparators(dir)), 15000);
}

void MainWindow::showSettings()
{
    if (!m_settings)
        return;
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace corral::gui
