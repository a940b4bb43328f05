// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/controls/ControlsPane.h"

#include "delegates/CriteriaListDelegate.h"
#include "delegates/EnumComboDelegate.h"
#include "delegates/EnumLabels.h"
#include "delegates/MultiLineTextDelegate.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/TableTransferButtons.h"
#include "document/AuditDocument.h"
#include "models/CriteriaTreeModel.h"
#include "models/ServiceControlFilterModel.h"
#include "models/ServiceControlTableModel.h"
#include "widgets/ThemeColors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace isoaudit {

namespace {

/// "Map criteria (Ctrl+M)": a tooltip that names the action's shortcut.
QString withShortcut(const QString& tip, const QAction* action)
{
    return QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
}

QToolButton* actionButton(QWidget* parent, QAction* action, const QString& name)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return button;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ControlsPane::ControlsPane(QWidget* parent)
    : Pane(parent)
    , m_criteriaModel(new CriteriaTreeModel(this))
    , m_criteriaFilter(new QSortFilterProxyModel(this))
    , m_controlModel(new ServiceControlTableModel(this))
    , m_controlFilter(new ServiceControlFilterModel(this))
{
    setObjectName(QStringLiteral("controlsPane"));
    m_criteriaFilter->setSourceModel(m_criteriaModel);
    m_criteriaFilter->setFilterRole(CriteriaTreeModel::UnaddressedRole);
    m_criteriaFilter->setRecursiveFilteringEnabled(true);
    m_controlFilter->setSourceModel(m_controlModel);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Delete control"), question) == QMessageBox::Yes;
    };

    buildActions();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("controlsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildCriteriaSide());
    m_splitter->addWidget(buildControlsSide());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 760});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);

    connect(m_criteriaModel, &CriteriaTreeModel::summaryChanged, this, &ControlsPane::updateSummary);
    connect(m_criteriaFilter, &QAbstractItemModel::modelReset, m_criteriaView, &QTreeView::expandAll);
    connect(m_criteriaFilter, &QAbstractItemModel::layoutChanged, m_criteriaView, &QTreeView::expandAll);
    connect(m_criteriaFilter, &QAbstractItemModel::rowsInserted, m_criteriaView, &QTreeView::expandAll);
    connect(m_criteriaView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ControlsPane::criteriaSelectionChanged);
    connect(m_controlView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ControlsPane::updateActions);
    connect(m_controlView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ControlsPane::updateActions);
    connect(m_controlModel, &ServiceControlTableModel::editRefused, this,
            [this](const QString& message) { report(message, true); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_controlFilter, signal, this, &ControlsPane::updateCounts);
    connect(m_controlFilter, &QAbstractItemModel::modelReset, this, &ControlsPane::updateCounts);
    connect(m_controlModel, &QAbstractItemModel::modelReset, this, &ControlsPane::refreshOwners);
    connect(m_controlModel, &QAbstractItemModel::rowsInserted, this, &ControlsPane::refreshOwners);
    connect(m_controlModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                if (first.column() <= ServiceControlTableModel::OwnerColumn
                    && last.column() >= ServiceControlTableModel::OwnerColumn)
                    refreshOwners();
            });

    setFindField(m_searchEdit);
    rememberSplitter(QStringLiteral("splitter"), m_splitter);
    rememberHeader(QStringLiteral("criteriaHeader"), m_criteriaView->header());
    rememberHeader(QStringLiteral("controlsHeader"), m_controlView->horizontalHeader());
    setDocument(nullptr);
}

ControlsPane::~ControlsPane() = default;

QString ControlsPane::title() const
{
    return tr("Criteria & Controls");
}

