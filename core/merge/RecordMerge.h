// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace isoaudit {

/// One field of a record as three-way merge sees it: its value at the fork point and on each side, and what the
/// merge makes of it.
struct FieldMerge
{
    QString column;
    QVariant base;
    QVariant mine;
    QVariant theirs;
    bool conflict = false; ///< both sides changed it, to different values
    QVariant merged; ///< the value taken when there is no conflict
};

/// What merging one record (one UUID) of a team member's copy into the lead's file does.
struct RecordMergeResult
{
    enum class Outcome {
        Unchanged, ///< nothing to bring over: the copy did not change it, or both changed it the same way
        Insert, ///< the copy created it
        Update, ///< the copy changed fields (and links) the lead's file did not, or changed them the same way
        Remove, ///< the copy deleted it and the lead's file did not change it
        Conflict, ///< the same field changed to different values, or deleted on one side and edited on the other
    };
    RecordKind kind = RecordKind::Audit;
    QString uuid;
    Outcome outcome = Outcome::Unchanged;
    /// The record as it is after the merge where the merge decides alone (Insert, Update, and the fields without a
    /// conflict of a Conflict); nullopt for Remove and for a delete/edit conflict.
    std::optional<Record> merged;
    QList<FieldMerge> fields; ///< the fields either side changed, in column order
    bool deletedOnOneSide = false; ///< a delete/edit conflict: `deletedInCopy` says which side deleted it
    bool deletedInCopy = false;

    QStringList conflictColumns() const;
};

/// Three-way merge of one record (docs/team.md): the lead's file is "mine", the team member's copy "theirs", and the
/// state both had at the fork point the "base".
/// - A field changed on one side only takes that side's value; a field changed on both sides to the same value is no
///   conflict; to different values it is a conflict for the auditor to resolve (mine, theirs, or for text both,
///   appended with the member's name), never decided here. Empty text, a null and a missing value are the same.
/// - Links are sets: what either side added is added, what either side removed is removed; never a conflict.
/// - A record deleted on one side and unchanged on the other is deleted; deleted on one side and edited on the other
///   is a conflict; created on one side is inserted.
/// The merge reads nothing and writes nothing: the caller gives the three versions and applies the result.
class RecordMerge
{
    Q_DECLARE_TR_FUNCTIONS(RecordMerge)

public:
    enum class Choice { Mine, Theirs, Both };

    static RecordMergeResult merge(const std::optional<Record>& base, const std::optional<Record>& mine,
                                   const std::optional<Record>& theirs);
    /// The record after the auditor's choice for each conflicting field (a delete/edit conflict: the choice under the
    /// empty column, Mine or Theirs: keep the edited record or delete it; nullopt = deleted). Both is refused for a
    /// field that is not text, and a conflict without a choice is refused, naming the field.
    static Result<std::optional<Record>> resolve(const RecordMergeResult& result, const QHash<QString, Choice>& choices,
                                                 const std::optional<Record>& mine, const std::optional<Record>& theirs,
                                                 const QString& theirsAuthor);
    /// Text of both sides: the lead's, then the member's, marked with the member's name.
    static QString appendBoth(const QString& mine, const QString& theirs, const QString& theirsAuthor);
    /// Whether two stored values mean the same (empty text, null and missing are equal).
    static bool same(const QVariant& a, const QVariant& b);
};

} // namespace isoaudit
