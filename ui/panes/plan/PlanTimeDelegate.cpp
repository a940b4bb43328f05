// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/plan/PlanTimeDelegate.h"

#include <QTimeEdit>

namespace isoaudit {

QWidget* PlanTimeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto* edit = new QTimeEdit(parent);
    edit->setObjectName(QStringLiteral("planTimeEdit"));
    edit->setAccessibleName(tr("Slot time"));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

void PlanTimeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QTimeEdit*>(editor))
        edit->setTime(index.data(Qt::EditRole).toTime());
}

void PlanTimeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QTimeEdit*>(editor))
        model->setData(index, edit->time(), Qt::EditRole);
}

} // namespace isoaudit
