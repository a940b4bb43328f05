// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/TrailWriter.h"

#include <QDateTime>
#include <QSqlError>

namespace isoaudit {

TrailWriter::TrailWriter(QSqlDatabase& db)
    : m_db(db)
    , m_insert(db)
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

Status TrailWriter::append(const QString& action, const QString& kind, const QString& uuid, const QString& field,
                           const std::optional<QString>& oldValue, const std::optional<QString>& newValue)
{
    if (!m_head) {
        if (auto ok = loadHead(); !ok)
            return ok;
    }
    if (!m_prepared) {
        m_prepared = m_insert.prepare(
            QStringLiteral("INSERT INTO trail (seq, at, who, action, kind, record_uuid, field, old_value, new_value,"
                           " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!m_prepared)
            return Error{tr("This audit file has no audit trail table: %1").arg(m_insert.lastError().text())};
    }
    TrailEntry entry;
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
    entry.newValue = newValue;
    entry.prevHash = m_head->hash;
    entry.hash = entry.computeHash();
    const auto bindOptional
        = [](const std::optional<QString>& v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::QString)); };
    const auto text = [](const QString& v) { return v.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(v); };
    m_insert.bindValue(0, entry.seq);
    m_insert.bindValue(1, entry.at);
    m_insert.bindValue(2, text(entry.who));
    m_insert.bindValue(3, entry.action);
    m_insert.bindValue(4, text(entry.kind));
    m_insert.bindValue(5, text(entry.recordUuid));
    m_insert.bindValue(6, text(entry.field));
    m_insert.bindValue(7, bindOptional(entry.oldValue));
    m_insert.bindValue(8, bindOptional(entry.newValue));
    m_insert.bindValue(9, text(entry.prevHash));
    m_insert.bindValue(10, entry.hash);
    const bool ok = m_insert.exec();
    const QString why = ok ? QString() : m_insert.lastError().text();
    m_insert.finish();
    if (!ok)
        return Error{tr("Could not add to the audit trail: %1").arg(why)};
    m_head = Head{entry.seq, entry.hash};
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
            const QString json = TrailState::toJson(it.value(), links->value(it.key()));
            if (auto ok = append(QStringLiteral("baseline"), info.table, it.key(), {}, std::nullopt, json); !ok)
                return ok;
        }
    }
    return {};
}

Status TrailWriter::recordInsert(const KindInfo& info, const QString& uuid, const TrailRecordState& state,
                                 const QMap<QString, QSet<QString>>& links)
{
    return append(QStringLiteral("insert"), info.table, uuid, {}, std::nullopt, TrailState::toJson(state, links));
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
