// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace corral::gui {

// Sorts the strategy table by the model's SortRole and narrows it to names containing a text and,
// optionally, to one state.
class StrategyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StrategyFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStateFilter(std::optional<protocol::State> state);
    std::optional<protocol::State> stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<protocol::State> m_state;
};

} // namespace corral::gui
