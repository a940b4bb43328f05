// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What ServiceControlTableModel.cpp (the table: display, sorting, in-place edits) and ServiceControlEdits.cpp (its
// commands: criteria mapping, drag and drop, add and delete) share. Internal to those two files.

#include "catalog/Catalog.h"
#include "domain/Record.h"
#include "soc2/Engagement.h"
#include "storage/AuditStore.h"

#include <QStringList>

#include <algorithm>

namespace isoaudit::servicecontrols {

inline const QString& refField()
{
    static const QString field = QStringLiteral("ref");
    return field;
}

/// Criteria ids in catalog order, without repeats.
inline QStringList inCatalogOrder(const QStringList& ids)
{
    return Engagement::criteriaCatalog().inCriteriaOrder(ids);
}

inline QString joined(const QStringList& ids)
{
    return ids.join(QStringLiteral(", "));
}

inline QList<Record> childrenOf(const AuditStore& store, RecordKind kind, const QString& parentUuid)
{
    auto records = store.records(kind, parentUuid);
    return records ? records.value() : QList<Record>();
}

} // namespace isoaudit::servicecontrols
