// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "actions.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

#include <algorithm>

namespace corral::gui {

using protocol::State;

namespace {

QAction *make(QWidget *parent, const QString &objectName, const QString &text, QStyle::StandardPixmap icon,
              const QList<QKeySequence> &shortcuts, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (icon != QStyle::SP_CustomBase)
        action->setIcon(parent->style()->standardIcon(icon));
    action->setShortcuts(shortcuts);
    // Shortcuts work anywhere in the window, not only where a toolbar has focus.
    action->setShortcutContext(Qt::WindowShortcut);
    const QString keys = shortcuts.isEmpty() ? QString() : shortcuts.first().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys));
    action->setStatusTip(tip);
    parent->addAction(action);
    return action;
}

} // namespace

StrategyActions::StrategyActions(QWidget *parent) : QObject(parent)
{
    add = make(parent, QStringLiteral("actionAdd"), tr("&Add…"), QStyle::SP_FileDialogNewFolder, {QKeySequence::New},
               tr("Add a strategy"));
    edit = make(parent, QStringLiteral("actionEdit"), tr("&Edit…"), QStyle::SP_FileDialogDetailedView,
                {QKeySequence(Qt::Key_F2)}, tr("Edit the selected strategy (or press Return on it)"));
    duplicate = make(parent, QStringLiteral("actionDuplicate"), tr("D&uplicate…"), QStyle::SP_CustomBase,
                     {QKeySequence(Qt::CTRL | Qt::Key_D)}, tr("Add a copy of the selected strategy"));
    remove = make(parent, QStringLiteral("actionRemove"), tr("&Remove…"), QStyle::SP_TrashIcon, {QKeySequence::Delete},
                  tr("Remove the selected strategies (their logs stay)"));
    start = make(parent, QStringLiteral("actionStart"), tr("&Start"), QStyle::SP_MediaPlay,
                 {QKeySequence(Qt::CTRL | Qt::Key_R)}, tr("Start the selected strategies"));
    stop = make(parent, QStringLiteral("actionStop"), tr("S&top"), QStyle::SP_MediaStop,
                {QKeySequence(Qt::CTRL | Qt::Key_T)}, tr("Stop the selected strategies and all their processes"));
    restart = make(parent, QStringLiteral("actionRestart"), tr("Re&start"), QStyle::SP_BrowserReload,
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, tr("Restart the selected strategies"));
    startAll =
        make(parent, QStringLiteral("actionStartAll"), tr("Start A&ll"), QStyle::SP_MediaSeekForward,
             {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}, tr("Start every strategy, by priority and dependencies"));
    stopAll = make(parent, QStringLiteral("actionStopAll"), tr("Stop &All…"), QStyle::SP_BrowserStop,
                   {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T)},
                   tr("The kill switch: stop every strategy, dependents first"));
    openLogFolder = make(parent, QStringLiteral("actionOpenLogFolder"), tr("Open &Log Folder"), QStyle::SP_DirOpenIcon,
                         {QKeySequence(Qt::CTRL | Qt::Key_L)}, tr("Open the folder that holds every strategy's log"));
    refresh = make(parent, QStringLiteral("actionRefresh"), tr("Re&fresh"), QStyle::SP_CustomBase,
                   {QKeySequence::Refresh}, tr("Ask corrald for every strategy again"));
    // Most Linux desktops bind nothing to Preferences; Ctrl+, is what users try there.
    const QKeySequence preferences = QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                         ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                         : QKeySequence(QKeySequence::Preferences);
    settings = make(parent, QStringLiteral("actionSettings"), tr("Se&ttings…"), QStyle::SP_CustomBase, {preferences},
                    tr("Notifications, window behaviour and language"));
    settings->setMenuRole(QAction::PreferencesRole);
    closeWindow = make(parent, QStringLiteral("actionClose"), tr("&Close Window"), QStyle::SP_CustomBase,
                       {QKeySequence::Close}, tr("Close the window; strategies keep running"));
    quit = make(parent, QStringLiteral("actionQuit"), tr("&Quit Corral"), QStyle::SP_CustomBase, {QKeySequence::Quit},
                tr("Quit the window and the tray icon; strategies keep running"));
    quit->setMenuRole(QAction::QuitRole);

    // The kill switch stands out.
    QFont bold = stopAll->font();
    bold.setBold(true);
    stopAll->setFont(bold);

    update(false, {}, 0);
}

void StrategyActions::update(bool connected, const QList<State> &selected, int strategyCount)
{
    const bool one = selected.size() == 1;
    const bool any = !selected.isEmpty();
    const bool anyInactive =
        std::any_of(selected.cbegin(), selected.cend(), [](State s) { return !protocol::isActive(s); });
    const bool anyActive = std::any_of(selected.cbegin(), selected.cend(), protocol::isActive);

    add->setEnabled(connected);
    edit->setEnabled(connected && one);
    duplicate->setEnabled(connected && one);
    remove->setEnabled(connected && any);
    start->setEnabled(connected && anyInactive);
    stop->setEnabled(connected && anyActive);
    restart->setEnabled(connected && any);
    startAll->setEnabled(connected && strategyCount > 0);
    stopAll->setEnabled(connected && strategyCount > 0);
    refresh->setEnabled(connected);
}

void StrategyActions::fillToolBar(QToolBar *toolBar) const
{
    // A narrow window or a longer language pushes a toolbar's last items into its overflow menu: the kill
    // switch comes first so that it is never among them.
    toolBar->addAction(stopAll);
    toolBar->addAction(startAll);
    toolBar->addSeparator();
    toolBar->addAction(add);
    toolBar->addAction(edit);
    toolBar->addAction(remove);
    toolBar->addSeparator();
    toolBar->addAction(start);
    toolBar->addAction(stop);
    toolBar->addAction(restart);
    toolBar->addSeparator();
    toolBar->addAction(openLogFolder);
}

void StrategyActions::fillContextMenu(QMenu *menu) const
{
    menu->addAction(start);
    menu->addAction(stop);
    menu->addAction(restart);
    menu->addSeparator();
    menu->addAction(edit);
    menu->addAction(duplicate);
    menu->addAction(remove);
    menu->addSeparator();
    menu->addAction(openLogFolder);
}

} // namespace corral::gui
