// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/TestingPane.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "dialogs/PopulationImportDialog.h"
#include "domain/ValueLabels.h"
#include "models/NaturalSort.h"
#include "models/PopulationRowsModel.h"
#include "models/TestProcedureTableModel.h"
#include "panes/evidence/AttachmentFiles.h"
#include "panes/testing/SampleGridView.h"
#include "sampling/SampleSize.h"
#include "soc2/Populations.h"
#include "soc2/SampleDraw.h"
#include "storage/PopulationTable.h"
#include "widgets/ThemeColors.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace isoaudit {

namespace {

/// Sorts by ItemRoles::SortRole, identifiers (refs, occurrence ids) the way people read them.
class NaturalSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
            return NaturalSort::lessThan(a.toString(), b.toString());
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

QScrollArea* scrolled(QWidget* widget, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

const QString resultField = QStringLiteral("result");
const QString notesField = QStringLiteral("notes");

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
    , m_sampleSummary(wrappedLabel(this))
    , m_sizeOverride(new QSpinBox(this))
    , m_sizeReason(new QLineEdit(this))
    , m_drawButton(new QPushButton(tr("&Draw sample"), this))
    , m_replaceButton(new QPushButton(tr("&Replace item…"), this))
    , m_redrawButton(new QPushButton(tr("Re-draw &check"), this))
    , m_redrawOutcome(wrappedLabel(this))
    , m_populationCombo(new QComboBox(this))
    , m_populationSummary(wrappedLabel(this))
    , m_coverage(wrappedLabel(this))
    , m_sha256(new QLineEdit(this))
    , m_caHow(new QPlainTextEdit(this))
    , m_caBy(new QLineEdit(this))
    , m_caOn(new QDateEdit(this))
    , m_caSave(new QPushButton(tr("Record the &check"), this))
    , m_importButton(new QPushButton(tr("&Import population…"), this))
    , m_previewButton(new QPushButton(tr("Pre&view rows"), this))
    , m_procedures(new TestProcedureTableModel(this))
    , m_procedureView(new QTableView(this))
    , m_addProcedure(new QToolButton(this))
    , m_removeProcedure(new QPushButton(tr("Remove procedure"), this))
    , m_designRow(new QWidget(this))
    , m_design(new QComboBox(this))
    , m_designNote(new QLineEdit(this))
    , m_rows(new PopulationRowsModel(this))
    , m_rowsView(new QTableView(this))
    , m_rowsLabel(new QLabel(this))
    , m_items(new SampleItemTableModel(this))
    , m_itemProxy(new NaturalSortProxy(this))
    , m_grid(new SampleGridView(this))
    , m_hint(new QLabel(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_right(new QSplitter(Qt::Vertical, this))
{
    m_detailsTimer.setSingleShot(true);
    m_detailsTimer.setInterval(0);
    connect(&m_detailsTimer, &QTimer::timeout, this, &TestingPane::refreshDetails);
    buildLayout();

    connect(m_controlView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TestingPane::onControlChanged);
    // A click or Enter on a control puts the hands on the grid; arrowing through the list leaves the focus there.
    connect(m_controlView, &QTableView::clicked, this, [this] { focusFirstUntested(); });
    connect(m_controlView, &QTableView::activated, this, [this] { focusFirstUntested(); });
    connect(m_filter, &QLineEdit::textChanged, this, &TestingPane::applyFilter);
    connect(m_controls, &ControlTestingModel::totalsChanged, this, &TestingPane::updateTotals);
    connect(m_items, &SampleItemTableModel::progressChanged, this, &TestingPane::updateControlProgress);
    connect(m_items, &RecordTableModel::editRefused, this, &Pane::statusMessage);
    connect(m_procedures, &RecordTableModel::editRefused, this, &Pane::statusMessage);

    connect(m_grid, &SampleGridView::markRequested, this, [this](const QString& result) { report(markCurrent(result)); });
    connect(m_grid, &SampleGridView::clearRequested, this, [this] { report(clearSelected()); });
    connect(m_grid, &SampleGridView::fillDownRequested, this, [this] { report(fillDown()); });
    connect(m_grid, &SampleGridView::pasteRequested, this, [this] { report(paste()); });
    connect(m_grid, &SampleGridView::noteEditRequested, this, [this] {
        const QModelIndex current = m_grid->currentIndex();
        if (current.isValid())
            m_grid->edit(m_itemProxy->index(current.row(), SampleItemTableModel::NoteColumn));
    });
    connect(m_grid, &SampleGridView::filesDropped, this, [this](const QModelIndex& index, const QStringList& paths) {
        report(attachFiles(m_itemProxy->mapToSource(index).row(), paths));
    });
    connect(m_grid, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == SampleItemTableModel::EvidenceColumn)
            openEvidence(index);
    });

    connect(m_drawButton, &QPushButton::clicked, this, [this] {
        const int size = m_sizeOverride->value();
        report(drawSample(size > 0 ? std::optional<int>(size) : std::nullopt, m_sizeReason->text()));
    });
    connect(m_replaceButton, &QPushButton::clicked, this, &TestingPane::replaceInteractively);
    connect(m_redrawButton, &QPushButton::clicked, this, [this] { static_cast<void>(redrawCheck()); });
    connect(m_importButton, &QPushButton::clicked, this, &TestingPane::importPopulationInteractively);
    connect(m_previewButton, &QPushButton::clicked, this, &TestingPane::previewRows);
    connect(m_populationCombo, &QComboBox::currentIndexChanged, this, [this] { scheduleDetails(); });
    connect(m_caSave, &QPushButton::clicked, this, [this] {
        report(setCompletenessAccuracy(m_caHow->toPlainText(), m_caBy->text(), m_caOn->date()));
    });
    connect(m_removeProcedure, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_procedureView->currentIndex();
        report(m_procedures->removeProcedure(current.isValid() ? current.row() : -1));
    });
    connect(m_design, &QComboBox::activated, this, [this] {
        if (!m_document || m_control.isEmpty())
            return;
        const QString value = m_design->currentData().toString();
        report(m_document->setField(RecordKind::ServiceControl, m_control, QStringLiteral("design"),
                                    value.isEmpty() ? QVariant() : QVariant(value),
                                    tr("Set design conclusion of %1").arg(controlRef())));
    });
    connect(m_designNote, &QLineEdit::editingFinished, this, [this] {
        if (!m_document || m_control.isEmpty())
            return;
        auto control = m_document->store().record(RecordKind::ServiceControl, m_control);
        if (!control || control->text(QStringLiteral("design_note")) == m_designNote->text())
            return;
        report(m_document->setField(RecordKind::ServiceControl, m_control, QStringLiteral("design_note"),
                                    m_designNote->text(), tr("Set design note of %1").arg(controlRef())));
    });
    connect(m_rows, &PopulationRowsModel::readFailed, this, &Pane::statusMessage);

    setFindField(m_filter);
    rememberSplitter(QStringLiteral("outer"), m_outer);
    rememberSplitter(QStringLiteral("right"), m_right);
    rememberHeader(QStringLiteral("controls"), m_controlView->horizontalHeader());
    rememberHeader(QStringLiteral("grid"), m_grid->horizontalHeader());
    rememberHeader(QStringLiteral("procedures"), m_procedureView->horizontalHeader());
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
    m_controlView->setColumnWidth(ControlTestingModel::RefColumn, metrics.horizontalAdvance(QStringLiteral("KA-00.0")) + 16);
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

    // The Sample tab.
    m_sampleSummary->setObjectName(QStringLiteral("testingSampleSummary"));
    m_sampleSummary->setAccessibleName(tr("Sample"));
    m_sizeOverride->setObjectName(QStringLiteral("testingSizeOverride"));
    m_sizeOverride->setAccessibleName(tr("Sample size override"));
    m_sizeOverride->setToolTip(tr("Leave at \"Firm's policy\" to draw the size the firm's sampling policy gives; "
                                  "another size needs a reason"));
    m_sizeOverride->setRange(0, 100000);
    m_sizeOverride->setSpecialValueText(tr("Firm's policy"));
    m_sizeReason->setObjectName(QStringLiteral("testingSizeReason"));
    m_sizeReason->setAccessibleName(tr("Reason for the sample size"));
    m_sizeReason->setPlaceholderText(tr("Reason for another size"));
    m_sizeReason->setToolTip(tr("Why the sample differs from the firm's policy; kept with the sample"));
    m_drawButton->setObjectName(QStringLiteral("testingDrawSample"));
    m_drawButton->setAccessibleName(tr("Draw sample"));
    m_drawButton->setToolTip(tr("Draw the control's sample from its population with a new seed (Undo removes it)"));
    m_replaceButton->setObjectName(QStringLiteral("testingReplaceItem"));
    m_replaceButton->setAccessibleName(tr("Replace item"));
    m_replaceButton->setToolTip(tr("Replace the current item of the grid by one from the same month; asks for the "
                                   "reason (an item with a result is not replaced)"));
    m_redrawButton->setObjectName(QStringLiteral("testingRedrawCheck"));
    m_redrawButton->setAccessibleName(tr("Re-draw check"));
    m_redrawButton->setToolTip(tr("Draw again from the stored population and seed, and compare with the items"));
    m_redrawOutcome->setObjectName(QStringLiteral("testingRedrawOutcome"));
    m_redrawOutcome->setAccessibleName(tr("Outcome of the re-draw check"));
    auto* samplePage = new QWidget(this);
    auto* sampleLayout = new QVBoxLayout(samplePage);
    sampleLayout->addWidget(m_sampleSummary);
    auto* drawRow = new QHBoxLayout;
    auto* sizeLabel = new QLabel(tr("Si&ze:"), samplePage);
    sizeLabel->setBuddy(m_sizeOverride);
    drawRow->addWidget(sizeLabel);
    drawRow->addWidget(m_sizeOverride);
    drawRow->addWidget(m_sizeReason, 1);
    drawRow->addWidget(m_drawButton);
    sampleLayout->addLayout(drawRow);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_replaceButton);
    checkRow->addWidget(m_redrawButton);
    checkRow->addWidget(m_redrawOutcome, 1);
    sampleLayout->addLayout(checkRow);
    sampleLayout->addStretch();

