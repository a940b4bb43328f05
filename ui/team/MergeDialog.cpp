// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/MergeDialog.h"

#include "team/MergeText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
enum Column { RecordColumn, KindColumn, OutcomeColumn, ColumnCount };
constexpr int ChangeIndexRole = Qt::UserRole;
} // namespace

MergeDialog::MergeDialog(MergePlan plan, QWidget* parent)
    : MergeDialog(plan, MergeSides::teamCopy(plan.member), parent)
{
}

MergeDialog::MergeDialog(MergePlan plan, const MergeSides& sides, QWidget* parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_sides(sides)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(m_sides.windowTitle());
    resize(1100, 640);

    m_summary = new QLabel(m_sides.summary(m_plan), this);
    m_summary->setObjectName(QStringLiteral("mergeSummaryLabel"));
    QFont big = m_summary->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    auto* hint = new QLabel(m_sides.hint(), this);
    hint->setObjectName(QStringLiteral("mergeHintLabel"));
    hint->setWordWrap(true);

    m_conflictsOnly = new QCheckBox(tr("Show &conflicts only"), this);
    m_conflictsOnly->setObjectName(QStringLiteral("conflictsOnlyCheckBox"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("mergeChangeTree"));
    m_list->setAccessibleName(m_sides.changeListName());
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Record"), tr("Kind"), tr("Outcome")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(RecordColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_conflictsOnly);
    leftLayout->addWidget(m_list, 1);

    m_view = new ChangeView(this);
    m_view->setSides(m_sides);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mergeSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 680});
    splitter->setChildrenCollapsible(false);

    // The choices for every conflict on the left, beside how many are left; Merge and Cancel on the right.
    m_keepAllMine = new QPushButton(m_sides.keepAllMine(), this);
    m_keepAllMine->setObjectName(QStringLiteral("keepAllMineButton"));
    m_keepAllMine->setToolTip(m_sides.keepAllMineToolTip());
    m_keepAllMine->setAutoDefault(false);
    m_takeAllTheirs = new QPushButton(m_sides.takeAllTheirs(), this);
    m_takeAllTheirs->setObjectName(QStringLiteral("takeAllTheirsButton"));
    m_takeAllTheirs->setToolTip(m_sides.takeAllTheirsToolTip());
    m_takeAllTheirs->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    m_buttons = buttons;
    m_merge = buttons->addButton(m_sides.acceptText(), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("mergeRemainingLabel"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_keepAllMine);
    bottom->addWidget(m_takeAllTheirs);
    bottom->addSpacing(12);
    bottom->addWidget(m_remaining, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepAllMine, &QPushButton::clicked, this, [this] { chooseAll(RecordMerge::Choice::Mine); });
    connect(m_takeAllTheirs, &QPushButton::clicked, this, [this] { chooseAll(RecordMerge::Choice::Theirs); });
    connect(m_conflictsOnly, &QCheckBox::toggled, this, &MergeDialog::setConflictsOnly);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MergeDialog::currentChanged);
    connect(m_view, &ChangeView::chosen, this, &MergeDialog::choose);
    const std::pair<QKeySequence, RecordMerge::Choice> keys[]
        = {{QKeySequence(Qt::ALT | Qt::Key_M), RecordMerge::Choice::Mine},
           {QKeySequence(Qt::ALT | Qt::Key_T), RecordMerge::Choice::Theirs},
           {QKeySequence(Qt::ALT | Qt::Key_B), RecordMerge::Choice::Both}};
    for (const auto& [sequence, choice] : keys) {
        auto* shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, this, [this, choice = choice] { chooseCurrent(choice); });
    }

    for (const MergeChange& change : std::as_const(m_plan.changes))
        m_allKeys << keysOf(change);
    const bool anyConflict = !m_allKeys.isEmpty();
    m_conflictsOnly->setEnabled(anyConflict);
    m_keepAllMine->setEnabled(anyConflict);
    m_takeAllTheirs->setEnabled(anyConflict);
    fillList();
    // A lead with conflicts to resolve starts at the first of them.
    setConflictsOnly(false);
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount() && !first; ++i) {
        const MergeChange& change = m_plan.changes.at(m_list->topLevelItem(i)->data(0, ChangeIndexRole).toInt());
        if (change.result.outcome == RecordMergeResult::Outcome::Conflict)
            first = m_list->topLevelItem(i);
    }
    if (!first && m_list->topLevelItemCount() > 0)
        first = m_list->topLevelItem(0);
    if (first)
        m_list->setCurrentItem(first);
    else
        currentChanged(nullptr);
    // A keyboard user starts where the work is: the first conflict's choice, else the list.
    if (QAbstractButton* open = m_view->firstOpenChoice(m_choices))
        open->setFocus(Qt::OtherFocusReason);
    else
        m_list->setFocus(Qt::OtherFocusReason);
    updateState();
}

MergeDialog::~MergeDialog() = default;

