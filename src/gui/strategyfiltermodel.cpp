// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategyfiltermodel.h"

#include "strategytablemodel.h"

namespace corral::gui {

StrategyFilterModel::StrategyFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(StrategyTableModel::SortRole);
    // A row whose state changes may move: keep the order true while events stream in.
    setDynamicSortFilter(true);
}

void StrategyFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void StrategyFilterModel::setStateFilter(std::optional<protocol::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool StrategyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(StrategyTableModel::StateRole).toInt() != int(*m_state))
        return false;
    return m_text.isEmpty() ||
           index.data(StrategyTableModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace corral::gui