void ControlsPane::buildActions()
{
    auto make = [this](const QString& text, const char* name, const QKeySequence& key, const QString& tip,
                       void (ControlsPane::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(withShortcut(tip, action));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction = make(tr("&New control"), "newControlAction", QKeySequence(Qt::Key_Insert),
                       tr("Add a control to the matrix"), &ControlsPane::addControl);
    m_deleteAction
        = make(tr("&Delete"), "deleteControlAction", QKeySequence(QKeySequence::Delete),
               tr("Delete the selected controls (Undo brings them back)"), &ControlsPane::deleteSelectedControls);
    m_mapAction = make(tr("&Map criteria"), "mapCriteriaAction", QKeySequence(Qt::CTRL | Qt::Key_M),
                       tr("Map the criteria selected in the tree to the selected controls"),
                       &ControlsPane::mapSelectedCriteria);
    m_unmapAction = make(tr("&Unmap criteria"), "unmapCriteriaAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                         tr("Take the criteria selected in the tree off the selected controls"),
                         &ControlsPane::unmapSelectedCriteria);
    m_importAction = new QAction(tr("&Import matrix…"), this);
    m_importAction->setObjectName(QStringLiteral("importMatrixAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_importAction->setToolTip(
        withShortcut(tr("Import the client's control matrix from Excel (.xlsx) or CSV"), m_importAction));
    addAction(m_importAction);
    m_exportAction = new QAction(tr("E&xport matrix…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportMatrixAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(withShortcut(tr("Export the control matrix to Excel (.xlsx) or CSV"), m_exportAction));
    addAction(m_exportAction);
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        if (m_document->isReadOnly()) {
            report(tr("This engagement is open read-only; nothing can be imported."), true);
            return;
        }
        if (ImportDialog::run(m_document, TableKind::Controls, this))
            report(tr("Control matrix imported."), false);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (m_document && ExportDialog::run(m_document, TableKind::Controls, this))
            report(tr("Control matrix exported."), false);
    });
}

QWidget* ControlsPane::buildCriteriaSide()
{
    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("criteriaSide"));
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_criteriaSummary = new QLabel(side);
    m_criteriaSummary->setObjectName(QStringLiteral("criteriaSummaryLabel"));
    m_criteriaSummary->setAccessibleName(tr("Criteria addressed"));
    m_unaddressedOnlyCheck = new QCheckBox(tr("U&naddressed only"), side);
    m_unaddressedOnlyCheck->setObjectName(QStringLiteral("unaddressedOnlyCheckBox"));
    m_unaddressedOnlyCheck->setAccessibleName(tr("Unaddressed criteria only"));
    m_unaddressedOnlyCheck->setToolTip(tr("Show only the criteria no control addresses yet"));
    m_criteriaFilterCheck = new QCheckBox(tr("&Filter matrix by selection"), side);
    m_criteriaFilterCheck->setObjectName(QStringLiteral("criteriaFilterCheckBox"));
    m_criteriaFilterCheck->setAccessibleName(tr("Only controls of the selected criteria"));
    m_criteriaFilterCheck->setToolTip(tr("On: the matrix shows only the controls mapped to the criteria selected "
                                         "here. Off: every control, those mapped in bold"));
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_criteriaSummary);
    summaryRow->addStretch(1);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_unaddressedOnlyCheck);
    filterRow->addWidget(m_criteriaFilterCheck);
    filterRow->addStretch(1);
    layout->addLayout(summaryRow);
    layout->addLayout(filterRow);

    m_criteriaView = new QTreeView(side);
    m_criteriaView->setObjectName(QStringLiteral("criteriaTreeView"));
    m_criteriaView->setAccessibleName(tr("Trust Services Criteria in scope"));
    m_criteriaView->setToolTip(tr("Select criteria, then a control, and press Ctrl+M to map them; or drag them onto "
                                  "a control"));
    m_criteriaView->setModel(m_criteriaFilter);
    m_criteriaView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_criteriaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criteriaView->setDragEnabled(true);
    m_criteriaView->setDragDropMode(QAbstractItemView::DragOnly);
    m_criteriaView->setDefaultDropAction(Qt::CopyAction);
    m_criteriaView->setUniformRowHeights(true);
    m_criteriaView->setAllColumnsShowFocus(true);
    m_criteriaView->header()->setStretchLastSection(false);
    m_criteriaView->header()->setSectionResizeMode(CriteriaTreeModel::CriterionColumn, QHeaderView::Stretch);
    m_criteriaView->header()->setSectionResizeMode(CriteriaTreeModel::ControlsColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_criteriaView, 1);

    connect(m_unaddressedOnlyCheck, &QCheckBox::toggled, this, [this](bool only) {
        m_criteriaFilter->setFilterFixedString(only ? QStringLiteral("unaddressed") : QString());
        m_criteriaView->expandAll();
    });
    connect(m_criteriaFilterCheck, &QCheckBox::toggled, this, &ControlsPane::criteriaSelectionChanged);
    return side;
}

