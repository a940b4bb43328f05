// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "storage/AuditDatabase.h"
#include "storage/AuditLock.h"
#include "storage/TeamTables.h"
#include "trail/AuditTrail.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

namespace isoaudit {

class AuditStore;
class StatementCache;
class TrailWriter;
struct TrailRecordState;

/// What a new audit starts with: the wizard's and `isoaudit-cli new`'s answers.
struct NewAudit
{
    QString client;
    QString auditType = QStringLiteral("stage2");
    QString leadAuditor;
    QString scope;
    QDate startDate;
    QDate endDate;
    /// The audit's framework (Catalogs::knownIds()). An ISO/IEC 27001 audit starts with its clause and SoA rows and
    /// its programme; a SOC 2 engagement (Catalogs::soc2FrameworkId()) starts with none of them: core/soc2's
    /// Engagement::create writes its engagement row through `populate`.
    QString framework = QStringLiteral("iso27001-2022");
    /// Runs in the creating transaction after the defaults are written, with the new audit's uuid: the next audit
    /// of a cycle fills itself from the last one here (core/cycle/NextAudit), so a failure leaves no file behind.
    std::function<Status(AuditStore& store, const QString& auditUuid)> populate = {};
};

/// The audit as the rest of the application sees it, and the only door to its file: typed record reads and
/// validated, immediately committed writes over one AuditDatabase, the audit trail (which the store owns and writes
/// in each write's transaction), copies and backups. Every write is its own transaction (or part of a batch()), so
/// when a call returns the edit is on disk. Signals tell models what changed; nothing outside core/storage touches
/// the connection.
///
/// Storage knows nothing of the workflow: whoever opens an audit for editing attaches the write guard that refuses
/// writes to a signed audit (Lifecycle::open, used by the GUI's AuditDocument and the CLI). A store opened for
/// writing with open() refuses every write until a guard is attached, so forgetting it cannot make a signed audit
/// writable.
class AuditStore : public QObject
{
    Q_OBJECT

public:
    enum class Blobs { Skip, Load };
    /// Decides whether a write may happen (the workflow refuses writes to a signed audit); called once per write
    /// with the columns it sets (none for an insert or a removal, the link kind's name for links).
    using WriteGuard = std::function<Status(RecordKind kind, const QStringList& columns)>;

    /// Opening for writing takes the file's lock (AuditLock); when someone else holds it, the refusal names them
    /// and `lockedBy` (if given) is filled, so the caller can offer to open read-only or to break the lock. The
    /// store refuses writes until setWriteGuard() is called: open audits for editing with Lifecycle::open.
    static Result<std::unique_ptr<AuditStore>>
    open(const QString& path, AuditDatabase::Mode mode = AuditDatabase::Mode::ReadWrite, LockInfo* lockedBy = nullptr);
    /// Creates a new audit file with every clause item and Annex A control, a default 5x5 risk method and the lead
    /// auditor. Written under a temporary name and renamed when complete, so a failure leaves no half file. The
    /// new audit is in planning and takes writes without a guard (Lifecycle attaches one before it can be signed).
    static Result<std::unique_ptr<AuditStore>> create(const QString& path, const NewAudit& audit);
    /// Creates an audit file with the schema only (the package importer fills it).
    static Result<std::unique_ptr<AuditStore>> createEmpty(const QString& path);

    explicit AuditStore(std::unique_ptr<AuditDatabase> database, QObject* parent = nullptr);
    ~AuditStore() override;

    const QString& path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    int schemaVersion() const { return m_database->schemaVersion(); }
    void setWriteGuard(WriteGuard guard) { m_guard = std::move(guard); }
    bool hasWriteGuard() const { return bool(m_guard); }
    /// Who the audit trail names for this store's writes (the GUI: settings "auditor/name").
    void setAuthor(const QString& author);
    QString author() const;
    /// The author of new stores and the name in their locks: $ISOAUDIT_AUTHOR, else the OS user, unless set.
    static void setDefaultAuthor(const QString& author);
    static QString defaultAuthor();

    // The file as a whole
    /// Writes a consistent copy of the live database to `target` (SQLite's online backup API): Save Copy As, backups.
    Status saveCopyAs(const QString& target) const;
    /// Writes the write-ahead log back into the file and leaves WAL mode, so the file alone is the audit (the
    /// package import does this before renaming its new file into place); IsoAudit returns it to WAL on open.
    Status leaveWriteAheadLog();

