// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/SampleGridView.h"

#include "panes/evidence/AttachmentFiles.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace isoaudit {

SampleGridView::SampleGridView(QWidget* parent)
    : QTableView(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DropOnly);
    // P and E are commands here, never the start of an edit; F2 or a double click opens an editor.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
}

SampleGridView::Key SampleGridView::keyOf(const QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
        switch (event->key()) {
        case Qt::Key_P:
            return Key::Pass;
        case Qt::Key_E:
            return Key::Exception;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            return modifiers == Qt::NoModifier ? Key::Clear : Key::None;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            return modifiers == Qt::NoModifier ? Key::EditNote : Key::None;
        default:
            return Key::None;
        }
    }
    if (modifiers == Qt::ControlModifier) {
        if (event->key() == Qt::Key_D)
            return Key::FillDown;
        if (event->key() == Qt::Key_V)
            return Key::Paste;
    }
    return Key::None;
}

bool SampleGridView::event(QEvent* event)
{
    // The grid's keys win over the window's shortcuts (Edit > Paste, a menu's mnemonic) while it has the focus.
    if (event->type() == QEvent::ShortcutOverride && state() != QAbstractItemView::EditingState
        && keyOf(static_cast<QKeyEvent*>(event)) != Key::None) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void SampleGridView::keyPressEvent(QKeyEvent* event)
{
    if (state() == QAbstractItemView::EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    switch (keyOf(event)) {
    case Key::Pass:
        emit markRequested(QStringLiteral("no-exception"));
        break;
    case Key::Exception:
        emit markRequested(QStringLiteral("exception"));
        break;
    case Key::Clear:
        emit clearRequested();
        break;
    case Key::FillDown:
        emit fillDownRequested();
        break;
    case Key::Paste:
        emit pasteRequested();
        break;
    case Key::EditNote:
        emit noteEditRequested();
        break;
    case Key::None:
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SampleGridView::dragEnterEvent(QDragEnterEvent* event)
{
    if (!AttachmentFiles::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void SampleGridView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!AttachmentFiles::localFiles(event->mimeData()).isEmpty() && indexAt(event->position().toPoint()).isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void SampleGridView::dropEvent(QDropEvent* event)
{
    const QStringList paths = AttachmentFiles::localFiles(event->mimeData());
    const QModelIndex index = indexAt(event->position().toPoint());
    if (paths.isEmpty() || !index.isValid()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(index, paths);
}

} // namespace isoaudit
