// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <functional>

namespace isoaudit {

class AuditStore;

/// One snapshot of an audit in its backup folder.
struct BackupInfo
{
    QString path;
    QDateTime time; ///< UTC, from the file name
    qint64 size = 0;
    QMap<QString, int> counts; ///< records per kind's package name ("risks", "findings", ...); empty if unreadable
    QString problem; ///< why the backup cannot be read ("" when it can)
};

/// Rolling snapshots of an audit file, made with SQLite's online backup API (AuditDatabase::saveCopyAs) into
/// `<file>.backups/` or a chosen folder, named `<name>-<UTC time>.isoaudit`, the newest `keep` kept. Restoring
/// first backs up the current file (or copies it byte for byte when it cannot be opened), then replaces it
/// atomically, so no restore ever loses the file it replaces.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    static constexpr int defaultIntervalMinutes = 10;
    static constexpr int defaultKeep = 20;

    /// `<file>.backups` beside the audit, or `<folder>` when one was chosen.
    static QString folderFor(const QString& auditPath, const QString& folder = {});
    /// Writes a snapshot of the open audit and removes all but the newest `keep`; returns the snapshot's path.
    static Result<QString> backup(AuditStore& store, const QString& folder = {}, int keep = defaultKeep);
    /// The same from a connection of its own, opened read-only on `auditPath`: safe on any thread while another
    /// connection keeps writing (the copy is the snapshot of one read transaction of the write-ahead log).
    /// `keepGoing` is asked between chunks of pages; when it says no, the copy is abandoned, nothing is left behind
    /// and the error says it was cancelled.
    static Result<QString> backupFile(const QString& auditPath, const QString& folder = {}, int keep = defaultKeep,
                                      const std::function<bool()>& keepGoing = {});
    /// The message backupFile() returns when `keepGoing` stopped it.
    static QString cancelledMessage();
    /// The audit's snapshots, newest first, with their record counts.
    static Result<QList<BackupInfo>> list(const QString& auditPath, const QString& folder = {});
    /// Replaces the audit file (not open for writing anywhere) with `backupPath`, after backing up the current
    /// file; returns the path of that safety copy.
    static Result<QString> restore(const QString& auditPath, const QString& backupPath, const QString& folder = {});

private:
    static QString newName(const QString& auditPath, const QString& folder, const QString& suffix = {});
    static void prune(const QString& auditPath, const QString& folder, int keep);
    static Result<void> copyInChunks(const QString& auditPath, const QString& target,
                                     const std::function<bool()>& keepGoing);
};

} // namespace isoaudit
