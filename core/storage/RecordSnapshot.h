// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace isoaudit {

class AuditStore;

/// Everything a deletion takes away: the record (with its blobs), the records it owns (attachments, corrective
/// actions, recursively) and the links other records had to it. Undo of a deletion restores exactly this.
struct RecordSnapshot
{
    Record record;
    QList<RecordSnapshot> children;
    QList<QPair<QString, LinkKind>> incomingLinks; ///< (owner uuid, link kind) of links that pointed at the record
};

namespace Snapshots {
Result<RecordSnapshot> take(const AuditStore& store, RecordKind kind, const QString& uuid);
/// Puts a snapshot back, in one transaction, with the same uuids.
Status restore(AuditStore& store, const RecordSnapshot& snapshot);
} // namespace Snapshots

} // namespace isoaudit
