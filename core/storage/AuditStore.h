// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "storage/AuditDatabase.h"
#include "storage/AuditLock.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace isoaudit {

class StatementCache;
class TrailWriter;

/// What a new audit starts with: the wizard's and `isoaudit-cli new`'s answers.
struct NewAudit
{
    QString client;
    QString auditType = QStringLiteral("stage2");
    QString leadAuditor;
    QString scope;
    QDate startDate;
    QDate endDate;
};

/// The audit as the rest of the application sees it: typed record reads and validated, immediately committed
/// writes over one AuditDatabase. Every write is its own transaction (or part of a batch()), so when a call returns
/// the edit is on disk. Signals tell models what changed; nothing above core writes SQL.
class AuditStore : public QObject
{
    Q_OBJECT

public:
    enum class Blobs { Skip, Load };
    /// Decides whether a write may happen (the workflow refuses writes to a signed audit); empty = allowed.
    using WriteGuard = std::function<Status(RecordKind kind, const QString& column)>;

    /// Opening for writing takes the file's lock (AuditLock); when someone else holds it, the refusal names them
    /// and `lockedBy` (if given) is filled, so the caller can offer to open read-only or to break the lock.
    static Result<std::unique_ptr<AuditStore>>
    open(const QString& path, AuditDatabase::Mode mode = AuditDatabase::Mode::ReadWrite, LockInfo* lockedBy = nullptr);
    /// Creates a new audit file with every clause item and Annex A control, a default 5x5 risk method and the lead
    /// auditor. Written under a temporary name and renamed when complete, so a failure leaves no half file.
    static Result<std::unique_ptr<AuditStore>> create(const QString& path, const NewAudit& audit);
    /// Creates an audit file with the schema only (the package importer fills it).
    static Result<std::unique_ptr<AuditStore>> createEmpty(const QString& path);

    explicit AuditStore(std::unique_ptr<AuditDatabase> database, QObject* parent = nullptr);
    ~AuditStore() override;

    AuditDatabase& database() { return *m_database; }
    const QString& path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    void setWriteGuard(WriteGuard guard) { m_guard = std::move(guard); }
    /// Who the audit trail names for this store's writes (the GUI: settings "auditor/name").
    void setAuthor(const QString& author);
    QString author() const;
    /// The author of new stores and the name in their locks: $ISOAUDIT_AUTHOR, else the OS user, unless set.
    static void setDefaultAuthor(const QString& author);
    static QString defaultAuthor();
    /// The audit trail's writer (core/trail); null for a read-only store.
    TrailWriter* trail() { return m_trail.get(); }

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

    // Writes: validated, committed before they return, refused on a read-only file or by the write guard.
    Status setField(RecordKind kind, const QString& uuid, const QString& column, const QVariant& value);
    Status setFields(RecordKind kind, const QString& uuid, const QVariantMap& values);
    /// Inserts a record (a new uuid when record.uuid is empty) with its links; returns the uuid.
    Result<QString> insert(const Record& record);
    Status remove(RecordKind kind, const QString& uuid);
    Status setLinks(RecordKind kind, const QString& uuid, LinkKind linkKind, const QStringList& targets);
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
    Status write(RecordKind kind, const QString& column, const std::function<Status()>& work);
    Status checkLinkTargets(LinkKind linkKind, const QStringList& targets) const;
    Status insertLinks(const QString& ownerUuid, LinkKind linkKind, const QStringList& targets);
    QMap<QString, QMap<LinkKind, QStringList>> loadLinks(const KindInfo& info, const QString& where,
                                                         const QVariantList& bindings) const;
    Result<QList<Record>> select(RecordKind kind, const QString& where, const QVariantList& bindings,
                                 Blobs blobs) const;
    bool exists(RecordKind kind, const QString& uuid) const;
    Result<QList<Record>> cachedRecords(RecordKind kind) const;
    Status checkFileStillThere() const;
    Status explainFailure(const Status& status) const;
    static QString currentFileId(const QString& path);

    std::unique_ptr<AuditLock> m_lock; // first: released only after the connection is closed
    std::unique_ptr<AuditDatabase> m_database;
    std::unique_ptr<TrailWriter> m_trail; // after m_database: its prepared statement goes before the connection
    std::unique_ptr<StatementCache> m_statements; // the store's repeated lookups and INSERTs, prepared once
    WriteGuard m_guard;
    QString m_fileId; ///< device and inode of the file when opened for writing (checkFileStillThere)
    int m_batchDepth = 0;
    /// Every record of a kind (blobs skipped) as last read, shared with the models that hold them: opening an audit
    /// reads each table once although several panes and the overview ask for it. A write drops its kind; the end of
    /// a top-level transaction and a removal (cascades, incoming links) drop everything.
    mutable QHash<int, QList<Record>> m_recordCache;
};

} // namespace isoaudit

Q_DECLARE_METATYPE(isoaudit::RecordKind)
