// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditDatabase.h"

#include "storage/Schema.h"
#include "trail/TrailWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace isoaudit {

namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString nativeName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool tableExists(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

/// Whether this process may write `path`, judged with its effective ids (QFileInfo asks with the real ones).
bool writable(const QString& path)
{
#ifdef Q_OS_UNIX
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

} // namespace

AuditDatabase::AuditDatabase(QString path, Mode mode)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("isoaudit-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_mode(mode)
{
}

AuditDatabase::~AuditDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status AuditDatabase::checkFile(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(nativeName(path))};
    if (info.isDir())
        return Error{tr("%1 is a folder, not an audit file.").arg(nativeName(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2.").arg(nativeName(path), file.errorString())};
    if (file.size() == 0)
        return Error{tr("%1 is empty (0 bytes): it is not an IsoAudit file, or it was not copied completely.")
                         .arg(nativeName(path))};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{tr("%1 is not an IsoAudit file (it is not an SQLite database).").arg(nativeName(path))};
    // Bytes 16-17: page size (1 means 65536); 28-31: pages in the file, valid when 24-27 == 92-95.
    quint32 pageSize = (quint32(uchar(header[16])) << 8) | quint32(uchar(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian32(header, 28);
    const bool pagesValid = bigEndian32(header, 24) == bigEndian32(header, 92) && pages > 0;
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (pagesValid && !hasWal && quint64(file.size()) < quint64(pageSize) * pages)
        return Error{tr("%1 is damaged: it is shorter than its header says (%2 of %3 bytes). It may have been copied "
                        "only in part; use a complete copy or a backup.")
                         .arg(nativeName(path))
                         .arg(file.size())
                         .arg(quint64(pageSize) * pages)};
    return {};
}

Result<std::unique_ptr<AuditDatabase>> AuditDatabase::open(const QString& path, Mode mode)
{
    if (auto ok = checkFile(path); !ok)
        return Error{ok.error()};
    if (mode == Mode::ReadWrite && !writable(path))
        return Error{tr("%1 is read-only; it can only be opened read-only.").arg(nativeName(path))};

    std::unique_ptr<AuditDatabase> database(new AuditDatabase(path, mode));
    if (auto ok = database->connect(false); !ok)
        return Error{ok.error()};
    // SQLite quietly opens a file it may not write (permissions, ACLs, a read-only mount) read-only.
    if (mode == Mode::ReadWrite && sqlite3_db_readonly(database->handle(), "main") == 1)
        return Error{tr("%1 is read-only; it can only be opened read-only.").arg(nativeName(path))};

    // Identify the file before anything can write to it.
    QSqlQuery query(database->m_db);
    int applicationId = 0;
    int version = 0;
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return Error{tr("%1 cannot be read as an audit file: %2").arg(nativeName(path), query.lastError().text())};
    applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error{tr("%1 cannot be read as an audit file: %2").arg(nativeName(path), query.lastError().text())};
    version = query.value(0).toInt();
    if (applicationId != Schema::applicationId)
        return Error{
            tr("%1 is an SQLite database of another application, not an IsoAudit audit file.").arg(nativeName(path))};
    if (version > Schema::currentVersion())
        return Error{tr("%1 was written by a newer IsoAudit (file format %2; this version reads up to %3). "
                        "Update IsoAudit to open it.")
                         .arg(nativeName(path))
                         .arg(version)
                         .arg(Schema::currentVersion())};
    if (version < 1)
        return Error{tr("%1 is not a complete IsoAudit file (it has no schema).").arg(nativeName(path))};
    database->m_schemaVersion = version;
    query.finish(); // an active statement would keep the journal mode from changing
    if (auto ok = database->applyPragmas(); !ok)
        return Error{ok.error()};
    if (version < Schema::currentVersion()) {
        if (mode == Mode::ReadOnly)
            return Error{tr("%1 uses the older file format %2 and must be upgraded, which needs write access.")
                             .arg(nativeName(path))
                             .arg(version)};
        const QString backup = path + QStringLiteral(".format%1.bak").arg(version);
        if (!QFileInfo::exists(backup)) {
            if (auto ok = database->saveCopyAs(backup); !ok)
                return Error{
                    tr("Could not keep a copy of %1 before upgrading it: %2").arg(nativeName(path), ok.error())};
        }
        if (auto ok = database->migrate(); !ok)
            return Error{ok.error()};
    }
    return database;
}

Result<std::unique_ptr<AuditDatabase>> AuditDatabase::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists; choose another name.").arg(nativeName(path))};
    std::unique_ptr<AuditDatabase> database(new AuditDatabase(path, Mode::ReadWrite));
    if (auto ok = database->connect(true); !ok)
        return Error{ok.error()};
    if (auto ok = database->exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)); !ok)
        return Error{ok.error()};
    if (auto ok = database->migrate(); !ok)
        return Error{ok.error()};
    return database;
}

Status AuditDatabase::connect(bool create)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return Error{tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite).")};
    m_db.setDatabaseName(m_path);
    QStringList options;
    if (m_mode == Mode::ReadOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    // A write-ahead-log file in a folder nobody may write to (a read-only share, a CD) cannot get its -shm index;
    // SQLite reads it as immutable then (nothing can change it from here either).
    const QString folder = QFileInfo(m_path).absolutePath();
    if (m_mode == Mode::ReadOnly && !create && !writable(folder)
        && !QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    }
    options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!create && !QFileInfo::exists(m_path))
        return Error{tr("%1 does not exist.").arg(nativeName(m_path))};
    if (!m_db.open())
        return Error{tr("%1 cannot be opened: %2").arg(nativeName(m_path), m_db.lastError().text())};
    // An existing file gets its pragmas (journal_mode = WAL rewrites the header) only once open() has identified it.
    return create ? applyPragmas() : Status();
}

Status AuditDatabase::applyPragmas()
{
    // WAL with synchronous=FULL: a commit returns only after the WAL is on disk, so an acknowledged edit survives
    // a killed process and a power cut (docs/file-format.md explains the choice).
    if (m_mode == Mode::ReadWrite) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
            || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error{tr("%1 cannot be opened for writing: the folder does not allow SQLite's write-ahead log.")
                             .arg(nativeName(m_path))};
        if (auto ok = exec(QStringLiteral("PRAGMA synchronous = FULL")); !ok)
            return ok;
    }
    // SQLite's default page cache (2 MB) is smaller than one import's or merge's transaction: pages spilled to the
    // write-ahead log before the commit are written again and again (10,000 imported risks wrote a 15 MB file's pages
    // 44,000 times). Up to 64 MiB, taken only as pages are read or written, keeps a large transaction in memory
    // until its commit writes each page once.
    if (auto ok = exec(QStringLiteral("PRAGMA cache_size = -65536")); !ok)
        return ok;
    // A statement that writes many rows (the bulk inserts: 64 rows a statement) keeps a statement journal, so a row
    // SQLite refuses rolls back only that statement. Past 64 KiB SQLite spills it to a temporary file in /var/tmp:
    // 10,000 imported risks wrote 27,000 pages there. In memory it costs what those pages are, for one statement.
    if (auto ok = exec(QStringLiteral("PRAGMA temp_store = MEMORY")); !ok)
        return ok;
    return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status AuditDatabase::migrate()
{
    const auto& steps = Schema::migrations();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error{tr("Could not read the file format of %1: %2").arg(nativeName(m_path), query.lastError().text())};
    int version = query.value(0).toInt();
    for (; version < steps.size(); ++version) {
        const int target = version + 1;
        const auto failed = [&](const QString& why) {
            return Error{tr("Could not upgrade %1 to file format %2: %3").arg(nativeName(m_path)).arg(target).arg(why)};
        };
        // A rebuilt table is dropped and recreated: with foreign keys on, dropping it would first delete its
        // children (corrective actions of findings). SQLite only changes the setting outside a transaction.
        const bool rebuild = Schema::rebuildsTables(target);
        if (rebuild && !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return failed(query.lastError().text());
        const auto foreignKeysBack = qScopeGuard([&] {
            if (rebuild)
                QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        });
        Transaction transaction(m_db);
        if (!transaction.begun())
            return transaction.begun();
        // The rows as they were, for the trail entries of what the migration changes in them.
        QList<std::pair<const KindInfo*, QMap<QString, TrailRecordState>>> before;
        for (const QString& table : Schema::recordTablesChangedBy(target)) {
            const auto kind = RecordKinds::fromTable(table);
            if (!kind)
                continue;
            const KindInfo& info = RecordKinds::info(*kind);
            if (!tableExists(m_db, table)) { // a table the migration creates: its rows are all new
                before.append({&info, QMap<QString, TrailRecordState>()});
                continue;
            }
            auto rows = TrailState::readExisting(m_db, info);
            if (!rows)
                return failed(rows.error());
            before.append({&info, *rows});
        }
        for (const QString& statement : steps.at(version)) {
            if (!query.exec(statement))
                return failed(query.lastError().text());
        }
        if (rebuild) {
            if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return failed(query.lastError().text());
            if (query.next())
                return failed(tr("a %1 refers to a missing %2").arg(query.value(0).toString(), query.value(2).toString()));
            query.finish();
        }
        if (!before.isEmpty()) {
            TrailWriter trail(m_db);
            trail.setAuthor(QStringLiteral("IsoAudit (file format %1)").arg(target));
            for (const auto& [info, rows] : std::as_const(before)) {
                if (auto ok = trail.recordMigrated(*info, rows); !ok)
                    return failed(ok.error());
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)))
            return Error{tr("Could not record file format %1 in %2: %3")
                             .arg(target)
                             .arg(nativeName(m_path), query.lastError().text())};
        if (auto ok = transaction.commit(); !ok)
            return ok;
    }
    m_schemaVersion = version;
    return {};
}

Status AuditDatabase::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{
            tr("The audit file %1 refused an operation: %2").arg(nativeName(m_path), query.lastError().text())};
    return {};
}

sqlite3* AuditDatabase::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

Status AuditDatabase::saveCopyAs(const QString& target) const
{
    sqlite3* source = handle();
    if (!source)
        return Error{tr("The audit file is not open.")};
    // Write to a temporary name and rename at the end, so the target is never a half-written file.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3* destination = nullptr;
    const QByteArray partialName = QFile::encodeName(partial);
    auto fail = [&](const QString& why) -> Status {
        if (destination)
            sqlite3_close(destination);
        QFile::remove(partial);
        return Error{tr("Could not write a copy to %1: %2").arg(nativeName(target), why)};
    };
    if (sqlite3_open_v2(partialName.constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(destination)));
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return fail(QString::fromUtf8(sqlite3_errmsg(destination)));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    // The copy is a self-contained file in rollback-journal mode until it is opened by IsoAudit.
    sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (sqlite3_close(destination) != SQLITE_OK)
        return fail(tr("the copy could not be closed"));
    destination = nullptr;
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return fail(tr("the existing file cannot be replaced"));
    if (!QFile::rename(partial, target))
        return fail(tr("the copy cannot be renamed"));
    return {};
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_begun = Error{tr("The audit file is busy or read-only: %1").arg(query.lastError().text())};
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{tr("No transaction is open.")}) : m_begun;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return Error{tr("The change could not be saved: %1").arg(query.lastError().text())};
    m_open = false;
    return {};
}

} // namespace isoaudit
