// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/TeamMerge.h"
#include "team/MergeSides.h"

#include <QScrollArea>

class QAbstractButton;
class QButtonGroup;
class QGroupBox;
class QVBoxLayout;

namespace isoaudit {

/// The right side of the merge dialog: one change of a team member's copy. A change taken as it is shows what it
/// does to the lead's file; a conflict shows each conflicting field side by side — at the fork, the lead's value
/// and the member's, each with who changed it and when — with a choice per field (keep mine, take theirs, keep both
/// for text). A record deleted on one side and edited on the other offers keeping or deleting it. The view itself is
/// one Tab stop after the choices (named "Details of the change", described by the change's sentence), so the
/// keyboard can scroll the explanation; the dialog sets the order (MergeDialog::updateTabOrder).
class ChangeView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChangeView(QWidget* parent = nullptr);

    /// How the two sides are called (a team member's copy by default).
    void setSides(const MergeSides& sides) { m_sides = sides; }
    const MergeSides& sides() const { return m_sides; }

    /// Shows `change` (nullptr: nothing) with the choices made so far.
    void showChange(const MergeChange* change, const MergeChoices& choices);
    /// Checks the buttons that agree with `choices` (after "Keep all mine" / "Take all theirs").
    void syncChoices(const MergeChoices& choices);
    /// Chooses for the current conflict: the one holding the focus, else the first without a choice, else the
    /// first. False when the change shown has no conflict, or `choice` is Both for a field that is not text.
    bool chooseCurrent(RecordMerge::Choice choice, const MergeChoices& choices);
    /// The choice keys (TeamMerge::choiceKey) of the conflicts shown, in order.
    QStringList conflictKeys() const;
    /// Every choice of the conflicts shown, in reading order (the dialog's Tab order goes through them).
    QList<QAbstractButton*> choiceButtons() const;
    /// The first button of the first conflict shown that has no choice in `choices`; nullptr when there is none.
    QAbstractButton* firstOpenChoice(const MergeChoices& choices) const;

signals:
    void chosen(const QString& key, isoaudit::RecordMerge::Choice choice);

private:
    struct Conflict
    {
        QString key;
        QGroupBox* box = nullptr;
        QButtonGroup* buttons = nullptr;
    };

    void addTakenFields(QVBoxLayout* layout, const MergeChange& change);
    void addInsertedRecord(QVBoxLayout* layout, const MergeChange& change);
    void addFieldConflict(QVBoxLayout* layout, const MergeChange& change, const FieldMerge& field);
    void addDeleteEditConflict(QVBoxLayout* layout, const MergeChange& change);
    QButtonGroup* addChoices(QGroupBox* box, const QString& key, const QList<std::pair<int, QString>>& buttons);

    QList<Conflict> m_conflicts;
    MergeSides m_sides = MergeSides::teamCopy({});
};

} // namespace isoaudit
