// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FieldTextEdit.h"

#include <QFontMetrics>

namespace isoaudit {

FieldTextEdit::FieldTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_committer(this, document(), [this] { return toPlainText(); })
{
    setTabChangesFocus(true);
    connect(&m_committer, &TextCommitter::edited, this, &FieldTextEdit::edited);
}

void FieldTextEdit::setValue(const QString& text)
{
    m_committer.load([&] {
        if (toPlainText() != text)
            setPlainText(text);
    });
}

QSize FieldTextEdit::sizeHint() const
{
    const QSize base = QPlainTextEdit::sizeHint();
    return {base.width(), fontMetrics().lineSpacing() * 4 + 12};
}

} // namespace isoaudit