    // The Population tab.
    m_populationCombo->setObjectName(QStringLiteral("testingPopulation"));
    m_populationCombo->setAccessibleName(tr("Population"));
    m_populationCombo->setToolTip(tr("The control's population shown here and sampled"));
    m_populationSummary->setObjectName(QStringLiteral("testingPopulationSummary"));
    m_populationSummary->setAccessibleName(tr("Population rows"));
    m_coverage->setObjectName(QStringLiteral("testingCoverage"));
    m_coverage->setAccessibleName(tr("Period coverage"));
    m_sha256->setObjectName(QStringLiteral("testingSha256"));
    m_sha256->setAccessibleName(tr("SHA-256 of the sampling frame"));
    m_sha256->setToolTip(tr("The SHA-256 of the sampling frame, as the report prints it: select and copy it"));
    m_sha256->setReadOnly(true);
    m_sha256->setFrame(false);
    m_caHow->setObjectName(QStringLiteral("testingCaHow"));
    m_caHow->setAccessibleName(tr("How completeness and accuracy were checked"));
    m_caHow->setPlaceholderText(tr("How the list was checked for completeness and accuracy (reconciled to …)"));
    m_caHow->setTabChangesFocus(true);
    m_caHow->setMaximumHeight(m_caHow->fontMetrics().height() * 2 + 14);
    m_caBy->setObjectName(QStringLiteral("testingCaBy"));
    m_caBy->setAccessibleName(tr("Completeness and accuracy checked by"));
    m_caOn->setObjectName(QStringLiteral("testingCaOn"));
    m_caOn->setAccessibleName(tr("Completeness and accuracy checked on"));
    m_caOn->setCalendarPopup(true);
    m_caOn->setDate(QDate::currentDate());
    m_caSave->setObjectName(QStringLiteral("testingCaSave"));
    m_caSave->setAccessibleName(tr("Record the completeness and accuracy check"));
    m_caSave->setToolTip(tr("Record how, by whom and when the list was checked (one undo step)"));
    m_importButton->setObjectName(QStringLiteral("testingImportPopulation"));
    m_importButton->setAccessibleName(tr("Import population"));
    m_importButton->setToolTip(tr("Import the client's list of the control's occurrences from CSV or XLSX (Undo "
                                  "removes it)"));
    m_previewButton->setObjectName(QStringLiteral("testingPreviewRows"));
    m_previewButton->setAccessibleName(tr("Preview rows"));
    m_previewButton->setToolTip(tr("Show the population's frozen rows, read page by page as you scroll"));
    auto* populationPage = new QWidget(this);
    auto* populationForm = new QFormLayout;
    populationForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* populationRow = new QHBoxLayout;
    populationRow->addWidget(m_populationCombo, 1);
    populationRow->addWidget(m_importButton);
    populationRow->addWidget(m_previewButton);
    populationForm->addRow(tr("Population:"), populationRow);
    populationForm->addRow(tr("Rows:"), m_populationSummary);
    populationForm->addRow(tr("Period coverage:"), m_coverage);
    populationForm->addRow(tr("SHA-256:"), m_sha256);
    populationForm->addRow(tr("Completeness and accuracy:"), m_caHow);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caBy, 1);
    caRow->addWidget(m_caOn);
    caRow->addWidget(m_caSave);
    populationForm->addRow(tr("Checked by, on:"), caRow);
    auto* populationLayout = new QVBoxLayout(populationPage);
    populationLayout->addLayout(populationForm);
    populationLayout->addStretch();

    // The Procedures tab.
    m_procedureView->setModel(m_procedures);
    m_procedureView->setObjectName(QStringLiteral("testingProcedureView"));
    m_procedureView->setAccessibleName(tr("Test procedures"));
    m_procedureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_procedureView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_procedureView->verticalHeader()->hide();
    m_procedureView->setWordWrap(false);
    m_procedureView->setItemDelegateForColumn(TestProcedureTableModel::MethodColumn, new EnumComboDelegate(this));
    m_procedureView->setItemDelegateForColumn(TestProcedureTableModel::ResultColumn, new EnumComboDelegate(this));
    m_procedureView->verticalHeader()->setDefaultSectionSize(m_procedureView->fontMetrics().height() + 8);
    m_procedureView->horizontalHeader()->setSectionResizeMode(TestProcedureTableModel::DescriptionColumn,
                                                              QHeaderView::Stretch);
    m_procedureView->horizontalHeader()->setSectionResizeMode(TestProcedureTableModel::AttributesColumn,
                                                              QHeaderView::Stretch);
    m_procedureView->setColumnWidth(TestProcedureTableModel::MethodColumn, 110);
    m_procedureView->setColumnWidth(TestProcedureTableModel::ResultColumn, 150);
    m_procedureView->setColumnWidth(TestProcedureTableModel::ResultNoteColumn, 120);
    m_procedureView->setColumnWidth(TestProcedureTableModel::PerformedByColumn, 110);
    m_procedureView->setColumnWidth(TestProcedureTableModel::PerformedOnColumn, 95);
    m_addProcedure->setObjectName(QStringLiteral("testingAddProcedure"));
    m_addProcedure->setText(tr("&Add procedure"));
    m_addProcedure->setAccessibleName(tr("Add test procedure"));
    m_addProcedure->setToolTip(tr("Add a test procedure; the arrow chooses the method (inspection by default)"));
    m_addProcedure->setPopupMode(QToolButton::MenuButtonPopup);
    auto* methods = new QMenu(m_addProcedure);
    for (const QString& method : ValueLabels::values(ValueList::TestMethod)) {
        methods->addAction(ValueLabels::label(ValueList::TestMethod, method), this, [this, method] {
            if (auto added = m_procedures->addProcedure(method); !added)
                emit statusMessage(added.error());
            else
                m_procedureView->setCurrentIndex(m_procedures->indexOf(added.value(),
                                                                       TestProcedureTableModel::DescriptionColumn));
        });
    }
    m_addProcedure->setMenu(methods);
    connect(m_addProcedure, &QToolButton::clicked, this, [this] {
        if (auto added = m_procedures->addProcedure(QStringLiteral("inspection")); !added)
            emit statusMessage(added.error());
    });
    m_removeProcedure->setObjectName(QStringLiteral("testingRemoveProcedure"));
    m_removeProcedure->setAccessibleName(tr("Remove test procedure"));
    m_removeProcedure->setToolTip(tr("Remove the selected test procedure (Undo brings it back)"));
    m_design->setObjectName(QStringLiteral("testingDesign"));
    m_design->setAccessibleName(tr("Design conclusion"));
    m_design->setToolTip(tr("A Type 1 report's conclusion on the control's design"));
    for (const QVariant& choice : EnumLabels::choices(ValueList::DesignConclusion, true)) {
        const QVariantList entry = choice.toList();
        m_design->addItem(entry.value(0).toString(), entry.value(1));
    }
    m_designNote->setObjectName(QStringLiteral("testingDesignNote"));
    m_designNote->setAccessibleName(tr("Design note"));
    m_designNote->setPlaceholderText(tr("Why the design is or is not suitable"));
    auto* designLayout = new QHBoxLayout(m_designRow);
    designLayout->setContentsMargins(0, 0, 0, 0);
    auto* designLabel = new QLabel(tr("Desi&gn:"), m_designRow);
    designLabel->setBuddy(m_design);
    designLayout->addWidget(designLabel);
    designLayout->addWidget(m_design);
    designLayout->addWidget(m_designNote, 1);
    auto* proceduresPage = new QWidget(this);
    auto* proceduresLayout = new QVBoxLayout(proceduresPage);
    auto* procedureButtons = new QHBoxLayout;
    procedureButtons->addWidget(m_addProcedure);
    procedureButtons->addWidget(m_removeProcedure);
    procedureButtons->addStretch();
    proceduresLayout->addLayout(procedureButtons);
    proceduresLayout->addWidget(m_procedureView, 1);
    proceduresLayout->addWidget(m_designRow);

    // The Rows tab.
    m_rowsView->setModel(m_rows);
    m_rowsView->setObjectName(QStringLiteral("testingRowsView"));
    m_rowsView->setAccessibleName(tr("Population rows"));
    m_rowsView->setWordWrap(false);
    m_rowsView->verticalHeader()->hide();
    m_rowsView->verticalHeader()->setDefaultSectionSize(m_rowsView->fontMetrics().height() + 6);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsLabel->setObjectName(QStringLiteral("testingRowsLabel"));
    m_rowsLabel->setText(tr("Press Preview rows on the Population tab to read the rows."));
    m_rowsLabel->setAccessibleName(tr("Rows shown"));
    auto* rowsPage = new QWidget(this);
    auto* rowsLayout = new QVBoxLayout(rowsPage);
    rowsLayout->addWidget(m_rowsLabel);
    rowsLayout->addWidget(m_rowsView, 1);

    m_tabs->setObjectName(QStringLiteral("testingTabs"));
    m_tabs->setAccessibleName(tr("Sample, population and procedures"));
    m_tabs->addTab(scrolled(samplePage, this), tr("Sample"));
    m_tabs->addTab(scrolled(populationPage, this), tr("Population"));
    m_tabs->addTab(proceduresPage, tr("Test procedures"));
    m_tabs->addTab(rowsPage, tr("Population rows"));

    // The grid.
    m_itemProxy->setSourceModel(m_items);
    m_itemProxy->setSortRole(ItemRoles::SortRole);
    m_grid->setModel(m_itemProxy);
    m_grid->setObjectName(QStringLiteral("testingSampleGrid"));
    m_grid->setAccessibleName(tr("Sample items"));
    m_grid->setToolTip(tr("P: no exception and next · E: exception and next · Delete: clear · Ctrl+D: fill down · "
                          "Ctrl+V: paste a column · Enter: edit the note · drop files on an item to attach them"));
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(SampleItemTableModel::DateColumn, Qt::AscendingOrder);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->setWordWrap(false);
    m_grid->setItemDelegateForColumn(SampleItemTableModel::ResultColumn, new EnumComboDelegate(this));
    m_grid->horizontalHeader()->setSectionResizeMode(SampleItemTableModel::NoteColumn, QHeaderView::Stretch);
    m_grid->setColumnWidth(SampleItemTableModel::OccurrenceColumn, 130);
    m_grid->setColumnWidth(SampleItemTableModel::DateColumn, 85);
    m_grid->setColumnWidth(SampleItemTableModel::MonthColumn, 72);
    m_grid->setColumnWidth(SampleItemTableModel::ResultColumn, 105);
    m_grid->setColumnWidth(SampleItemTableModel::TestedByColumn, 95);
    m_grid->setColumnWidth(SampleItemTableModel::TestedOnColumn, 82);
    m_grid->setColumnWidth(SampleItemTableModel::EvidenceColumn, 62);
    m_grid->horizontalHeader()->setMinimumSectionSize(40);
    m_hint->setObjectName(QStringLiteral("testingKeysHint"));
    m_hint->setAccessibleName(tr("Keys of the sample grid"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("<b>P</b> %1 · <b>E</b> %2, each then the next item · <b>Delete</b> clear · <b>Ctrl+D</b> fill "
                       "down · <b>Ctrl+V</b> paste a column · <b>Enter</b> note · drop files on an item to attach them")
                        .arg(SampleItemTableModel::resultLabel(QStringLiteral("no-exception")).toHtmlEscaped(),
                             SampleItemTableModel::resultLabel(QStringLiteral("exception")).toHtmlEscaped()));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, ThemeColors::dimmedText(hintPalette));
    m_hint->setPalette(hintPalette);

    auto* gridBox = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addWidget(m_hint);

    m_right->addWidget(m_tabs);
    m_right->addWidget(gridBox);
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
    m_ranges.clear();
    m_rows->setPopulation(nullptr, {});
    m_items->setDocument(document);
    m_items->setControl({});
    m_procedures->setDocument(document);
    m_procedures->setControl({});
    m_controls->setStore(store);
    if (store)
        m_subscription.followAnyChange(store, this, [this] { scheduleDetails(); });
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
        m_procedureView->setCurrentIndex(m_procedures->indexOf(uuidOrId));
    } else if (kind == RecordKind::Population) {
        m_tabs->setCurrentIndex(PopulationTab);
        const int index = m_populationCombo->findData(uuidOrId);
        if (index >= 0)
            m_populationCombo->setCurrentIndex(index);
    } else if (kind == RecordKind::Sample) {
        m_tabs->setCurrentIndex(SampleTab);
    } else if (!item.isEmpty()) {
        setCurrentModelRow(m_items->rowOf(item), SampleItemTableModel::ResultColumn);
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
    focusFirstUntested();
    return true;
}

