// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/TeamMerge.h"
#include "team/ChangeView.h"
#include "team/MergeSides.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace isoaudit {

/// The conflict view of a merge (File ▸ Merge a Team Member's Copy…, and a push the repository found diverged):
/// a summary ("Anna Berg's copy: 12 changes to take, 3 conflicts to resolve"), the list of changes (record, kind,
/// outcome), filterable to the conflicts, and beside it the change chosen (ChangeView). Every conflict needs a
/// choice before Merge is enabled; the dialog says how many are left. Alt+M, Alt+T and Alt+B choose mine, theirs or
/// both for the current conflict (the one holding the focus, else the first without a choice) and move the focus on to
/// the next open one; the arrow keys move through the list. Tab follows the reading order: the filter and the list,
/// the shown change's choices, the view explaining it, then the buttons; with conflicts the dialog opens on the first
/// open conflict's choice. Its words come from MergeSides: a team member's copy, or a push whose repository changed.
/// The dialog only collects choices: the caller applies the plan with them (TeamMerge::apply, one undo step).
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    /// Merging a team member's copy (the sides named after plan.member).
    explicit MergeDialog(MergePlan plan, QWidget* parent = nullptr);
    MergeDialog(MergePlan plan, const MergeSides& sides, QWidget* parent = nullptr);
    ~MergeDialog() override;

    const MergePlan& plan() const { return m_plan; }
    const MergeChoices& choices() const { return m_choices; }
    /// Conflicts (fields, and records deleted on one side and edited on the other) still without a choice.
    int unresolvedCount() const;
    void choose(const QString& key, RecordMerge::Choice choice);
    /// "Keep all mine" / "Take all theirs": the same choice for every conflict.
    void chooseAll(RecordMerge::Choice choice);
    /// Selects the change of `uuid` in the list (showing it, even when the filter hides it); false if there is none.
    bool showChange(const QString& uuid);
    void setConflictsOnly(bool on);

    QLabel* summaryLabel() const { return m_summary; }
    QLabel* remainingLabel() const { return m_remaining; }
    QTreeWidget* changeList() const { return m_list; }
    QCheckBox* conflictsOnlyCheckBox() const { return m_conflictsOnly; }
    ChangeView* changeView() const { return m_view; }
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* keepAllMineButton() const { return m_keepAllMine; }
    QPushButton* takeAllTheirsButton() const { return m_takeAllTheirs; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

private:
    void fillList();
    void currentChanged(QTreeWidgetItem* item);
    void updateState();
    void updateItem(QTreeWidgetItem* item);
    QStringList keysOf(const MergeChange& change) const;
    void chooseCurrent(RecordMerge::Choice choice);
    /// Tab in reading order; the shown change's choices are new widgets each time, so this runs after each change.
    void updateTabOrder();

    MergePlan m_plan;
    MergeChoices m_choices;
    QStringList m_allKeys; ///< every conflict's choice key, in plan order
    QLabel* m_summary = nullptr;
    QLabel* m_remaining = nullptr;
    QCheckBox* m_conflictsOnly = nullptr;
    QTreeWidget* m_list = nullptr;
    ChangeView* m_view = nullptr;
    QPushButton* m_keepAllMine = nullptr;
    QPushButton* m_takeAllTheirs = nullptr;
    QPushButton* m_merge = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    MergeSides m_sides;
};

} // namespace isoaudit
