// SPDX-License-Identifier: GPL-3.0-or-later
// AuditStore's writes of existing records (fields, removals, links), the checks every write shares, and write(),
// the guard and transaction around each. New records are inserted in AuditStoreInsert.cpp.
#include "storage/AuditStore.h"

#include "catalog/Catalog.h"
#include "catalog/Catalogs.h"
#include "domain/FieldValues.h"
#include "storage/StatementCache.h"
#include "trail/TrailState.h"
#include "trail/TrailWriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace isoaudit {

namespace {

/// The record kind a link kind's targets are, if they are records.
std::optional<RecordKind> linkTargetKind(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Interview:
        return RecordKind::Interview;
    case LinkKind::Evidence:
        return RecordKind::Evidence;
    case LinkKind::Risk:
        return RecordKind::Risk;
    case LinkKind::Clause:
    case LinkKind::Control:
    case LinkKind::Criterion:
        break;
    }
    return std::nullopt;
}

/// Clause assessments and SoA entries: one row per catalog item, keyed by its id, in every ISO/IEC 27001 audit. A
/// SOC 2 service control's key (its ref) is the client's own: it may be renamed and removed.
bool isCatalogRow(RecordKind kind)
{
    return kind == RecordKind::ClauseAssessment || kind == RecordKind::SoaEntry;
}

} // namespace

quint64 AuditStore::removalReach(RecordKind kind)
{
    quint64 reach = kindBit(kind);
    for (bool grew = true; grew;) { // the kinds it owns, and theirs (attachments of evidence, a finding's actions)
        grew = false;
        for (const auto& info : RecordKinds::all()) {
            if (!info.parentColumn.isEmpty() && (reach & kindBit(info.parentKind)) && !(reach & kindBit(info.kind))) {
                reach |= kindBit(info.kind);
                grew = true;
            }
        }
    }
    quint64 linking = 0; // the kinds whose links to a removed record the schema's triggers delete
    for (const auto& info : RecordKinds::all()) {
        for (const auto& link : info.links) {
            if (const auto target = linkTargetKind(link.kind); target && (reach & kindBit(*target)))
                linking |= kindBit(info.kind);
        }
    }
    return reach | linking;
}

// ---- validation ----------------------------------------------------------------------------------------------------

QVariant AuditStore::toSql(const FieldInfo& field, const QVariant& value)
{
    if (field.type == FieldType::Boolean)
        return value.toBool() ? 1 : 0;
    if (field.type == FieldType::Text && value.toString().isNull())
        return QString(QLatin1String("")); // a null QString would bind as SQL NULL
    if (field.type == FieldType::Blob && value.toByteArray().isNull())
        return QByteArray("");
    return value;
}

Result<QVariant> AuditStore::normalize(const KindInfo& kind, const FieldInfo& field, const QVariant& value)
{
    return FieldValues::normalize(kind, field, value);
}

Status AuditStore::checkLinkTargets(LinkKind linkKind, const QStringList& targets) const
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    for (const QString& target : targets) {
        switch (linkKind) {
        case LinkKind::Clause:
            if (!catalog.clause(target))
                return Error{tr("\"%1\" is not a clause of %2.").arg(target, catalog.frameworkName())};
            break;
        case LinkKind::Control:
            if (!catalog.control(target))
                return Error{tr("\"%1\" is not an Annex A control of %2.").arg(target, catalog.frameworkName())};
            break;
        case LinkKind::Interview:
            if (!exists(RecordKind::Interview, target))
                return Error{tr("There is no interview %1 in this audit.").arg(target)};
            break;
        case LinkKind::Evidence:
            if (!exists(RecordKind::Evidence, target))
                return Error{tr("There is no evidence %1 in this audit.").arg(target)};
            break;
        case LinkKind::Risk:
            if (!exists(RecordKind::Risk, target))
                return Error{tr("There is no risk %1 in this audit.").arg(target)};
            break;
        case LinkKind::Criterion: {
            const Catalog* criteria = Catalogs::find(Catalogs::soc2FrameworkId());
            if (!criteria || !criteria->criterion(target))
                return Error{tr("\"%1\" is not a Trust Services Criterion.").arg(target)};
            break;
        }
        }
    }
    return {};
}

