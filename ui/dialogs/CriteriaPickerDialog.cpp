// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CriteriaPickerDialog.h"

#include "catalog/Catalog.h"
#include "domain/ValueLabels.h"
#include "soc2/Engagement.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

CriteriaPickerDialog::CriteriaPickerDialog(const Record& engagement, const QStringList& selected, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("criteriaPickerDialog"));
    setWindowTitle(tr("Choose criteria"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("The Trust Services Criteria of the categories in scope. Check a series to choose all "
                               "of its criteria; Space checks the current one."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("criteriaFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by id or words (CC6, access)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the criteria"));
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("criteriaTreeWidget"));
    m_tree->setAccessibleName(tr("Trust Services Criteria"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_tree, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("criteriaCountLabel"));
    layout->addWidget(m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("criteriaButtonBox"));
    layout->addWidget(buttons);

    build(engagement, selected);
    connect(m_filter, &QLineEdit::textChanged, this, &CriteriaPickerDialog::setFilterText);
    connect(m_tree, &QTreeWidget::itemChanged, this, &CriteriaPickerDialog::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
    resize(560, 620);
    m_filter->setFocus(Qt::OtherFocusReason);
}

void CriteriaPickerDialog::build(const Record& engagement, const QStringList& selected)
{
    const Catalog& catalog = Engagement::criteriaCatalog();
    const QStringList inScope = Engagement::categories(engagement);
    const QSignalBlocker blocker(m_tree);
    QStringList offered;
    for (const CatalogGroup& group : catalog.groups()) {
        if (group.kind != CatalogItem::Kind::Criterion)
            continue;
        QTreeWidgetItem* series = nullptr;
        for (const CatalogItem& criterion : catalog.criteria()) {
            if (criterion.group != group.id || !inScope.contains(Engagement::categoryOf(criterion.id)))
                continue;
            if (!series) {
                series = new QTreeWidgetItem(m_tree, {tr("%1 %2").arg(group.id, group.title)});
                series->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                 | Qt::ItemIsAutoTristate);
                series->setToolTip(0,
                                   ValueLabels::label(ValueList::TrustCategory, Engagement::categoryOf(criterion.id)));
            }
            auto* item = new QTreeWidgetItem(series, {tr("%1 — %2").arg(criterion.id, criterion.title)});
            item->setData(0, idRole, criterion.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, selected.contains(criterion.id) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(0, criterion.note.isEmpty() ? criterion.title : criterion.note);
            m_criteria << item;
            offered << criterion.id;
        }
    }
    // Chosen before, now outside the categories in scope (or the catalog): listed apart, still checked.
    QTreeWidgetItem* outside = nullptr;
    for (const QString& id : selected) {
        if (offered.contains(id))
            continue;
        if (!outside) {
            outside = new QTreeWidgetItem(m_tree, {tr("Chosen, but not in scope")});
            outside->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                              | Qt::ItemIsAutoTristate);
            outside->setToolTip(0,
                                tr("Criteria of categories that are no longer in scope; uncheck them to remove "
                                   "them from the mapping."));
        }
        const CatalogItem* criterion = catalog.criterion(id);
        auto* item = new QTreeWidgetItem(outside, {criterion ? tr("%1 — %2").arg(id, criterion->title) : id});
        item->setData(0, idRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        m_criteria << item;
        offered << id;
    }
    // The series with a chosen criterion open, the others closed: the choice is visible at a glance.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* series = m_tree->topLevelItem(i);
        series->setExpanded(series->checkState(0) != Qt::Unchecked || m_tree->topLevelItemCount() <= 3);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

std::optional<QStringList> CriteriaPickerDialog::pick(QWidget* parent, const Record& engagement,
                                                      const QStringList& selectedIds, const QString& title)
{
    CriteriaPickerDialog dialog(engagement, selectedIds, parent);
    if (!title.isEmpty())
        dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedIds();
}

QStringList CriteriaPickerDialog::selectedIds() const
{
    QStringList ids;
    for (const QTreeWidgetItem* item : m_criteria) {
        if (item->checkState(0) == Qt::Checked)
            ids << item->data(0, idRole).toString();
    }
    return ids;
}

QTreeWidgetItem* CriteriaPickerDialog::itemOf(const QString& criterionId) const
{
    for (QTreeWidgetItem* item : m_criteria) {
        if (item->data(0, idRole).toString().compare(criterionId, Qt::CaseInsensitive) == 0)
            return item;
    }
    return nullptr;
}

bool CriteriaPickerDialog::setChecked(const QString& criterionId, bool checked)
{
    QTreeWidgetItem* item = itemOf(criterionId);
    if (!item)
        return false;
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool CriteriaPickerDialog::isChecked(const QString& criterionId) const
{
    const QTreeWidgetItem* item = itemOf(criterionId);
    return item && item->checkState(0) == Qt::Checked;
}

QStringList CriteriaPickerDialog::offeredIds() const
{
    QStringList ids;
    for (const QTreeWidgetItem* item : m_criteria)
        ids << item->data(0, idRole).toString();
    return ids;
}

void CriteriaPickerDialog::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* series = m_tree->topLevelItem(i);
        const bool seriesMatches = !needle.isEmpty() && series->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int c = 0; c < series->childCount(); ++c) {
            QTreeWidgetItem* item = series->child(c);
            const bool match = needle.isEmpty() || seriesMatches || item->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        series->setHidden(shown == 0);
        if (!needle.isEmpty())
            series->setExpanded(shown > 0);
    }
}

void CriteriaPickerDialog::updateCount()
{
    const int chosen = int(selectedIds().size());
    m_count->setText(tr("Chosen: %1 of the %2 criteria offered.").arg(chosen).arg(m_criteria.size()));
}

} // namespace isoaudit
