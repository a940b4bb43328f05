// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/plan/AuditPlanPane.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "models/AuditPlanModel.h"
#include "panes/plan/AuditPlanFilter.h"
#include "panes/plan/AuditTimeDialog.h"
#include "panes/plan/PlanDateDelegate.h"
#include "panes/plan/PlanTimeDelegate.h"
#include "dialogs/MeetingDialog.h"
#include "report/AuditPlanDocument.h"
#include "settings/AppSettings.h"
#include "workflow/AuditSnapshot.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace isoaudit {

AuditPlanPane::AuditPlanPane(QWidget* parent)
    : Pane(parent)
{
    m_model = new AuditPlanModel(this);
    m_filter = new AuditPlanFilter(this);
    m_filter->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* filterRow = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Show:"), this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("planShowComboBox"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("Everything"), int(AuditPlanFilter::Show::All));
    m_show->addItem(tr("Clauses 4–10"), int(AuditPlanFilter::Show::Clauses));
    m_show->addItem(tr("Annex A controls"), int(AuditPlanFilter::Show::Controls));
    m_show->addItem(tr("Planned only"), int(AuditPlanFilter::Show::Planned));
    m_show->addItem(tr("Not planned only"), int(AuditPlanFilter::Show::Unplanned));
    m_show->addItem(tr("Not yet covered in this cycle"), int(AuditPlanFilter::Show::Uncovered));
    showLabel->setBuddy(m_show);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("planSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find a clause, control, site, auditee or auditor"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in the audit plan"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_show);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_summary);
    layout->addLayout(filterRow);

    auto* coverageRow = new QHBoxLayout;
    m_coverageSummary = new QLabel(this);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummaryLabel"));
    m_coverageSummary->setWordWrap(true);
    m_propose = new QPushButton(tr("Propose p&lan"), this);
    m_propose->setObjectName(QStringLiteral("proposePlanButton"));
    m_propose->setToolTip(tr("Plan what the certification cycle still needs: at a surveillance the items audited "
                             "every time and a share of what is not yet covered, at Stage 2 and recertification "
                             "everything not yet covered (one undo step)"));
    coverageRow->addWidget(m_coverageSummary, 1);
    coverageRow->addWidget(m_propose);
    layout->addLayout(coverageRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("planTableView"));
    m_table->setAccessibleName(tr("Audit plan"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(AuditPlanModel::DateColumn, new PlanDateDelegate(m_table));
    m_table->setItemDelegateForColumn(AuditPlanModel::AuditorColumn, new EnumComboDelegate(m_table));
    m_table->setItemDelegateForColumn(AuditPlanModel::SiteColumn, new EnumComboDelegate(m_table));
    auto* timeDelegate = new PlanTimeDelegate(m_table);
    m_table->setItemDelegateForColumn(AuditPlanModel::FromColumn, timeDelegate);
    m_table->setItemDelegateForColumn(AuditPlanModel::UntilColumn, timeDelegate);
    // The itinerary: sorting by date (or either time) orders the slots by day, then start time.
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditPlanModel::ItemColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(AuditPlanModel::ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditPlanModel::PlannedColumn, QHeaderView::ResizeToContents);
    header->resizeSection(AuditPlanModel::CoverageColumn, 180);
    header->resizeSection(AuditPlanModel::DateColumn, 100);
    const int timeWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 40;
    header->resizeSection(AuditPlanModel::FromColumn, timeWidth);
    header->resizeSection(AuditPlanModel::UntilColumn, timeWidth);
    header->resizeSection(AuditPlanModel::SiteColumn, 120);
    header->resizeSection(AuditPlanModel::AuditeeColumn, 200);
    header->resizeSection(AuditPlanModel::AuditorColumn, 140);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto* bulkRow = new QHBoxLayout;
    auto* bulkLabel = new QLabel(tr("Selected rows:"), this);
    m_plan = new QPushButton(tr("&Plan"), this);
    m_plan->setObjectName(QStringLiteral("planSelectedButton"));
    m_plan->setToolTip(tr("Put the selected clauses and controls in the audit plan"));
    m_unplan = new QPushButton(tr("&Unplan"), this);
    m_unplan->setObjectName(QStringLiteral("unplanSelectedButton"));
    m_unplan->setToolTip(tr("Leave the selected clauses and controls out of this audit"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("bulkDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date for the selected rows"));
    m_setDate = new QPushButton(tr("Set &date"), this);
    m_setDate->setObjectName(QStringLiteral("setDateButton"));
    m_setDate->setToolTip(tr("Plan the selected rows for this date"));
    m_auditor = new QComboBox(this);
    m_auditor->setObjectName(QStringLiteral("bulkAuditorComboBox"));
    m_auditor->setAccessibleName(tr("Auditor for the selected rows"));
    m_auditor->setMinimumContentsLength(14);
    m_assign = new QPushButton(tr("&Assign auditor"), this);
    m_assign->setObjectName(QStringLiteral("assignAuditorButton"));
    m_assign->setToolTip(tr("Make this team member the auditor of the selected rows"));
    bulkRow->addWidget(bulkLabel);
    bulkRow->addWidget(m_plan);
    bulkRow->addWidget(m_unplan);
    bulkRow->addSpacing(16);
    bulkRow->addWidget(m_date);
    bulkRow->addWidget(m_setDate);
    bulkRow->addSpacing(16);
    bulkRow->addWidget(m_auditor);
    bulkRow->addWidget(m_assign);
    bulkRow->addStretch(1);
    layout->addLayout(bulkRow);

    auto* auditRow = new QHBoxLayout;
    m_auditTime = new QPushButton(tr("Audit &time…"), this);
    m_auditTime->setObjectName(QStringLiteral("auditTimeButton"));
    m_auditTime->setToolTip(tr("Compute the audit time per ISO/IEC 27006 and store it in the audit"));
    m_opening = new QPushButton(tr("&Opening meeting…"), this);
    m_opening->setObjectName(QStringLiteral("openingMeetingButton"));
    m_opening->setToolTip(tr("Record the opening meeting: when, where, who attended, what was confirmed"));
    m_closing = new QPushButton(tr("&Closing meeting…"), this);
    m_closing->setObjectName(QStringLiteral("closingMeetingButton"));
    m_closing->setToolTip(tr("Record the closing meeting: who attended, the findings presented, the client's "
                             "acknowledgement, any disagreement"));
    m_exportPlan = new QPushButton(tr("&Export audit plan PDF…"), this);
    m_exportPlan->setObjectName(QStringLiteral("exportPlanButton"));
    m_exportPlan->setToolTip(tr("Write the audit plan to send the client before the audit, in the report's language"));
    auditRow->addWidget(m_auditTime);
    auditRow->addWidget(m_opening);
    auditRow->addWidget(m_closing);
    auditRow->addStretch(1);
    auditRow->addWidget(m_exportPlan);
    layout->addLayout(auditRow);

    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(static_cast<AuditPlanFilter::Show>(m_show->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditPlanFilter::setText);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditPlanPane::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPlanPane::updateSummary);
    connect(m_model, &AuditPlanModel::editRefused, this, &Pane::statusMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPlanPane::updateActions);
    connect(m_plan, &QPushButton::clicked, this,
            [this] { applyToSelection(AuditPlanModel::PlannedColumn, true, tr("Plan selected items")); });
    connect(m_unplan, &QPushButton::clicked, this,
            [this] { applyToSelection(AuditPlanModel::PlannedColumn, false, tr("Unplan selected items")); });
    connect(m_setDate, &QPushButton::clicked, this, [this] {
        applyToSelection(AuditPlanModel::DateColumn, m_date->date().toString(Qt::ISODate), tr("Set plan date"));
    });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        applyToSelection(AuditPlanModel::AuditorColumn, m_auditor->currentText(), tr("Assign auditor"));
    });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        const auto changed = proposePlan();
        emit statusMessage(changed ? tr("Plan proposed: rows changed: %1.").arg(changed.value()) : changed.error());
    });
    connect(m_auditTime, &QPushButton::clicked, this, &AuditPlanPane::openAuditTime);
    connect(m_opening, &QPushButton::clicked, this, [this] { openMeeting(QStringLiteral("opening")); });
    connect(m_closing, &QPushButton::clicked, this, [this] { openMeeting(QStringLiteral("closing")); });
    connect(m_exportPlan, &QPushButton::clicked, this, &AuditPlanPane::exportPlanInteractively);
    setFindField(m_search);
    // Remembered between sessions (PaneState); what was saved before it was version byte 1, then these in order.
    rememberedState().setLegacyVersion(1);
    rememberHeader(QStringLiteral("header"), m_table->horizontalHeader());
    rememberedState().addValue(
        QStringLiteral("show"), QMetaType::fromType<int>(), [this] { return m_show->currentIndex(); },
        [this](const QVariant& show) { m_show->setCurrentIndex(std::clamp(show.toInt(), 0, m_show->count() - 1)); });
    setDocument(nullptr);
}

