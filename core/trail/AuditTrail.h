// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trail/TrailEntry.h"
#include "trail/TrailState.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace isoaudit {

/// What verification found: ok, or the first broken entry (seq, 0 when no single entry is to blame) and why.
struct TrailVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 brokenSeq = 0;
    QString message;
    QString head;
};

/// The audit as its trail says it stood after some entry: records (canonical form) and links by owner.
struct TrailReplayState
{
    QMap<QString, TrailRecordState> records;
    TrailLinks links;
};

/// Reading and verifying the audit trail (docs/security.md). Verification checks the hash chain entry by entry,
/// then replays the entries into the state the audit must have and compares it with every record and link in the
/// file, so an edit made with another tool (sqlite3) is caught even when the trail table itself is left alone.
/// It works on a connection, and knows nothing of AuditStore: the store owns the trail and is the door to it for
/// everyone else (AuditStore::trailEntries, verifyTrail, trailHead).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    /// The entries in order; only those about `recordUuid` (and its owned records) when given.
    static Result<QList<TrailEntry>> entries(QSqlDatabase& db, const QString& recordUuid = {});
    /// The hash of the last entry ("" for an empty trail).
    static Result<QString> head(QSqlDatabase& db);
    static TrailVerification verify(QSqlDatabase& db);
    /// The state the entries up to and including `upToSeq` describe (the chain itself is not checked: verify()).
    static Result<TrailReplayState> replay(QSqlDatabase& db, qint64 upToSeq);
    /// One line for people: "#12 2026-11-25T10:00:00Z Jane: risk 1f2e… title: "a" -> "b"".
    static QString describe(const TrailEntry& entry);
};

} // namespace isoaudit
