// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupManager.h"

#include "storage/AuditLock.h"
#include "storage/AuditStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <cstdio>

namespace isoaudit {

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");

QRegularExpression namePattern(const QString& auditPath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}T\\d{9}Z)(-[a-z-]+)?\\.isoaudit$")
                                  .arg(QRegularExpression::escape(QFileInfo(auditPath).completeBaseName())));
}

/// The audit's snapshots in `folder`, oldest first (the names sort by time).
QStringList snapshotNames(const QString& auditPath, const QString& folder)
{
    const QRegularExpression pattern = namePattern(auditPath);
    QStringList names;
    const QStringList all = QDir(folder).entryList({QStringLiteral("*.isoaudit")}, QDir::Files, QDir::Name);
    for (const QString& name : all) {
        if (pattern.match(name).hasMatch())
            names << name;
    }
    return names;
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Pages copied per step of a chunked backup (4 MB at SQLite's default page size): few steps, quick to cancel.
constexpr int pagesPerStep = 1024;

/// Closes its SQLite connection however the copy ends.
struct Connection
{
    sqlite3* db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close(db);
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
};

} // namespace

QString BackupManager::folderFor(const QString& auditPath, const QString& folder)
{
    if (!folder.isEmpty())
        return QDir(folder).absolutePath();
    return QFileInfo(auditPath).absoluteFilePath() + QStringLiteral(".backups");
}

QString BackupManager::newName(const QString& auditPath, const QString& folder, const QString& suffix)
{
    const QString base = QFileInfo(auditPath).completeBaseName();
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString path;
    do { // two snapshots in the same millisecond get the next millisecond's name
        path = QDir(folder).filePath(QStringLiteral("%1-%2%3.isoaudit").arg(base, now.toString(timeFormat), suffix));
        now = now.addMSecs(1);
    } while (QFileInfo::exists(path));
    return path;
}

void BackupManager::prune(const QString& auditPath, const QString& folder, int keep)
{
    QStringList names = snapshotNames(auditPath, folder);
    while (names.size() > std::max(keep, 1))
        QFile::remove(QDir(folder).filePath(names.takeFirst()));
}

Result<QString> BackupManager::backup(AuditStore& store, const QString& folder, int keep)
{
    const QString target = folderFor(store.path(), folder);
    if (!QDir().mkpath(target))
        return Error{tr("The backup folder %1 cannot be created.").arg(native(target))};
    const QString path = newName(store.path(), target);
    if (auto ok = store.saveCopyAs(path); !ok)
        return Error{ok.error()};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    prune(store.path(), target, keep);
    return path;
}

QString BackupManager::cancelledMessage()
{
    return tr("The backup was cancelled.");
}

Result<void> BackupManager::copyInChunks(const QString& auditPath, const QString& target,
                                         const std::function<bool()>& keepGoing)
{
    Connection source;
    if (sqlite3_open_v2(QFile::encodeName(auditPath).constData(), &source.db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        return Error{tr("%1 cannot be read for a backup: %2").arg(native(auditPath), source.error())};
    sqlite3_busy_timeout(source.db, 5000);
    // One read transaction for the whole copy: every chunk comes from the same snapshot, whatever the audit's own
    // connection writes meanwhile (the write-ahead log keeps both apart), so the copy is never restarted.
    if (sqlite3_exec(source.db, "BEGIN; SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{tr("%1 cannot be read for a backup: %2").arg(native(auditPath), source.error())};
    Connection destination;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &destination.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return Error{destination.error()};
    sqlite3_backup* backup = sqlite3_backup_init(destination.db, "main", source.db, "main");
    if (!backup)
        return Error{destination.error()};
    int rc = SQLITE_OK;
    bool cancelled = false;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc != SQLITE_DONE && keepGoing && !keepGoing()) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
    if (cancelled)
        return Error{cancelledMessage()};
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errstr(rc))};
    sqlite3_exec(source.db, "COMMIT", nullptr, nullptr, nullptr);
    // The copy is a self-contained file in rollback-journal mode until it is opened by IsoAudit.
    sqlite3_exec(destination.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const int closed = sqlite3_close(destination.db);
    destination.db = nullptr;
    if (closed != SQLITE_OK)
        return Error{tr("the copy could not be closed")};
    return {};
}

Result<QString> BackupManager::backupFile(const QString& auditPath, const QString& folder, int keep,
                                          const std::function<bool()>& keepGoing)
{
    const QString target = folderFor(auditPath, folder);
    if (!QDir().mkpath(target))
        return Error{tr("The backup folder %1 cannot be created.").arg(native(target))};
    const QString path = newName(auditPath, target);
    // Written under a temporary name and renamed at the end: a backup in the folder is always a whole one.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    auto copied = copyInChunks(auditPath, partial, keepGoing);
    if (copied && !QFile::rename(partial, path))
        copied = Error{tr("the copy cannot be renamed")};
    if (!copied) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (copied.error() == cancelledMessage())
            return Error{copied.error()};
        return Error{tr("Could not write a copy to %1: %2").arg(native(path), copied.error())};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    prune(auditPath, target, keep);
    return path;
}

Result<QList<BackupInfo>> BackupManager::list(const QString& auditPath, const QString& folder)
{
    const QString target = folderFor(auditPath, folder);
    if (!QFileInfo(target).isDir())
        return QList<BackupInfo>();
    const QRegularExpression pattern = namePattern(auditPath);
    QList<BackupInfo> result;
    QStringList names = snapshotNames(auditPath, target);
    std::reverse(names.begin(), names.end());
    for (const QString& name : names) {
        BackupInfo info;
        info.path = QDir(target).filePath(name);
        info.size = QFileInfo(info.path).size();
        info.time = QDateTime::fromString(pattern.match(name).captured(1), timeFormat);
        info.time.setTimeSpec(Qt::UTC);
        auto store = AuditStore::open(info.path, AuditDatabase::Mode::ReadOnly);
        if (!store) {
            info.problem = store.error();
        } else {
            for (RecordKind kind : {RecordKind::Risk, RecordKind::Interview, RecordKind::Evidence,
                                    RecordKind::Attachment, RecordKind::Finding, RecordKind::CorrectiveAction}) {
                if (auto n = store.value()->count(kind))
                    info.counts.insert(RecordKinds::info(kind).jsonName, n.value());
            }
        }
        result.append(info);
    }
    return result;
}

Result<QString> BackupManager::restore(const QString& auditPath, const QString& backupPath, const QString& folder)
{
    {
        auto check = AuditStore::open(backupPath, AuditDatabase::Mode::ReadOnly);
        if (!check)
            return Error{tr("The backup %1 cannot be restored: %2").arg(native(backupPath), check.error())};
    }
    // Nobody may have the audit open for writing while it is replaced.
    auto lock = AuditLock::acquire(auditPath, AuditStore::defaultAuthor());
    if (!lock)
        return Error{lock.error()};
    const QString target = folderFor(auditPath, folder);
    if (!QDir().mkpath(target))
        return Error{tr("The backup folder %1 cannot be created.").arg(native(target))};

    // 0. Fold the current file's write-ahead log into it, so the file alone holds everything.
    if (QFileInfo::exists(auditPath + QStringLiteral("-wal"))) {
        if (auto database = AuditDatabase::open(auditPath, AuditDatabase::Mode::ReadWrite))
            (void)database.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // 1. Keep the current file: a consistent copy if it opens, else its bytes (it may be the damaged one).
    QString safety;
    if (QFileInfo::exists(auditPath)) {
        safety = newName(auditPath, target, QStringLiteral("-before-restore"));
        auto current = AuditStore::open(auditPath, AuditDatabase::Mode::ReadOnly);
        Status kept = current ? current.value()->saveCopyAs(safety) : Status(Error{current.error()});
        if (!kept && !QFile::copy(auditPath, safety))
            return Error{
                tr("The current %1 cannot be kept as a backup, so it was not replaced.").arg(native(auditPath))};
        if (!kept && QFileInfo::exists(auditPath + QStringLiteral("-wal")))
            QFile::copy(auditPath + QStringLiteral("-wal"), safety + QStringLiteral("-wal"));
    }
    // 2. Copy the backup beside the audit, then rename it over the audit in one step.
    const QString incoming = auditPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error{tr("The backup %1 cannot be copied next to %2.").arg(native(backupPath), native(auditPath))};
    QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QFile sync(incoming);
        if (sync.open(QIODevice::ReadWrite))
            sync.flush();
    }
    // Any write-ahead log left belongs to the old file (it is in the safety copy) and must not meet the new one.
    QFile::remove(auditPath + QStringLiteral("-wal"));
    QFile::remove(auditPath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(auditPath).constData()) != 0) {
        QFile::remove(incoming);
        return Error{tr("%1 cannot be replaced; it is unchanged and the backup is still in %2.")
                         .arg(native(auditPath), native(target))};
    }
    return safety;
}

} // namespace isoaudit
