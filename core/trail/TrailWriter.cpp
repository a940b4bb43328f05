// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/TrailWriter.h"

#include <QDateTime>
#include <QSqlError>

namespace isoaudit {

TrailWriter::TrailWriter(QSqlDatabase& db)
    : m_db(db)
{
}

TrailWriter::~TrailWriter() = default;

Status TrailWriter::loadHead()
{
    if (m_head)
        return {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM trail ORDER BY seq DESC LIMIT 1")))
        return Error{tr("Could not read the audit trail: %1").arg(query.lastError().text())};
    Head head;
    if (query.next()) {
        head.seq = query.value(0).toLongLong();
        head.hash = query.value(1).toString();
        m_head = head;
        return {};
    }
    query.finish();
    // An empty trail (a new file): the chain starts with its genesis entry.
    m_head = head;
    return append(QStringLiteral("genesis"), {}, {}, {}, std::nullopt, std::nullopt);
}

TrailWriter::Pending TrailWriter::chained(const QString& action, const QString& kind, const QString& uuid,
                                          const QString& field, const std::optional<QString>& oldValue,
                                          const std::optional<QString>& newValue, QByteArray newUtf8)
{
    Pending pending{{}, std::move(newUtf8)};
    TrailEntry& entry = pending.entry;
    entry.seq = m_head->seq + 1;
    // The time is formatted once per millisecond: an import writes thousands of entries in the same few.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != m_lastMs) {
        m_lastMs = now;
        m_lastAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    entry.at = m_lastAt;
    entry.who = m_author;
    entry.action = action;
    entry.kind = kind;
    entry.recordUuid = uuid;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.prevHash = m_head->hash;
    if (pending.newUtf8.isNull()) {
        entry.newValue = newValue;
        entry.hash = entry.computeHash();
    } else {
        entry.hash = TrailEntry::digest(entry.prevHash, entry.canonicalText(pending.newUtf8));
    }
    m_head = Head{entry.seq, entry.hash};
    return pending;
}

SqliteStatement* TrailWriter::insertStatement(int rows)
{
    SqliteStatement& statement = rows == 1 ? m_insertOne : m_insertMany;
    if (!statement.isValid()) {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        statement = SqliteStatement(SqliteStatement::handleOf(m_db),
                                    QStringLiteral("INSERT INTO trail (seq, at, who, action, kind, record_uuid, field,"
                                                   " old_value, new_value, prev_hash, hash) VALUES ")
                                        + values.join(QLatin1String(", ")));
        if (!statement.isValid())
            return nullptr;
    }
    return &statement;
}

Status TrailWriter::write(const Pending* entries, qsizetype count)
{
    // As Qt's driver bound them before: a null string (absent, or held by the optional) is SQL NULL in the value
    // columns, and "" in the others.
    const auto optional = [](SqliteStatement& s, int index, const std::optional<QString>& v) {
        if (v && !v->isNull())
            s.bindText(index, *v);
        else
            s.bindNull(index);
    };
    for (qsizetype done = 0; done < count;) {
        const int rows = count - done >= rowsPerStatement ? rowsPerStatement : 1;
        SqliteStatement* statement = insertStatement(rows);
        if (!statement) {
            const QString why = (rows == 1 ? m_insertOne : m_insertMany).error();
            return Error{tr("This audit file has no audit trail table: %1").arg(why)};
        }
        for (int row = 0; row < rows; ++row) {
            const Pending& pending = entries[done + row];
            const TrailEntry& entry = pending.entry;
            const int at = row * 11;
            statement->bindInt(at + 1, entry.seq);
            statement->bindText(at + 2, entry.at);
            statement->bindText(at + 3, entry.who);
            statement->bindText(at + 4, entry.action);
            statement->bindText(at + 5, entry.kind);
            statement->bindText(at + 6, entry.recordUuid);
            statement->bindText(at + 7, entry.field);
            optional(*statement, at + 8, entry.oldValue);
            if (!pending.newUtf8.isNull())
                statement->bindUtf8(at + 9, pending.newUtf8);
            else
                optional(*statement, at + 9, entry.newValue);
            statement->bindText(at + 10, entry.prevHash);
            statement->bindText(at + 11, entry.hash);
        }
        if (!statement->run())
            return Error{tr("Could not add to the audit trail: %1").arg(statement->error())};
        done += rows;
    }
    return {};
}

Status TrailWriter::append(const QString& action, const QString& kind, const QString& uuid, const QString& field,
                           const std::optional<QString>& oldValue, const std::optional<QString>& newValue,
                           QByteArray newUtf8)
{
    if (!m_head) {
        if (auto ok = loadHead(); !ok)
            return ok;
    }
    const std::optional<Head> before = m_head;
    const Pending entry = chained(action, kind, uuid, field, oldValue, newValue, std::move(newUtf8));
    if (auto written = write(&entry, 1); !written) {
        m_head = before;
        return written;
    }
    return {};
}

Status TrailWriter::start()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM trail LIMIT 1")))
        return Error{tr("Could not read the audit trail: %1").arg(query.lastError().text())};
    if (query.next())
        return {};
    query.finish();
    if (auto ok = loadHead(); !ok) // writes the genesis entry
        return ok;
    auto links = TrailState::readLinks(m_db);
    if (!links)
        return Error{links.error()};
    for (const auto& info : RecordKinds::all()) {
        auto records = TrailState::readAll(m_db, info);
        if (!records)
            return Error{records.error()};
        for (auto it = records->cbegin(); it != records->cend(); ++it) {
            QByteArray json = TrailState::toJsonUtf8(it.value(), links->value(it.key()));
            if (auto ok = append(QStringLiteral("baseline"), info.table, it.key(), {}, std::nullopt, std::nullopt,
                                 std::move(json));
                !ok)
                return ok;
        }
    }
    return {};
}

Status TrailWriter::recordInsert(const KindInfo& info, const QString& uuid, const TrailRecordState& state,
                                 const QMap<QString, QSet<QString>>& links)
{
    return append(QStringLiteral("insert"), info.table, uuid, {}, std::nullopt, std::nullopt,
                  TrailState::toJsonUtf8(state, links));
}

Status TrailWriter::recordInserts(const KindInfo& info, const QList<Inserted>& records)
{
    if (!m_head) {
        if (auto ok = loadHead(); !ok)
            return ok;
    }
    const std::optional<Head> before = m_head;
    QList<Pending> entries;
    entries.reserve(records.size());
    for (const Inserted& record : records)
        entries.append(chained(QStringLiteral("insert"), info.table, record.uuid, {}, std::nullopt, std::nullopt,
                               TrailState::toJsonUtf8(record.state, record.links)));
    if (auto written = write(entries.constData(), entries.size()); !written) {
        m_head = before;
        return written;
    }
    return {};
}

Status TrailWriter::recordUpdate(const KindInfo& info, const QString& uuid, const TrailRecordState& before,
                                 const TrailRecordState& after)
{
    for (auto it = after.values.cbegin(); it != after.values.cend(); ++it) {
        const auto old = before.values.value(it.key());
        if (old == it.value())
            continue;
        if (auto ok = append(QStringLiteral("update"), info.table, uuid, it.key(), old, it.value()); !ok)
            return ok;
    }
    return {};
}

Status TrailWriter::recordRemove(const KindInfo& info, const QString& uuid, const TrailRecordState& before)
{
    return append(QStringLiteral("remove"), info.table, uuid, {}, TrailState::toJson(before, {}), std::nullopt);
}

Status TrailWriter::recordLinks(const KindInfo& info, const QString& uuid, LinkKind linkKind,
                                const QStringList& targets)
{
    return append(QStringLiteral("links"), info.table, uuid, RecordKinds::linkKindName(linkKind), std::nullopt,
                  TrailState::linksToJson(targets));
}

Status TrailWriter::recordLinkAdded(const QString& ownerUuid, LinkKind linkKind, const QString& target)
{
    return append(QStringLiteral("link-add"), {}, ownerUuid, RecordKinds::linkKindName(linkKind), std::nullopt, target);
}

Status TrailWriter::recordMigrated(const KindInfo& info, const QMap<QString, TrailRecordState>& before)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM trail LIMIT 1")))
        return Error{tr("Could not read the audit trail: %1").arg(query.lastError().text())};
    if (!query.next())
        return {};
    query.finish();
    auto records = TrailState::readExisting(m_db, info);
    if (!records)
        return Error{records.error()};
    for (auto it = records->cbegin(); it != records->cend(); ++it) {
        if (!before.contains(it.key())) { // a row the migration added (a new singleton's row)
            if (auto ok = recordInsert(info, it.key(), *it, {}); !ok)
                return ok;
            continue;
        }
        const TrailRecordState old = before.value(it.key());
        for (auto field = it->values.cbegin(); field != it->values.cend(); ++field) {
            const auto was = old.values.find(field.key());
            const std::optional<QString> oldValue = was == old.values.cend() ? std::nullopt : *was;
            if (was != old.values.cend() && oldValue == *field)
                continue;
            if (auto ok = append(QStringLiteral("update"), info.table, it.key(), field.key(), oldValue, *field); !ok)
                return ok;
        }
    }
    return {};
}

} // namespace isoaudit
