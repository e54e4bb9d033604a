// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace corral::gui {

// Every command of the window as one QAction, shared by the toolbar, the menus and the context menu,
// so a shortcut, an icon or an enabled state is defined once. The window decides what they do.
class StrategyActions : public QObject
{
    Q_OBJECT

public:
    explicit StrategyActions(QWidget *parent);

    QAction *add;
    QAction *edit;
    QAction *duplicate;
    QAction *remove;
    QAction *start;
    QAction *stop;
    QAction *restart;
    QAction *startAll;
    QAction *stopAll;
    QAction *openLogFolder;
    QAction *refresh;
    QAction *settings;
    QAction *closeWindow;
    QAction *quit;

    // What can be done with the selected strategies' states while connected (or not).
    void update(bool connected, const QList<protocol::State> &selected, int strategyCount);

    void fillToolBar(QToolBar *toolBar) const;
    void fillContextMenu(QMenu *menu) const;
};

} // namespace corral::gui
