// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"
#include "resourcesampler.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace corral::gui {

// One row per strategy, as corrald reports it. Fed by `list` answers and `state` events; a change
// touches only the cells it changes (dataChanged), rows come and go with insert/remove, never a reset,
// so selection, sorting and scroll position survive every event.
class StrategyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        PidColumn,
        UptimeColumn,
        RestartsColumn,
        ExitCodeColumn,
        CpuColumn,
        MemoryColumn,
        NextEventColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, for the proxy's sorting
        NameRole,
        StateRole, // int(protocol::State)
        LastErrorRole
    };

    struct Row
    {
        protocol::StrategyStatus status;
        ResourceUsage usage;
    };

    explicit StrategyTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The whole set, from a `list` answer: rows are updated, added and removed to match.
    void setStrategies(const QList<protocol::StrategyStatus> &statuses);
    // One `state` event's strategy. Unknown names are added (a `config` event may lag).
    void applyStatus(const protocol::StrategyStatus &status);
    void clear();

    // Sampled usage by leader pid; rows whose pid is not in the map show no usage.
    void setUsage(const QHash<qint64, ResourceUsage> &byPid);
    // Uptime moves with the clock: refresh that column (and nothing else).
    void refreshUptime();

    int rowOf(const QString &name) const;
    const Row *row(const QString &name) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }
    QStringList names() const;
    QList<qint64> pids() const;
    int countIn(protocol::State state) const;
    int countActive() const; // protocol::isActive

    // "512 KiB", "48.3 MiB".
    static QString formatBytes(qint64 bytes);

    // Lets tests pin "now" for the uptime column.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The Next column's time: local, or the window zone's wall time and its name when that zone differs.
    QString nextEventTime(const protocol::StrategyStatus &status) const;

signals:
    // The state of a strategy known before changed (not emitted for rows that were just added).
    void stateChanged(const QString &name, protocol::State from, protocol::State to);

private:
    void updateRow(int index, const Row &next);

    QList<Row> m_rows;
    std::function<QDateTime()> m_clock;
};

} // namespace corral::gui