QString AuditPlanPane::title() const
{
    return tr("Audit plan");
}

void AuditPlanPane::setDocument(AuditDocument* document)
{
    m_document = document;
    m_model->setDocument(document);
    setEnabled(document != nullptr);
    reloadAuditors();
    updateActions();
}

void AuditPlanPane::reloadAuditors()
{
    m_auditor->clear();
    if (!m_document)
        return;
    const auto team = m_document->store().records(RecordKind::TeamMember);
    for (const Record& member : team ? team.value() : QList<Record>{})
        m_auditor->addItem(member.text(QStringLiteral("name")));
}

void AuditPlanPane::updateSummary()
{
    if (!m_document) {
        m_summary->clear();
        m_coverageSummary->clear();
        return;
    }
    const ProgrammeCoverage& coverage = m_model->coverage();
    const int remaining = coverage.total() - coverage.coveredCount();
    QString text;
    if (remaining == 0)
        text = tr("Certification cycle %1: all %2 items are covered in this cycle.").arg(coverage.cycle).arg(coverage.total());
    else if (coverage.remainingAudits == 0)
        text = tr("Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain and the programme plans no "
                  "further audit of the cycle (Overview: Plan the cycle).")
                   .arg(coverage.cycle)
                   .arg(coverage.coveredCount())
                   .arg(coverage.total())
                   .arg(remaining);
    else
        text = tr("Certification cycle %1: %2 of %3 items covered in this cycle; %4 remain across %n planned audit(s).",
                  nullptr, coverage.remainingAudits)
                   .arg(coverage.cycle)
                   .arg(coverage.coveredCount())
                   .arg(coverage.total())
                   .arg(remaining);
    m_coverageSummary->setText(text);
    m_summary->setText(tr("%1/%2 clause items planned · %3/%4 controls planned")
                           .arg(m_model->plannedCount(RecordKind::ClauseAssessment))
                           .arg(m_model->count(RecordKind::ClauseAssessment))
                           .arg(m_model->plannedCount(RecordKind::SoaEntry))
                           .arg(m_model->count(RecordKind::SoaEntry)));
    if (m_auditor->count() == 0)
        reloadAuditors();
}

