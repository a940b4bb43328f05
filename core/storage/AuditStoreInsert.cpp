// SPDX-License-Identifier: GPL-3.0-or-later
// AuditStore's inserts: one record (insert) and many of one kind in bulk (insertMany, an import's path).
#include "storage/AuditStore.h"

#include "catalog/Catalog.h"
#include "storage/StatementCache.h"
#include "trail/TrailState.h"
#include "trail/TrailWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace isoaudit {

/// A record checked and turned into what its INSERT binds, the new row as the trail records it (the bound values and
/// the schema's defaults), and its links. `values` holds one entry per field of the kind, in the kind's order (the
/// fields the record leaves out, marked in `given`, take the column's default): a row binds them by position, with no
/// lookup by column name.
struct AuditStore::PreparedInsert
{
    Record record;
    QString uuid;
    QVariantList values;
    QList<bool> given;
    TrailRecordState state;
    QMap<QString, QSet<QString>> links; ///< by link kind name, for the trail
};

namespace {

/// Rows to a statement in a bulk insert. Each run of an INSERT evaluates the table's CHECK (x IN (...)) constraints
/// by building a small table once per run, which cost more than the row itself; 64 rows share one.
constexpr int rowsPerStatement = 64;
/// Rows prepared and written together in a bulk insert: a whole number of statements.
constexpr qsizetype rowsPerChunk = 8 * rowsPerStatement;

/// The kind's fields (their indexes) in the order of their column names, which is QMap's: the trail state is filled in
/// it, each value appended at the end of the map instead of searched for.
const QList<qsizetype>& fieldsByColumn(const KindInfo& info)
{
    static const QHash<int, QList<qsizetype>> orders = [] {
        QHash<int, QList<qsizetype>> all;
        for (const KindInfo& kind : RecordKinds::all()) {
            QList<qsizetype> order;
            for (qsizetype i = 0; i < kind.fields.size(); ++i)
                order << i;
            std::sort(order.begin(), order.end(),
                      [&](qsizetype a, qsizetype b) { return kind.fields.at(a).column < kind.fields.at(b).column; });
            all.insert(int(kind.kind), order);
        }
        return all;
    }();
    return *orders.constFind(int(info.kind));
}

QString rowsOfMarks(int columns, int rows)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << row;
    return all.join(QLatin1String(", "));
}

} // namespace

Result<AuditStore::PreparedInsert> AuditStore::prepareInsert(const Record& record) const
{
    const KindInfo& info = RecordKinds::info(record.kind);
    PreparedInsert prepared;
    prepared.record = record;
    prepared.uuid = record.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : record.uuid;
    if (!info.parentColumn.isEmpty()) {
        if (record.parentUuid.isEmpty() || !exists(info.parentKind, record.parentUuid))
            return Error{tr("A %1 must belong to an existing %2.")
                             .arg(info.displayName, RecordKinds::info(info.parentKind).displayName)};
    }
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (!info.field(it.key()))
            return Error{tr("A %1 has no field \"%2\".").arg(info.displayName, it.key())};
    }
    // The new row as the trail records it, from what is bound and the schema's defaults: nothing is read back.
    const auto& defaults = columnDefaults(info);
    const qsizetype fieldCount = info.fields.size();
    prepared.values.resize(fieldCount);
    prepared.given.resize(fieldCount);
    QList<std::optional<QString>> stored(fieldCount); // each field's canonical text, for the trail state below
    for (qsizetype i = 0; i < fieldCount; ++i) {
        const FieldInfo& field = info.fields.at(i);
        const auto value = record.values.constFind(field.column);
        if (value == record.values.cend()) {
            if (field.required)
                return Error{tr("%1.%2 must not be empty.").arg(info.displayName, field.jsonName)};
            if (defaults)
                stored[i] = defaults->value(field.column);
            continue; // the column's default applies
        }
        auto v = normalize(info, field, value.value());
        if (!v)
            return Error{v.error()};
        prepared.values[i] = toSql(field, v.value());
        prepared.given[i] = true;
        stored[i] = TrailState::canonicalBound(prepared.values.at(i));
    }
    TrailRecordState& state = prepared.state;
    state.kind = info.table;
    state.parent = info.parentColumn.isEmpty() ? QString(QLatin1String("")) : record.parentUuid;
    for (const qsizetype i : fieldsByColumn(info)) {
        if (prepared.given.at(i) || defaults) // without known defaults, the row is read back (insert())
            state.values.insert(state.values.cend(), info.fields.at(i).column, stored.at(i));
    }
    // Clause assessments and SoA entries are keyed by a catalog id; a SOC 2 service control's ref is the client's.
    if (record.kind == RecordKind::ClauseAssessment || record.kind == RecordKind::SoaEntry) {
        const QString key = record.text(info.naturalKey);
        const Catalog& catalog = Catalog::isoSpecificByNature();
        const bool known = record.kind == RecordKind::ClauseAssessment ? catalog.clause(key) != nullptr
                                                                       : catalog.control(key) != nullptr;
        if (!known)
            return Error{tr("\"%1\" is not in the %2 catalog.").arg(key, catalog.frameworkName())};
    }
    for (const auto& link : info.links) {
        if (auto ok = checkLinkTargets(link.kind, record.links.value(link.kind)); !ok)
            return Error{ok.error()};
    }
    for (auto it = record.links.cbegin(); it != record.links.cend(); ++it) {
        const bool allowed = std::any_of(info.links.cbegin(), info.links.cend(),
                                         [&](const LinkInfo& l) { return l.kind == it.key(); });
        if (!allowed && !it.value().isEmpty())
            return Error{tr("A %1 cannot link to a %2.").arg(info.displayName, RecordKinds::linkKindName(it.key()))};
        if (!it.value().isEmpty())
            prepared.links.insert(RecordKinds::linkKindName(it.key()),
                                  QSet<QString>(it.value().cbegin(), it.value().cend()));
    }
    return prepared;
}