void ControlsPane::buildFilterBar(QBoxLayout* layout)
{
    auto* bar = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("controlSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Ref, title, owner, criterion…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search the control matrix"));
    m_searchEdit->setToolTip(tr("Filter the matrix by ref, title, description, owner or criterion (Ctrl+F)"));
    m_frequencyCombo = new QComboBox(this);
    m_frequencyCombo->setObjectName(QStringLiteral("frequencyFilterCombo"));
    m_frequencyCombo->addItem(tr("Any frequency"), QString());
    for (const QVariant& choice : EnumLabels::choices(ValueList::ControlFrequency)) {
        const QVariantList pair = choice.toList();
        m_frequencyCombo->addItem(pair.value(0).toString(), pair.value(1));
    }
    m_ownerCombo = new QComboBox(this);
    m_ownerCombo->setObjectName(QStringLiteral("ownerFilterCombo"));
    m_ownerCombo->addItem(tr("Any owner"), QString());
    m_testedCombo = new QComboBox(this);
    m_testedCombo->setObjectName(QStringLiteral("testedFilterCombo"));
    m_testedCombo->addItem(tr("Any test state"), QString());
    for (ControlResult::State state : ServiceControlTableModel::states()) {
        ControlResult result;
        result.state = state;
        m_testedCombo->addItem(ControlResult::label(state), result.stateName());
    }
    const QList<std::pair<QComboBox*, QString>> combos
        = {{m_frequencyCombo, tr("Frequency")}, {m_ownerCombo, tr("Owner")}, {m_testedCombo, tr("Tested state")}};
    for (const auto& [combo, name] : combos) {
        combo->setAccessibleName(tr("Filter by %1").arg(name.toLower()));
        combo->setToolTip(combo->accessibleName());
        // Narrow enough to leave the search field room at 1366 pixels; the open list shows the whole labels.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(11);
    }
    m_keyOnlyCheck = new QCheckBox(tr("&Key only"), this);
    m_keyOnlyCheck->setObjectName(QStringLiteral("keyOnlyCheckBox"));
    m_keyOnlyCheck->setAccessibleName(tr("Key controls only"));
    m_keyOnlyCheck->setToolTip(tr("Show only key controls"));
    bar->addWidget(buddyLabel(tr("S&earch:"), m_searchEdit, this));
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_frequencyCombo);
    bar->addWidget(m_ownerCombo);
    bar->addWidget(m_testedCombo);
    bar->addWidget(m_keyOnlyCheck);
    layout->addLayout(bar);

    connect(m_searchEdit, &QLineEdit::textChanged, m_controlFilter, &ServiceControlFilterModel::setTextFilter);
    connect(m_frequencyCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_controlFilter->setFrequencyFilter(m_frequencyCombo->currentData().toString()); });
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_controlFilter->setOwnerFilter(m_ownerCombo->currentData().toString()); });
    connect(m_testedCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_controlFilter->setTestedFilter(m_testedCombo->currentData().toString()); });
    connect(m_keyOnlyCheck, &QCheckBox::toggled, m_controlFilter, &ServiceControlFilterModel::setKeyOnly);
    for (auto* sender : {m_frequencyCombo, m_ownerCombo, m_testedCombo})
        connect(sender, &QComboBox::currentIndexChanged, this, &ControlsPane::updateCounts);
    connect(m_keyOnlyCheck, &QCheckBox::toggled, this, &ControlsPane::updateCounts);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ControlsPane::updateCounts);
}

