// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace isoaudit {

/// Edits the Trust Services Criteria of a SOC 2 control in place: a line edit with the ids ("CC6.1, CC6.2") above
/// a checkable list of the criteria the cell offers (ItemRoles::ChoicesRole: {label, id} pairs), opened as a
/// panel over the rows below the cell. Ticking a criterion writes its id into the line, typing an id ticks it;
/// Enter or leaving the cell commits the line's text, which the model checks (a word that names no criterion is
/// refused, naming it). The SOC 2 counterpart of ControlListDelegate.
class CriteriaListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    /// At least as wide as a criterion's title and tall enough for a dozen of them, kept inside the view.
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace isoaudit
