// SPDX-License-Identifier: GPL-3.0-or-later
// AuditStore's team and repository bookkeeping (file format 8, storage/TeamTables.h), and the audit as it stood at a
// trail entry (the base of a three-way merge).
#include "storage/AuditStore.h"

#include "trail/AuditTrail.h"

#include <QSqlError>
#include <QSqlQuery>

namespace isoaudit {

namespace {

QVariant optionalSeq(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QString text(const QSqlQuery& query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QString() : value.toString();
}

} // namespace

Result<QHash<QString, Record>> AuditStore::recordsAtTrailEntry(qint64 seq) const
{
    auto replayed = AuditTrail::replay(m_database->db(), seq);
    if (!replayed)
        return Error{replayed.error()};
    const TrailReplayState& state = replayed.value();
    QHash<QString, Record> result;
    result.reserve(state.records.size());
    for (auto it = state.records.cbegin(); it != state.records.cend(); ++it) {
        const auto kind = RecordKinds::fromTable(it->kind);
        if (!kind)
            continue;
        const KindInfo& info = RecordKinds::info(*kind);
        Record record;
        record.kind = *kind;
        record.uuid = it.key();
        record.parentUuid = it->parent;
        for (const FieldInfo& field : info.fields) {
            const std::optional<QString> value = it->values.value(field.column);
            // The trail keeps a blob as its SHA-256 only: the record at that point has no bytes for it.
            if (field.type == FieldType::Blob)
                record.values.insert(field.column, QByteArray());
            else
                record.values.insert(field.column, fromSql(field, value ? QVariant(*value) : QVariant()));
        }
        const auto links = state.links.value(it.key());
        for (auto link = links.cbegin(); link != links.cend(); ++link) {
            const auto linkKind = RecordKinds::linkKindFromName(link.key());
            if (!linkKind || link->isEmpty())
                continue;
            QStringList targets(link->cbegin(), link->cend());
            targets.sort();
            record.links.insert(*linkKind, targets);
        }
        result.insert(record.uuid, record);
    }
    return result;
}

Status AuditStore::bookkeeping(const std::function<Status()>& work)
{
    if (isReadOnly())
        return Error{tr("This audit is open read-only; changes cannot be saved.")};
    if (!m_guard && m_guardRequired)
        return Error{tr("This audit was opened without the check that keeps a signed audit unchanged, so the change "
                        "was not saved.")};
    return batch(work);
}

Result<std::optional<TeamOrigin>> AuditStore::teamOrigin() const
{
    QSqlQuery query(m_database->db());
    if (!query.exec(QStringLiteral("SELECT copy_id, audit_uuid, member, fork_seq, fork_hash, forked_at, forked_by "
                                   "FROM team_origin WHERE id = 1")))
        return Error{tr("Could not read where this copy came from: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<TeamOrigin>();
    TeamOrigin origin;
    origin.copyId = text(query, 0);
    origin.auditUuid = text(query, 1);
    origin.member = text(query, 2);
    origin.forkSeq = query.value(3).toLongLong();
    origin.forkHash = text(query, 4);
    origin.forkedAt = text(query, 5);
    origin.forkedBy = text(query, 6);
    return std::optional<TeamOrigin>(origin);
}

Status AuditStore::setTeamOrigin(const std::optional<TeamOrigin>& origin)
{
    return bookkeeping([&]() -> Status {
        QSqlQuery query(m_database->db());
        if (!query.exec(QStringLiteral("DELETE FROM team_origin")))
            return Error{tr("Could not write where this copy came from: %1").arg(query.lastError().text())};
        if (!origin)
            return {};
        query.prepare(QStringLiteral("INSERT INTO team_origin (id, copy_id, audit_uuid, member, fork_seq, fork_hash,"
                                     " forked_at, forked_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value : {QVariant(origin->copyId), QVariant(origin->auditUuid), QVariant(origin->member),
                                      QVariant(origin->forkSeq), QVariant(origin->forkHash),
                                      QVariant(origin->forkedAt), QVariant(origin->forkedBy)})
            query.addBindValue(value);
        if (!query.exec())
            return Error{tr("Could not write where this copy came from: %1").arg(query.lastError().text())};
        return {};
    });
}

Result<QList<TeamCopy>> AuditStore::teamCopies() const
{
    QSqlQuery query(m_database->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT copy_id, member, fork_seq, forked_at, merged_seq, merged_hash, merged_at,"
                                   " merged_by, merges FROM team_copy ORDER BY forked_at, copy_id")))
        return Error{tr("Could not read the team's copies: %1").arg(query.lastError().text())};
    QList<TeamCopy> copies;
    while (query.next()) {
        TeamCopy copy;
        copy.copyId = text(query, 0);
        copy.member = text(query, 1);
        copy.forkSeq = query.value(2).toLongLong();
        copy.forkedAt = text(query, 3);
        if (!query.value(4).isNull())
            copy.mergedSeq = query.value(4).toLongLong();
        copy.mergedHash = text(query, 5);
        copy.mergedAt = text(query, 6);
        copy.mergedBy = text(query, 7);
        copy.merges = query.value(8).toInt();
        copies.append(copy);
    }
    return copies;
}

Status AuditStore::saveTeamCopy(const TeamCopy& copy)
{
    if (copy.copyId.isEmpty())
        return Error{tr("A team copy without an id cannot be remembered.")};
    return bookkeeping([&]() -> Status {
        QSqlQuery query(m_database->db());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO team_copy (copy_id, member, fork_seq, forked_at,"
                                     " merged_seq, merged_hash, merged_at, merged_by, merges)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(copy.copyId), QVariant(copy.member), QVariant(copy.forkSeq), QVariant(copy.forkedAt),
              optionalSeq(copy.mergedSeq), copy.mergedSeq ? QVariant(copy.mergedHash) : QVariant(),
              copy.mergedSeq ? QVariant(copy.mergedAt) : QVariant(), QVariant(copy.mergedBy), QVariant(copy.merges)})
            query.addBindValue(value);
        if (!query.exec())
            return Error{tr("Could not remember the team member's copy: %1").arg(query.lastError().text())};
        return {};
    });
}

Result<std::optional<RepositoryLink>> AuditStore::repositoryLink() const
{
    QSqlQuery query(m_database->db());
    if (!query.exec(QStringLiteral("SELECT server, audit_uuid, synced_seq, synced_hash, synced_at, checked_out_by "
                                   "FROM repository_link WHERE id = 1")))
        return Error{tr("Could not read the repository this audit belongs to: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<RepositoryLink>();
    RepositoryLink link;
    link.server = text(query, 0);
    link.auditUuid = text(query, 1);
    link.syncedSeq = query.value(2).toLongLong();
    link.syncedHash = text(query, 3);
    link.syncedAt = text(query, 4);
    link.checkedOutBy = text(query, 5);
    return std::optional<RepositoryLink>(link);
}

Status AuditStore::setRepositoryLink(const std::optional<RepositoryLink>& link)
{
    return bookkeeping([&]() -> Status {
        QSqlQuery query(m_database->db());
        if (!query.exec(QStringLiteral("DELETE FROM repository_link")))
            return Error{tr("Could not write the repository this audit belongs to: %1").arg(query.lastError().text())};
        if (!link)
            return {};
        query.prepare(QStringLiteral("INSERT INTO repository_link (id, server, audit_uuid, synced_seq, synced_hash,"
                                     " synced_at, checked_out_by) VALUES (1, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value : {QVariant(link->server), QVariant(link->auditUuid), QVariant(link->syncedSeq),
                                      QVariant(link->syncedHash), QVariant(link->syncedAt),
                                      QVariant(link->checkedOutBy)})
            query.addBindValue(value);
        if (!query.exec())
            return Error{tr("Could not write the repository this audit belongs to: %1").arg(query.lastError().text())};
        return {};
    });
}

} // namespace isoaudit