void TestingPane::onControlChanged()
{
    const QModelIndex current = m_controlView->currentIndex();
    m_control = current.isValid() ? current.data(ItemRoles::UuidRole).toString() : QString();
    m_items->setControl(m_control);
    m_procedures->setControl(m_control);
    m_redrawOutcome->clear();
    m_sizeOverride->setValue(0);
    m_sizeReason->clear();
    m_populationCombo->clear(); // refilled with this control's populations
    refreshDetails();
    if (m_items->rowCount() > 0)
        m_grid->resizeColumnToContents(SampleItemTableModel::OccurrenceColumn);
    // The grid's current item is the first untested one, ready for P / E when the focus comes to it.
    const QModelIndex first = firstUntested();
    if (first.isValid())
        m_grid->setCurrentIndex(first);
    else if (m_itemProxy->rowCount() > 0)
        m_grid->setCurrentIndex(m_itemProxy->index(0, SampleItemTableModel::ResultColumn));
}

QModelIndex TestingPane::firstUntested() const
{
    for (int row = 0; row < m_itemProxy->rowCount(); ++row) {
        const QModelIndex index = m_itemProxy->index(row, SampleItemTableModel::ResultColumn);
        if (index.data(ItemRoles::RawValueRole).toString().isEmpty())
            return index;
    }
    return {};
}

