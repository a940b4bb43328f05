// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportCommand.h"

#include "document/AuditDocument.h"

#include <QCoreApplication>

namespace isoaudit {

ImportCommand::ImportCommand(AuditStore& store, ImportPlan plan, const QString& text)
    : RecordCommand(store, text)
    , m_plan(std::move(plan))
{
}

Status ImportCommand::push(AuditDocument& document, const ImportPlan& plan)
{
    const QString text
        = QCoreApplication::translate("ImportCommand", "Import %1 (%n rows)", nullptr, int(plan.records.size()))
              .arg(TableKinds::label(plan.kind));
    auto command = std::make_unique<ImportCommand>(document.store(), plan, text);
    if (Status done = command->execute(); !done)
        return done;
    document.undoStack()->push(command.release());
    return {};
}

Status ImportCommand::apply()
{
    return TableImporter::apply(m_store, m_plan);
}

Status ImportCommand::revert()
{
    return TableImporter::revert(m_store, m_plan);
}

} // namespace isoaudit
