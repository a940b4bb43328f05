// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>
#include <QTimer>

namespace isoaudit {

/// The rich-text interview notes. Saves while typing: edited(html) fires ~300 ms after a burst of keystrokes and at
/// once on focus-out or flush(), so switching interviews or closing loses nothing. Files dropped or pasted onto it
/// are not inserted as text but reported through filesDropped(), to be stored as evidence. Undo and redo are the
/// audit's (Edit > Undo), not the text field's own: the shortcut saves pending typing and passes on, so one history
/// holds every edit.
class NotesEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit NotesEdit(QWidget* parent = nullptr);

    /// Shows stored HTML without emitting edited(); ignored while the user has unsaved typing here.
    void setNotes(const QString& html);
    bool isDirty() const { return m_dirty; }
    void flush();
    /// The selected text as plain text, paragraphs separated by newlines.
    QString selectedPlainText() const;
    /// Actions added to the context menu after the standard ones (Raise finding from selection).
    void addContextAction(QAction* action);

signals:
    void edited(const QString& html);
    void filesDropped(const QStringList& paths);

protected:
    bool event(QEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void focusOutEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QTimer m_timer;
    QList<QAction*> m_contextActions;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace isoaudit