Status AuditStore::insertFailure(const KindInfo& info, const QString& uuid, const QString& why) const
{
    if (why.contains(QLatin1String("UNIQUE")) && info.kind == RecordKind::TeamMember)
        return Error{tr("The audit team already has a lead auditor; there can be only one.")};
    if (why.contains(QLatin1String("UNIQUE")))
        return Error{tr("This audit already has that %1 (%2).").arg(info.displayName, uuid)};
    return Error{tr("Could not add the %1: %2").arg(info.displayName, why)};
}

Result<QString> AuditStore::insert(const Record& record)
{
    const KindInfo& info = RecordKinds::info(record.kind);
    auto checked = prepareInsert(record);
    if (!checked)
        return Error{checked.error()};
    PreparedInsert& prepared = checked.value();
    const QString& uuid = prepared.uuid;
    QStringList columns{QStringLiteral("uuid")}; // the columns the record sets; the others take their defaults
    QVariantList bindings{uuid};
    if (info.singleton) {
        columns << QStringLiteral("id");
        bindings << 1;
    }
    if (!info.parentColumn.isEmpty()) {
        columns << info.parentColumn;
        bindings << record.parentUuid;
    }
    for (qsizetype i = 0; i < info.fields.size(); ++i) {
        if (prepared.given.at(i)) {
            columns << info.fields.at(i).column;
            bindings << prepared.values.at(i);
        }
    }
    const Status done = write(record.kind, {}, kindBit(record.kind), [&]() -> Status {
        QString why;
        QSqlQuery* query = m_statements->prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(info.table, columns.join(QLatin1String(", ")), rowsOfMarks(int(columns.size()), 1)),
            &why);
        if (!query)
            return Error{tr("Could not add the %1: %2").arg(info.displayName, why)};
        for (int i = 0; i < bindings.size(); ++i)
            query->bindValue(i, bindings.at(i));
        const bool inserted = query->exec();
        if (!inserted)
            why = query->lastError().text();
        StatementCache::release(query);
        if (!inserted)
            return insertFailure(info, uuid, why);
        for (auto it = record.links.cbegin(); it != record.links.cend(); ++it) {
            if (auto ok = insertLinks(uuid, it.key(), it.value()); !ok)
                return ok;
        }
        if (!m_trail)
            return {};
        if (!columnDefaults(info)) { // a default the store cannot evaluate: read what SQLite stored
            auto stored = readRow(info, uuid);
            if (!stored)
                return Error{stored.error()};
            if (!stored->has_value())
                return Error{tr("The new %1 is missing from the file.").arg(info.displayName)};
            prepared.state = **stored;
        }
        return m_trail->recordInsert(info, uuid, prepared.state, prepared.links);
    });
    if (!done)
        return Error{done.error()};
    emit recordInserted(record.kind, uuid);
    return uuid;
}

