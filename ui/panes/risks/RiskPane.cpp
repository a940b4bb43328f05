// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/risks/RiskPane.h"

#include "delegates/ControlListDelegate.h"
#include "delegates/EnumComboDelegate.h"
#include "delegates/MultiLineTextDelegate.h"
#include "dialogs/TableTransferButtons.h"
#include "document/AuditDocument.h"
#include "models/RiskFilterModel.h"
#include "models/RiskTableModel.h"
#include "panes/risks/HeatMapWidget.h"
#include "panes/risks/RiskChecksPanel.h"
#include "panes/risks/RiskMethodDialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace isoaudit {

RiskPane::RiskPane(QWidget* parent)
    : Pane(parent)
    , m_model(new RiskTableModel(this))
    , m_filter(new RiskFilterModel(this))
    , m_heatMap(new HeatMapWidget(this))
    , m_checks(new RiskChecksPanel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("riskPane"));
    m_filter->setSourceModel(m_model);
    m_checks->setRegister(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* toolbar = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("Show:"), this);
    m_inherentRadio = new QRadioButton(tr("I&nherent risk"), this);
    m_inherentRadio->setObjectName(QStringLiteral("inherentRadioButton"));
    m_inherentRadio->setToolTip(tr("Place risks by their likelihood and impact before treatment"));
    m_residualRadio = new QRadioButton(tr("Resid&ual risk"), this);
    m_residualRadio->setObjectName(QStringLiteral("residualRadioButton"));
    m_residualRadio->setToolTip(tr("Place risks by their residual likelihood and impact after treatment"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_inherentRadio);
    group->addButton(m_residualRadio);
    m_inherentRadio->setChecked(true);
    m_methodButton = new QPushButton(tr("Risk &method…"), this);
    m_methodButton->setObjectName(QStringLiteral("riskMethodButton"));
    m_methodButton->setToolTip(tr("Record the client's risk method: levels, labels, bands and acceptance threshold"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("riskSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search ref, asset, threat, owner, control…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search the risk register"));
    m_addButton = new QPushButton(tr("&Add risk"), this);
    m_addButton->setObjectName(QStringLiteral("addRiskButton"));
    m_addButton->setToolTip(tr("Add a risk to the register"));
    m_deleteButton = new QPushButton(tr("&Delete risk"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteRiskButton"));
    m_deleteButton->setToolTip(tr("Delete the selected risks (undoable)"));
    toolbar->addWidget(showLabel);
    toolbar->addWidget(m_inherentRadio);
    toolbar->addWidget(m_residualRadio);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_methodButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_searchEdit, 2);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_deleteButton);
    TableTransferButtons::add(toolbar, this, TableKind::Risks, [this] { return m_document; });
    layout->addLayout(toolbar);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_heatMap, 1);
    auto* cellRow = new QHBoxLayout;
    m_cellFilterLabel = new QLabel(top);
    m_cellFilterLabel->setObjectName(QStringLiteral("cellFilterLabel"));
    m_clearCellButton = new QPushButton(tr("Show &all risks"), top);
    m_clearCellButton->setObjectName(QStringLiteral("clearCellFilterButton"));
    m_clearCellButton->setToolTip(tr("Clear the heat-map filter (Esc)"));
    cellRow->addWidget(m_cellFilterLabel, 1);
    cellRow->addWidget(m_clearCellButton);
    topLayout->addLayout(cellRow);

    buildRegister();
    m_registerSplitter = new QSplitter(Qt::Horizontal, this);
    m_registerSplitter->setObjectName(QStringLiteral("registerSplitter"));
    m_registerSplitter->addWidget(m_table);
    m_registerSplitter->addWidget(m_checks);
    m_registerSplitter->setStretchFactor(0, 3);
    m_registerSplitter->setStretchFactor(1, 1);
    m_registerSplitter->setSizes({800, 280});
    m_verticalSplitter = new QSplitter(Qt::Vertical, this);
    m_verticalSplitter->setObjectName(QStringLiteral("riskSplitter"));
    m_verticalSplitter->addWidget(top);
    m_verticalSplitter->addWidget(m_registerSplitter);
    m_verticalSplitter->setStretchFactor(0, 2);
    m_verticalSplitter->setStretchFactor(1, 3);
    m_verticalSplitter->setSizes({300, 400});
    layout->addWidget(m_verticalSplitter, 1);

    connect(m_model, &RiskTableModel::registerChanged, this, &RiskPane::scheduleRecount);
    connect(m_model, &RiskTableModel::schemeChanged, this, &RiskPane::scheduleRecount);
    connect(m_model, &RiskTableModel::editRefused, this, &Pane::statusMessage);
    connect(m_residualRadio, &QRadioButton::toggled, this, [this](bool residual) {
        m_heatMap->clearSelection();
        m_heatMap->setCaption(residual ? tr("Residual risk") : tr("Inherent risk"));
        recount();
    });
    connect(m_heatMap, &HeatMapWidget::cellSelected, this, [this](int likelihood, int impact) {
        m_filter->setCellFilter(likelihood, impact, showsResidual());
        updateCellFilterLabel();
    });
    connect(m_heatMap, &HeatMapWidget::selectionCleared, this, [this]() {
        m_filter->clearCellFilter();
        updateCellFilterLabel();
    });
    connect(m_clearCellButton, &QPushButton::clicked, m_heatMap, &HeatMapWidget::clearSelection);
    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &RiskFilterModel::setTextFilter);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RiskPane::updateCellFilterLabel);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RiskPane::updateCellFilterLabel);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RiskPane::updateCellFilterLabel);
    connect(m_addButton, &QPushButton::clicked, this, &RiskPane::addRisk);
    connect(m_deleteButton, &QPushButton::clicked, this, &RiskPane::deleteSelectedRisks);
    connect(m_methodButton, &QPushButton::clicked, this, &RiskPane::editMethod);
    connect(m_checks, &RiskChecksPanel::messagesChanged, m_model, &RiskTableModel::setCheckMessages);
    connect(m_checks, &RiskChecksPanel::statusMessage, this, &Pane::statusMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RiskPane::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskPane::updateButtons);
    m_heatMap->setCaption(tr("Inherent risk"));
    setFindField(m_searchEdit);
    // Remembered between sessions (PaneState); what was saved before it was this magic number, then these in order.
    rememberedState().setLegacyMagic(0x7215'0001);
    rememberSplitter(QStringLiteral("vertical"), m_verticalSplitter);
    rememberSplitter(QStringLiteral("register"), m_registerSplitter);
    rememberHeader(QStringLiteral("header"), m_table->horizontalHeader());
    rememberedState().addValue(
        QStringLiteral("residual"), QMetaType::fromType<bool>(), [this] { return showsResidual(); },
        [this](const QVariant& residual) { setShowsResidual(residual.toBool()); });
    setDocument(nullptr);
}

