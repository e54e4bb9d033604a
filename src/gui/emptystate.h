// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QPushButton;

namespace corral::gui {

// What the window shows instead of an empty table: what Corral is for, and two ways to begin.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Without the shipped examples (an odd install), only "Add a strategy" is offered.
    void setExamplesAvailable(bool available);

signals:
    void addExamplesRequested();
    void addRequested();

private:
    QPushButton *m_examples;
};

} // namespace corral::gui
