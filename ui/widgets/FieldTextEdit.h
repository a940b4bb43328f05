// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/TextCommitter.h"

#include <QPlainTextEdit>

namespace isoaudit {

/// A multi-line plain-text field that saves while the user types (TextCommitter: edited() after a burst of
/// keystrokes, on focus-out and on flush(); undo and redo are the audit's). Tab moves to the next field.
class FieldTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FieldTextEdit(QWidget* parent = nullptr);

    /// Shows a stored value; no edited() signal. Ignored while the user has unsaved typing in the field.
    void setValue(const QString& text);
    QString value() const { return toPlainText(); }
    bool isDirty() const { return m_committer.isDirty(); }
    /// Emits edited() now if there is unsaved text.
    void flush() { m_committer.flush(); }
    QSize sizeHint() const override;

signals:
    void edited(const QString& text);

private:
    TextCommitter m_committer;
};

} // namespace isoaudit