void TestingPane::focusFirstUntested()
{
    if (const QModelIndex first = firstUntested(); first.isValid()) {
        m_grid->setCurrentIndex(first);
        m_grid->scrollTo(first);
    }
    if (m_itemProxy->rowCount() > 0)
        m_grid->setFocus(Qt::OtherFocusReason);
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
    m_totalLabel->setText(
        tr("%1 of %n sample item(s) tested, %2 with an exception", nullptr, totals.items)
            .arg(totals.itemsTested)
            .arg(totals.exceptions)
        + QLatin1Char('\n')
        + tr("%1 of %n control(s) concluded", nullptr, totals.controls).arg(totals.controlsDone));
}

void TestingPane::updateControlProgress()
{
    const SampleProgress progress = m_items->progress();
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

QString TestingPane::controlRef() const
{
    if (!m_document || m_control.isEmpty())
        return {};
    auto control = m_document->store().record(RecordKind::ServiceControl, m_control);
    return control ? control->text(QStringLiteral("ref")) : QString();
}

QDate TestingPane::periodStart() const
{
    if (!m_document)
        return {};
    auto engagement = m_document->store().singleton(RecordKind::Engagement);
    return engagement ? QDate::fromString(engagement->text(QStringLiteral("period_start")), Qt::ISODate) : QDate();
}

QDate TestingPane::periodEnd() const
{
    if (!m_document)
        return {};
    auto engagement = m_document->store().singleton(RecordKind::Engagement);
    return engagement ? QDate::fromString(engagement->text(QStringLiteral("period_end")), Qt::ISODate) : QDate();
}

bool TestingPane::isType1() const
{
    if (!m_document)
        return false;
    auto engagement = m_document->store().singleton(RecordKind::Engagement);
    return engagement && engagement->text(QStringLiteral("report_type")) == QLatin1String("type1");
}

QString TestingPane::currentPopulation() const
{
    return m_populationCombo->currentData().toString();
}

void TestingPane::refreshDetails()
{
    m_detailsTimer.stop();
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
        m_populationCombo->clear();
        fillPopulationTab(nullptr);
        fillSampleTab(nullptr);
        m_designRow->hide();
        for (QWidget* widget : std::initializer_list<QWidget*>{m_tabs, m_grid, m_addProcedure, m_removeProcedure})
            widget->setEnabled(false);
        updateControlProgress();
        return;
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{m_tabs, m_grid, m_addProcedure, m_removeProcedure})
        widget->setEnabled(true);
    m_heading->setText(tr("%1 — %2").arg(control.text(QStringLiteral("ref")), control.text(QStringLiteral("title"))));
    m_heading->setToolTip(control.text(QStringLiteral("description")));

    // The control's populations, keeping the one picked.
    QList<Record> populations;
    if (auto read = m_document->store().records(RecordKind::Population, m_control))
        populations = read.value();
    const QString picked = m_populationCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_populationCombo);
        m_populationCombo->clear();
        for (const Record& population : std::as_const(populations))
            m_populationCombo->addItem(population.text(QStringLiteral("name")), population.uuid);
        const int index = m_populationCombo->findData(picked);
        m_populationCombo->setCurrentIndex(index >= 0 ? index : m_populationCombo->count() - 1);
        m_populationCombo->setEnabled(m_populationCombo->count() > 1);
    }
    const Record* population = nullptr;
    for (const Record& candidate : std::as_const(populations)) {
        if (candidate.uuid == currentPopulation())
            population = &candidate;
    }
    fillPopulationTab(population);
    fillSampleTab(population);
    if (!m_rows->population().isEmpty() && (!population || m_rows->population() != population->uuid)) {
        m_rows->setPopulation(nullptr, {});
        m_rowsLabel->setText(tr("Press Preview rows on the Population tab to read the rows."));
    }

    // Type 1: the design conclusion on the control.
    m_designRow->setVisible(isType1());
    const int design = m_design->findData(control.text(QStringLiteral("design")));
    m_design->setCurrentIndex(design >= 0 ? design : 0);
    if (!m_designNote->hasFocus())
        m_designNote->setText(control.text(QStringLiteral("design_note")));
    updateControlProgress();
}

