// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/TableImporter.h"

#include <QCoreApplication>

namespace isoaudit {

/// The words an import shows the auditor before anything is written: what was read and how, which column feeds
/// which field, how many records are added or changed, the 2013 renumbering, the SoA's missing controls and the
/// row report. The CLI prints it; the import dialog shows the same sentences.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static QStringList columnLines(const ImportPlan& plan);
    static QString summary(const ImportPlan& plan);
    static QStringList renumberingLines(const ImportPlan& plan);
    static QString missingControlsLine(const ImportPlan& plan);
    static QString issueLine(const RowIssue& issue);
    /// Everything above as plain text, one item per line.
    static QString text(const ImportPlan& plan);
};

} // namespace isoaudit
