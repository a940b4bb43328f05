// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/TeamMerge.h"

#include <QCoreApplication>
#include <QString>

namespace isoaudit {

/// How the conflict view (MergeDialog, ChangeView) speaks of the two sides of a merge, in one place. Merging a team
/// member's copy: "mine" is the lead's own file ("you") and "theirs" the member's copy. A push the repository found
/// diverged: the merge runs on the server's side, so "mine" is the repository's version and "theirs" this file —
/// and nothing speaks of "you" or of a member. Every text of the dialog that names a side comes from here: the
/// title, the summary, the hint, the column headers, the descriptions of a change, the choices and the buttons.
class MergeSides
{
    Q_DECLARE_TR_FUNCTIONS(MergeSides)

public:
    enum class Purpose {
        TeamCopy, ///< File ▸ Merge a Team Member's Copy…
        Push, ///< File ▸ Repository ▸ Push, when the server's copy changed too
    };

    /// Merging `member`'s copy into the open file ("" when the copy names nobody).
    static MergeSides teamCopy(const QString& member);
    /// Pushing this file to the repository `repository` (its display name), whose version changed meanwhile.
    static MergeSides push(const QString& repository);

    Purpose purpose() const { return m_purpose; }

    /// "Merge Anna Berg's copy" / "Push to db.example.org: Merge with the Repository's Version".
    QString windowTitle() const;
    /// "Anna Berg's copy: 12 changes to take, 3 conflicts to resolve".
    QString summary(const MergePlan& plan) const;
    /// The line under the summary: what is taken, what is asked, and the keys.
    QString hint() const;
    /// The accessible name of the list of changes.
    QString changeListName() const;
    QString keepAllMine() const;
    QString keepAllMineToolTip() const;
    QString takeAllTheirs() const;
    QString takeAllTheirsToolTip() const;
    /// The button that applies the plan, and its tool tip once every conflict has a choice.
    QString acceptText() const;
    QString acceptToolTip() const;

    /// Column headers of a field conflict: the common ancestor, mine, theirs.
    QString baseHeader() const;
    QString mineHeader() const;
    QString theirsHeader() const;
    /// The choices of a field conflict (the mnemonic-free words; Alt+M/T/B are the dialog's).
    QString keepMine() const;
    QString takeTheirs() const;
    QString keepBoth() const;
    /// A record deleted on one side and changed on the other: keeping it, deleting it. `deletedInCopy`: theirs
    /// deleted it (the member's copy, or this file in a push).
    QString keepRecord(bool deletedInCopy) const;
    QString deleteRecord(bool deletedInCopy) const;

    /// One sentence on what the change does (with the authors' names from the trails where they are known).
    QString description(const MergeChange& change) const;
    /// The box of fields taken without a conflict; `besideConflict`: the record has conflicts too.
    QString takenTitle(bool besideConflict) const;
    /// The column of the taken fields' values before the merge.
    QString nowHeader() const;
    /// The box showing a record deleted by theirs as mine still has it.
    QString recordAsItIsTitle() const;

private:
    MergeSides(Purpose purpose, QString member, QString repository);
    /// Who changed a side, from the trail: "Ben Auditor" or "Ben Auditor and Anna Berg"; "" when nobody is known.
    static QString names(const QHash<QString, MergeAuthor>& by);

    Purpose m_purpose = Purpose::TeamCopy;
    QString m_member;
    QString m_repository;
};

} // namespace isoaudit
