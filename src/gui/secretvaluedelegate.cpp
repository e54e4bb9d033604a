// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "secretvaluedelegate.h"

#include "envtablemodel.h"

#include <QLineEdit>

namespace corral::gui {

QWidget *SecretValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    const bool secret =
        index.siblingAtColumn(EnvTableModel::SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor); lineEdit && secret)
        lineEdit->setEchoMode(QLineEdit::Password);
    return editor;
}

} // namespace corral::gui