void AuditPlanPane::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_propose->setEnabled(writable);
    for (QPushButton* button : {m_auditTime, m_opening, m_closing, m_exportPlan})
        button->setEnabled(m_document != nullptr);
    const bool any = !selectedSourceRows().isEmpty() && writable;
    for (QWidget* w : {static_cast<QWidget*>(m_plan), static_cast<QWidget*>(m_unplan), static_cast<QWidget*>(m_setDate),
                       static_cast<QWidget*>(m_assign)})
        w->setEnabled(any);
    m_assign->setEnabled(any && m_auditor->count() > 0);
}

QList<int> AuditPlanPane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AuditPlanPane::applyToSelection(int column, const QVariant& value, const QString& undoText)
{
    if (!m_document)
        return;
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QString field = AuditPlanModel::fieldOf(column);
    const Status done = m_document->macro(undoText, [&]() -> Status {
        for (int row : rows) {
            const Record record = m_model->recordAt(row);
            if (auto set = m_document->setField(record.kind, record.uuid, field, value); !set)
                return set;
        }
        return {};
    });
    if (!done)
        emit statusMessage(done.error());
    else
        emit statusMessage(tr("Rows changed: %1.").arg(rows.size()));
}

Result<int> AuditPlanPane::proposePlan()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    auto snapshot = AuditSnapshot::load(m_document->store());
    if (!snapshot)
        return Error{snapshot.error()};
    const auto changes = ProgrammeCoverage::compute(snapshot.value()).planChanges(snapshot.value());
    const int changed = int(changes.size());
    const Status done = m_document->macro(tr("Propose plan"), [&]() -> Status {
        for (const auto& change : changes) {
            if (Status set = m_document->setField(change.kind, change.uuid, QStringLiteral("planned"), change.planned);
                !set)
                return set;
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return changed;
}

void AuditPlanPane::openAuditTime()
{
    if (!m_document)
        return;
    AuditTimeDialog dialog(m_document, this);
    dialog.exec();
}

void AuditPlanPane::openMeeting(const QString& kind)
{
    if (!m_document)
        return;
    MeetingDialog dialog(m_document, kind, this);
    dialog.exec();
}

Status AuditPlanPane::exportPlanPdf(const QString& path, const QString& language)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    ReportOptions options;
    options.language = language;
    options.issuer = AppSettings::certificationBody().name;
    auto pdf = AuditPlanDocument::renderPdf(m_document->store(), options);
    if (!pdf)
        return Error{pdf.error()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

void AuditPlanPane::exportPlanInteractively()
{
    if (!m_document)
        return;
    const QFileInfo audit(m_document->path());
    const QString suggested = audit.dir().filePath(audit.completeBaseName() + tr("-plan") + QStringLiteral(".pdf"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Audit Plan as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status done = exportPlanPdf(path, AppSettings::reportLanguage()); !done) {
        QMessageBox::warning(this, tr("Export Audit Plan as PDF"), done.error());
        return;
    }
    emit statusMessage(tr("Audit plan exported to %1.").arg(QDir::toNativeSeparators(path)));
}

bool AuditPlanPane::eventFilter(QObject* watched, QEvent* event)
{
    // Delete/Backspace clears the current date, auditee or auditor cell.
    if (watched == m_table && event->type() == QEvent::KeyPress) { // an open editor gets its own keys
        const auto* key = static_cast<QKeyEvent*>(event);
        const QModelIndex index = m_table->currentIndex();
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && index.isValid()
            && index.column() > AuditPlanModel::PlannedColumn) {
            m_filter->setData(index, QVariant(), Qt::EditRole);
            return true;
        }
    }
    return Pane::eventFilter(watched, event);
}

void AuditPlanPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    int row = m_model->rowForUuid(uuidOrId);
    if (row < 0)
        row = m_model->rowForCatalogId(kind, uuidOrId);
    if (row < 0)
        return;
    m_show->setCurrentIndex(0);
    m_search->clear();
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, AuditPlanModel::PlannedColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}

} // namespace isoaudit