    // The audit trail (docs/security.md), owned by the store and written in each write's own transaction
    /// The entries in order; only those about `recordUuid` (and its owned records) when given.
    Result<QList<TrailEntry>> trailEntries(const QString& recordUuid = {}) const;
    /// Checks the hash chain and that the file holds exactly what the trail says (AuditTrail::verify).
    TrailVerification verifyTrail() const;
    /// The hash of the last entry ("" for an empty trail).
    Result<QString> trailHead() const;
    /// The audit as it stood right after trail entry `seq` (its records and links by uuid, blobs left empty: the
    /// trail keeps only their SHA-256): the base of a three-way merge. Replays the trail; the file is not changed.
    Result<QHash<QString, Record>> recordsAtTrailEntry(qint64 seq) const;

    // Team and repository bookkeeping (file format 8, storage/TeamTables.h): not audit content, not in the trail.
    // Written in the running batch() if there is one; refused on a read-only file.
    Result<std::optional<TeamOrigin>> teamOrigin() const;
    Status setTeamOrigin(const std::optional<TeamOrigin>& origin);
    Result<QList<TeamCopy>> teamCopies() const;
    /// Adds or replaces the row of `copy.copyId`.
    Status saveTeamCopy(const TeamCopy& copy);
    Result<std::optional<RepositoryLink>> repositoryLink() const;
    Status setRepositoryLink(const std::optional<RepositoryLink>& link);

    // Reads
    Result<Record> record(RecordKind kind, const QString& uuid, Blobs blobs = Blobs::Skip) const;
    /// All records of a kind (of one parent, if given), in their natural order: catalog order for clauses and
    /// controls, creation order otherwise.
    Result<QList<Record>> records(RecordKind kind, const QString& parentUuid = {}, Blobs blobs = Blobs::Skip) const;
    Result<Record> audit() const { return singleton(RecordKind::Audit); }
    Result<Record> riskMethod() const { return singleton(RecordKind::RiskMethod); }
    Result<Record> singleton(RecordKind kind) const;
    Result<int> count(RecordKind kind) const;
    /// The uuid of the clause assessment or SoA entry for a catalog id, or of a risk/finding by its ref.
    Result<QString> uuidForKey(RecordKind kind, const QString& key) const;
    Result<QByteArray> attachmentData(const QString& attachmentUuid) const;
    /// The records that link to `uuid`, as (owner uuid, link kind): what a deletion takes with it.
    Result<QList<QPair<QString, LinkKind>>> incomingLinks(const QString& uuid) const;

    // Writes: validated, committed before they return, refused on a read-only file or by the write guard.
    // A write reads its row once (the trail's "before", and `previous`), checks the guard once, and drops from the
    // record cache only the kinds it changed.
    /// Sets fields of one record. Values equal to what the record holds are not written again: when nothing
    /// differs, nothing is written and no signal is sent. `previous` (if given) receives the values the changed
    /// fields held before, as records() returns them (an unchanged field is left out; for setField, nullopt).
    Status setField(RecordKind kind, const QString& uuid, const QString& column, const QVariant& value,
                    std::optional<QVariant>* previous = nullptr);
    Status setFields(RecordKind kind, const QString& uuid, const QVariantMap& values, QVariantMap* previous = nullptr);
    /// Inserts a record (a new uuid when record.uuid is empty) with its links; returns the uuid.
    Result<QString> insert(const Record& record);
    /// Inserts records of one kind as insert() would one after the other (the same checks, trail entries and signals)
    /// in one transaction, several rows to a statement: an import's path. Returns their uuids; on a failure nothing
    /// is written and `failed` (if given) is the index of the record that was refused.
    Result<QStringList> insertMany(const QList<Record>& records, qsizetype* failed = nullptr);
    Status remove(RecordKind kind, const QString& uuid);
    Status setLinks(RecordKind kind, const QString& uuid, LinkKind linkKind, const QStringList& targets);
    /// Puts back links other records had to `targetUuid` (undo of its deletion), each recorded in the trail.
    Status restoreIncomingLinks(const QString& targetUuid, const QList<QPair<QString, LinkKind>>& links);
    /// Runs `work` as one transaction: all of its writes are committed together or not at all.
    Status batch(const std::function<Status()>& work);

    /// Checks and converts a value for a field: enum spelling, date format, number range, JSON shape.
    static Result<QVariant> normalize(const KindInfo& kind, const FieldInfo& field, const QVariant& value);

signals:
    void recordChanged(isoaudit::RecordKind kind, const QString& uuid, const QString& column);
    void recordInserted(isoaudit::RecordKind kind, const QString& uuid);
    void recordRemoved(isoaudit::RecordKind kind, const QString& uuid);
    void linksChanged(isoaudit::RecordKind kind, const QString& uuid);

private:
    /// core/storage/PopulationTable: a SOC 2 population's frozen rows (schema 7), bulk-written in the transaction
    /// that inserts the population record and read back in pages; no other door reaches population_row.
    friend class PopulationTable;
    friend class FileImage; ///< core/storage/FileImage: every row of the file, raw, for the central repository
    friend struct StoreTestAccess; ///< tests/core/StoreTestAccess.h: the connection, for tests that inspect or damage
                                   ///< it

