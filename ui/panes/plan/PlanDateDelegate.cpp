// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/plan/PlanDateDelegate.h"

#include <QDateEdit>

namespace isoaudit {

QWidget* PlanDateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QStringLiteral("planDateEdit"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(tr("Plan date"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

void PlanDateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateEdit*>(editor))
        edit->setDate(index.data(Qt::EditRole).toDate());
}

void PlanDateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateEdit*>(editor))
        model->setData(index, edit->date(), Qt::EditRole);
}

} // namespace isoaudit
