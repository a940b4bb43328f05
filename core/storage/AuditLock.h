// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace isoaudit {

/// Who holds an audit file open for writing, as written in its `<file>.lock` (JSON).
struct LockInfo
{
    QString name; ///< the auditor's name (or the OS user)
    QString host;
    qint64 pid = 0;
    QDateTime since; ///< UTC
    QString bootId; ///< the host's boot id (Linux), so a lock from before a reboot is known to be stale
};

/// One writer per audit file: `<file>.lock` beside the audit names who has it open for writing, on which host and
/// since when. Like QLockFile, a lock left by a process that died on this host is stale and taken over; a lock from
/// another host (a network share) is respected until someone breaks it deliberately. Locks held by this process
/// are shared (reference counted), so one process may open the same file twice. The lock goes away with the object.
class AuditLock
{
    Q_DECLARE_TR_FUNCTIONS(AuditLock)

public:
    ~AuditLock();
    AuditLock(const AuditLock&) = delete;
    AuditLock& operator=(const AuditLock&) = delete;

    static QString lockPath(const QString& auditPath);
    /// Takes the lock for `auditPath` in the name of `owner`. When someone else holds it, refuses with
    /// refusal()'s message and fills `heldBy` (so a GUI can offer "Open read-only" or "Break lock…").
    static Result<std::unique_ptr<AuditLock>> acquire(const QString& auditPath, const QString& owner,
                                                      LockInfo* heldBy = nullptr);
    /// The lock's holder, if the file is locked (whether the holder is alive or not).
    static std::optional<LockInfo> holder(const QString& auditPath);
    /// True when the holder is a process of this host that no longer runs (or ran before the last reboot).
    static bool isStale(const LockInfo& info);
    /// Removes the lock file whoever holds it: the deliberate "Break lock" (CLI --break-lock).
    static Status breakLock(const QString& auditPath);
    /// "X is open in IsoAudit by NAME on HOST since TIME — open it read-only?"
    static QString refusal(const QString& auditPath, const LockInfo& info);
    /// Process-wide: acquire() breaks a lock held by someone else instead of refusing (the CLI's --break-lock).
    static void setBreakExisting(bool breakExisting);
    /// This process's identity as it would be written into a lock.
    static LockInfo currentProcess(const QString& owner);

    const LockInfo& info() const { return m_info; }
    const QString& auditPath() const { return m_auditPath; }

private:
    AuditLock(QString auditPath, QString key, LockInfo info);

    QString m_auditPath;
    QString m_key;
    LockInfo m_info;
};

} // namespace isoaudit
