// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace isoaudit {

/// Edits an enumerated cell with a combo box of human labels. The choices come from the model
/// (ItemRoles::ChoicesRole), so one delegate serves fixed enums and the client's own risk levels alike. Picking an
/// item commits at once: one pick, one undo step.
class EnumComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    /// The combo index whose value equals `value` (null matches null), or -1.
    static int indexOfValue(const QVariantList& choices, const QVariant& value);
};

} // namespace isoaudit
