// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportCommand.h"

#include <QCoreApplication>

namespace isoaudit {

ImportCommand::ImportCommand(AuditStore& store, ImportPlan plan, const QString& text)
    : RecordCommand(store, text)
    , m_plan(std::move(plan))
{
}

QString ImportCommand::undoText(const ImportPlan& plan)
{
    return QCoreApplication::translate("ImportCommand", "Import %1 (%n rows)", nullptr, int(plan.records.size()))
        .arg(TableKinds::label(plan.kind));
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
