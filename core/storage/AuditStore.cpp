// SPDX-License-Identifier: GPL-3.0-or-later
// AuditStore's file as a whole: opening and creating it, the author, copies, the trail's reads, and the transaction
// every write runs in (batch). Reads are in AuditStoreRead.cpp, writes in AuditStoreWrite.cpp and AuditStoreInsert.cpp.
#include "storage/AuditStore.h"

#include "catalog/Catalog.h"
#include "catalog/Catalogs.h"
#include "storage/DefaultRiskMethod.h"
#include "storage/StatementCache.h"
#include "trail/TrailWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace isoaudit {

AuditStore::AuditStore(std::unique_ptr<AuditDatabase> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_statements(std::make_unique<StatementCache>(m_database->db()))
{
    qRegisterMetaType<isoaudit::RecordKind>();
    if (!m_database->isReadOnly()) {
        m_fileId = currentFileId(path());
        m_trail = std::make_unique<TrailWriter>(m_database->db());
        m_trail->setAuthor(defaultAuthor());
    }
}

AuditStore::~AuditStore() = default;

namespace {
QString& defaultAuthorName()
{
    static QString name;
    return name;
}
} // namespace

void AuditStore::setDefaultAuthor(const QString& author)
{
    defaultAuthorName() = author.trimmed();
}

QString AuditStore::defaultAuthor()
{
    if (!defaultAuthorName().isEmpty())
        return defaultAuthorName();
    for (const char* variable : {"ISOAUDIT_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return tr("unknown");
}

void AuditStore::setAuthor(const QString& author)
{
    if (m_trail)
        m_trail->setAuthor(author.trimmed().isEmpty() ? defaultAuthor() : author.trimmed());
}

QString AuditStore::author() const
{
    return m_trail ? m_trail->author() : defaultAuthor();
}

Result<std::unique_ptr<AuditStore>> AuditStore::open(const QString& path, AuditDatabase::Mode mode, LockInfo* lockedBy)
{
    // One writer: the lock is taken before anything (a format upgrade included) may write to the file. A file that
    // is itself read-only is left to AuditDatabase::open's clearer refusal.
    std::unique_ptr<AuditLock> lock;
    if (mode == AuditDatabase::Mode::ReadWrite && AuditDatabase::checkFile(path).ok() && QFileInfo(path).isWritable()) {
        auto taken = AuditLock::acquire(path, defaultAuthor(), lockedBy);
        if (!taken)
            return Error{taken.error()};
        lock = std::move(taken).value();
    }
    auto database = AuditDatabase::open(path, mode);
    if (!database)
        return Error{database.error()};
    auto store = std::make_unique<AuditStore>(std::move(database).value());
    store->m_lock = std::move(lock);
    store->m_guardRequired = !store->isReadOnly();
    // A file with the right stamp but no audit row was never completed; refuse it rather than guess.
    auto audit = store->audit();
    if (!audit)
        return Error{audit.error()};
    // No write guard here (storage does not know the workflow): m_guardRequired refuses writes until the opener
    // attaches one (Lifecycle::open).
    // A file upgraded from format 2 (or never written since) starts its trail with what it holds now.
    if (store->m_trail) {
        if (auto started = store->batch([&] { return store->m_trail->start(); }); !started)
            return Error{started.error()};
    }
    return store;
}

Result<std::unique_ptr<AuditStore>> AuditStore::createEmpty(const QString& path)
{
    auto database = AuditDatabase::create(path);
    if (!database)
        return Error{database.error()};
    return std::make_unique<AuditStore>(std::move(database).value());
}

Result<std::unique_ptr<AuditStore>> AuditStore::create(const QString& path, const NewAudit& seed)
{
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path))};
    if (!Enums::auditTypes.contains(seed.auditType))
        return Error{
            tr("Unknown audit type \"%1\"; use one of: %2.").arg(seed.auditType, Enums::auditTypes.join(", "))};
    if (seed.client.trimmed().isEmpty())
        return Error{tr("A new audit needs the client's name.")};
    if (seed.leadAuditor.trimmed().isEmpty())
        return Error{tr("A new audit needs the lead auditor's name.")};
    if (seed.startDate.isValid() && seed.endDate.isValid() && seed.endDate < seed.startDate)
        return Error{tr("The audit ends (%1) before it starts (%2).")
                         .arg(seed.endDate.toString(Qt::ISODate), seed.startDate.toString(Qt::ISODate))};

    const QString partial = path + QStringLiteral(".creating");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    {
        auto created = createEmpty(partial);
        if (!created)
            return Error{created.error()};
        AuditStore& store = *created.value();
        const bool iso = seed.framework == Catalogs::defaultFrameworkId();
        const Catalog* framework = Catalogs::find(seed.framework);
        if (!framework || (!iso && seed.framework != Catalogs::soc2FrameworkId())) {
            created.value().reset();
            QFile::remove(partial);
            return Error{tr("Unknown framework \"%1\"; use one of: %2.")
                             .arg(seed.framework, Catalogs::knownIds().join(QLatin1String(", ")))};
        }
        const Catalog& catalog = *framework;
        const Status filled = store.batch([&]() -> Status {
            Record audit{RecordKind::Audit, {}, {}, {}, {}};
            audit.values
                = {{"client", seed.client.trimmed()},
                   {"scope", seed.scope},
                   {"audit_type", seed.auditType},
                   {"standard", catalog.frameworkName()},
                   {"frameworks", catalog.frameworkId()},
                   {"start_date", seed.startDate.isValid() ? seed.startDate.toString(Qt::ISODate) : QVariant()},
                   {"end_date", seed.endDate.isValid() ? seed.endDate.toString(Qt::ISODate) : QVariant()},
                   {"lifecycle", QStringLiteral("planning")},
                   {"created_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
            auto auditUuid = store.insert(audit);
            if (!auditUuid)
                return Error{auditUuid.error()};
            Record method{RecordKind::RiskMethod, {}, {}, defaultRiskMethod(), {}};
            if (auto r = store.insert(method); !r)
                return Error{r.error()};
            Record lead{RecordKind::TeamMember, {}, {}, {{"name", seed.leadAuditor.trimmed()}, {"role", "lead"}}, {}};
            if (auto r = store.insert(lead); !r)
                return Error{r.error()};
            if (!iso) // a SOC 2 engagement: no clauses, no SoA, no certification programme
                return seed.populate ? seed.populate(store, auditUuid.value()) : Status();
            for (const auto& clause : catalog.clauses()) {
                if (auto r = store.insert({RecordKind::ClauseAssessment, {}, {}, {{"clause_id", clause.id}}, {}}); !r)
                    return Error{r.error()};
            }
            for (const auto& control : catalog.controls()) {
                if (auto r = store.insert({RecordKind::SoaEntry, {}, {}, {{"control_id", control.id}}, {}}); !r)
                    return Error{r.error()};
            }
            // The client's programme, and the audit's own place in it (core/cycle, docs/cycle.md).
            if (auto r = store.insert({RecordKind::Programme, {}, {}, {{"cycle", 1}}, {}}); !r)
                return Error{r.error()};
            Record own{RecordKind::ProgrammeAudit, {}, {}, {}, {}};
            own.values = {{"audit_type", seed.auditType},
                          {"status", QStringLiteral("current")},
                          {"audit_uuid", auditUuid.value()},
                          {"start_date", audit.values.value("start_date")},
                          {"end_date", audit.values.value("end_date")},
                          {"lead", seed.leadAuditor.trimmed()},
                          {"cycle", 1}};
            if (auto r = store.insert(own); !r)
                return Error{r.error()};
            if (seed.populate)
                return seed.populate(store, auditUuid.value());
            return {};
        });
        if (!filled) {
            created.value().reset();
            QFile::remove(partial);
            return Error{filled.error()};
        }
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{tr("Could not create %1.").arg(QDir::toNativeSeparators(path))};
    }
    return open(path);
}

Status AuditStore::saveCopyAs(const QString& target) const
{
    return m_database->saveCopyAs(target);
}

Status AuditStore::leaveWriteAheadLog()
{
    return m_database->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

Result<QList<TrailEntry>> AuditStore::trailEntries(const QString& recordUuid) const
{
    return AuditTrail::entries(m_database->db(), recordUuid);
}

TrailVerification AuditStore::verifyTrail() const
{
    return AuditTrail::verify(m_database->db());
}

Result<QString> AuditStore::trailHead() const
{
    return AuditTrail::head(m_database->db());
}

Status AuditStore::batch(const std::function<Status()>& work)
{
    if (m_batchDepth > 0)
        return work();
    if (auto there = checkFileStillThere(); !there)
        return there;
    Transaction transaction(m_database->db());
    if (!transaction.begun())
        return explainFailure(transaction.begun());
    ++m_batchDepth;
    Status result = work();
    --m_batchDepth;
    // What the transaction wrote may have been read into the cache meanwhile (and a rollback undoes it): drop the
    // kinds it wrote, keep the others.
    dropCachedKinds(std::exchange(m_batchTouched, 0));
    if (m_trail)
        m_trail->endTransaction(); // the cached trail head is trusted only inside the transaction
    if (!result)
        return explainFailure(result);
    return explainFailure(transaction.commit());
}

Status AuditStore::checkFileStillThere() const
{
    // A file deleted or moved while open still takes writes on most systems, into an inode nobody will see again:
    // refuse instead, while the open connection can still save a copy (File > Save Copy As).
    if (m_fileId.isEmpty() || currentFileId(path()) == m_fileId)
        return {};
    return Error{tr("The audit file %1 has disappeared or was replaced (moved, deleted, or its drive removed), so "
                    "the change was not saved. Save a copy of the open audit under a new name to keep its content.")
                     .arg(QDir::toNativeSeparators(path()))};
}

Status AuditStore::explainFailure(const Status& status) const
{
    // SQLite's "database or disk is full" (SQLITE_FULL): the transaction rolled back, every earlier commit is intact.
    if (status || !status.error().contains(QLatin1String("database or disk is full")))
        return status;
    return Error{tr("The disk holding %1 is full: this change was not saved; everything saved before it is safe. Free "
                    "some space, then make the change again.")
                     .arg(QDir::toNativeSeparators(path()))};
}

QString AuditStore::currentFileId(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("gone");
    return QStringLiteral("%1:%2").arg(info.st_dev).arg(info.st_ino);
#else
    return QFileInfo::exists(path) ? QStringLiteral("present") : QStringLiteral("gone");
#endif
}

} // namespace isoaudit
