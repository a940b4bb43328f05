// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace isoaudit {

/// Shows a stored value in a one-line field from its beginning. QLineEdit::setText() leaves the cursor at the end,
/// so a title longer than the field showed its last words ("…isk treatment not decided"). An unchanged value is
/// left alone, so a field being typed in keeps its cursor when its own edit comes back from the store.
inline void showFieldText(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0);
}

} // namespace isoaudit