QWidget* ControlsPane::buildControlsSide()
{
    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("controlsSide"));
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    actions->addWidget(actionButton(side, m_newAction, QStringLiteral("newControlButton")));
    actions->addWidget(actionButton(side, m_deleteAction, QStringLiteral("deleteControlButton")));
    actions->addWidget(actionButton(side, m_mapAction, QStringLiteral("mapCriteriaButton")));
    actions->addWidget(actionButton(side, m_unmapAction, QStringLiteral("unmapCriteriaButton")));
    actions->addStretch(1);
    m_countLabel = new QLabel(side);
    m_countLabel->setObjectName(QStringLiteral("controlCountLabel"));
    actions->addWidget(m_countLabel);
    // The shared Import…/Export… buttons (and a file dropped on the page), shortcuts from the pane's actions.
    TableTransferButtons::add(actions, this, TableKind::Controls, [this] { return m_document; });
    if (auto* button = findChild<QToolButton*>(QStringLiteral("importTableButton")))
        button->setToolTip(m_importAction->toolTip());
    if (auto* button = findChild<QToolButton*>(QStringLiteral("exportTableButton")))
        button->setToolTip(m_exportAction->toolTip());
    layout->addLayout(actions);
    buildFilterBar(layout);

    m_controlView = new QTableView(side);
    configureTable();
    layout->addWidget(m_controlView, 1);
    m_messageLabel = new QLabel(side);
    m_messageLabel->setObjectName(QStringLiteral("controlsMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setAccessibleName(tr("Last message"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    return side;
}

void ControlsPane::configureTable()
{
    using Model = ServiceControlTableModel;
    m_controlView->setObjectName(QStringLiteral("controlTableView"));
    // Delete acts on the matrix only: in the tree or the search field it would surprise.
    removeAction(m_deleteAction);
    m_controlView->addAction(m_deleteAction);
    m_controlView->setAccessibleName(tr("Control matrix"));
    m_controlView->setModel(m_controlFilter);
    m_controlView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_controlView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_controlView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_controlView->setSortingEnabled(true);
    m_controlView->sortByColumn(Model::RefColumn, Qt::AscendingOrder);
    m_controlView->setAlternatingRowColors(true);
    m_controlView->setWordWrap(false);
    m_controlView->verticalHeader()->setVisible(false);
    m_controlView->verticalHeader()->setDefaultSectionSize(m_controlView->fontMetrics().height() + 10);
    m_controlView->horizontalHeader()->setHighlightSections(false);
    m_controlView->horizontalHeader()->setStretchLastSection(true);
    // Criteria dropped from the tree land on the row under the cursor, never between rows.
    m_controlView->setAcceptDrops(true);
    m_controlView->setDragDropMode(QAbstractItemView::DropOnly);
    m_controlView->setDragDropOverwriteMode(true);
    m_controlView->setDropIndicatorShown(true);
    m_controlView->setDefaultDropAction(Qt::CopyAction);
    auto* combo = new EnumComboDelegate(m_controlView);
    m_controlView->setItemDelegateForColumn(Model::FrequencyColumn, combo);
    m_controlView->setItemDelegateForColumn(Model::AutomationColumn, combo);
    m_controlView->setItemDelegateForColumn(Model::DescriptionColumn, new MultiLineTextDelegate(m_controlView));
    m_controlView->setItemDelegateForColumn(Model::CriteriaColumn, new CriteriaListDelegate(m_controlView));
    const QList<std::pair<int, int>> widths
        = {{Model::RefColumn, 70},     {Model::TitleColumn, 210}, {Model::CriteriaColumn, 140},
           {Model::TestedColumn, 180}, {Model::OwnerColumn, 130}, {Model::KeyColumn, 44}};
    for (const auto& [column, width] : widths)
        m_controlView->horizontalHeader()->resizeSection(column, width);
    applyColumnModes();
}

void ControlsPane::applyColumnModes()
{
    // The choice columns are as wide as their longest label in any language; the text columns keep the widths the
    // user drags them to.
    for (int column : {ServiceControlTableModel::FrequencyColumn, ServiceControlTableModel::AutomationColumn})
        m_controlView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void ControlsPane::setDocument(AuditDocument* document)
{
    m_document = document;
    m_criteriaModel->setDocument(document);
    m_controlModel->setDocument(document);
    m_criteriaView->expandAll();
    const bool open = document != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_criteriaView, m_controlView, m_unaddressedOnlyCheck,
                                                      m_searchEdit, m_frequencyCombo, m_ownerCombo, m_testedCombo,
                                                      m_keyOnlyCheck, m_criteriaFilterCheck})
        w->setEnabled(open);
    m_messageLabel->hide();
    updateSummary();
    updateCounts();
    updateActions();
}

