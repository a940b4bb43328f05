// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QTimer>

namespace isoaudit {

/// A multi-line plain-text field that saves while the user types: edited() fires ~300 ms after a burst of
/// keystrokes and again, at once, whenever focus leaves or flush() is called with unsaved text, so nothing is lost
/// when the user moves to another record. Bursts of one field merge into one undo step (SetFieldCommand::mergeWith).
/// Undo and redo are the audit's: the shortcut saves pending typing and passes on to Edit > Undo.
class FieldTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FieldTextEdit(QWidget* parent = nullptr);

    /// Shows a stored value; no edited() signal. Ignored while the user has unsaved typing in the field.
    void setValue(const QString& text);
    QString value() const { return toPlainText(); }
    bool isDirty() const { return m_dirty; }
    /// Emits edited() now if there is unsaved text.
    void flush();
    QSize sizeHint() const override;

signals:
    void edited(const QString& text);

protected:
    bool event(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QTimer m_timer;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace isoaudit
