// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/interviews/NotesEdit.h"

#include "panes/evidence/AttachmentFiles.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextDocumentFragment>

namespace isoaudit {

NotesEdit::NotesEdit(QWidget* parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &NotesEdit::flush);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_timer.start();
    });
}

void NotesEdit::setNotes(const QString& html)
{
    if (m_dirty && hasFocus())
        return;
    m_timer.stop();
    m_dirty = false;
    if (html == toHtml())
        return;
    m_loading = true;
    if (html.isEmpty())
        clear();
    else
        setHtml(html);
    m_loading = false;
}

void NotesEdit::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    emit edited(toPlainText().isEmpty() ? QString() : toHtml());
}

QString NotesEdit::selectedPlainText() const
{
    return textCursor().selection().toPlainText();
}

void NotesEdit::addContextAction(QAction* action)
{
    m_contextActions << action;
}

bool NotesEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            flush();
            event->ignore(); // leave the shortcut to the audit's undo stack
            return false;
        }
    }
    return QTextEdit::event(event);
}

bool NotesEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return !AttachmentFiles::localFiles(source).isEmpty() || QTextEdit::canInsertFromMimeData(source);
}

void NotesEdit::insertFromMimeData(const QMimeData* source)
{
    const QStringList files = AttachmentFiles::localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

void NotesEdit::focusOutEvent(QFocusEvent* event)
{
    flush();
    QTextEdit::focusOutEvent(event);
}

void NotesEdit::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        for (QAction* action : m_contextActions)
            menu->addAction(action);
    }
    menu->exec(event->globalPos());
}

} // namespace isoaudit