// ---- what the page shows ------------------------------------------------------------------------------------------

void ControlsPane::updateSummary()
{
    if (!m_document) {
        m_criteriaSummary->setText(tr("No engagement open"));
        m_criteriaSummary->setStyleSheet(QString());
        m_criteriaSummary->setToolTip(QString());
        return;
    }
    const QStringList unaddressed = m_criteriaModel->unaddressedCriteria();
    m_criteriaSummary->setText(m_criteriaModel->summaryText());
    m_criteriaSummary->setToolTip(unaddressed.isEmpty()
                                      ? tr("Every criterion in scope is addressed by at least one control.")
                                      : tr("Not addressed yet: %1").arg(unaddressed.join(QStringLiteral(", "))));
    m_criteriaSummary->setStyleSheet(ThemeColors::badgeStyleSheet(
        unaddressed.isEmpty() ? ThemeColors::positiveBadge(palette()) : ThemeColors::warningBadge(palette()),
        QStringLiteral("border-radius: 4px; padding: 2px 8px; font-weight: bold;")));
}

void ControlsPane::updateCounts()
{
    const int total = m_controlModel->rowCount();
    const int shown = m_controlFilter->rowCount();
    m_countLabel->setText(!m_document          ? QString()
                              : shown == total ? tr("%n control(s)", nullptr, total)
                                               : tr("%1 of %n control(s) shown", nullptr, total).arg(shown));
}

void ControlsPane::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool controlChosen = !selectedControlRows().isEmpty();
    m_newAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable && controlChosen);
    m_mapAction->setEnabled(writable && controlChosen);
    m_unmapAction->setEnabled(writable && controlChosen);
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(m_document != nullptr);
}

void ControlsPane::refreshOwners()
{
    const QString current = m_ownerCombo->currentData().toString();
    const QSignalBlocker blocker(m_ownerCombo);
    while (m_ownerCombo->count() > 1)
        m_ownerCombo->removeItem(1);
    for (const QString& owner : m_controlModel->owners())
        m_ownerCombo->addItem(owner, owner);
    const int index = m_ownerCombo->findData(current);
    m_ownerCombo->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        m_controlFilter->setOwnerFilter(QString()); // the owner is gone: show every owner's controls again
}

void ControlsPane::criteriaSelectionChanged()
{
    const QStringList ids = selectedCriteria();
    m_controlModel->setHighlightedCriteria(ids);
    m_controlFilter->setCriteriaFilter(m_criteriaFilterCheck->isChecked() ? ids : QStringList());
    updateCounts();
}

void ControlsPane::report(const QString& message, bool refused)
{
    m_messageLabel->setText(message);
    QPalette colours = m_messageLabel->palette();
    colours.setColor(QPalette::WindowText,
                     refused ? ThemeColors::errorText(palette()) : palette().color(QPalette::WindowText));
    m_messageLabel->setPalette(colours);
    m_messageLabel->setVisible(!message.isEmpty());
    emit statusMessage(message);
}

// ---- selections ---------------------------------------------------------------------------------------------------

QStringList ControlsPane::selectedCriteria() const
{
    QModelIndexList source;
    for (const QModelIndex& index : m_criteriaView->selectionModel()->selectedRows())
        source << m_criteriaFilter->mapToSource(index);
    return m_criteriaModel->criteriaOf(source);
}

QList<int> ControlsPane::selectedControlRows() const
{
    if (!m_document)
        return {};
    QModelIndexList selected = m_controlView->selectionModel()->selectedRows();
    if (selected.isEmpty() && m_controlView->currentIndex().isValid())
        selected << m_controlView->currentIndex();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<int> rows;
    for (const QModelIndex& index : std::as_const(selected))
        rows << m_controlFilter->mapToSource(index).row();
    return rows;
}

// ---- edits --------------------------------------------------------------------------------------------------------

