// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/RecordMerge.h"
#include "storage/AuditStore.h"
#include "storage/RecordSnapshot.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace isoaudit {

/// Who last changed a field (or the record, under the empty column) on one side, from that side's trail.
struct MergeAuthor
{
    QString who;
    QString at; ///< UTC, ISO 8601, as the trail writes it
};

/// One record the copy changed since the merge base, and what merging it does.
struct MergeChange
{
    RecordMergeResult result; ///< kind, uuid, outcome, the fields either side changed, the conflicts
    QString label; ///< the record for people: its kind and its reference or title ("finding F-03 Access reviews")
    std::optional<Record> base; ///< the record at the merge base (nullopt: it did not exist)
    std::optional<Record> mine; ///< in the file merged into, now
    std::optional<Record> theirs; ///< in the copy, now (attachments with their data)
    /// For a record the copy changed under an owner the lead's file deleted (an attachment of deleted evidence):
    /// the owner as the copy has it, restored first when the auditor keeps the copy's side of the conflict.
    std::optional<Record> theirsParent;
    QHash<QString, MergeAuthor> mineBy; ///< by column ("" = the record as a whole: added or deleted)
    QHash<QString, MergeAuthor> theirsBy;
};

/// What merging a copy would do, computed without writing anything (the dry run, and the conflict view's content).
struct MergePlan
{
    QString copyPath;
    QString copyId; ///< the copy's team_origin copy id ("" for a copy made otherwise, e.g. Save Copy As)
    QString member; ///< the team member named by the copy's origin, else the copy's last author
    QString auditUuid;
    QString leadAuthor; ///< who merges (the lead's store's author)
    qint64 baseSeq = 0; ///< the copy's trail entry the merge is three-way against
    qint64 copyHeadSeq = 0;
    QString copyHeadHash;
    QList<MergeChange> changes; ///< every record to insert, update, remove or decide, in the order they apply

    int count(RecordMergeResult::Outcome outcome) const;
    int conflictCount() const { return count(RecordMergeResult::Outcome::Conflict); }
    bool isEmpty() const { return changes.isEmpty(); }
};

/// The auditor's decision for each conflict, keyed by MergePlan change uuid and column ("" for a delete/edit
/// conflict): TeamMerge::choiceKey().
using MergeChoices = QHash<QString, RecordMerge::Choice>;

/// What an applied merge changed, so it can be taken back as one step (the workbench's undo).
struct MergeUndo
{
    QList<std::pair<RecordKind, QString>> inserted; ///< records the merge added, in the order it added them
    QList<RecordSnapshot> before; ///< the records it changed or removed, as they were (with owned records and links)
    std::optional<TeamCopy> previousMark; ///< the lead's team_copy row before the merge (nullopt: none)
    QString copyId;
};

/// What apply() did.
struct MergeOutcome
{
    int inserted = 0;
    int updated = 0;
    int removed = 0;
    int conflictsResolved = 0;
    qint64 trailEntries = 0; ///< entries the merge appended to the file's trail
};

/// Merging a team member's copy back into the lead's file (docs/team.md), three-way, record by record (uuid) and
/// field by field. Both files must be the same audit; the base is the latest trail entry both are known to share:
/// the longest common prefix of the two hash-chained trails, or the copy's entry the lead's file last merged up to
/// (team_copy), whichever is later on the copy's trail. Only the records the copy's trail touched after the base
/// are looked at; RecordMerge decides each. Refused, before anything is written: a file that is not an audit, a
/// copy whose trail does not verify (damaged or edited outside IsoAudit), a copy of another audit, a signed copy,
/// and a merge into a signed audit.
class TeamMerge
{
    Q_DECLARE_TR_FUNCTIONS(TeamMerge)

public:
    /// Reads the copy (read-only) and says what a merge would do; writes nothing.
    static Result<MergePlan> plan(const AuditStore& lead, const QString& copyPath);
    /// Applies a plan in ONE transaction of the lead's store: every non-conflicting change, and each conflict as
    /// chosen (a conflict without a choice is refused, naming the record and field). Each change is one trail
    /// entry whose author names its origin ("Anna Berg, merged from Anna Berg's copy"); a conflict the lead wins
    /// first records the copy's losing value as that member's entry, so it stays in the history. Remembers how far
    /// the copy is merged (team_copy), so merging it again changes nothing.
    static Result<MergeOutcome> apply(AuditStore& lead, const MergePlan& plan, const MergeChoices& choices,
                                      MergeUndo* undo = nullptr);
    /// Takes an applied merge back in one transaction (the records as they were, the copy's mark as it was).
    static Status revert(AuditStore& lead, const MergeUndo& undo);
    /// The same choice for every conflict ("mine" or "theirs"), for scripted merges (isoaudit-cli merge --prefer).
    static MergeChoices chooseAll(const MergePlan& plan, RecordMerge::Choice choice);
    static QString choiceKey(const QString& uuid, const QString& column);
    /// The plan as JSON (isoaudit-cli merge --format json): counts, and each change with its fields and authors.
    static QJsonObject toJson(const MergePlan& plan);
};

/// Giving a team member a copy of the audit to work on offline (docs/team.md).
class TeamCopies
{
    Q_DECLARE_TR_FUNCTIONS(TeamCopies)

public:
    /// Writes a consistent copy of the lead's audit to `copyPath` (refused if it exists, or if the audit is signed)
    /// that knows its origin (team_origin: the audit, the member, the trail entry it was taken at), and remembers the
    /// copy in the lead's file (team_copy). The copy is written under a temporary name and renamed when complete.
    static Result<TeamOrigin> fork(AuditStore& lead, const QString& copyPath, const QString& member);
};

} // namespace isoaudit
