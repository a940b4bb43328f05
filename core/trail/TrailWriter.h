// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "trail/TrailEntry.h"
#include "trail/TrailState.h"
#include "util/Result.h"
#include "util/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace isoaudit {

/// Appends hash-chained entries to the `trail` table for AuditStore's writes, inside the write's own transaction
/// (so an entry exists exactly when its change does). The chain head is read once per transaction and then kept
/// in memory; prepared INSERTs serve every entry (bound through SQLite's C API, several entries per statement for a
/// bulk insert). The writer is told the record's state by the store (which knows what it bound and read): it never
/// reads back what was just written.
class TrailWriter
{
    Q_DECLARE_TR_FUNCTIONS(TrailWriter)

public:
    explicit TrailWriter(QSqlDatabase& db);
    ~TrailWriter();

    void setAuthor(const QString& author) { m_author = author; }
    const QString& author() const { return m_author; }

    /// Starts the chain of a file whose trail is empty: a genesis entry and a baseline entry per existing record
    /// (a file upgraded from format 2 keeps what it had as the trail's starting state). No-op otherwise.
    Status start();
    /// `state` and `links` (by link kind name): the new record as stored, defaults included.
    Status recordInsert(const KindInfo& info, const QString& uuid, const TrailRecordState& state,
                        const QMap<QString, QSet<QString>>& links);
    /// A new record for recordInserts(): its uuid, state as stored and links (by link kind name).
    struct Inserted
    {
        QString uuid;
        TrailRecordState state;
        QMap<QString, QSet<QString>> links;
    };
    /// One entry per record, as recordInsert() writes it, in order; several are written per statement (the
    /// statement's CHECK on the action rebuilds a small table each time SQLite runs it).
    Status recordInserts(const KindInfo& info, const QList<Inserted>& records);
    /// The record before and after the UPDATE; writes one entry per column whose value changed.
    Status recordUpdate(const KindInfo& info, const QString& uuid, const TrailRecordState& before,
                        const TrailRecordState& after);
    Status recordRemove(const KindInfo& info, const QString& uuid, const TrailRecordState& before);
    Status recordLinks(const KindInfo& info, const QString& uuid, LinkKind linkKind, const QStringList& targets);
    Status recordLinkAdded(const QString& ownerUuid, LinkKind linkKind, const QString& target);
    /// A schema migration changed the records of a kind (new columns, or values rewritten): one update entry per
    /// value that differs from `before` (the rows as TrailState::readExisting() read them before the migration), so
    /// a file that already keeps a trail still agrees with it. No-op while the trail is empty (its baseline will
    /// hold the new state).
    Status recordMigrated(const KindInfo& info, const QMap<QString, TrailRecordState>& before);
    /// The transaction ended (committed or rolled back): the in-memory head is no longer trusted.
    void endTransaction() { m_head.reset(); }

    QSqlDatabase& db() { return m_db; }

private:
    /// An entry made by chained(), about to be written. A record's JSON is made as UTF-8 once and kept so in
    /// `newUtf8` (the entry's newValue is then empty): it is hashed and bound as it is, never converted again.
    struct Pending
    {
        TrailEntry entry;
        QByteArray newUtf8;
    };
    /// Appends one entry; its new value is `newValue`, or the UTF-8 text `newUtf8` when that is not null.
    Status append(const QString& action, const QString& kind, const QString& uuid, const QString& field,
                  const std::optional<QString>& oldValue, const std::optional<QString>& newValue,
                  QByteArray newUtf8 = {});
    /// The next entry of the chain (seq, time, author, hash), kept as the head; written by write().
    Pending chained(const QString& action, const QString& kind, const QString& uuid, const QString& field,
                    const std::optional<QString>& oldValue, const std::optional<QString>& newValue,
                    QByteArray newUtf8 = {});
    /// Writes entries made by chained(), in order, `rowsPerStatement` to a statement where there are that many.
    Status write(const Pending* entries, qsizetype count);
    SqliteStatement* insertStatement(int rows);
    Status loadHead();

    QSqlDatabase& m_db;
    QString m_author;
    SqliteStatement m_insertOne;
    SqliteStatement m_insertMany;
    static constexpr int rowsPerStatement = 64;
    qint64 m_lastMs = -1; ///< the time of the last entry, and as the entry writes it
    QString m_lastAt;
    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };
    std::optional<Head> m_head;
};

} // namespace isoaudit
