// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QTextDocument;
class QWidget;

namespace isoaudit {

/// Saves a multi-line text field while the user types, for any text edit (QPlainTextEdit, QTextEdit): edited() fires
/// ~300 ms after a burst of keystrokes, and at once when focus leaves the field or flush() is called with unsaved
/// text, so nothing is lost when the user moves to another record. One burst is one edit, which the audit's undo
/// stack merges with the burst before it (SetFieldCommand::mergeWith). Undo and redo are the audit's, not the
/// field's: the shortcut saves pending typing and passes on to Edit > Undo.
///
/// Meant as a member of the editor widget it serves, so it is gone before the widget's QWidget destructor moves the
/// focus (a focus-out save from a half-destroyed editor would reach objects being destroyed).
class TextCommitter : public QObject
{
    Q_OBJECT

public:
    /// Follows `edit` (its focus and shortcuts) and `document` (its typing); `value` reads what edited() reports.
    TextCommitter(QWidget* edit, QTextDocument* document, std::function<QString()> value);
    ~TextCommitter() override;

    /// Shows a stored value: runs `show` (which sets the edit's text) without counting it as typing and drops any
    /// pending save. Ignored, returning false, while the user has unsaved typing in the focused field.
    bool load(const std::function<void()>& show);
    bool isDirty() const { return m_dirty; }
    /// Emits edited() now if there is unsaved text.
    void flush();

    static constexpr int delayMs = 300;

signals:
    void edited(const QString& value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_edit;
    std::function<QString()> m_value;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace isoaudit