RiskPane::~RiskPane() = default;

void RiskPane::buildRegister()
{
    m_table->setObjectName(QStringLiteral("riskTableView"));
    m_table->setAccessibleName(tr("Risk register"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RiskTableModel::RefColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights: a 10,000-row register never measures its rows.
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->installEventFilter(this);
    auto* combo = new EnumComboDelegate(m_table);
    auto* multiLine = new MultiLineTextDelegate(m_table);
    for (int column :
         {RiskTableModel::LikelihoodColumn, RiskTableModel::ImpactColumn, RiskTableModel::ResidualLikelihoodColumn,
          RiskTableModel::ResidualImpactColumn, RiskTableModel::TreatmentColumn})
        m_table->setItemDelegateForColumn(column, combo);
    for (int column : {RiskTableModel::ThreatColumn, RiskTableModel::VulnerabilityColumn})
        m_table->setItemDelegateForColumn(column, multiLine);
    m_table->setItemDelegateForColumn(RiskTableModel::ControlsColumn, new ControlListDelegate(m_table));
    const QList<std::pair<int, int>> widths = {{RiskTableModel::RefColumn, 72},
                                               {RiskTableModel::AssetColumn, 140},
                                               {RiskTableModel::ThreatColumn, 160},
                                               {RiskTableModel::VulnerabilityColumn, 140},
                                               {RiskTableModel::OwnerColumn, 100},
                                               {RiskTableModel::LikelihoodColumn, 110},
                                               {RiskTableModel::ImpactColumn, 110},
                                               {RiskTableModel::ScoreColumn, 52},
                                               {RiskTableModel::BandColumn, 72},
                                               {RiskTableModel::TreatmentColumn, 84},
                                               {RiskTableModel::ControlsColumn, 100},
                                               {RiskTableModel::ResidualLikelihoodColumn, 100},
                                               {RiskTableModel::ResidualImpactColumn, 100},
                                               {RiskTableModel::ResidualScoreColumn, 76},
                                               {RiskTableModel::AcceptedColumn, 70}};
    for (const auto& [column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
}

QString RiskPane::title() const
{
    return tr("Risks");
}

void RiskPane::setDocument(AuditDocument* document)
{
    m_document = document;
    m_heatMap->clearSelection();
    m_model->setDocument(document);
    m_checks->setDocument(document);
    const bool open = document != nullptr;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_inherentRadio, m_residualRadio, m_searchEdit, m_heatMap, m_table, m_checks})
        w->setEnabled(open);
    recount();
    updateButtons();
    onCurrentRowChanged();
}

bool RiskPane::showsResidual() const
{
    return m_residualRadio->isChecked();
}

void RiskPane::setShowsResidual(bool residual)
{
    (residual ? m_residualRadio : m_inherentRadio)->setChecked(true);
}

void RiskPane::scheduleRecount()
{
    // Many store signals in one burst (an import, a bulk undo) recount the matrix once.
    if (m_recountPending)
        return;
    m_recountPending = true;
    QTimer::singleShot(0, this, &RiskPane::recount);
}

void RiskPane::recount()
{
    m_recountPending = false;
    m_heatMap->setScheme(m_model->scheme());
    m_heatMap->setCounts(m_model->cellCounts(showsResidual()));
    updateCellFilterLabel();
}

void RiskPane::updateCellFilterLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const bool cell = m_filter->hasCellFilter();
    m_clearCellButton->setVisible(cell);
    if (!m_document) {
        m_cellFilterLabel->setText(tr("No audit open."));
        return;
    }
    const RiskScheme& scheme = m_model->scheme();
    if (cell)
        m_cellFilterLabel->setText(tr("Showing %1 of %2 risks: %3 likelihood %4, impact %5.")
                                       .arg(shown)
                                       .arg(total)
                                       .arg(m_filter->cellResidual() ? tr("residual") : tr("inherent"),
                                            scheme.likelihoodText(m_filter->cellLikelihood()),
                                            scheme.impactText(m_filter->cellImpact())));
    else
        m_cellFilterLabel->setText(total == shown ? tr("%1 risks in the register. Click a cell to filter.").arg(total)
                                                  : tr("Showing %1 of %2 risks.").arg(shown).arg(total));
}

void RiskPane::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_addButton->setEnabled(writable);
    m_methodButton->setEnabled(writable);
    m_deleteButton->setEnabled(writable && m_table->selectionModel()->hasSelection());
}