QPair<QDate, QDate> TestingPane::dateRange(const Record& population)
{
    // The rows are frozen: their range is read once per population (a million rows take a moment, once).
    const QString key = population.uuid + QLatin1Char('/') + population.text(QStringLiteral("rows_sha256"));
    if (auto found = m_ranges.constFind(key); found != m_ranges.cend())
        return found.value();
    QDate first;
    QDate last;
    const Status read = PopulationTable::forEach(m_document->store(), population.uuid, false,
                                                 [&](const PopulationRow& row) -> Status {
                                                     if (row.occurredOn.isValid()) {
                                                         if (!first.isValid() || row.occurredOn < first)
                                                             first = row.occurredOn;
                                                         if (!last.isValid() || row.occurredOn > last)
                                                             last = row.occurredOn;
                                                     }
                                                     return {};
                                                 });
    if (!read) {
        emit statusMessage(read.error());
        return {};
    }
    m_ranges.insert(key, {first, last});
    return {first, last};
}

void TestingPane::fillPopulationTab(const Record* population)
{
    const bool has = population != nullptr;
    m_previewButton->setEnabled(has);
    m_caSave->setEnabled(has);
    m_importButton->setEnabled(m_document && !m_control.isEmpty());
    if (!has) {
        m_populationSummary->setText(m_control.isEmpty() ? QString()
                                                          : tr("No population imported yet: use Import population…"));
        m_coverage->clear();
        m_sha256->clear();
        if (!m_caHow->hasFocus())
            m_caHow->clear();
        m_caBy->clear();
        return;
    }
    const qint64 rows = population->integer(QStringLiteral("row_count")).value_or(0);
    const qint64 outside = population->integer(QStringLiteral("out_of_period")).value_or(0);
    const QLocale locale;
    QString summary = tr("%1 rows, %2 outside the period, %3 in the sampling frame")
                          .arg(locale.toString(rows), locale.toString(outside), locale.toString(rows - outside));
    if (rows == 0)
        summary = tr("The population is empty: the control did not operate during the period.");
    const QDateTime imported = QDateTime::fromString(population->text(QStringLiteral("imported_at")), Qt::ISODate);
    summary += QLatin1Char('\n')
        + tr("From %1, imported by %2 on %3")
              .arg(population->text(QStringLiteral("source_file")), population->text(QStringLiteral("imported_by")),
                   imported.isValid() ? locale.toString(imported.toLocalTime(), QLocale::ShortFormat)
                                      : population->text(QStringLiteral("imported_at")));
    m_populationSummary->setText(summary);
    const auto [first, last] = rows > 0 ? dateRange(*population) : QPair<QDate, QDate>();
    const QDate start = periodStart();
    const QDate end = periodEnd();
    QString coverage;
    if (first.isValid())
        coverage = tr("Rows dated %1 to %2").arg(dateText(first), dateText(last));
    if (start.isValid() && end.isValid()) {
        coverage += (coverage.isEmpty() ? QString() : QStringLiteral("; "))
            + tr("the period is %1 to %2").arg(dateText(start), dateText(end));
        if (first.isValid() && (first > start.addDays(31) || last < end.addDays(-31)))
            coverage += QLatin1Char('\n') + tr("The rows do not reach a month of the period's start or end: check that "
                                               "the list is complete.");
    }
    m_coverage->setText(coverage);
    QPalette palette = m_coverage->palette();
    palette.setColor(QPalette::WindowText, coverage.contains(QLatin1Char('\n'))
                         ? ThemeColors::errorText(palette)
                         : QGuiApplication::palette().color(QPalette::WindowText));
    m_coverage->setPalette(palette);
    m_sha256->setText(population->text(QStringLiteral("sha256")));
    m_sha256->setCursorPosition(0);
    if (!m_caHow->hasFocus() && m_caHow->toPlainText() != population->text(QStringLiteral("completeness_accuracy")))
        m_caHow->setPlainText(population->text(QStringLiteral("completeness_accuracy")));
    if (!m_caBy->hasFocus())
        m_caBy->setText(population->text(QStringLiteral("ca_checked_by")));
    const QDate on = QDate::fromString(population->text(QStringLiteral("ca_checked_on")), Qt::ISODate);
    if (!m_caOn->hasFocus())
        m_caOn->setDate(on.isValid() ? on : QDate::currentDate());
}

void TestingPane::fillSampleTab(const Record* population)
{
    m_drawButton->setEnabled(false);
    m_replaceButton->setEnabled(false);
    m_redrawButton->setEnabled(false);
    if (m_control.isEmpty() || !m_document) {
        m_sampleSummary->clear();
        return;
    }
    if (!population) {
        m_sampleSummary->setText(tr("Import the control's population first (Population tab): the sample is drawn "
                                    "from it."));
        return;
    }
    AuditStore& store = m_document->store();
    auto sample = SampleDraw::sampleOf(store, m_control, population->uuid);
    const qint64 frame = population->integer(QStringLiteral("row_count")).value_or(0)
        - population->integer(QStringLiteral("out_of_period")).value_or(0);
    if (!sample) {
        m_sampleSummary->setText(frame <= 0 ? tr("The population has no occurrence in the period: the control did "
                                                 "not operate, and no sample is drawn.")
                                            : tr("No sample drawn yet from %1 (%n occurrence(s) in the period).",
                                                 nullptr, int(qMin<qint64>(frame, INT_MAX)))
                                                  .arg(population->text(QStringLiteral("name"))));
        m_drawButton->setEnabled(frame > 0);
        return;
    }
    const QLocale locale;
    QStringList lines;
    const int size = sample->integer(QStringLiteral("size")).value_or(0);
    lines << tr("%1 of %2 occurrences in the period").arg(locale.toString(size), locale.toString(frame));
    const QJsonObject basisJson = QJsonDocument::fromJson(sample->text(QStringLiteral("size_basis")).toUtf8()).object();
    if (auto basis = SampleSizeResult::fromJson(basisJson)) {
        lines << tr("Firm's sampling policy (%1): %2").arg(basis->policyName, basis->rationale());
        if (basis->size != size)
            lines << tr("Size set by the auditor: %1 instead of %2. Reason: %3")
                         .arg(size)
                         .arg(basis->size)
                         .arg(sample->text(QStringLiteral("size_reason")));
    }
    const QJsonObject selection = QJsonDocument::fromJson(sample->text(QStringLiteral("selection")).toUtf8()).object();
    const int replaced = int(selection.value(QStringLiteral("replacements")).toArray().size());
    lines << tr("Seed %1 · method %2").arg(sample->text(QStringLiteral("seed")), sample->text(QStringLiteral("method")));
    const QDateTime drawn = QDateTime::fromString(sample->text(QStringLiteral("drawn_at")), Qt::ISODate);
    QString drawnLine = tr("Drawn by %1 on %2")
                            .arg(sample->text(QStringLiteral("drawn_by")),
                                 drawn.isValid() ? locale.toString(drawn.toLocalTime(), QLocale::ShortFormat)
                                                 : sample->text(QStringLiteral("drawn_at")));
    if (replaced > 0)
        drawnLine += QStringLiteral(" · ") + tr("%n item(s) replaced", nullptr, replaced);
    lines << drawnLine;
    m_sampleSummary->setText(lines.join(QLatin1Char('\n')));
    m_replaceButton->setEnabled(true);
    m_redrawButton->setEnabled(true);
}