void ControlsPane::mapSelectedCriteria()
{
    const QStringList ids = selectedCriteria();
    const QList<int> rows = selectedControlRows();
    if (const Status done = m_controlModel->mapCriteria(rows, ids); !done)
        report(done.error(), true);
    else
        report(tr("Mapped %1 to %2.").arg(ids.join(QStringLiteral(", ")), m_controlModel->refAt(rows.first()))
                   + (rows.size() > 1 ? tr(" (and %n more control(s))", nullptr, int(rows.size()) - 1) : QString()),
               false);
}

void ControlsPane::unmapSelectedCriteria()
{
    const QStringList ids = selectedCriteria();
    const QList<int> rows = selectedControlRows();
    if (const Status done = m_controlModel->unmapCriteria(rows, ids); !done)
        report(done.error(), true);
    else
        report(tr("Unmapped %1 from %2.").arg(ids.join(QStringLiteral(", ")), m_controlModel->refAt(rows.first()))
                   + (rows.size() > 1 ? tr(" (and %n more control(s))", nullptr, int(rows.size()) - 1) : QString()),
               false);
}

void ControlsPane::addControl()
{
    if (!m_document)
        return;
    auto inserted = m_controlModel->addControl();
    if (!inserted) {
        report(inserted.error(), true);
        return;
    }
    clearControlFilters(); // a new control has no title, owner or criteria yet and would be hidden
    const QModelIndex index = m_controlFilter->mapFromSource(
        m_controlModel->indexOf(inserted.value(), ServiceControlTableModel::TitleColumn));
    report(tr("Added control %1.").arg(m_controlModel->refAt(m_controlModel->rowOf(inserted.value()))), false);
    if (!index.isValid())
        return;
    m_controlView->setCurrentIndex(index);
    m_controlView->scrollTo(index);
    m_controlView->setFocus(Qt::OtherFocusReason);
    m_controlView->edit(index);
}

void ControlsPane::deleteSelectedControls()
{
    const QList<int> rows = selectedControlRows();
    if (!m_document || rows.isEmpty())
        return;
    QStringList refs;
    for (int row : rows)
        refs << m_controlModel->refAt(row);
    const QString dependents = m_controlModel->dependentsText(rows);
    if (!dependents.isEmpty()) {
        const QString question
            = tr("Delete %1 with its %2? You can undo this.").arg(refs.join(QStringLiteral(", ")), dependents);
        if (!m_confirm || !m_confirm(question))
            return;
    }
    if (const Status done = m_controlModel->removeControls(rows); !done)
        report(done.error(), true);
    else
        report(tr("Deleted %1.").arg(refs.join(QStringLiteral(", "))), false);
}

// ---- navigation ---------------------------------------------------------------------------------------------------

void ControlsPane::clearControlFilters()
{
    m_searchEdit->clear();
    m_frequencyCombo->setCurrentIndex(0);
    m_ownerCombo->setCurrentIndex(0);
    m_testedCombo->setCurrentIndex(0);
    m_keyOnlyCheck->setChecked(false);
    m_criteriaFilterCheck->setChecked(false);
}

void ControlsPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind != RecordKind::ServiceControl)
        return;
    int row = m_controlModel->rowOf(uuidOrId);
    if (row < 0)
        row = m_controlModel->rowOfRef(uuidOrId);
    if (row < 0)
        return;
    QModelIndex index = m_controlFilter->mapFromSource(m_controlModel->index(row, ServiceControlTableModel::RefColumn));
    if (!index.isValid()) {
        clearControlFilters();
        index = m_controlFilter->mapFromSource(m_controlModel->index(row, ServiceControlTableModel::RefColumn));
    }
    m_controlView->setCurrentIndex(index);
    m_controlView->selectRow(index.row());
    m_controlView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_controlView->setFocus(Qt::OtherFocusReason);
}

void ControlsPane::showCriterion(const QString& id)
{
    const QModelIndex source = m_criteriaModel->indexForCriterion(id);
    if (!source.isValid())
        return;
    QModelIndex index = m_criteriaFilter->mapFromSource(source);
    if (!index.isValid()) {
        m_unaddressedOnlyCheck->setChecked(false);
        index = m_criteriaFilter->mapFromSource(source);
    }
    m_criteriaView->expandAll();
    m_criteriaView->setCurrentIndex(index);
    m_criteriaView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_criteriaView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_criteriaView->setFocus(Qt::OtherFocusReason);
}

} // namespace isoaudit
