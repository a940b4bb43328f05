// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/Pane.h"

#include <QLineEdit>

namespace isoaudit {

void Pane::find()
{
    if (!m_findField)
        return;
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

void Pane::restoreState(const QByteArray& state)
{
    m_state.restore(state);
    stateRestored();
}

} // namespace isoaudit
