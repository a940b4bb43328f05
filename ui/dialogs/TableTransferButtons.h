// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/TableDropFilter.h"

#include <QCoreApplication>

class QBoxLayout;
class QWidget;

namespace isoaudit {

/// The Import… and Export… buttons a table pane (SoA, Risks, Findings) shows beside its actions, plus drop
/// support on the pane, in one call so the panes need only a line each.
class TableTransferButtons
{
    Q_DECLARE_TR_FUNCTIONS(TableTransferButtons)

public:
    static void add(QBoxLayout* bar, QWidget* pane, TableKind kind, TableDropFilter::DocumentGetter document);
};

} // namespace isoaudit
