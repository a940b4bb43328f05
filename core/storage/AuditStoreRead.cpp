// SPDX-License-Identifier: GPL-3.0-or-later
// AuditStore's reads: records (through the per-kind cache), lookups, links, and the row as the trail sees it.
#include "storage/AuditStore.h"

#include "catalog/Catalog.h"
#include "storage/StatementCache.h"
#include "trail/TrailState.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace isoaudit {

namespace {

/// Orders link targets the way people read them: catalog order for clauses and controls, text order otherwise.
void sortTargets(LinkKind kind, QStringList& targets)
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    if (kind == LinkKind::Clause || kind == LinkKind::Control) {
        std::sort(targets.begin(), targets.end(), [&](const QString& a, const QString& b) {
            const int ia = kind == LinkKind::Clause ? catalog.clauseIndex(a) : catalog.controlIndex(a);
            const int ib = kind == LinkKind::Clause ? catalog.clauseIndex(b) : catalog.controlIndex(b);
            return ia != ib ? ia < ib : a < b;
        });
    } else {
        targets.sort();
    }
}

/// A column default as PRAGMA table_info reports it, as the canonical text SQLite stores: NULL, a quoted string or
/// an integer. Outer nullopt: an expression (the store then reads the new row back instead).
std::optional<std::optional<QString>> parseDefault(const QVariant& declared)
{
    if (declared.isNull())
        return std::optional<QString>();
    const QString text = declared.toString().trimmed();
    if (text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return std::optional<QString>();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\''))) {
        QString inner = text.mid(1, text.size() - 2);
        inner.replace(QLatin1String("''"), QLatin1String("'"));
        return std::optional<QString>(inner);
    }
    bool isNumber = false;
    const qlonglong number = text.toLongLong(&isNumber);
    if (isNumber)
        return std::optional<QString>(QString::number(number));
    return std::nullopt;
}

} // namespace

QVariant AuditStore::fromSql(const FieldInfo& field, const QVariant& value)
{
    switch (field.type) {
    case FieldType::Text:
        return value.isNull() ? QString() : value.toString();
    case FieldType::Integer:
        return value.isNull() ? QVariant() : QVariant(value.toInt());
    case FieldType::Boolean:
        return value.toInt() != 0;
    case FieldType::Blob:
        return value.toByteArray();
    case FieldType::Json:
        return value.isNull() ? QStringLiteral("[]") : value.toString();
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Enum:
        return value.isNull() ? QVariant() : QVariant(value.toString());
    }
    return value;
}

Result<QList<Record>> AuditStore::select(RecordKind kind, const QString& where, const QVariantList& bindings,
                                         Blobs blobs) const
{
    const KindInfo& info = RecordKinds::info(kind);
    QStringList columns{QStringLiteral("uuid")};
    if (!info.parentColumn.isEmpty())
        columns << info.parentColumn;
    for (const auto& field : info.fields)
        columns << (field.type == FieldType::Blob && blobs == Blobs::Skip ? QStringLiteral("NULL") : field.column);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), info.table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY rowid");
    QSqlQuery query(m_database->db());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const auto& b : bindings)
        query.addBindValue(b);
    if (!query.exec())
        return Error{tr("Could not read the %1 records: %2").arg(info.displayName, query.lastError().text())};
    QList<Record> result;
    const int offset = info.parentColumn.isEmpty() ? 1 : 2;
    while (query.next()) {
        Record record{kind, query.value(0).toString(), {}, {}, {}};
        if (!info.parentColumn.isEmpty())
            record.parentUuid = query.value(1).toString();
        for (int i = 0; i < info.fields.size(); ++i)
            record.values.insert(info.fields.at(i).column, fromSql(info.fields.at(i), query.value(offset + i)));
        result.append(std::move(record));
    }
    if (!info.links.isEmpty() && !result.isEmpty()) {
        const auto links = loadLinks(info, where, bindings);
        for (auto& record : result)
            record.links = links.value(record.uuid);
    }
    if (kind == RecordKind::ClauseAssessment || kind == RecordKind::SoaEntry) {
        const Catalog& catalog = Catalog::isoSpecificByNature();
        const bool clauses = kind == RecordKind::ClauseAssessment;
        std::stable_sort(result.begin(), result.end(), [&](const Record& a, const Record& b) {
            const QString ka = a.text(info.naturalKey), kb = b.text(info.naturalKey);
            return clauses ? catalog.clauseIndex(ka) < catalog.clauseIndex(kb)
                           : catalog.controlIndex(ka) < catalog.controlIndex(kb);
        });
    }
    return result;
}