void RiskPane::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_checks->setRisk({}, {});
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    m_checks->setRisk(m_model->uuidAt(row), m_model->recordAt(row).text(QStringLiteral("ref")));
}

void RiskPane::addRisk()
{
    if (!m_document)
        return;
    Record risk{RecordKind::Risk, {}, {}, {{"ref", m_model->nextRef()}}, {}};
    auto inserted = m_document->insertRecord(risk, tr("Add risk %1").arg(risk.text(QStringLiteral("ref"))));
    if (!inserted) {
        QMessageBox::warning(this, tr("Add risk"), inserted.error());
        return;
    }
    m_heatMap->clearSelection(); // a new risk has no levels yet and would be hidden by a cell filter
    m_searchEdit->clear();
    const QModelIndex index
        = m_filter->mapFromSource(m_model->index(m_model->rowOfUuid(inserted.value()), RiskTableModel::AssetColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->edit(index);
}

void RiskPane::deleteSelectedRisks()
{
    if (!m_document)
        return;
    QStringList uuids;
    QStringList refs;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const int row = m_filter->mapToSource(index).row();
        uuids << m_model->uuidAt(row);
        refs << m_model->recordAt(row).text(QStringLiteral("ref"));
    }
    if (uuids.isEmpty())
        return;
    const QString question = uuids.size() == 1 ? tr("Delete risk %1? You can undo this.").arg(refs.first())
                                               : tr("Delete %1 risks? You can undo this.").arg(uuids.size());
    if (QMessageBox::question(this, tr("Delete risk"), question) != QMessageBox::Yes)
        return;
    const Status done = m_document->macro(
        uuids.size() == 1 ? tr("Delete risk %1").arg(refs.first()) : tr("Delete %1 risks").arg(uuids.size()),
        [&]() -> Status {
            for (const QString& uuid : std::as_const(uuids)) {
                if (auto removed = m_document->removeRecord(RecordKind::Risk, uuid); !removed)
                    return removed;
            }
            return {};
        });
    if (!done)
        QMessageBox::warning(this, tr("Delete risk"), done.error());
    else
        emit statusMessage(uuids.size() == 1 ? tr("Deleted risk %1.").arg(refs.first())
                                             : tr("Deleted %1 risks.").arg(uuids.size()));
}

void RiskPane::editMethod()
{
    if (!m_document)
        return;
    RiskMethodDialog dialog(m_document, this);
    dialog.exec();
}

bool RiskPane::eventFilter(QObject* object, QEvent* event)
{
    // Keys typed into an open editor go to the editor, not the table, so these never fire while editing.
    if (object == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && m_heatMap->hasSelection()) {
            m_heatMap->clearSelection();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelectedRisks();
            return true;
        }
    }
    return Pane::eventFilter(object, event);
}

void RiskPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind != RecordKind::Risk)
        return;
    int row = m_model->rowOfUuid(uuidOrId);
    for (int r = 0; row < 0 && r < m_model->rowCount(); ++r) {
        if (m_model->recordAt(r).text(QStringLiteral("ref")) == uuidOrId)
            row = r;
    }
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, RiskTableModel::RefColumn));
    if (!index.isValid()) {
        m_heatMap->clearSelection();
        m_searchEdit->clear();
        index = m_filter->mapFromSource(m_model->index(row, RiskTableModel::RefColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
}

} // namespace isoaudit
