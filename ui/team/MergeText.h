// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/TeamMerge.h"

#include <QCoreApplication>
#include <QString>

namespace isoaudit {

/// The words the merge dialogs use for what a merge plan holds: a field's name, a stored value as the workbench
/// shows it (enum labels from the one label table), who changed something and when, and a change's outcome.
class MergeText
{
    Q_DECLARE_TR_FUNCTIONS(MergeText)

public:
    /// "Risk owner" for risk_owner: the column as words.
    static QString fieldName(const QString& column);
    /// The value as the workbench shows it; "" for an empty value (callers say "(empty)" themselves).
    static QString value(RecordKind kind, const QString& column, const QVariant& value);
    /// "Lena Lead, 07/12/2026 14:03"; "" when nobody is known.
    static QString author(const MergeAuthor& author);
    /// Who changed `column` on one side, falling back to who added or deleted the record ("" column).
    static QString authorOf(const QHash<QString, MergeAuthor>& by, const QString& column);
    /// "Added", "Changed", "Deleted", "Conflict".
    static QString outcome(RecordMergeResult::Outcome outcome);
    /// "Team member", "Finding": the record kind for people.
    static QString kindName(RecordKind kind);
    /// "Anna Berg's copy"; "the copy" when the member is unknown.
    static QString copyName(const QString& member);
};

} // namespace isoaudit
