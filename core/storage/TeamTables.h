// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace isoaudit {

/// File format 8's bookkeeping for team work and the repository (docs/team.md, docs/repository.md). None of it is
/// audit content and the trail does not record it; a merge or a push checks every position here against the
/// hash-chained trail before it relies on it.

/// In a team member's copy: where it was given out (core/merge/TeamCopies::fork).
struct TeamOrigin
{
    QString copyId; ///< a uuid of its own, so the lead's file can remember how far it merged this copy
    QString auditUuid;
    QString member; ///< the team member the copy was given to
    qint64 forkSeq = 0; ///< the trail entry both files shared when the copy was made
    QString forkHash;
    QString forkedAt; ///< UTC, ISO 8601
    QString forkedBy;
};

/// In the lead's file: a copy it gave out, and how far it has merged it back.
struct TeamCopy
{
    QString copyId;
    QString member;
    qint64 forkSeq = 0;
    QString forkedAt;
    std::optional<qint64> mergedSeq; ///< the copy's trail entry the last merge took everything up to
    QString mergedHash;
    QString mergedAt;
    QString mergedBy;
    int merges = 0;
};

/// In a file checked out of the central repository: which server, and the trail entry both last agreed on.
struct RepositoryLink
{
    QString server; ///< the connection without its password (host, port, database, user, sslmode)
    QString auditUuid;
    qint64 syncedSeq = 0;
    QString syncedHash;
    QString syncedAt;
    QString checkedOutBy;
};

} // namespace isoaudit
