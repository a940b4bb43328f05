// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates/MultiLineTextDelegate.h"

#include <QKeyEvent>
#include <QPlainTextEdit>

namespace isoaudit {

QWidget* MultiLineTextDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const
{
    Q_UNUSED(option);
    auto* editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("multiLineTextEdit"));
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    editor->setToolTip(tr("Enter adds a line; Ctrl+Enter or Tab saves; Esc cancels."));
    editor->setTabChangesFocus(true);
    editor->installEventFilter(const_cast<MultiLineTextDelegate*>(this));
    return editor;
}

void MultiLineTextDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* text = qobject_cast<QPlainTextEdit*>(editor);
    if (!text)
        return;
    const QString value = index.data(Qt::EditRole).toString();
    if (text->toPlainText() != value)
        text->setPlainText(value);
}

void MultiLineTextDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* text = qobject_cast<QPlainTextEdit*>(editor);
    if (!text)
        return;
    if (text->toPlainText() != index.data(Qt::EditRole).toString())
        model->setData(index, text->toPlainText(), Qt::EditRole);
}

void MultiLineTextDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                                 const QModelIndex& index) const
{
    Q_UNUSED(index);
    // Open wider and taller than the cell so a paragraph can be read while it is edited, but stay in the viewport.
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), 320));
    rect.setHeight(qMax(rect.height() * 5, 120));
    if (QWidget* viewport = editor->parentWidget()) {
        const QRect area = viewport->rect();
        if (rect.bottom() > area.bottom())
            rect.moveBottom(qMax(area.top() + rect.height() - 1, area.bottom()));
        if (rect.right() > area.right())
            rect.moveRight(qMax(area.left() + rect.width() - 1, area.right()));
    }
    editor->setGeometry(rect);
}

bool MultiLineTextDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QPlainTextEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
        if (enter)
            return false; // a line break in the text, not the end of editing
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace isoaudit
