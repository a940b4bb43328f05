// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/RecordCommands.h"
#include "import/TableImporter.h"

namespace isoaudit {

/// A whole table import as one undo step: the plan is written in one transaction, and undone (inserted records
/// removed, changed fields and links restored) in another. One command for 10,000 rows instead of 10,000 commands.
class ImportCommand : public RecordCommand
{
public:
    ImportCommand(AuditStore& store, ImportPlan plan, const QString& text);
    /// "Import risk register (120 rows)": the undo step's name. Pushed by AuditDocument::importTable.
    static QString undoText(const ImportPlan& plan);

protected:
    Status apply() override;
    Status revert() override;

private:
    ImportPlan m_plan;
};

} // namespace isoaudit
