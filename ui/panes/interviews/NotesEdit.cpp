// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/interviews/NotesEdit.h"

#include "panes/evidence/AttachmentFiles.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextDocumentFragment>

namespace isoaudit {

NotesEdit::NotesEdit(QWidget* parent)
    : QTextEdit(parent)
    , m_committer(this, document(), [this] { return toPlainText().isEmpty() ? QString() : toHtml(); })
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    connect(&m_committer, &TextCommitter::edited, this, &NotesEdit::edited);
}

void NotesEdit::setNotes(const QString& html)
{
    m_committer.load([&] {
        if (html == toHtml())
            return;
        if (html.isEmpty())
            clear();
        else
            setHtml(html);
    });
}

QString NotesEdit::selectedPlainText() const
{
    return textCursor().selection().toPlainText();
}

void NotesEdit::addContextAction(QAction* action)
{
    m_contextActions << action;
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
