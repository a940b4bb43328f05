// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/FieldTextEdit.h"

#include <QFontMetrics>
#include <QKeyEvent>

namespace isoaudit {

FieldTextEdit::FieldTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &FieldTextEdit::flush);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_timer.start();
    });
}

void FieldTextEdit::setValue(const QString& text)
{
    if (m_dirty && hasFocus())
        return;
    m_timer.stop();
    m_dirty = false;
    if (toPlainText() == text)
        return;
    m_loading = true;
    setPlainText(text);
    m_loading = false;
}

void FieldTextEdit::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    emit edited(toPlainText());
}

bool FieldTextEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            flush();
            event->ignore(); // leave the shortcut to the audit's undo stack
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void FieldTextEdit::focusOutEvent(QFocusEvent* event)
{
    flush();
    QPlainTextEdit::focusOutEvent(event);
}

QSize FieldTextEdit::sizeHint() const
{
    const QSize base = QPlainTextEdit::sizeHint();
    return {base.width(), fontMetrics().lineSpacing() * 4 + 12};
}

} // namespace isoaudit
