// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/AuditTrail.h"

#include "trail/TrailState.h"

#include <QSqlError>
#include <QSqlQuery>

namespace isoaudit {

namespace {

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

QString shown(const std::optional<QString>& value)
{
    if (!value)
        return QStringLiteral("(none)");
    QString text = *value;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/// The audit as the trail says it must be: records, links and which entry last set each value.
struct Replay
{
    QMap<QString, TrailRecordState> records;
    QMap<QString, QMap<QString, qint64>> fieldSeq; // uuid -> column -> seq of the entry that set it
    TrailLinks links;
    QMap<QString, qint64> linkSeq; // owner -> seq of the entry that last changed its links

    QString failure; ///< why apply() refused an entry

    /// Applies one entry to the state; false (and `failure`) when the entry does not fit what came before.
    bool apply(const TrailEntry& e)
    {
        if (e.action == QLatin1String("insert") || e.action == QLatin1String("baseline")) {
            TrailRecordState state;
            QMap<QString, QSet<QString>> recordLinks;
            if (!e.newValue || !TrailState::fromJson(*e.newValue, &state, &recordLinks)) {
                failure = AuditTrail::tr("Entry #%1 does not describe the record it adds.").arg(e.seq);
                return false;
            }
            state.kind = e.kind;
            records.insert(e.recordUuid, state);
            for (const QString& column : state.values.keys())
                fieldSeq[e.recordUuid].insert(column, e.seq);
            links.insert(e.recordUuid, recordLinks);
            linkSeq.insert(e.recordUuid, e.seq);
        } else if (e.action == QLatin1String("update")) {
            auto it = records.find(e.recordUuid);
            if (it == records.end()) {
                failure = AuditTrail::tr("Entry #%1 changes a record the trail never added.").arg(e.seq);
                return false;
            }
            if (it->values.value(e.field) != e.oldValue) {
                failure = AuditTrail::tr("Entry #%1: the old value of %2 is not the value the trail last recorded.")
                              .arg(e.seq)
                              .arg(e.field);
                return false;
            }
            it->values.insert(e.field, e.newValue);
            fieldSeq[e.recordUuid].insert(e.field, e.seq);
        } else if (e.action == QLatin1String("remove")) {
            removeRecord(e.recordUuid);
        } else if (e.action == QLatin1String("links")) {
            links[e.recordUuid][e.field] = TrailState::linksFromJson(e.newValue.value_or(QString()));
            linkSeq.insert(e.recordUuid, e.seq);
        } else if (e.action == QLatin1String("link-add")) {
            links[e.recordUuid][e.field].insert(e.newValue.value_or(QString()));
            linkSeq.insert(e.recordUuid, e.seq);
        }
        return true;
    }

    void removeRecord(const QString& uuid, bool direct = true)
    {
        records.remove(uuid);
        fieldSeq.remove(uuid);
        // The schema's triggers take a deleted record's own links and the links to it; ON DELETE CASCADE takes
        // its children (which fire no such trigger).
        if (direct) {
            links.remove(uuid);
            for (auto& byKind : links) {
                for (auto& targets : byKind)
                    targets.remove(uuid);
            }
        }
        QStringList children;
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (it->parent == uuid)
                children << it.key();
        }
        for (const QString& child : children)
            removeRecord(child, false);
    }
};

bool sameLinks(const QMap<QString, QSet<QString>>& a, const QMap<QString, QSet<QString>>& b)
{
    auto nonEmpty = [](const QMap<QString, QSet<QString>>& m) {
        QMap<QString, QSet<QString>> result;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            if (!it.value().isEmpty())
                result.insert(it.key(), it.value());
        }
        return result;
    };
    return nonEmpty(a) == nonEmpty(b);
}

} // namespace

Result<QList<TrailEntry>> AuditTrail::entries(QSqlDatabase& db, const QString& recordUuid)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT seq, at, who, action, kind, record_uuid, field, old_value, new_value, "
                                 "prev_hash, hash FROM trail");
    if (!recordUuid.isEmpty())
        sql += QStringLiteral(" WHERE record_uuid = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY seq"));
    if (!recordUuid.isEmpty())
        query.addBindValue(recordUuid);
    if (!query.exec())
        return Error{tr("Could not read the audit trail: %1").arg(query.lastError().text())};
    QList<TrailEntry> result;
    while (query.next()) {
        TrailEntry e;
        e.seq = query.value(0).toLongLong();
        e.at = query.value(1).toString();
        e.who = query.value(2).toString();
        e.action = query.value(3).toString();
        e.kind = query.value(4).toString();
        e.recordUuid = query.value(5).toString();
        e.field = query.value(6).toString();
        e.oldValue = optionalText(query.value(7));
        e.newValue = optionalText(query.value(8));
        e.prevHash = query.value(9).toString();
        e.hash = query.value(10).toString();
        result.append(std::move(e));
    }
    return result;
}

Result<QString> AuditTrail::head(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT hash FROM trail ORDER BY seq DESC LIMIT 1")))
        return Error{tr("Could not read the audit trail: %1").arg(query.lastError().text())};
    return query.next() ? query.value(0).toString() : QString();
}

