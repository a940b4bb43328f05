// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RecordSnapshot.h"

#include "storage/AuditStore.h"

namespace isoaudit {

namespace {

Status restoreTree(AuditStore& store, const RecordSnapshot& snapshot)
{
    if (auto inserted = store.insert(snapshot.record); !inserted)
        return Error{inserted.error()};
    for (const auto& child : snapshot.children) {
        if (auto ok = restoreTree(store, child); !ok)
            return ok;
    }
    return store.restoreIncomingLinks(snapshot.record.uuid, snapshot.incomingLinks);
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
    auto incoming = store.incomingLinks(uuid);
    if (!incoming)
        return Error{incoming.error()};
    snapshot.incomingLinks = incoming.value();
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