// ---- writes --------------------------------------------------------------------------------------------------------

Status AuditStore::write(RecordKind kind, const QStringList& columns, quint64 touchedKinds,
                         const std::function<Status()>& work)
{
    if (isReadOnly())
        return Error{tr("This audit is open read-only; changes cannot be saved.")};
    if (!m_guard && m_guardRequired)
        return Error{tr("This audit was opened without the check that keeps a signed audit unchanged, so the change "
                        "was not saved.")};
    if (m_guard) {
        if (auto allowed = m_guard(kind, columns); !allowed)
            return allowed;
    }
    return batch([&]() -> Status {
        m_batchTouched |= touchedKinds;
        dropCachedKinds(touchedKinds);
        return work();
    });
}

Status AuditStore::setField(RecordKind kind, const QString& uuid, const QString& column, const QVariant& value,
                            std::optional<QVariant>* previous)
{
    QVariantMap before;
    const Status done = setFields(kind, uuid, {{column, value}}, previous ? &before : nullptr);
    if (done && previous) {
        const auto changed = before.constBegin(); // at most one: the field's column
        *previous = changed != before.constEnd() ? std::optional<QVariant>(changed.value()) : std::nullopt;
    }
    return done;
}

Status AuditStore::setFields(RecordKind kind, const QString& uuid, const QVariantMap& values, QVariantMap* previous)
{
    const KindInfo& info = RecordKinds::info(kind);
    QVariantMap normalized;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldInfo* field = info.field(it.key());
        if (!field)
            return Error{tr("A %1 has no field \"%2\".").arg(info.displayName, it.key())};
        if (isCatalogRow(kind) && field->column == info.naturalKey)
            return Error{tr("The %1 of a %2 cannot be changed.").arg(field->jsonName, info.displayName)};
        auto v = normalize(info, *field, it.value());
        if (!v)
            return Error{v.error()};
        normalized.insert(field->column, toSql(*field, v.value()));
    }
    if (normalized.isEmpty())
        return {};
    bool changed = false;
    const Status done = write(kind, normalized.keys(), kindBit(kind), [&]() -> Status {
        // The one read: the row as it is, for the trail's old values and the caller's undo.
        QVariantList raw;
        auto read = readRow(info, uuid, &raw);
        if (!read)
            return Error{read.error()};
        if (!read->has_value())
            return Error{tr("There is no %1 with id %2 in this audit.").arg(info.displayName, uuid)};
        const TrailRecordState& before = **read;
        TrailRecordState after = before;
        QStringList assignments;
        QVariantList bindings;
        for (auto it = normalized.cbegin(); it != normalized.cend(); ++it) {
            const auto stored = TrailState::canonicalBound(it.value());
            if (before.values.value(it.key()) == stored && before.values.contains(it.key()))
                continue; // already so: not written again
            if (previous) {
                const qsizetype index = info.columns().indexOf(it.key());
                previous->insert(it.key(), fromSql(*info.field(it.key()), raw.value(index)));
            }
            after.values.insert(it.key(), stored);
            assignments << it.key() + QStringLiteral(" = ?");
            bindings << it.value();
        }
        if (assignments.isEmpty())
            return {};
        changed = true;
        QString why;
        QSqlQuery* query = m_statements->prepared(
            QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(info.table, assignments.join(QLatin1String(", "))),
            &why);
        if (!query)
            return Error{tr("Could not save the %1: %2").arg(info.displayName, why)};
        for (int i = 0; i < bindings.size(); ++i)
            query->bindValue(i, bindings.at(i));
        query->bindValue(int(bindings.size()), uuid);
        const bool updated = query->exec();
        if (!updated)
            why = query->lastError().text();
        StatementCache::release(query);
        if (!updated)
            return Error{tr("Could not save the %1: %2").arg(info.displayName, why)};
        return m_trail ? m_trail->recordUpdate(info, uuid, before, after) : Status();
    });
    if (done && changed) {
        for (auto it = normalized.cbegin(); it != normalized.cend(); ++it)
            emit recordChanged(kind, uuid, it.key());
    }
    return done;
}

