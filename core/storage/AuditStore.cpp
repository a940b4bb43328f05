// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditStore.h"

#include "catalog/Catalog.h"
#include "domain/FieldValues.h"
#include "storage/DefaultRiskMethod.h"
#include "storage/StatementCache.h"
#include "trail/TrailState.h"
#include "trail/TrailWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace isoaudit {

namespace {

QString sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}

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

QVariant fromSql(const FieldInfo& field, const QVariant& value)
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
        break;
    }
    return std::nullopt;
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
        const Catalog& catalog = Catalog::isoSpecificByNature();
        const Status filled = store.batch([&]() -> Status {
            Record audit{RecordKind::Audit, {}, {}, {}, {}};
            audit.values
                = {{"client", seed.client.trimmed()},
                   {"scope", seed.scope},
                   {"audit_type", seed.auditType},
                   {"standard", catalog.frameworkName()},
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

// ---- reads -------------------------------------------------------------------------------------------------------

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
        return Error{tr("Could not read the %1 records: %2").arg(info.displayName, sqlError(query))};
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
    if (!info.naturalKey.isEmpty()) {
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
        return Error{
            tr("Could not count the %1 records: %2").arg(RecordKinds::info(kind).displayName, sqlError(query))};
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
        why = sqlError(*query);
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
        return Error{tr("Could not read the links to %1: %2").arg(uuid, sqlError(query))};
    QList<QPair<QString, LinkKind>> links;
    while (query.next()) {
        if (auto linkKind = RecordKinds::linkKindFromName(query.value(1).toString());
            linkKind && RecordKinds::linkTargetsRecord(*linkKind))
            links.append({query.value(0).toString(), *linkKind});
    }
    return links;
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

Result<std::optional<TrailRecordState>> AuditStore::readRow(const KindInfo& info, const QString& uuid,
                                                            QVariantList* raw) const
{
    QString why;
    QSqlQuery* query = m_statements->prepared(TrailState::selectSql(info) + QStringLiteral(" WHERE uuid = ?"), &why);
    if (!query)
        return Error{tr("Could not read the %1: %2").arg(info.displayName, why)};
    query->bindValue(0, uuid);
    if (!query->exec()) {
        why = sqlError(*query);
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
        if (!info.naturalKey.isEmpty() && field->column == info.naturalKey)
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
            why = sqlError(*query);
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
    if (info.singleton || !info.naturalKey.isEmpty())
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
            return Error{tr("Could not delete the %1: %2").arg(info.displayName, sqlError(query))};
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
            return Error{tr("Could not save a link: %1").arg(sqlError(query))};
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
                why = sqlError(*query);
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
