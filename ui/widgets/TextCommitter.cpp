// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TextCommitter.h"

#include <QEvent>
#include <QKeyEvent>
#include <QTextDocument>
#include <QWidget>

namespace isoaudit {

TextCommitter::TextCommitter(QWidget* edit, QTextDocument* document, std::function<QString()> value)
    : m_edit(edit)
    , m_value(std::move(value))
{
    document->setUndoRedoEnabled(false); // one history: the audit's
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &TextCommitter::flush);
    connect(document, &QTextDocument::contentsChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_timer.start();
    });
    edit->installEventFilter(this);
}

TextCommitter::~TextCommitter()
{
    m_edit->removeEventFilter(this);
}

bool TextCommitter::load(const std::function<void()>& show)
{
    if (m_dirty && m_edit->hasFocus())
        return false;
    m_timer.stop();
    m_dirty = false;
    m_loading = true;
    show();
    m_loading = false;
    return true;
}

void TextCommitter::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    emit edited(m_value());
}

bool TextCommitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::FocusOut) {
            flush();
        } else if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                flush();
                event->ignore(); // leave the shortcut to the audit's undo stack
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace isoaudit
