// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/TeamMerge.h"

#include <QScrollArea>

class QButtonGroup;
class QGroupBox;
class QVBoxLayout;

namespace isoaudit {

/// How the two sides of a merge are called. A team member's copy: mine is the lead's file, theirs the copy. A push
/// the repository found diverged: mine is the repository's version, theirs the file being pushed.
struct MergeSides
{
    QString mineHeader; ///< "Mine (your file)"
    QString theirsHeader; ///< "Theirs (Anna Berg's copy)"
    QString keepMine; ///< "Keep mine"
    QString takeTheirs; ///< "Take theirs"
};

/// The right side of the merge dialog: one change of a team member's copy. A change taken as it is shows what it
/// does to the lead's file; a conflict shows each conflicting field side by side — at the fork, the lead's value
/// and the member's, each with who changed it and when — with a choice per field (keep mine, take theirs, keep both
/// for text). A record deleted on one side and edited on the other offers keeping or deleting it.
class ChangeView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChangeView(QWidget* parent = nullptr);

    /// The sides' names; empty texts keep the team merge's (mine = your file, theirs = the member's copy).
    void setSides(const MergeSides& sides) { m_sides = sides; }

    /// Shows `change` (nullptr: nothing) with the choices made so far; `member` names the copy's side.
    void showChange(const MergeChange* change, const QString& member, const MergeChoices& choices);
    /// Checks the buttons that agree with `choices` (after "Keep all mine" / "Take all theirs").
    void syncChoices(const MergeChoices& choices);
    /// Chooses for the current conflict: the one holding the focus, else the first without a choice, else the
    /// first. False when the change shown has no conflict, or `choice` is Both for a field that is not text.
    bool chooseCurrent(RecordMerge::Choice choice, const MergeChoices& choices);
    /// The choice keys (TeamMerge::choiceKey) of the conflicts shown, in order.
    QStringList conflictKeys() const;

signals:
    void chosen(const QString& key, isoaudit::RecordMerge::Choice choice);

private:
    struct Conflict
    {
        QString key;
        QGroupBox* box = nullptr;
        QButtonGroup* buttons = nullptr;
    };

    void addTakenFields(QVBoxLayout* layout, const MergeChange& change, const QString& member);
    void addInsertedRecord(QVBoxLayout* layout, const MergeChange& change);
    void addFieldConflict(QVBoxLayout* layout, const MergeChange& change, const FieldMerge& field,
                          const QString& member);
    void addDeleteEditConflict(QVBoxLayout* layout, const MergeChange& change, const QString& member);
    QButtonGroup* addChoices(QGroupBox* box, const QString& key, const QList<std::pair<int, QString>>& buttons);
    static QString description(const MergeChange& change, const QString& member);

    QString mineHeader() const;
    QString theirsHeader(const QString& member) const;

    QList<Conflict> m_conflicts;
    MergeSides m_sides;
};

} // namespace isoaudit
