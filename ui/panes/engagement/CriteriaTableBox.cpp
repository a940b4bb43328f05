// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/engagement/CriteriaTableBox.h"

#include "delegates/ItemRoles.h"
#include "dialogs/CriteriaPickerDialog.h"
#include "document/AuditDocument.h"
#include "models/CriteriaLinkedTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace isoaudit {

CriteriaTableBox::CriteriaTableBox(const Texts& texts, CriteriaLinkedTableModel* model,
                                   std::function<Result<QString>()> add, int editColumn, QWidget* parent)
    : QGroupBox(texts.title, parent)
    , m_model(model)
    , m_add(std::move(add))
    , m_editColumn(editColumn)
    , m_texts(texts)
{
    setObjectName(texts.objectPrefix + QStringLiteral("Box"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRoles::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(texts.objectPrefix + QStringLiteral("TableView"));
    m_table->setAccessibleName(texts.tableName);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5 + 30);
    m_table->installEventFilter(this);

    m_addAction = createAction(texts.add, texts.addToolTip, QKeySequence(Qt::Key_Insert), QStringLiteral("AddAction"));
    m_removeAction
        = createAction(texts.remove, texts.removeToolTip, QKeySequence(Qt::Key_Delete), QStringLiteral("RemoveAction"));
    m_criteriaAction = createAction(tr("&Criteria…"), texts.criteriaToolTip,
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QStringLiteral("CriteriaAction"));

    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction* action : {m_addAction, m_removeAction, m_criteriaAction}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName().chopped(6) + QStringLiteral("Button")); // "subserviceAddButton"
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_hint = new QLabel(texts.emptyHint, this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // dimmed: a hint, not a value
    layout->addWidget(m_hint);

    connect(m_addAction, &QAction::triggered, this, &CriteriaTableBox::addRow);
    connect(m_removeAction, &QAction::triggered, this, &CriteriaTableBox::removeSelectedRows);
    connect(m_criteriaAction, &QAction::triggered, this, [this] { chooseCriteria(currentModelRow()); });
    connect(m_model, &CriteriaLinkedTableModel::editRefused, this, &CriteriaTableBox::statusMessage);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.column() == m_model->criteriaColumn() && m_criteriaAction->isEnabled())
            chooseCriteria(source.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CriteriaTableBox::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CriteriaTableBox::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CriteriaTableBox::updateHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CriteriaTableBox::updateHint);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CriteriaTableBox::updateHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CriteriaTableBox::updateHint);
    updateActions();
    updateHint();
}

QAction* CriteriaTableBox::createAction(const QString& text, const QString& toolTip, const QKeySequence& shortcut,
                                        const QString& objectName)
{
    auto* action = new QAction(text, this);
    action->setObjectName(m_texts.objectPrefix + objectName); // "subserviceAddAction"
    action->setShortcut(shortcut);
    // Only while the table itself has the focus: Delete in a cell's open editor deletes text, not the row.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    m_table->addAction(action);
    return action;
}

void CriteriaTableBox::setDocument(AuditDocument* document)
{
    m_document = document;
    updateActions();
    updateHint();
}

void CriteriaTableBox::setFilterText(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    updateHint();
}

QList<int> CriteriaTableBox::selectedModelRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int CriteriaTableBox::currentModelRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void CriteriaTableBox::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_addAction->setEnabled(writable);
    m_removeAction->setEnabled(writable && m_table->selectionModel()->hasSelection());
    m_criteriaAction->setEnabled(writable && currentModelRow() >= 0);
}

void CriteriaTableBox::updateHint()
{
    const bool filtered = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_hint->setText(filtered ? tr("No row matches the filter.") : m_texts.emptyHint);
    m_hint->setVisible(m_document && m_proxy->rowCount() == 0);
    updateActions();
}

void CriteriaTableBox::addRow()
{
    if (!m_document)
        return;
    auto added = m_add();
    if (!added) {
        emit statusMessage(added.error());
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(added.value(), m_editColumn));
    if (!index.isValid()) { // hidden by the filter
        setFilterText({});
        emit filterCleared();
        index = m_proxy->mapFromSource(m_model->indexOf(added.value(), m_editColumn));
    }
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(index);
}

void CriteriaTableBox::removeSelectedRows()
{
    if (!m_document)
        return;
    QList<std::pair<RecordKind, QString>> records;
    QStringList names;
    for (int row : selectedModelRows()) {
        records.append({m_model->rowRecord(row).kind, m_model->uuidAt(row)});
        names << m_model->rowName(row);
    }
    if (records.isEmpty())
        return;
    AuditDocument* document = m_document;
    const Status done = document->macro(m_texts.removeUndoText(names), [&]() -> Status {
        for (const auto& [kind, uuid] : std::as_const(records)) {
            if (auto removed = document->removeRecord(kind, uuid); !removed)
                return removed;
        }
        return {};
    });
    emit statusMessage(done ? m_texts.removedMessage(names) : done.error());
}

void CriteriaTableBox::chooseCriteria(int modelRow)
{
    if (!m_document || modelRow < 0 || modelRow >= m_model->rowCount())
        return;
    const QString uuid = m_model->uuidAt(modelRow);
    const auto chosen = CriteriaPickerDialog::pick(this, m_engagement, m_model->criteria(modelRow),
                                                   tr("Criteria of %1").arg(m_model->rowName(modelRow)));
    // The row may have moved while the dialog was open (a change made elsewhere): find it again.
    const int row = m_model->rowOf(uuid);
    if (!chosen || row < 0)
        return;
    if (const Status done = m_model->setCriteria(row, *chosen); !done)
        emit statusMessage(done.error());
}

bool CriteriaTableBox::selectRecord(const QString& uuid)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(uuid));
    if (!index.isValid() && m_model->rowOf(uuid) >= 0) {
        setFilterText({});
        emit filterCleared();
        index = m_proxy->mapFromSource(m_model->indexOf(uuid));
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

bool CriteriaTableBox::eventFilter(QObject* object, QEvent* event)
{
    // Keys typed into an open editor go to the editor, not the table, so these never fire while editing.
    if (object == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool opens = key->key() == Qt::Key_F2 || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const QModelIndex current = m_table->currentIndex();
        if (opens && key->modifiers() == Qt::NoModifier && current.isValid()
            && m_proxy->mapToSource(current).column() == m_model->criteriaColumn()) {
            if (m_criteriaAction->isEnabled())
                chooseCriteria(currentModelRow());
            return true;
        }
    }
    return QGroupBox::eventFilter(object, event);
}

} // namespace isoaudit
