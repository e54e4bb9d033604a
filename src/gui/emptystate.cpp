// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "emptystate.h"

#include "stateicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace corral::gui {

EmptyState::EmptyState(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("No strategies yet"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Corral keeps your bots, strategies and scripts running on their own: detached from "
                               "this window, one copy at a time, restarted when they crash, and stopped together "
                               "with every process they started.<br><br>Add a program, drop a script file here, "
                               "or try the two examples: a ticker that prints prices until it is stopped and a "
                               "backfill job that runs once. Neither needs the network."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label in a box layout does not get the height it needs for its width: give it both.
    constexpr int TextWidth = 520;
    text->setFixedWidth(TextWidth);
    text->setMinimumHeight(text->heightForWidth(TextWidth));
    text->setForegroundRole(QPalette::PlaceholderText);

    m_examples = new QPushButton(tr("Add the Example Strategies"), this);
    m_examples->setObjectName(QStringLiteral("addExamplesButton"));
    m_examples->setDefault(true);
    auto *add = new QPushButton(tr("Add a Strategy…"), this);
    add->setObjectName(QStringLiteral("addStrategyButton"));
    connect(m_examples, &QPushButton::clicked, this, &EmptyState::addExamplesRequested);
    connect(add, &QPushButton::clicked, this, &EmptyState::addRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_examples);
    buttons->addWidget(add);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addSpacing(8);
    auto *centered = new QHBoxLayout;
    centered->addStretch();
    centered->addWidget(text);
    centered->addStretch();
    layout->addLayout(centered);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void EmptyState::setExamplesAvailable(bool available)
{
    m_examples->setVisible(available);
}

} // namespace corral::gui