void TestingPane::report(const Status& status)
{
    if (!status)
        emit statusMessage(status.error());
}

// --- Population -------------------------------------------------------------------------------------------------

Result<PopulationImportResult> TestingPane::importPopulation(PopulationImportOptions options)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    if (options.controlUuid.isEmpty())
        options.controlUuid = m_control;
    if (options.controlUuid.isEmpty())
        return Error{tr("Select the control the population belongs to.")};
    if (options.importedBy.isEmpty())
        options.importedBy = m_document->store().author();
    auto control = m_document->store().record(RecordKind::ServiceControl, options.controlUuid);
    if (!control)
        return Error{control.error()};
    AuditStore& store = m_document->store();
    struct State
    {
        QString uuid;
        PopulationImportResult result;
    };
    auto state = std::make_shared<State>();
    // Core reads and writes the rows in one call without a progress callback: a busy indicator says it is working.
    QProgressDialog busy(tr("Importing %1 for %2…").arg(QFileInfo(options.path).fileName(), control->text(QStringLiteral("ref"))),
                         QString(), 0, 0, this);
    busy.setWindowTitle(tr("Import population"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.setAccessibleName(tr("Importing the population"));
    busy.show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = m_document->perform(
        tr("Import population %1 for %2").arg(QFileInfo(options.path).fileName(), control->text(QStringLiteral("ref"))),
        [&store, options, state]() -> Status {
            auto imported = PopulationImport::run(store, options);
            if (!imported)
                return Error{imported.error()};
            state->uuid = imported->uuid;
            state->result = imported.value();
            return {};
        },
        [&store, state, control = options.controlUuid]() -> Status {
            // A sample drawn from the population outside this undo history keeps it: the sample goes first.
            if (auto samples = store.records(RecordKind::Sample, control)) {
                for (const Record& sample : samples.value()) {
                    if (sample.text(QStringLiteral("population_uuid")) != state->uuid)
                        continue;
                    auto population = store.record(RecordKind::Population, state->uuid);
                    return Error{tr("Population %1 has a sample drawn from it (seed %2); remove the sample before "
                                    "the population.")
                                     .arg(population ? population->text(QStringLiteral("name")) : state->uuid,
                                          sample.text(QStringLiteral("seed")))};
                }
            }
            return store.remove(RecordKind::Population, state->uuid);
        });
    QGuiApplication::restoreOverrideCursor();
    busy.close();
    activateWindow(); // back to the page the import was started from
    if (!done)
        return Error{done.error()};
    refreshDetails();
    const int index = m_populationCombo->findData(state->uuid);
    if (index >= 0)
        m_populationCombo->setCurrentIndex(index);
    const PopulationImportResult& r = state->result;
    QString message = tr("Imported %1 rows into population %2 (%3 outside the period).")
                          .arg(QLocale().toString(r.rows))
                          .arg(m_populationCombo->currentText())
                          .arg(QLocale().toString(r.outOfPeriod));
    if (!r.firstOutOfPeriod.isEmpty())
        message += QLatin1Char(' ') + tr("Outside the period: %1.").arg(r.firstOutOfPeriod.join(QStringLiteral(", ")));
    emit statusMessage(message);
    return state->result;
}

void TestingPane::importPopulationInteractively()
{
    if (!m_document || m_control.isEmpty())
        return;
    PopulationImportDialog dialog(this);
    dialog.setControl(m_control, controlRef());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto imported = importPopulation(dialog.options()); !imported)
        emit statusMessage(imported.error());
}

Status TestingPane::setCompletenessAccuracy(const QString& how, const QString& checkedBy, const QDate& checkedOn)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    const QString uuid = currentPopulation();
    if (uuid.isEmpty())
        return Error{tr("The control has no population to record the check for.")};
    auto population = m_document->store().record(RecordKind::Population, uuid);
    if (!population)
        return Error{population.error()};
    const QString oldHow = population->text(QStringLiteral("completeness_accuracy"));
    const QString oldBy = population->text(QStringLiteral("ca_checked_by"));
    const QDate oldOn = QDate::fromString(population->text(QStringLiteral("ca_checked_on")), Qt::ISODate);
    if (oldHow == how.trimmed() && oldBy == checkedBy.trimmed() && oldOn == checkedOn)
        return {};
    AuditStore& store = m_document->store();
    const QString newHow = how.trimmed();
    const QString newBy = checkedBy.trimmed();
    const Status done = m_document->perform(
        tr("Set completeness and accuracy of population %1").arg(population->text(QStringLiteral("name"))),
        [&store, uuid, newHow, newBy, checkedOn] {
            return Populations::setCompletenessAccuracy(store, uuid, newHow, newBy, checkedOn);
        },
        [&store, uuid, oldHow, oldBy, oldOn] {
            return Populations::setCompletenessAccuracy(store, uuid, oldHow, oldBy, oldOn);
        });
    if (done)
        refreshDetails();
    return done;
}

void TestingPane::previewRows()
{
    const QString uuid = currentPopulation();
    if (!m_document || uuid.isEmpty()) {
        m_rows->setPopulation(nullptr, {});
        m_rowsLabel->setText(tr("The control has no population yet."));
        return;
    }
    m_rows->setPopulation(&m_document->store(), uuid);
    m_rowsView->resizeColumnsToContents(); // over the first page read
    m_rowsLabel->setText(tr("%1: %2 rows, read as you scroll")
                             .arg(m_populationCombo->currentText(), QLocale().toString(m_rows->totalRows())));
    m_tabs->setCurrentIndex(RowsTab);
}