QString AuditTrail::describe(const TrailEntry& e)
{
    QString line
        = QStringLiteral("#%1 %2 %3: %4").arg(e.seq).arg(e.at, e.who.isEmpty() ? tr("(unknown)") : e.who, e.action);
    if (!e.kind.isEmpty())
        line += QLatin1Char(' ') + e.kind;
    if (!e.recordUuid.isEmpty())
        line += QLatin1Char(' ') + e.recordUuid;
    if (!e.field.isEmpty())
        line += QLatin1Char(' ') + e.field;
    if (e.action == QLatin1String("update"))
        line += QStringLiteral(": %1 -> %2").arg(shown(e.oldValue), shown(e.newValue));
    else if (e.action != QLatin1String("genesis") && e.action != QLatin1String("remove"))
        line += QStringLiteral(": %1").arg(shown(e.newValue));
    return line;
}

Result<TrailReplayState> AuditTrail::replay(QSqlDatabase& db, qint64 upToSeq)
{
    auto all = entries(db);
    if (!all)
        return Error{all.error()};
    const QList<TrailEntry>& list = all.value();
    Replay replay;
    for (const TrailEntry& e : list) {
        if (e.seq > upToSeq)
            break;
        if (!replay.apply(e))
            return Error{replay.failure};
    }
    return TrailReplayState{std::move(replay.records), std::move(replay.links)};
}

TrailVerification AuditTrail::verify(QSqlDatabase& db)
{
    TrailVerification result;
    auto broken = [&](qint64 seq, const QString& message) {
        result.ok = false;
        result.brokenSeq = seq;
        result.message = message;
        return result;
    };
    auto all = entries(db);
    if (!all)
        return broken(0, all.error());
    result.entries = all->size();

    // 1. The chain: consecutive numbers, each entry's prev_hash is its predecessor's hash, each hash recomputes.
    Replay replay;
    QString previous;
    qint64 expectedSeq = 1;
    for (const TrailEntry& e : all.value()) {
        if (e.seq != expectedSeq)
            return broken(
                e.seq,
                tr("Entry #%1 follows #%2: entries are missing from the trail.").arg(e.seq).arg(expectedSeq - 1));
        if (e.prevHash != previous)
            return broken(e.seq, tr("Entry #%1 does not follow the entry before it (the chain is cut).").arg(e.seq));
        if (e.computeHash() != e.hash)
            return broken(e.seq,
                          tr("Entry #%1 was changed after it was written (its hash does not match).").arg(e.seq));
        if ((e.seq == 1) != (e.action == QLatin1String("genesis")))
            return broken(e.seq, tr("Entry #%1: only the first entry is the trail's genesis.").arg(e.seq));
        previous = e.hash;
        ++expectedSeq;

        // 2. Replay it.
        if (!replay.apply(e))
            return broken(e.seq, replay.failure);
    }
    result.head = previous;

    // 3. The file must hold exactly what the trail says.
    for (const auto& info : RecordKinds::all()) {
        auto rows = TrailState::readAll(db, info);
        if (!rows)
            return broken(0, rows.error());
        for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
            const auto expected = replay.records.constFind(it.key());
            if (result.entries == 0)
                return broken(0,
                              tr("The audit trail is empty although the file holds records: it was never opened "
                                 "for writing by an IsoAudit that keeps a trail, or the trail was deleted."));
            if (expected == replay.records.cend() || expected->kind != info.table)
                return broken(0,
                              tr("The %1 %2 is in the file but the audit trail never recorded it: it was added "
                                 "outside IsoAudit.")
                                  .arg(info.displayName, it.key()));
            for (auto field = it->values.cbegin(); field != it->values.cend(); ++field) {
                if (expected->values.value(field.key()) == field.value() && expected->values.contains(field.key()))
                    continue;
                const qint64 seq = replay.fieldSeq.value(it.key()).value(field.key());
                return broken(seq,
                              tr("The %1 %2 was changed outside IsoAudit: %3 is %4 in the file, but the trail's "
                                 "last value (entry #%5) is %6.")
                                  .arg(info.displayName, it.key(), field.key(), shown(field.value()))
                                  .arg(seq)
                                  .arg(shown(expected->values.value(field.key()))));
            }
            if (expected->parent != it->parent)
                return broken(
                    replay.fieldSeq.value(it.key()).value(QString()),
                    tr("The %1 %2 was moved to another owner outside IsoAudit.").arg(info.displayName, it.key()));
        }
        for (auto it = replay.records.cbegin(); it != replay.records.cend(); ++it) {
            if (it->kind == info.table && !rows->contains(it.key())) {
                const auto seqs = replay.fieldSeq.value(it.key());
                const qint64 seq = seqs.isEmpty() ? 0 : *std::max_element(seqs.cbegin(), seqs.cend());
                return broken(seq,
                              tr("The %1 %2 was deleted outside IsoAudit (the trail has no entry removing it).")
                                  .arg(info.displayName, it.key()));
            }
        }
    }
    auto links = TrailState::readLinks(db);
    if (!links)
        return broken(0, links.error());
    QSet<QString> owners;
    for (auto it = links->cbegin(); it != links->cend(); ++it)
        owners.insert(it.key());
    for (auto it = replay.links.cbegin(); it != replay.links.cend(); ++it)
        owners.insert(it.key());
    for (const QString& owner : owners) {
        if (!sameLinks(links->value(owner), replay.links.value(owner)))
            return broken(replay.linkSeq.value(owner),
                          tr("The links of %1 were changed outside IsoAudit (the trail's last entry for them is #%2).")
                              .arg(owner)
                              .arg(replay.linkSeq.value(owner)));
    }
    return result;
}

} // namespace isoaudit
