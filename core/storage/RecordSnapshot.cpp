// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RecordSnapshot.h"

#include "storage/AuditStore.h"
#include "trail/TrailWriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace isoaudit {

namespace {

class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(RecordSnapshot)
};

Status restoreTree(AuditStore& store, const RecordSnapshot& snapshot)
{
    if (auto inserted = store.insert(snapshot.record); !inserted)
        return Error{inserted.error()};
    for (const auto& child : snapshot.children) {
        if (auto ok = restoreTree(store, child); !ok)
            return ok;
    }
    if (snapshot.incomingLinks.isEmpty())
        return {};
    QSqlQuery query(store.database().db());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO link (owner_uuid, kind, target) VALUES (?, ?, ?)"));
    for (const auto& [owner, kind] : snapshot.incomingLinks) {
        query.addBindValue(owner);
        query.addBindValue(RecordKinds::linkKindName(kind));
        query.addBindValue(snapshot.record.uuid);
        if (!query.exec())
            return Error{SnapshotText::tr("Could not restore a link: %1").arg(query.lastError().text())};
        if (TrailWriter* trail = store.trail()) { // the audit trail records the restored link too
            if (auto ok = trail->recordLinkAdded(owner, kind, snapshot.record.uuid); !ok)
                return ok;
        }
    }
    return {};
}

} // namespace

Result<RecordSnapshot> Snapshots::take(const AuditStore& store, RecordKind kind, const QString& uuid)
{
    auto record = store.record(kind, uuid, AuditStore::Blobs::Load);
    if (!record)
        return Error{record.error()};
    RecordSnapshot snapshot{record.value(), {}, {}};
    for (const auto& info : RecordKinds::all()) {
        if (info.parentColumn.isEmpty() || info.parentKind != kind)
            continue;
        auto children = store.records(info.kind, uuid);
        if (!children)
            return Error{children.error()};
        for (const auto& child : children.value()) {
            auto childSnapshot = take(store, info.kind, child.uuid);
            if (!childSnapshot)
                return Error{childSnapshot.error()};
            snapshot.children.append(childSnapshot.value());
        }
    }
    // AuditStore::database() is non-const by design (writes); reading links needs only the connection.
    QSqlQuery query(const_cast<AuditStore&>(store).database().db());
    query.prepare(QStringLiteral("SELECT owner_uuid, kind FROM link WHERE target = ? ORDER BY owner_uuid, kind"));
    query.addBindValue(uuid);
    if (!query.exec())
        return Error{SnapshotText::tr("Could not read the links to %1: %2").arg(uuid, query.lastError().text())};
    while (query.next()) {
        if (auto linkKind = RecordKinds::linkKindFromName(query.value(1).toString());
            linkKind && RecordKinds::linkTargetsRecord(*linkKind))
            snapshot.incomingLinks.append({query.value(0).toString(), *linkKind});
    }
    return snapshot;
}

Status Snapshots::restore(AuditStore& store, const RecordSnapshot& snapshot)
{
    const Status done = store.batch([&] { return restoreTree(store, snapshot); });
    if (done) {
        for (const auto& [owner, kind] : snapshot.incomingLinks) {
            Q_UNUSED(kind);
            for (const auto& info : RecordKinds::all()) {
                if (store.record(info.kind, owner).ok()) {
                    emit store.linksChanged(info.kind, owner);
                    break;
                }
            }
        }
    }
    return done;
}

} // namespace isoaudit