QMap<QString, QMap<LinkKind, QStringList>> AuditStore::loadLinks(const KindInfo& info, const QString& where,
                                                                 const QVariantList& bindings) const
{
    QString sql = QStringLiteral("SELECT owner_uuid, kind, target FROM link WHERE owner_uuid IN (SELECT uuid FROM %1")
                      .arg(info.table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QLatin1Char(')');
    QSqlQuery query(m_database->db());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const auto& b : bindings)
        query.addBindValue(b);
    QMap<QString, QMap<LinkKind, QStringList>> links;
    if (!query.exec())
        return links;
    while (query.next()) {
        if (auto kind = RecordKinds::linkKindFromName(query.value(1).toString()))
            links[query.value(0).toString()][*kind].append(query.value(2).toString());
    }
    for (auto& perOwner : links) {
        for (auto it = perOwner.begin(); it != perOwner.end(); ++it)
            sortTargets(it.key(), it.value());
    }
    return links;
}

Result<Record> AuditStore::record(RecordKind kind, const QString& uuid, Blobs blobs) const
{
    auto rows = select(kind, QStringLiteral("uuid = ?"), {uuid}, blobs);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return Error{tr("There is no %1 with id %2 in this audit.").arg(RecordKinds::info(kind).displayName, uuid)};
    return rows->first();
}

Result<QList<Record>> AuditStore::records(RecordKind kind, const QString& parentUuid, Blobs blobs) const
{
    const KindInfo& info = RecordKinds::info(kind);
    if (blobs == Blobs::Load) {
        if (!parentUuid.isEmpty() && !info.parentColumn.isEmpty())
            return select(kind, info.parentColumn + QStringLiteral(" = ?"), {parentUuid}, blobs);
        return select(kind, {}, {}, blobs);
    }
    auto all = cachedRecords(kind);
    if (!all || parentUuid.isEmpty() || info.parentColumn.isEmpty())
        return all;
    QList<Record> children; // the parent's rows, still in rowid order
    for (const Record& record : all.value()) {
        if (record.parentUuid == parentUuid)
            children.append(record);
    }
    return children;
}

Result<QList<Record>> AuditStore::cachedRecords(RecordKind kind) const
{
    if (const auto it = m_recordCache.constFind(int(kind)); it != m_recordCache.constEnd())
        return it.value();
    auto rows = select(kind, {}, {}, Blobs::Skip);
    if (rows)
        m_recordCache.insert(int(kind), rows.value());
    return rows;
}

Result<Record> AuditStore::singleton(RecordKind kind) const
{
    auto rows = cachedRecords(kind);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return Error{tr("The audit file %1 has no %2 record; it is incomplete.")
                         .arg(QDir::toNativeSeparators(path()), RecordKinds::info(kind).displayName)};
    return rows->first();
}

Result<int> AuditStore::count(RecordKind kind) const
{
    QSqlQuery query(m_database->db());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + RecordKinds::info(kind).table) || !query.next())
        return Error{tr("Could not count the %1 records: %2")
                         .arg(RecordKinds::info(kind).displayName, query.lastError().text())};
    return query.value(0).toInt();
}