Result<QStringList> AuditStore::insertMany(const QList<Record>& records, qsizetype* failed)
{
    QStringList uuids;
    if (records.isEmpty())
        return uuids;
    const RecordKind kind = records.first().kind;
    const KindInfo& info = RecordKinds::info(kind);
    const bool blobs = std::any_of(info.fields.cbegin(), info.fields.cend(),
                                   [](const FieldInfo& f) { return f.type == FieldType::Blob; });
    const bool bulk = !info.singleton && !blobs && columnDefaults(info).has_value()
        && std::all_of(records.cbegin(), records.cend(), [&](const Record& r) { return r.kind == kind; });
    if (!bulk) { // one by one, each as insert() writes it, still in one transaction
        const Status done = batch([&]() -> Status {
            for (qsizetype i = 0; i < records.size(); ++i) {
                auto uuid = insert(records.at(i));
                if (!uuid) {
                    if (failed)
                        *failed = i;
                    return Error{uuid.error()};
                }
                uuids << uuid.value();
            }
            return {};
        });
        if (!done)
            return Error{done.error()};
        return uuids;
    }
    const Status done = write(kind, {}, kindBit(kind), [&]() -> Status {
        // A chunk of rows is prepared, then written (records, links, trail entries), then the next: what is held
        // stays one chunk's worth however long the import (10,000 prepared rows held at once were ~60 MB, and
        // freeing them a tenth of the import's time).
        QList<PreparedInsert> rows;
        rows.reserve(rowsPerChunk);
        for (qsizetype first = 0; first < records.size(); first += rowsPerChunk) {
            rows.clear();
            const qsizetype end = std::min(records.size(), first + rowsPerChunk);
            for (qsizetype i = first; i < end; ++i) {
                auto prepared = prepareInsert(records.at(i));
                if (!prepared) {
                    if (failed)
                        *failed = i;
                    return Error{prepared.error()};
                }
                rows.append(std::move(prepared.value()));
            }
            qsizetype failedInChunk = -1;
            if (auto written = writeInserts(info, rows, &failedInChunk); !written) {
                if (failed && failedInChunk >= 0)
                    *failed = first + failedInChunk;
                return written;
            }
            for (const auto& row : std::as_const(rows))
                uuids << row.uuid;
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    for (const QString& uuid : std::as_const(uuids))
        emit recordInserted(kind, uuid);
    return uuids;
}

Status AuditStore::writeInserts(const KindInfo& info, const QList<PreparedInsert>& rows, qsizetype* failed)
{
    // Every row binds every column (a value the record leaves out binds the column's default, which is what SQLite
    // would store), so rows of different shapes share one statement.
    struct Default
    {
        enum { Null, Integer, Text } type = Null;
        qlonglong number = 0;
        QString text;
    };
    QList<Default> defaults; // what each field binds when a record leaves it out, worked out once
    for (const auto& field : info.fields) {
        const std::optional<QString> value = columnDefaults(info)->value(field.column);
        bool isNumber = false;
        const qlonglong number = value ? value->toLongLong(&isNumber) : 0;
        if (!value)
            defaults.append({Default::Null, 0, {}});
        else if (isNumber && (field.type == FieldType::Integer || field.type == FieldType::Boolean))
            defaults.append({Default::Integer, number, {}});
        else
            defaults.append({Default::Text, 0, *value});
    }
    QStringList columns{QStringLiteral("uuid")};
    if (!info.parentColumn.isEmpty())
        columns << info.parentColumn;
    columns << info.columns();
    const int width = int(columns.size());
    const QString head
        = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(info.table, columns.join(QLatin1String(", ")));
    const auto bindRow = [&](SqliteStatement& statement, int first, const PreparedInsert& row) {
        int column = first;
        statement.bindText(column++, row.uuid);
        if (!info.parentColumn.isEmpty())
            statement.bindText(column++, row.record.parentUuid);
        for (qsizetype i = 0; i < info.fields.size(); ++i, ++column) {
            if (row.given.at(i)) {
                statement.bind(column, row.values.at(i));
                continue;
            }
            const Default& value = defaults.at(i);
            if (value.type == Default::Null)
                statement.bindNull(column);
            else if (value.type == Default::Integer)
                statement.bindInt(column, value.number);
            else
                statement.bindText(column, value.text);
        }
    };
    QString why;
    SqliteStatement* one = m_statements->raw(head + rowsOfMarks(width, 1), &why);
    SqliteStatement* many = one ? m_statements->raw(head + rowsOfMarks(width, rowsPerStatement), &why) : nullptr;
    if (!one || !many)
        return Error{tr("Could not add the %1: %2").arg(info.displayName, why)};
    const auto writeOne = [&](qsizetype i) -> Status {
        bindRow(*one, 1, rows.at(i));
        if (one->run())
            return {};
        if (failed)
            *failed = i;
        return insertFailure(info, rows.at(i).uuid, one->error());
    };
    for (qsizetype done = 0; done < rows.size();) {
        if (rows.size() - done < rowsPerStatement) {
            if (auto ok = writeOne(done); !ok)
                return ok;
            ++done;
            continue;
        }
        for (int row = 0; row < rowsPerStatement; ++row)
            bindRow(*many, row * width + 1, rows.at(done + row));
        if (!many->run()) {
            // One row was refused (the statement wrote none of them): find it, one at a time, for its message.
            for (int row = 0; row < rowsPerStatement; ++row) {
                if (auto ok = writeOne(done + row); !ok)
                    return ok;
            }
            return Error{tr("Could not add the %1: %2").arg(info.displayName, many->error())};
        }
        done += rowsPerStatement;
    }
    // The links, as insertLinks() writes them, several to a statement.
    struct LinkRow
    {
        const QString* owner;
        QString kind;
        const QString* target;
    };
    QList<LinkRow> links;
    for (const auto& row : rows) {
        for (auto it = row.record.links.cbegin(); it != row.record.links.cend(); ++it) {
            for (const QString& target : it.value())
                links.append({&row.uuid, RecordKinds::linkKindName(it.key()), &target});
        }
    }
    const QString linkHead = QStringLiteral("INSERT OR IGNORE INTO link (owner_uuid, kind, target) VALUES ");
    SqliteStatement* oneLink = m_statements->raw(linkHead + rowsOfMarks(3, 1), &why);
    SqliteStatement* manyLinks
        = oneLink ? m_statements->raw(linkHead + rowsOfMarks(3, rowsPerStatement), &why) : nullptr;
    if (!oneLink || !manyLinks)
        return Error{tr("Could not save a link: %1").arg(why)};
    for (qsizetype done = 0; done < links.size();) {
        const int count = links.size() - done >= rowsPerStatement ? rowsPerStatement : 1;
        SqliteStatement& statement = count == 1 ? *oneLink : *manyLinks;
        for (int i = 0; i < count; ++i) {
            const LinkRow& link = links.at(done + i);
            statement.bindText(i * 3 + 1, *link.owner);
            statement.bindText(i * 3 + 2, link.kind);
            statement.bindText(i * 3 + 3, *link.target);
        }
        if (!statement.run())
            return Error{tr("Could not save a link: %1").arg(statement.error())};
        done += count;
    }
    if (!m_trail)
        return {};
    QList<TrailWriter::Inserted> entries;
    entries.reserve(rows.size());
    for (const auto& row : rows)
        entries.append({row.uuid, row.state, row.links});
    return m_trail->recordInserts(info, entries);
}

Status AuditStore::insertLinks(const QString& ownerUuid, LinkKind linkKind, const QStringList& targets)
{
    if (targets.isEmpty())
        return {};
    QString why;
    QSqlQuery* query = m_statements->prepared(
        QStringLiteral("INSERT OR IGNORE INTO link (owner_uuid, kind, target) VALUES (?, ?, ?)"), &why);
    if (!query)
        return Error{tr("Could not save a link: %1").arg(why)};
    for (const QString& target : targets) {
        query->bindValue(0, ownerUuid);
        query->bindValue(1, RecordKinds::linkKindName(linkKind));
        query->bindValue(2, target);
        if (!query->exec()) {
            why = query->lastError().text();
            StatementCache::release(query);
            return Error{tr("Could not save a link: %1").arg(why)};
        }
    }
    StatementCache::release(query);
    return {};
}

} // namespace isoaudit