    // AuditStoreWrite.cpp: the guard and transaction around each write, and the checks writes share.
    /// The kinds a change of `kind` can make stale in the cache: itself, for a removal also the kinds it owns
    /// (cascade) and those that link to any of them (the schema's triggers take the links).
    static quint64 kindBit(RecordKind kind) { return quint64(1) << int(kind); }
    static quint64 removalReach(RecordKind kind);
    Status write(RecordKind kind, const QStringList& columns, quint64 touchedKinds,
                 const std::function<Status()>& work);
    Status checkLinkTargets(LinkKind linkKind, const QStringList& targets) const;
    static QVariant toSql(const FieldInfo& field, const QVariant& value);

    // AuditStoreRead.cpp: the reads behind the public ones, and the record cache.
    /// The row as the trail sees it (nullopt if there is none) and, if asked, its raw column values.
    Result<std::optional<TrailRecordState>> readRow(const KindInfo& info, const QString& uuid,
                                                    QVariantList* raw = nullptr) const;
    /// What SQLite stores for each column an INSERT leaves out (from the schema, read once per kind); nullopt
    /// when a default is an expression the store cannot evaluate (the new row is then read back).
    const std::optional<QMap<QString, std::optional<QString>>>& columnDefaults(const KindInfo& info) const;
    void dropCachedKinds(quint64 kinds);
    /// A column's value as read from SQLite, as records() returns it (toSql()'s other direction).
    static QVariant fromSql(const FieldInfo& field, const QVariant& value);
    QMap<QString, QMap<LinkKind, QStringList>> loadLinks(const KindInfo& info, const QString& where,
                                                         const QVariantList& bindings) const;
    Result<QList<Record>> select(RecordKind kind, const QString& where, const QVariantList& bindings,
                                 Blobs blobs) const;
    bool exists(RecordKind kind, const QString& uuid) const;
    Result<QList<Record>> cachedRecords(RecordKind kind) const;

    // AuditStoreInsert.cpp: a record checked and turned into what its INSERT binds, and the rows written in bulk.
    struct PreparedInsert;
    Result<PreparedInsert> prepareInsert(const Record& record) const;
    Status writeInserts(const KindInfo& info, const QList<PreparedInsert>& rows, qsizetype* failed);
    Status insertFailure(const KindInfo& info, const QString& uuid, const QString& why) const;
    Status insertLinks(const QString& ownerUuid, LinkKind linkKind, const QStringList& targets);

    // AuditStoreTeam.cpp: format 8's bookkeeping tables.
    Status bookkeeping(const std::function<Status()>& work);

    // AuditStore.cpp: the file as a whole.
    AuditDatabase& database() { return *m_database; }
    Status checkFileStillThere() const;
    Status explainFailure(const Status& status) const;
    static QString currentFileId(const QString& path);

    std::unique_ptr<AuditLock> m_lock; // first: released only after the connection is closed
    std::unique_ptr<AuditDatabase> m_database;
    std::unique_ptr<TrailWriter> m_trail; // after m_database: its prepared statement goes before the connection
    std::unique_ptr<StatementCache> m_statements; // the store's repeated lookups and INSERTs, prepared once
    WriteGuard m_guard;
    bool m_guardRequired = false; ///< opened for writing by open(): no write until a guard is attached
    QString m_fileId; ///< device and inode of the file when opened for writing (checkFileStillThere)
    int m_batchDepth = 0;
    quint64 m_batchTouched = 0; ///< the kinds written in the running top-level transaction
    /// Every record of a kind (blobs skipped) as last read, shared with the models that hold them: opening an audit
    /// reads each table once although several panes and the overview ask for it. A write drops the kinds it
    /// changes (a removal: also the kinds it cascades to and those linking to them), when it starts and again when
    /// its top-level transaction ends (a rollback undoes what was read meanwhile); the other kinds stay.
    mutable QHash<int, QList<Record>> m_recordCache;
    mutable QHash<int, std::optional<QMap<QString, std::optional<QString>>>> m_columnDefaults;
};

} // namespace isoaudit

Q_DECLARE_METATYPE(isoaudit::RecordKind)
