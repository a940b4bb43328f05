// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/TextCommitter.h"

#include <QTextEdit>

namespace isoaudit {

/// The rich-text interview notes. Saves while typing like every text field (TextCommitter: edited(html) after a burst
/// of keystrokes, on focus-out and on flush(); undo and redo are the audit's). What is its own: rich text, files
/// dropped or pasted onto it are not inserted as text but reported through filesDropped(), to be stored as evidence,
/// and extra context-menu actions.
class NotesEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit NotesEdit(QWidget* parent = nullptr);

    /// Shows stored HTML without emitting edited(); ignored while the user has unsaved typing here.
    void setNotes(const QString& html);
    bool isDirty() const { return m_committer.isDirty(); }
    void flush() { m_committer.flush(); }
    /// The selected text as plain text, paragraphs separated by newlines.
    QString selectedPlainText() const;
    /// Actions added to the context menu after the standard ones (Raise finding from selection).
    void addContextAction(QAction* action);

signals:
    void edited(const QString& html);
    void filesDropped(const QStringList& paths);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    TextCommitter m_committer;
    QList<QAction*> m_contextActions;
};

} // namespace isoaudit