// --- Sample -------------------------------------------------------------------------------------------------------

Status TestingPane::drawSample(std::optional<int> size, const QString& reason, std::optional<quint64> seed)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    if (m_control.isEmpty())
        return Error{tr("Select the control to draw a sample for.")};
    const QString population = currentPopulation();
    if (population.isEmpty())
        return Error{tr("Control %1 has no population to draw from: import it first.").arg(controlRef())};
    if (size && reason.trimmed().isEmpty())
        return Error{tr("A sample size other than the firm's policy needs a reason: write it beside the size.")};
    AuditStore& store = m_document->store();
    SampleDrawOptions options;
    options.controlUuid = m_control;
    options.population = population;
    options.seed = seed;
    options.size = size;
    options.sizeReason = reason.trimmed();
    options.drawnBy = store.author();
    auto state = std::make_shared<SampleDrawOptions>(options);
    auto sampleUuid = std::make_shared<QString>();
    const Status done = m_document->perform(
        tr("Draw sample of %1").arg(controlRef()),
        [&store, state, sampleUuid]() -> Status {
            auto drawn = SampleDraw::draw(store, *state);
            if (!drawn)
                return Error{drawn.error()};
            // Redo draws again with the same seed, so the items are the same.
            state->seed = drawn->sample.text(QStringLiteral("seed")).toULongLong();
            *sampleUuid = drawn->sample.uuid;
            return {};
        },
        [&store, sampleUuid]() -> Status {
            auto sample = store.record(RecordKind::Sample, *sampleUuid);
            if (!sample)
                return Error{sample.error()};
            return SampleDraw::remove(store, sample.value());
        });
    if (!done)
        return done;
    m_sizeOverride->setValue(0);
    m_sizeReason->clear();
    refreshDetails();
    focusFirstUntested();
    emit statusMessage(tr("Drew %n item(s) for %1.", nullptr, m_items->rowCount()).arg(controlRef()));
    return {};
}

Status TestingPane::replaceItem(const QString& occurrenceId, const QString& reason)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    if (reason.trimmed().isEmpty())
        return Error{tr("An item is replaced only with a reason on record.")};
    AuditStore& store = m_document->store();
    auto item = SampleDraw::itemOf(store, m_control, occurrenceId);
    if (!item)
        return Error{item.error()};
    auto sample = store.record(RecordKind::Sample, item->parentUuid);
    if (!sample)
        return Error{sample.error()};
    struct State
    {
        Record original;
        QString selection; ///< the sample's selection before the replacement
        QString added;
    };
    auto state = std::make_shared<State>();
    state->original = item.value();
    state->selection = sample->text(QStringLiteral("selection"));
    const QString control = m_control;
    const QString population = sample->text(QStringLiteral("population_uuid"));
    const QString sampleUuid = sample->uuid;
    const QString why = reason.trimmed();
    const Status done = m_document->perform(
        tr("Replace %1 in the sample of %2").arg(occurrenceId, controlRef()),
        [&store, state, control, occurrenceId, why, population]() -> Status {
            auto added = SampleDraw::replace(store, control, occurrenceId, why, population);
            if (!added)
                return Error{added.error()};
            state->added = added->uuid;
            return {};
        },
        [&store, state, sampleUuid]() -> Status {
            return store.batch([&]() -> Status {
                if (auto removed = store.remove(RecordKind::SampleItem, state->added); !removed)
                    return removed;
                if (auto back = store.insert(state->original); !back)
                    return Error{back.error()};
                return store.setField(RecordKind::Sample, sampleUuid, QStringLiteral("selection"), state->selection);
            });
        });
    if (!done)
        return done;
    setCurrentModelRow(m_items->rowOf(state->added), SampleItemTableModel::ResultColumn);
    refreshDetails();
    return {};
}

void TestingPane::replaceInteractively()
{
    const int row = currentModelRow();
    if (row < 0) {
        emit statusMessage(tr("Select the item to replace in the grid."));
        return;
    }
    const QString occurrence = m_items->rowRecord(row).text(QStringLiteral("occurrence_id"));
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Replace item"),
                                                 tr("Why is %1 replaced? (kept with the sample)").arg(occurrence),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    report(replaceItem(occurrence, reason));
}

Status TestingPane::redrawCheck()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    auto sample = SampleDraw::sampleOf(m_document->store(), m_control, currentPopulation());
    Status outcome;
    if (!sample) {
        outcome = Error{sample.error()};
    } else if (auto redrawn = SampleDraw::redrawCheck(m_document->store(), sample.value()); !redrawn) {
        outcome = Error{redrawn.error()};
    }
    QPalette palette = m_redrawOutcome->palette();
    if (outcome) {
        m_redrawOutcome->setText(tr("Re-draw check passed: seed %1 draws the same %n item(s).", nullptr,
                                    sample->integer(QStringLiteral("size")).value_or(0))
                                     .arg(sample->text(QStringLiteral("seed"))));
        palette.setColor(QPalette::WindowText, ThemeColors::positiveBadge(palette).foreground);
    } else {
        m_redrawOutcome->setText(tr("Re-draw check failed: %1").arg(outcome.error()));
        palette.setColor(QPalette::WindowText, ThemeColors::errorText(palette));
    }
    m_redrawOutcome->setPalette(palette);
    return outcome;
}

// --- The grid -----------------------------------------------------------------------------------------------------

int TestingPane::currentModelRow() const
{
    const QModelIndex current = m_grid->currentIndex();
    return current.isValid() ? m_itemProxy->mapToSource(current).row() : -1;
}

QList<int> TestingPane::selectedModelRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_grid->selectionModel()->selectedIndexes()) {
        const int row = m_itemProxy->mapToSource(index).row();
        if (!rows.contains(row))
            rows << row;
    }
    if (rows.isEmpty() && currentModelRow() >= 0)
        rows << currentModelRow();
    return rows;
}

void TestingPane::setCurrentModelRow(int row, int column)
{
    if (row < 0 || row >= m_items->rowCount())
        return;
    const QModelIndex current = m_grid->currentIndex();
    const int shownColumn = column >= 0 ? column
                                        : (current.isValid() ? current.column() : int(SampleItemTableModel::ResultColumn));
    const QModelIndex index = m_itemProxy->mapFromSource(m_items->index(row, shownColumn));
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
}

Status TestingPane::markCurrent(const QString& result)
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return Error{tr("Select the sample item to mark.")};
    const int row = m_itemProxy->mapToSource(current).row();
    // The next item in the grid's order, found before the mark (a grid sorted by result moves the row).
    const int nextViewRow = current.row() + 1;
    const QString next = nextViewRow < m_itemProxy->rowCount()
        ? m_itemProxy->index(nextViewRow, 0).data(ItemRoles::UuidRole).toString()
        : QString();
    const int moved = m_items->markAndNext(row, result);
    if (moved == row && m_items->rowRecord(row).text(resultField) != result)
        return {}; // refused: editRefused said why
    const int target = next.isEmpty() ? m_items->rowOf(m_items->uuidAt(row)) : m_items->rowOf(next);
    setCurrentModelRow(target, current.column());
    return {};
}