Result<QString> AuditStore::uuidForKey(RecordKind kind, const QString& key) const
{
    const KindInfo& info = RecordKinds::info(kind);
    QString column = info.naturalKey;
    if (column.isEmpty() && info.field(QStringLiteral("ref")))
        column = QStringLiteral("ref");
    if (column.isEmpty())
        return Error{tr("A %1 has no reference to look it up by.").arg(info.displayName)};
    QString why;
    QSqlQuery* query = m_statements->prepared(
        QStringLiteral("SELECT uuid FROM %1 WHERE %2 = ? ORDER BY rowid LIMIT 1").arg(info.table, column), &why);
    if (!query)
        return Error{tr("Could not look up %1 %2: %3").arg(info.displayName, key, why)};
    query->bindValue(0, key);
    if (!query->exec()) {
        why = query->lastError().text();
        StatementCache::release(query);
        return Error{tr("Could not look up %1 %2: %3").arg(info.displayName, key, why)};
    }
    const bool found = query->next();
    const QString uuid = found ? query->value(0).toString() : QString();
    StatementCache::release(query);
    if (!found)
        return Error{tr("There is no %1 \"%2\" in this audit.").arg(info.displayName, key)};
    return uuid;
}

Result<QByteArray> AuditStore::attachmentData(const QString& attachmentUuid) const
{
    QSqlQuery query(m_database->db());
    query.prepare(QStringLiteral("SELECT data FROM attachment WHERE uuid = ?"));
    query.addBindValue(attachmentUuid);
    if (!query.exec() || !query.next())
        return Error{tr("The attachment %1 is not in this audit.").arg(attachmentUuid)};
    return query.value(0).toByteArray();
}

Result<QList<QPair<QString, LinkKind>>> AuditStore::incomingLinks(const QString& uuid) const
{
    QSqlQuery query(m_database->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT owner_uuid, kind FROM link WHERE target = ? ORDER BY owner_uuid, kind"));
    query.addBindValue(uuid);
    if (!query.exec())
        return Error{tr("Could not read the links to %1: %2").arg(uuid, query.lastError().text())};
    QList<QPair<QString, LinkKind>> links;
    while (query.next()) {
        if (auto linkKind = RecordKinds::linkKindFromName(query.value(1).toString());
            linkKind && RecordKinds::linkTargetsRecord(*linkKind))
            links.append({query.value(0).toString(), *linkKind});
    }
    return links;
}

Result<std::optional<TrailRecordState>> AuditStore::readRow(const KindInfo& info, const QString& uuid,
                                                            QVariantList* raw) const
{
    QString why;
    QSqlQuery* query = m_statements->prepared(TrailState::selectSql(info) + QStringLiteral(" WHERE uuid = ?"), &why);
    if (!query)
        return Error{tr("Could not read the %1: %2").arg(info.displayName, why)};
    query->bindValue(0, uuid);
    if (!query->exec()) {
        why = query->lastError().text();
        StatementCache::release(query);
        return Error{tr("Could not read the %1: %2").arg(info.displayName, why)};
    }
    std::optional<TrailRecordState> state;
    if (query->next()) {
        state = TrailState::fromRow(info, *query);
        if (raw) {
            raw->clear();
            for (int i = 0; i < info.fields.size(); ++i)
                raw->append(query->value(2 + i));
        }
    }
    StatementCache::release(query);
    return state;
}

const std::optional<QMap<QString, std::optional<QString>>>& AuditStore::columnDefaults(const KindInfo& info) const
{
    auto found = m_columnDefaults.find(int(info.kind));
    if (found != m_columnDefaults.end())
        return found.value();
    std::optional<QMap<QString, std::optional<QString>>> defaults;
    QSqlQuery query(m_database->db());
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(info.table))) {
        defaults.emplace();
        while (query.next()) {
            const auto value = parseDefault(query.value(4));
            if (!value) {
                defaults.reset();
                break;
            }
            defaults->insert(query.value(1).toString(), *value);
        }
    }
    return m_columnDefaults.insert(int(info.kind), defaults).value();
}

void AuditStore::dropCachedKinds(quint64 kinds)
{
    for (auto it = m_recordCache.begin(); it != m_recordCache.end();) {
        if (kinds & (quint64(1) << it.key()))
            it = m_recordCache.erase(it);
        else
            ++it;
    }
}

bool AuditStore::exists(RecordKind kind, const QString& uuid) const
{
    QSqlQuery* query
        = m_statements->prepared(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(RecordKinds::info(kind).table));
    if (!query)
        return false;
    query->bindValue(0, uuid);
    const bool found = query->exec() && query->next();
    StatementCache::release(query);
    return found;
}

} // namespace isoaudit