Status AuditStore::remove(RecordKind kind, const QString& uuid)
{
    const KindInfo& info = RecordKinds::info(kind);
    if (info.singleton || isCatalogRow(kind))
        return Error{tr("The %1 cannot be deleted; it is part of every audit.").arg(info.displayName)};
    // Children cascade and the incoming links of other kinds go with it: those kinds are dropped from the cache too.
    const Status done = write(kind, {}, removalReach(kind), [&]() -> Status {
        std::optional<TrailRecordState> before;
        if (m_trail) {
            auto read = readRow(info, uuid);
            if (!read)
                return Error{read.error()};
            before = read.value();
        }
        QSqlQuery query(m_database->db());
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(info.table));
        query.addBindValue(uuid);
        if (!query.exec())
            return Error{tr("Could not delete the %1: %2").arg(info.displayName, query.lastError().text())};
        if (query.numRowsAffected() == 0)
            return Error{tr("There is no %1 with id %2 in this audit.").arg(info.displayName, uuid)};
        return m_trail && before ? m_trail->recordRemove(info, uuid, *before) : Status();
    });
    if (done)
        emit recordRemoved(kind, uuid);
    return done;
}

Status AuditStore::setLinks(RecordKind kind, const QString& uuid, LinkKind linkKind, const QStringList& targets)
{
    const KindInfo& info = RecordKinds::info(kind);
    const bool allowed
        = std::any_of(info.links.cbegin(), info.links.cend(), [&](const LinkInfo& l) { return l.kind == linkKind; });
    if (!allowed)
        return Error{tr("A %1 cannot link to a %2.").arg(info.displayName, RecordKinds::linkKindName(linkKind))};
    if (auto ok = checkLinkTargets(linkKind, targets); !ok)
        return ok;
    if (!exists(kind, uuid))
        return Error{tr("There is no %1 with id %2 in this audit.").arg(info.displayName, uuid)};
    const Status done = write(kind, {info.links.first().jsonName}, kindBit(kind), [&]() -> Status {
        QSqlQuery query(m_database->db());
        query.prepare(QStringLiteral("DELETE FROM link WHERE owner_uuid = ? AND kind = ?"));
        query.addBindValue(uuid);
        query.addBindValue(RecordKinds::linkKindName(linkKind));
        if (!query.exec())
            return Error{tr("Could not save a link: %1").arg(query.lastError().text())};
        if (auto ok = insertLinks(uuid, linkKind, targets); !ok)
            return ok;
        return m_trail ? m_trail->recordLinks(info, uuid, linkKind, targets) : Status();
    });
    if (done)
        emit linksChanged(kind, uuid);
    return done;
}

Status AuditStore::restoreIncomingLinks(const QString& targetUuid, const QList<QPair<QString, LinkKind>>& links)
{
    if (links.isEmpty())
        return {};
    quint64 owners = 0; // the kinds that can hold such links: their cached records change
    for (const auto& info : RecordKinds::all()) {
        for (const auto& [owner, linkKind] : links) {
            Q_UNUSED(owner);
            if (std::any_of(info.links.cbegin(), info.links.cend(),
                            [&](const LinkInfo& l) { return l.kind == linkKind; }))
                owners |= kindBit(info.kind);
        }
    }
    const RecordKind guardKind = linkTargetKind(links.first().second).value_or(RecordKind::Audit);
    return write(guardKind, {}, owners, [&]() -> Status {
        QString why;
        QSqlQuery* query = m_statements->prepared(
            QStringLiteral("INSERT OR IGNORE INTO link (owner_uuid, kind, target) VALUES (?, ?, ?)"), &why);
        if (!query)
            return Error{tr("Could not restore a link: %1").arg(why)};
        for (const auto& [owner, linkKind] : links) {
            query->bindValue(0, owner);
            query->bindValue(1, RecordKinds::linkKindName(linkKind));
            query->bindValue(2, targetUuid);
            const bool ok = query->exec();
            if (!ok)
                why = query->lastError().text();
            StatementCache::release(query);
            if (!ok)
                return Error{tr("Could not restore a link: %1").arg(why)};
            if (m_trail) { // the audit trail records the restored link too
                if (auto recorded = m_trail->recordLinkAdded(owner, linkKind, targetUuid); !recorded)
                    return recorded;
            }
        }
        return {};
    });
}

} // namespace isoaudit
