// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates/EnumComboDelegate.h"

#include "delegates/ItemRoles.h"

#include <QComboBox>
#include <QTimer>

namespace isoaudit {

int EnumComboDelegate::indexOfValue(const QVariantList& choices, const QVariant& value)
{
    const bool wantNull = value.isNull() || !value.isValid() || value.toString().isEmpty();
    for (int i = 0; i < choices.size(); ++i) {
        const QVariant candidate = choices.at(i).toList().value(1);
        const bool isNull = candidate.isNull() || !candidate.isValid();
        if (wantNull ? isNull : (!isNull && candidate.toString() == value.toString()))
            return i;
    }
    return -1;
}

QWidget* EnumComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    const QVariantList choices = index.data(ItemRoles::ChoicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("enumComboBox"));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    for (const QVariant& choice : choices) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    // The list opens at once, so one click (or F2, arrows, Enter) picks a value; picking commits at once, so a choice
    // is never lost by clicking elsewhere.
    QTimer::singleShot(0, combo, [combo]() {
        if (combo->isVisible())
            combo->showPopup();
    });
    connect(combo, &QComboBox::activated, this, [this, combo]() {
        auto* self = const_cast<EnumComboDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void EnumComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int at = indexOfValue(index.data(ItemRoles::ChoicesRole).toList(), index.data(Qt::EditRole));
    combo->setCurrentIndex(at);
}

void EnumComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() < 0)
        return;
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace isoaudit