QStringList MergeDialog::keysOf(const MergeChange& change) const
{
    QStringList keys;
    if (change.result.outcome != RecordMergeResult::Outcome::Conflict)
        return keys;
    if (change.result.deletedOnOneSide) {
        keys << TeamMerge::choiceKey(change.result.uuid, QString());
        return keys;
    }
    for (const QString& column : change.result.conflictColumns())
        keys << TeamMerge::choiceKey(change.result.uuid, column);
    return keys;
}

void MergeDialog::fillList()
{
    m_list->clear();
    for (int i = 0; i < m_plan.changes.size(); ++i) {
        const MergeChange& change = m_plan.changes.at(i);
        if (change.result.outcome == RecordMergeResult::Outcome::Unchanged)
            continue;
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, ChangeIndexRole, i);
        item->setText(RecordColumn, change.label);
        item->setToolTip(RecordColumn, change.label);
        item->setText(KindColumn, MergeText::kindName(change.result.kind));
        updateItem(item);
    }
}

void MergeDialog::updateItem(QTreeWidgetItem* item)
{
    const MergeChange& change = m_plan.changes.at(item->data(0, ChangeIndexRole).toInt());
    if (change.result.outcome != RecordMergeResult::Outcome::Conflict) {
        item->setText(OutcomeColumn, MergeText::outcome(change.result.outcome));
        return;
    }
    int open = 0;
    for (const QString& key : keysOf(change))
        open += m_choices.contains(key) ? 0 : 1;
    item->setText(OutcomeColumn, open == 0 ? tr("Conflict: resolved") : tr("Conflict: %n to resolve", nullptr, open));
    item->setIcon(OutcomeColumn,
                  style()->standardIcon(open == 0 ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
}

void MergeDialog::currentChanged(QTreeWidgetItem* item)
{
    m_view->showChange(item ? &m_plan.changes.at(item->data(0, ChangeIndexRole).toInt()) : nullptr, m_choices);
    updateTabOrder();
}

void MergeDialog::updateTabOrder()
{
    QList<QWidget*> chain{m_conflictsOnly, m_list};
    const QList<QAbstractButton*> choices = m_view->choiceButtons();
    for (QAbstractButton* choice : choices)
        chain << choice;
    chain << m_view << m_keepAllMine << m_takeAllTheirs;
    // The button box's own order is the platform's (Merge before or after Cancel): follow its layout.
    for (int i = 0; i < m_buttons->layout()->count(); ++i) {
        if (QWidget* button = m_buttons->layout()->itemAt(i)->widget())
            chain << button;
    }
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

int MergeDialog::unresolvedCount() const
{
    int open = 0;
    for (const QString& key : m_allKeys)
        open += m_choices.contains(key) ? 0 : 1;
    return open;
}

void MergeDialog::choose(const QString& key, RecordMerge::Choice choice)
{
    if (!m_allKeys.contains(key))
        return;
    m_choices.insert(key, choice);
    m_view->syncChoices(m_choices);
    updateState();
}

void MergeDialog::chooseAll(RecordMerge::Choice choice)
{
    for (const QString& key : std::as_const(m_allKeys))
        m_choices.insert(key, choice);
    m_view->syncChoices(m_choices);
    updateState();
}

void MergeDialog::chooseCurrent(RecordMerge::Choice choice)
{
    const bool focusInView = m_view->isAncestorOf(focusWidget());
    if (!m_view->chooseCurrent(choice, m_choices)) // emits chosen() -> choose()
        return;
    // From a choice, the focus moves on to the next conflict still open in this change, so Alt+T, Alt+M… walk
    // through them; from the list it stays in the list.
    if (focusInView) {
        if (QAbstractButton* open = m_view->firstOpenChoice(m_choices))
            open->setFocus(Qt::ShortcutFocusReason);
    }
}

bool MergeDialog::showChange(const QString& uuid)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (m_plan.changes.at(item->data(0, ChangeIndexRole).toInt()).result.uuid == uuid) {
            item->setHidden(false);
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void MergeDialog::setConflictsOnly(bool on)
{
    if (m_conflictsOnly->isChecked() != on) {
        m_conflictsOnly->setChecked(on); // toggled() comes back here
        return;
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const MergeChange& change = m_plan.changes.at(item->data(0, ChangeIndexRole).toInt());
        item->setHidden(on && change.result.outcome != RecordMergeResult::Outcome::Conflict);
    }
    if (m_list->currentItem() && m_list->currentItem()->isHidden()) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (!m_list->topLevelItem(i)->isHidden()) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
                break;
            }
        }
    }
}

void MergeDialog::updateState()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateItem(m_list->topLevelItem(i));
    const int open = unresolvedCount();
    if (m_allKeys.isEmpty())
        m_remaining->setText(tr("No conflicts: every change can be taken as it is."));
    else if (open == 0)
        m_remaining->setText(tr("Every conflict has a choice."));
    else
        m_remaining->setText((open == 1 ? tr("%n conflict left to resolve.", nullptr, open)
                                        : tr("%n conflicts left to resolve.", nullptr, open)));
    m_merge->setEnabled(open == 0 && !m_plan.isEmpty());
    m_merge->setToolTip(open == 0 ? m_sides.acceptToolTip() : tr("Choose a version for every conflict first"));
}

} // namespace isoaudit
