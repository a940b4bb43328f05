// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/clauses/ClausesPane.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/ClauseTreeModel.h"
#include "panes/clauses/ClauseDetailWidget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace isoaudit {

ClausesPane::ClausesPane(QWidget* parent)
    : Pane(parent)
{
    m_model = new ClauseTreeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ClauseTreeModel::ItemColumn);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Filter:"), left);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("clauseFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Clause number or words of its title"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter clauses"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    leftLayout->addLayout(filterRow);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("clauseSummaryLabel"));
    leftLayout->addWidget(m_summary);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("clauseTreeView"));
    m_tree->setAccessibleName(tr("Clauses 4 to 10"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegateForColumn(ClauseTreeModel::VerdictColumn, new EnumComboDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ClauseTreeModel::ItemColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ClauseTreeModel::VerdictColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(ClauseTreeModel::VerdictColumn, 120);
    m_tree->header()->setSectionResizeMode(ClauseTreeModel::EvidenceColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ClauseTreeModel::FindingsColumn, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_tree, 1);

    m_detail = new ClauseDetailWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClausesPane::currentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClausesPane::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateSummary();
    });
    connect(m_model, &ClauseTreeModel::editRefused, this, &Pane::statusMessage);
    connect(m_detail, &ClauseDetailWidget::navigateTo, this, &Pane::navigateTo);
    connect(m_detail, &ClauseDetailWidget::statusMessage, this, &Pane::statusMessage);

    auto* next
        = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { moveToItem(1); });
    auto* previous
        = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { moveToItem(-1); });
    setToolTip(tr("Alt+Down / Alt+Up: next / previous clause item"));
    setFindField(m_filter);
    // Remembered between sessions (PaneState); what was saved before it was version byte 1, then these in order.
    rememberedState().setLegacyVersion(1);
    rememberSplitter(QStringLiteral("splitter"), m_splitter);
    rememberHeader(QStringLiteral("header"), m_tree->header());
    setDocument(nullptr);
}

ClausesPane::~ClausesPane() = default;

QString ClausesPane::title() const
{
    return tr("Clauses 4–10");
}

void ClausesPane::setDocument(AuditDocument* document)
{
    m_document = document;
    m_detail->setDocument(document);
    m_model->setDocument(document);
    setEnabled(document != nullptr);
    if (document && m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0, m_proxy->index(0, 0));
        m_tree->setCurrentIndex(first);
    }
}

void ClausesPane::updateSummary()
{
    if (!m_document) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("%1 of %2 clause items assessed").arg(m_model->assessedCount()).arg(m_model->itemCount()));
    currentChanged(); // a group's progress text in the detail panel may have changed
}

QModelIndex ClausesPane::proxyIndexFor(const QModelIndex& sourceIndex) const
{
    return m_proxy->mapFromSource(sourceIndex);
}

void ClausesPane::currentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    if (!current.isValid()) {
        m_detail->showClause({});
        return;
    }
    const QModelIndex first = current.siblingAtColumn(0);
    if (first.data(ClauseTreeModel::IsGroupRole).toBool()) {
        m_detail->showGroup(first.data(ClauseTreeModel::ClauseIdRole).toString(),
                            first.data(Qt::DisplayRole).toString().section(QLatin1Char(' '), 1),
                            first.data(ClauseTreeModel::AssessedRole).toInt(),
                            first.data(ClauseTreeModel::TotalRole).toInt());
        return;
    }
    const QString uuid = first.data(ItemRoles::UuidRole).toString();
    if (uuid != m_detail->clauseUuid())
        m_detail->showClause(uuid);
}

void ClausesPane::moveToItem(int step)
{
    // Flatten the visible items (not groups) in view order and step from the current one.
    QList<QModelIndex> items;
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int i = 0; i < m_proxy->rowCount(group); ++i)
            items << m_proxy->index(i, 0, group);
    }
    if (items.isEmpty())
        return;
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    int at = int(items.indexOf(current));
    if (at < 0) {
        // On a group row: go to its first item (or the previous group's last one).
        at = step > 0 ? -1 : int(items.size());
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).parent() == current) {
                at = step > 0 ? i - 1 : i;
                break;
            }
        }
    }
    const int target = std::clamp(at + step, 0, int(items.size()) - 1);
    QWidget* focus = QApplication::focusWidget();
    m_tree->setCurrentIndex(items.at(target));
    m_tree->scrollTo(items.at(target));
    if (focus)
        focus->setFocus(); // keep typing where you were
}

void ClausesPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind != RecordKind::ClauseAssessment)
        return;
    m_filter->clear();
    QModelIndex source = m_model->indexForUuid(uuidOrId);
    if (!source.isValid())
        source = m_model->indexForClause(uuidOrId);
    const QModelIndex index = proxyIndexFor(source);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
}

} // namespace isoaudit