Status TestingPane::clearSelected()
{
    const QList<int> rows = selectedModelRows();
    if (rows.isEmpty())
        return Error{tr("Select the sample items whose results to clear.")};
    return m_items->setResults(rows, QString());
}

Status TestingPane::fillDown()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    const int source = currentModelRow();
    if (source < 0)
        return Error{tr("Select the cell to fill down from.")};
    QList<int> rows = selectedModelRows();
    rows.removeAll(source);
    if (rows.isEmpty())
        return Error{tr("Select the rows below to fill (Shift+Down), then press Ctrl+D.")};
    const Record& from = m_items->rowRecord(source);
    if (m_grid->currentIndex().column() == SampleItemTableModel::NoteColumn) {
        const QString note = from.text(notesField);
        QList<Record> items;
        for (int row : rows)
            items << m_items->rowRecord(row);
        const QString text = tr("Fill note down into %n sample item(s)", nullptr, int(items.size()));
        AuditDocument* document = m_document;
        return document->macro(text, [&]() -> Status {
            for (const Record& item : std::as_const(items)) {
                if (item.text(notesField) == note)
                    continue;
                if (auto done = document->setField(RecordKind::SampleItem, item.uuid, notesField,
                                                   note.isEmpty() ? QVariant() : QVariant(note), text);
                    !done)
                    return done;
            }
            return {};
        });
    }
    return m_items->setResults(rows, from.text(resultField));
}

Status TestingPane::paste(const QString& given)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    QString text = given.isNull() ? QGuiApplication::clipboard()->text() : given;
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return Error{tr("Select the first sample item to paste into.")};
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Error{tr("The clipboard holds no text to paste.")};
    const bool intoNotes = current.column() == SampleItemTableModel::NoteColumn;
    const int firstViewRow = current.row();
    if (firstViewRow + lines.size() > m_itemProxy->rowCount())
        return Error{tr("The pasted column has %n row(s), more than the items from the current one down (%1); nothing "
                        "was pasted.",
                        nullptr, int(lines.size()))
                         .arg(m_itemProxy->rowCount() - firstViewRow)};
    // Read and check every cell first: one bad cell and nothing changes.
    struct Cell
    {
        Record item;
        std::optional<QString> result; ///< nullopt: leave the result
        std::optional<QString> note;
    };
    QList<Cell> cells;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        const int modelRow = m_itemProxy->mapToSource(m_itemProxy->index(firstViewRow + i, 0)).row();
        Cell cell{m_items->rowRecord(modelRow), std::nullopt, std::nullopt};
        if (intoNotes) {
            cell.note = fields.first();
        } else {
            const std::optional<QString> result = SampleItemTableModel::resultFromText(fields.first());
            if (!result)
                return Error{tr("Row %1 of the pasted text (%2): \"%3\" is not a sample item's result; write \"%4\" or "
                                "\"%5\". Nothing was pasted.")
                                 .arg(i + 1)
                                 .arg(cell.item.text(QStringLiteral("occurrence_id")), fields.first().trimmed(),
                                      SampleItemTableModel::resultLabel(QStringLiteral("no-exception")),
                                      SampleItemTableModel::resultLabel(QStringLiteral("exception")))};
            cell.result = *result;
            if (fields.size() > 1)
                cell.note = fields.at(1);
        }
        cells << cell;
    }
    QHash<QString, QList<int>> byResult; // result -> model rows
    for (const Cell& cell : std::as_const(cells)) {
        if (cell.result)
            byResult[*cell.result] << m_items->rowOf(cell.item.uuid);
    }
    const QString undo = tr("Paste into %n sample item(s)", nullptr, int(cells.size()));
    AuditDocument* document = m_document;
    return document->macro(undo, [&]() -> Status {
        for (auto it = byResult.cbegin(); it != byResult.cend(); ++it) {
            if (auto done = m_items->setResults(it.value(), it.key()); !done)
                return done;
        }
        for (const Cell& cell : std::as_const(cells)) {
            if (!cell.note || cell.item.text(notesField) == cell.note->trimmed())
                continue;
            const QString note = cell.note->trimmed();
            if (auto done = document->setField(RecordKind::SampleItem, cell.item.uuid, notesField,
                                               note.isEmpty() ? QVariant() : QVariant(note), undo);
                !done)
                return done;
        }
        return {};
    });
}

Status TestingPane::attachFiles(int modelRow, const QStringList& paths)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    if (modelRow < 0 || modelRow >= m_items->rowCount())
        return Error{tr("Drop the files on a sample item.")};
    if (paths.isEmpty())
        return {};
    const Record item = m_items->rowRecord(modelRow);
    const QString occurrence = item.text(QStringLiteral("occurrence_id"));
    AuditDocument* document = m_document;
    const QString text = tr("Attach %n file(s) to %1", nullptr, int(paths.size())).arg(occurrence);
    const Status done = document->macro(text, [&]() -> Status {
        // The evidence records and their attachments (bytes, SHA-256) as the Evidence page makes them.
        auto created = AttachmentFiles::addAsEvidence(*document, paths, {}, document->store().author());
        if (!created)
            return Error{created.error()};
        QStringList linked = item.linked(LinkKind::Evidence);
        for (const QString& uuid : created.value()) {
            if (!linked.contains(uuid))
                linked << uuid;
        }
        return document->setLinks(RecordKind::SampleItem, item.uuid, LinkKind::Evidence, linked, text);
    });
    if (done)
        emit statusMessage(tr("Attached %n file(s) to %1 as evidence.", nullptr, int(paths.size())).arg(occurrence));
    return done;
}

void TestingPane::openEvidence(const QModelIndex& viewIndex)
{
    if (!m_document)
        return;
    const Record& item = m_items->rowRecord(m_itemProxy->mapToSource(viewIndex).row());
    const QStringList evidence = item.linked(LinkKind::Evidence);
    if (evidence.isEmpty())
        return;
    if (evidence.size() == 1) {
        emit navigateTo(RecordKind::Evidence, evidence.first());
        return;
    }
    QMenu menu(this);
    for (const QString& uuid : evidence) {
        auto record = m_document->store().record(RecordKind::Evidence, uuid);
        const QString title = record ? record->text(QStringLiteral("title")) : uuid;
        menu.addAction(title, this, [this, uuid] { emit navigateTo(RecordKind::Evidence, uuid); });
    }
    menu.exec(m_grid->viewport()->mapToGlobal(m_grid->visualRect(viewIndex).bottomLeft()));
}

} // namespace isoaudit
