// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace corral::gui {

// A strategy's environment as rows the user edits: key, value and whether the value is a secret.
// A secret's value never leaves the model through the display, tooltip or accessibility roles; only
// Qt::EditRole (for the password editor) and environment() carry it.
class EnvTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, SecretColumn, ColumnCount };

    explicit EnvTableModel(QObject *parent = nullptr);

    // Fixed length whatever the value, so the mask does not tell how long a secret is.
    static QString maskedValue();

    void setEnvironment(const QMap<QString, QString> &env, const QStringList &secretKeys);
    // Rows whose key and value are both empty are blank lines the user added and left: not variables.
    QMap<QString, QString> environment() const;
    // Keys marked secret, those that were secret when loaded first and in their old order, so that an
    // untouched strategy comes back unchanged.
    QStringList secretKeys() const;
    // Keys on more than one row: a map keeps only one of them, so the user has to choose.
    QStringList duplicateKeys() const;

    bool isSecret(int row) const;
    // Appends an empty row and returns its number.
    int appendRow();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

private:
    struct Row
    {
        QString key;
        QString value;
        bool secret = false;
    };

    static bool isBlank(const Row &row) { return row.key.isEmpty() && row.value.isEmpty(); }

    QList<Row> m_rows;
    QStringList m_loadedSecretOrder;
};

} // namespace corral::gui
