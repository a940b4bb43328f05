// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/TestingPane.h"

#include "delegates/ItemRoles.h"
#include "models/NaturalSortProxy.h"
#include "panes/testing/SampleGridView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QScrollArea* scrolled(QWidget* widget, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

TestingPane::TestingPane(QWidget* parent)
    : Pane(parent)
    , m_controls(new ControlTestingModel(this))
    , m_controlProxy(new NaturalSortProxy(this))
    , m_controlView(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_totalBar(new QProgressBar(this))
    , m_totalLabel(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_controlBar(new QProgressBar(this))
    , m_controlProgress(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    // The parts in the order Tab reaches their controls: the tabs left to right, then the grid.
    , m_sample(new SamplePage(this))
    , m_population(new PopulationPage(this))
    , m_procedures(new ProceduresPage(this))
    , m_rows(new PopulationRowsPage(this))
    , m_grid(new SampleGridPanel(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_right(new QSplitter(Qt::Vertical, this))
{
    m_updates = new DeferredRefresh(this, 0, [this] { refreshDetails(); });
    m_sample->setParts(m_population, m_grid);
    m_controls->setPaused(true); // until the page is first shown
    buildLayout();

    connect(m_controlView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TestingPane::onControlChanged);
    // A click or Enter on a control puts the hands on the grid; arrowing through the list leaves the focus there.
    connect(m_controlView, &QTableView::clicked, this, [this] { m_grid->focusFirstUntested(); });
    connect(m_controlView, &QTableView::activated, this, [this] { m_grid->focusFirstUntested(); });
    connect(m_filter, &QLineEdit::textChanged, this, &TestingPane::applyFilter);
    connect(m_controls, &ControlTestingModel::totalsChanged, this, &TestingPane::updateTotals);
    connect(m_grid->model(), &SampleItemTableModel::progressChanged, this, &TestingPane::updateControlProgress);
    for (TestingSection* section :
         std::initializer_list<TestingSection*>{m_sample, m_population, m_procedures, m_rows, m_grid}) {
        connect(section, &TestingSection::statusMessage, this, &Pane::statusMessage);
        connect(section, &TestingSection::detailsChanged, this, &TestingPane::refreshDetails);
    }
    connect(m_grid, &SampleGridPanel::navigateTo, this, &Pane::navigateTo);
    connect(m_population, &PopulationPage::populationPicked, this, [this] { m_updates->schedule(); });
    connect(m_population, &PopulationPage::previewRequested, this, &TestingPane::previewRows);

    setFindField(m_filter);
    rememberSplitter(QStringLiteral("outer"), m_outer);
    rememberSplitter(QStringLiteral("right"), m_right);
    rememberHeader(QStringLiteral("controls"), m_controlView->horizontalHeader());
    rememberHeader(QStringLiteral("grid"), grid()->horizontalHeader());
    rememberHeader(QStringLiteral("procedures"), procedureView()->horizontalHeader());
    setDocument(nullptr);
}

TestingPane::~TestingPane() = default;

void TestingPane::buildLayout()
{
    // Left: the controls, their filter and the total progress.
    m_filter->setObjectName(QStringLiteral("testingFilter"));
    m_filter->setPlaceholderText(tr("Filter controls…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter controls"));
    m_filter->setToolTip(tr("Shows the controls whose ref, title or status contain this text (Ctrl+F)"));
    m_controlProxy->setSourceModel(m_controls);
    m_controlProxy->setSortRole(ItemRoles::SortRole);
    m_controlProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_controlProxy->setFilterKeyColumn(-1);
    m_controlView->setModel(m_controlProxy);
    m_controlView->setObjectName(QStringLiteral("testingControlView"));
    m_controlView->setAccessibleName(tr("Controls to test"));
    m_controlView->setToolTip(tr("Click a control or press Enter on it to test its sample"));
    m_controlView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_controlView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_controlView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_controlView->setSortingEnabled(true);
    m_controlView->sortByColumn(ControlTestingModel::RefColumn, Qt::AscendingOrder);
    m_controlView->verticalHeader()->hide();
    m_controlView->setWordWrap(false);
    m_controlView->horizontalHeader()->setStretchLastSection(false);
    m_controlView->horizontalHeader()->setSectionResizeMode(ControlTestingModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_controlView->fontMetrics();
    m_controlView->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_controlView->setColumnWidth(ControlTestingModel::RefColumn,
                                  metrics.horizontalAdvance(QStringLiteral("KA-00.0")) + 16);
    m_controlView->setColumnWidth(ControlTestingModel::ProgressColumn,
                                  metrics.horizontalAdvance(QStringLiteral("000 / 000")) + 14);
    int stateWidth = 0;
    for (auto state : {ControlResult::State::NotTested, ControlResult::State::NoExceptions,
                       ControlResult::State::Exceptions, ControlResult::State::NotOccurring})
        stateWidth = qMax(stateWidth, metrics.horizontalAdvance(ControlResult::label(state)));
    m_controlView->setColumnWidth(ControlTestingModel::StateColumn, stateWidth + 14);
    m_controlView->horizontalHeader()->setMinimumSectionSize(40);
    m_totalBar->setObjectName(QStringLiteral("testingTotalProgress"));
    m_totalBar->setAccessibleName(tr("Sample items tested in the engagement"));
    m_totalBar->setTextVisible(true);
    m_totalBar->setFormat(QStringLiteral("%p%"));
    m_totalLabel->setObjectName(QStringLiteral("testingTotalLabel"));
    m_totalLabel->setAccessibleName(tr("Testing progress of the engagement"));
    m_totalLabel->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_controlView, 1);
    leftLayout->addWidget(m_totalBar);
    leftLayout->addWidget(m_totalLabel);

    // Right, top: the control's heading and progress.
    m_heading->setObjectName(QStringLiteral("testingHeading"));
    m_heading->setAccessibleName(tr("Control under test"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided by width, never widens the pane
    m_controlBar->setObjectName(QStringLiteral("testingControlProgress"));
    m_controlBar->setAccessibleName(tr("Sample items of the control tested"));
    m_controlBar->setMaximumWidth(220);
    m_controlBar->setFormat(QStringLiteral("%v / %m"));
    m_controlProgress->setObjectName(QStringLiteral("testingControlProgressLabel"));
    m_controlProgress->setAccessibleName(tr("Testing progress of the control"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_controlBar);
    progressRow->addWidget(m_controlProgress, 1);

    m_tabs->setObjectName(QStringLiteral("testingTabs"));
    m_tabs->setAccessibleName(tr("Sample, population and procedures"));
    m_tabs->addTab(scrolled(m_sample, this), tr("Sample"));
    m_tabs->addTab(scrolled(m_population, this), tr("Population"));
    m_tabs->addTab(m_procedures, tr("Test procedures"));
    m_tabs->addTab(m_rows, tr("Population rows"));

    m_right->addWidget(m_tabs);
    m_right->addWidget(m_grid);
    m_right->setStretchFactor(0, 2);
    m_right->setStretchFactor(1, 3);
    m_right->setSizes({250, 360});
    m_right->setChildrenCollapsible(false);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addLayout(progressRow);
    rightLayout->addWidget(m_right, 1);

    m_outer->addWidget(left);
    m_outer->addWidget(right);
    m_outer->setStretchFactor(0, 2);
    m_outer->setStretchFactor(1, 5);
    m_outer->setSizes({360, 790});
    m_outer->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_outer);
}

QString TestingPane::title() const
{
    return tr("Testing");
}

void TestingPane::setDocument(AuditDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    AuditStore* store = document ? &document->store() : nullptr;
    m_control.clear();
    for (TestingSection* section :
         std::initializer_list<TestingSection*>{m_sample, m_population, m_procedures, m_rows, m_grid})
        section->setDocument(document);
    m_controls->setStore(store);
    if (store)
        m_subscription.followAnyChange(store, this, [this] { m_updates->schedule(); });
    else
        m_subscription.stop();
    if (document)
        connect(document, &AuditDocument::editFailed, this, &Pane::statusMessage);
    updateTotals();
    if (m_controlProxy->rowCount() > 0)
        m_controlView->setCurrentIndex(m_controlProxy->index(0, ControlTestingModel::RefColumn));
    else
        onControlChanged();
}

void TestingPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (!m_document)
        return;
    AuditStore& store = m_document->store();
    QString control;
    QString item;
    switch (kind) {
    case RecordKind::ServiceControl:
        control = uuidOrId;
        break;
    case RecordKind::TestProcedure:
    case RecordKind::Population:
    case RecordKind::Sample:
        if (auto record = store.record(kind, uuidOrId))
            control = record->parentUuid;
        break;
    case RecordKind::SampleItem:
        if (auto record = store.record(kind, uuidOrId)) {
            if (auto sample = store.record(RecordKind::Sample, record->parentUuid)) {
                control = sample->parentUuid;
                item = record->uuid;
            }
        }
        break;
    default:
        return;
    }
    if (control.isEmpty() || !selectControl(control))
        return;
    if (kind == RecordKind::TestProcedure) {
        m_tabs->setCurrentIndex(ProceduresTab);
        m_procedures->selectProcedure(uuidOrId);
    } else if (kind == RecordKind::Population) {
        m_tabs->setCurrentIndex(PopulationTab);
        m_population->pickPopulation(uuidOrId);
    } else if (kind == RecordKind::Sample) {
        m_tabs->setCurrentIndex(SampleTab);
    } else if (!item.isEmpty()) {
        m_grid->setCurrentModelRow(gridModel()->rowOf(item), SampleItemTableModel::ResultColumn);
    }
}

bool TestingPane::selectControl(const QString& controlUuid)
{
    const QModelIndex source = m_controls->indexOf(controlUuid);
    if (!source.isValid())
        return false;
    QModelIndex shown = m_controlProxy->mapFromSource(source);
    if (!shown.isValid()) { // hidden by the filter: show everything again
        m_filter->clear();
        shown = m_controlProxy->mapFromSource(source);
    }
    m_controlView->setCurrentIndex(shown);
    m_controlView->scrollTo(shown);
    m_grid->focusFirstUntested();
    return true;
}

void TestingPane::onControlChanged()
{
    const QModelIndex current = m_controlView->currentIndex();
    m_control = current.isValid() ? current.data(ItemRoles::UuidRole).toString() : QString();
    for (TestingSection* section :
         std::initializer_list<TestingSection*>{m_grid, m_procedures, m_sample, m_population, m_rows})
        section->setControl(m_control);
    refreshDetails();
    m_grid->showFirstItem();
}

void TestingPane::applyFilter()
{
    m_controlProxy->setFilterFixedString(m_filter->text().trimmed());
}

void TestingPane::updateTotals()
{
    const TestingTotals totals = m_controls->totals();
    m_totalBar->setRange(0, qMax(1, totals.items));
    m_totalBar->setValue(totals.itemsTested);
    m_totalBar->setEnabled(totals.items > 0);
    m_totalLabel->setText(tr("%1 of %n sample item(s) tested, %2 with an exception", nullptr, totals.items)
                              .arg(totals.itemsTested)
                              .arg(totals.exceptions)
                          + QLatin1Char('\n')
                          + tr("%1 of %n control(s) concluded", nullptr, totals.controls).arg(totals.controlsDone));
}

void TestingPane::updateControlProgress()
{
    const SampleProgress progress = gridModel()->progress();
    m_controlBar->setRange(0, qMax(1, progress.total));
    m_controlBar->setValue(progress.tested);
    m_controlBar->setVisible(progress.total > 0);
    if (m_control.isEmpty())
        m_controlProgress->clear();
    else if (progress.total == 0)
        m_controlProgress->setText(tr("No sample drawn yet"));
    else
        m_controlProgress->setText(tr("%1 tested · %2 to test · %n exception(s)", nullptr, progress.exceptions)
                                       .arg(progress.tested)
                                       .arg(progress.toTest()));
}

QString TestingPane::currentPopulation() const
{
    return m_population->currentPopulation();
}

void TestingPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    m_controls->setPaused(false);
    m_updates->shown();
}

void TestingPane::hideEvent(QHideEvent* event)
{
    Pane::hideEvent(event);
    m_controls->setPaused(true);
}

void TestingPane::refreshDetails()
{
    m_updates->done();
    const bool open = m_document && !m_control.isEmpty();
    Record control;
    if (open) {
        if (auto read = m_document->store().record(RecordKind::ServiceControl, m_control))
            control = read.value();
    }
    if (!open || control.uuid.isEmpty()) {
        m_heading->setText(m_document ? (m_controls->rowCount() == 0 ? tr("This audit has no SOC 2 controls to test.")
                                                                     : tr("Select a control to test."))
                                      : tr("No audit is open."));
        m_population->clear();
        m_sample->showSample(nullptr);
        m_procedures->showControl(nullptr);
        for (QWidget* widget : std::initializer_list<QWidget*>{m_tabs, grid()})
            widget->setEnabled(false);
        updateControlProgress();
        return;
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{m_tabs, grid()})
        widget->setEnabled(true);
    m_heading->setText(tr("%1 — %2").arg(control.text(QStringLiteral("ref")), control.text(QStringLiteral("title"))));
    m_heading->setToolTip(control.text(QStringLiteral("description")));
    const std::optional<Record> population = m_population->showPopulations();
    m_sample->showSample(population ? &*population : nullptr);
    m_rows->keepOnly(population ? population->uuid : QString());
    m_procedures->showControl(&control);
    updateControlProgress();
}

void TestingPane::previewRows()
{
    if (m_rows->preview(m_population->currentPopulation(), m_population->currentName()))
        m_tabs->setCurrentIndex(RowsTab);
}

} // namespace isoaudit
