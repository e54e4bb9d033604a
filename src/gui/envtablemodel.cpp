// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "envtablemodel.h"

#include <QSet>

namespace corral::gui {

EnvTableModel::EnvTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString EnvTableModel::maskedValue()
{
    return QString(8, QChar(0x25CF)); // ●
}

void EnvTableModel::setEnvironment(const QMap<QString, QString> &env, const QStringList &secretKeys)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        m_rows.append({it.key(), it.value(), secretKeys.contains(it.key())});
    m_loadedSecretOrder = secretKeys;
    endResetModel();
}

QMap<QString, QString> EnvTableModel::environment() const
{
    QMap<QString, QString> env;
    for (const Row &row : m_rows) {
        if (!isBlank(row))
            env.insert(row.key, row.value);
    }
    return env;
}

QStringList EnvTableModel::secretKeys() const
{
    QSet<QString> secret;
    QStringList inRowOrder;
    for (const Row &row : m_rows) {
        if (row.secret && !isBlank(row) && !secret.contains(row.key)) {
            secret.insert(row.key);
            inRowOrder.append(row.key);
        }
    }
    QStringList keys;
    for (const QString &key : m_loadedSecretOrder) {
        if (secret.contains(key) && !keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : inRowOrder) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList EnvTableModel::duplicateKeys() const
{
    QSet<QString> seen;
    QStringList duplicates;
    for (const Row &row : m_rows) {
        if (isBlank(row))
            continue;
        if (seen.contains(row.key) && !duplicates.contains(row.key))
            duplicates.append(row.key);
        seen.insert(row.key);
    }
    return duplicates;
}

bool EnvTableModel::isSecret(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).secret;
}

int EnvTableModel::appendRow()
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(Row());
    endInsertRows();
    return row;
}

int EnvTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case KeyColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.key;
        break;
    case ValueColumn:
        if (role == Qt::EditRole)
            return row.value;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.secret && !row.value.isEmpty() ? maskedValue() : row.value;
        // Long values (URLs, paths) do not fit the column; a secret's value must not appear anywhere.
        if (role == Qt::ToolTipRole && !row.secret)
            return row.value;
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return row.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("A secret value is masked here and never written to logs");
        break;
    default:
        break;
    }
    return QVariant();
}

bool EnvTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        row.secret = value.toInt() == Qt::Checked;
        // The value column's text changes between plain and masked with it.
        emit dataChanged(index.siblingAtColumn(KeyColumn), index);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    if (index.column() == KeyColumn)
        row.key = value.toString();
    else if (index.column() == ValueColumn)
        row.value = value.toString();
    else
        return false;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags EnvTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.column() == SecretColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant EnvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    default:
        return QVariant();
    }
}

bool EnvTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace corral::gui
