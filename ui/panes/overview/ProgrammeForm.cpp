// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/ProgrammeForm.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "models/ProgrammeAuditModel.h"
#include "cycle/CyclePlanSteps.h"
#include "panes/overview/ProgrammeTimeline.h"
#include "panes/plan/PlanDateDelegate.h"
#include "widgets/FieldText.h"
#include "widgets/FieldTextEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QDateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(ProgrammeForm::tr("Not set")); // the minimum date stands for "no date"
    return edit;
}

void setDateQuietly(QDateEdit* edit, const QString& iso)
{
    const QSignalBlocker blocker(edit);
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

QVariant dateValue(QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QVariant() : QVariant(edit->date().toString(Qt::ISODate));
}

ProgrammeTimeline::Mark::State stateOf(const QString& status)
{
    if (status == QLatin1String("completed"))
        return ProgrammeTimeline::Mark::State::Completed;
    if (status == QLatin1String("current"))
        return ProgrammeTimeline::Mark::State::Current;
    if (status == QLatin1String("cancelled"))
        return ProgrammeTimeline::Mark::State::Cancelled;
    return ProgrammeTimeline::Mark::State::Planned;
}

} // namespace

ProgrammeForm::ProgrammeForm(QWidget* parent)
    : QGroupBox(tr("Certification &programme"), parent)
{
    setObjectName(QStringLiteral("programmeForm"));
    auto* layout = new QVBoxLayout(this);

    auto* fields = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("certificate_numberLineEdit"));
    m_number->setAccessibleName(tr("Certificate number"));
    m_soaVersion = new QLineEdit(this);
    m_soaVersion->setObjectName(QStringLiteral("certified_soa_versionLineEdit"));
    m_soaVersion->setAccessibleName(tr("SoA version certified"));
    m_sites = new QLineEdit(this);
    m_sites->setObjectName(QStringLiteral("certificate_sitesLineEdit"));
    m_sites->setAccessibleName(tr("Certified sites"));
    m_sites->setPlaceholderText(tr("The sites the certificate names"));
    m_decision = dateEdit(this, QStringLiteral("decision_dateEdit"), tr("Certification decision date"));
    m_decision->setToolTip(tr("The certification decision: surveillance audits are due within 12 and 24 months of it"));
    m_issued = dateEdit(this, QStringLiteral("certificate_issuedEdit"), tr("Certificate issued"));
    m_expires = dateEdit(this, QStringLiteral("certificate_expiresEdit"), tr("Certificate expires"));
    m_scope = new FieldTextEdit(this);
    m_scope->setObjectName(QStringLiteral("certificate_scopeTextEdit"));
    m_scope->setAccessibleName(tr("Certificate scope statement"));
    m_scope->setPlaceholderText(tr("The scope statement as the certificate words it"));
    m_scope->setFixedHeight(m_scope->fontMetrics().lineSpacing() * 3 + 12);
    left->addRow(tr("Certificate &no.:"), m_number);
    left->addRow(tr("SoA &version certified:"), m_soaVersion);
    left->addRow(tr("Cert&ified sites:"), m_sites);
    left->addRow(tr("Scope statement:"), m_scope);
    right->addRow(tr("Decisi&on date:"), m_decision);
    right->addRow(tr("Issued:"), m_issued);
    right->addRow(tr("E&xpires:"), m_expires);
    fields->addLayout(left, 3);
    fields->addSpacing(12);
    fields->addLayout(right, 2);
    layout->addLayout(fields);

    m_timeline = new ProgrammeTimeline(this);
    layout->addWidget(m_timeline);
    m_undated = new QLabel(this);
    m_undated->setObjectName(QStringLiteral("undatedAuditsLabel"));
    m_undated->setWordWrap(true);
    layout->addWidget(m_undated);

    m_model = new ProgrammeAuditModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ItemRoles::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("programmeTableView"));
    m_table->setAccessibleName(tr("Audits of the programme"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProgrammeAuditModel::DatesColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(ProgrammeAuditModel::TypeColumn, new EnumComboDelegate(m_table));
    m_table->setItemDelegateForColumn(ProgrammeAuditModel::StatusColumn, new EnumComboDelegate(m_table));
    auto* dates = new PlanDateDelegate(m_table);
    m_table->setItemDelegateForColumn(ProgrammeAuditModel::DueFromColumn, dates);
    m_table->setItemDelegateForColumn(ProgrammeAuditModel::DueByColumn, dates);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProgrammeAuditModel::NotesColumn, QHeaderView::Stretch);
    header->resizeSection(ProgrammeAuditModel::TypeColumn, 150);
    header->resizeSection(ProgrammeAuditModel::LabelColumn, 130);
    header->resizeSection(ProgrammeAuditModel::DatesColumn, 210);
    header->resizeSection(ProgrammeAuditModel::LeadColumn, 130);
    header->resizeSection(ProgrammeAuditModel::OutcomeColumn, 150);
    // Tall enough for a full cycle (six or seven audits) without a scroll bar.
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 7 + header->sizeHint().height() + 4);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add planned a&udit"), this);
    m_add->setObjectName(QStringLiteral("addProgrammeAuditButton"));
    m_add->setToolTip(tr("Add an audit to the client's programme (undoable)"));
    m_remove = new QPushButton(tr("Remove planned audit"), this);
    m_remove->setObjectName(QStringLiteral("removeProgrammeAuditButton"));
    m_remove->setToolTip(tr("Remove the selected planned or cancelled audit; history cannot be removed"));
    m_plan = new QPushButton(tr("Plan the c&ycle"), this);
    m_plan->setObjectName(QStringLiteral("planCycleButton"));
    m_plan->setToolTip(tr("Add the cycle's surveillance and recertification audits when none are planned, and date "
                          "them from the certification decision (one undo step)"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_plan);
    layout->addLayout(buttons);

    connect(m_number, &QLineEdit::editingFinished, this,
            [this] { saveField(s("certificate_number"), m_number->text().trimmed()); });
    connect(m_soaVersion, &QLineEdit::editingFinished, this,
            [this] { saveField(s("certified_soa_version"), m_soaVersion->text().trimmed()); });
    connect(m_sites, &QLineEdit::editingFinished, this,
            [this] { saveField(s("certificate_sites"), m_sites->text().trimmed()); });
    connect(m_scope, &FieldTextEdit::edited, this, [this](const QString& text) { saveField(s("certificate_scope"), text); });
    for (const auto& [edit, column] : {std::pair{m_decision, s("decision_date")}, std::pair{m_issued, s("certificate_issued")},
                                       std::pair{m_expires, s("certificate_expires")}})
        connect(edit, &QDateEdit::dateChanged, this, [this, edit = edit, column = column] { saveField(column, dateValue(edit)); });
    connect(m_model, &ProgrammeAuditModel::editRefused, this, &ProgrammeForm::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProgrammeForm::updateTimeline);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProgrammeForm::updateTimeline);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProgrammeForm::updateTimeline);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProgrammeForm::updateTimeline);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProgrammeForm::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (auto added = addPlannedAudit(); !added)
            emit statusMessage(added.error());
        else if (const QModelIndex index = m_sorted->mapFromSource(m_model->indexOf(added.value(),
                                                                                     ProgrammeAuditModel::TypeColumn));
                 index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->setFocus();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const Status removed = removeAudit(selectedUuid()); !removed)
            emit statusMessage(removed.error());
    });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        const auto planned = planCycle();
        if (!planned)
            emit statusMessage(planned.error());
        else if (planned.value() == 0)
            emit statusMessage(tr("The cycle is planned already: nothing to add or date. Without a decision date the "
                                  "planned audits stay undated."));
        else
            emit statusMessage(tr("Programme audits added or dated: %1.").arg(planned.value()));
    });
}

void ProgrammeForm::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_model->setDocument(document);
    refresh(document && !document->isReadOnly());
}

void ProgrammeForm::flush()
{
    m_scope->flush();
}

QWidget* ProgrammeForm::field(const QString& column) const
{
    static const QStringList columns{s("certificate_number"),  s("certificate_scope"), s("certificate_sites"),
                                     s("certified_soa_version"), s("decision_date"),   s("certificate_issued"),
                                     s("certificate_expires")};
    const QList<QWidget*> widgets{m_number, m_scope, m_sites, m_soaVersion, m_decision, m_issued, m_expires};
    const qsizetype at = columns.indexOf(column);
    return at < 0 ? nullptr : widgets.at(at);
}

void ProgrammeForm::refresh(bool writable)
{
    m_writable = writable;
    m_programme = {};
    if (m_document) {
        if (auto programme = m_document->store().singleton(RecordKind::Programme))
            m_programme = programme.value();
    }
    m_loading = true;
    for (const auto& [edit, column] : {std::pair{m_number, s("certificate_number")},
                                       std::pair{m_soaVersion, s("certified_soa_version")},
                                       std::pair{m_sites, s("certificate_sites")}}) {
        edit->setReadOnly(!writable);
        if (!edit->hasFocus())
            showFieldText(edit, m_programme.text(column));
    }
    m_scope->setReadOnly(!writable);
    m_scope->setValue(m_programme.text(s("certificate_scope")));
    for (const auto& [edit, column] : {std::pair{m_decision, s("decision_date")}, std::pair{m_issued, s("certificate_issued")},
                                       std::pair{m_expires, s("certificate_expires")}}) {
        edit->setEnabled(writable);
        setDateQuietly(edit, m_programme.text(column));
    }
    m_loading = false;
    updateTimeline();
    updateButtons();
}

void ProgrammeForm::saveField(const QString& column, const QVariant& value)
{
    if (m_loading || !m_document || m_programme.uuid.isEmpty())
        return;
    if (const Status done = m_document->setField(RecordKind::Programme, m_programme.uuid, column, value); !done)
        emit statusMessage(done.error());
    else
        m_programme.values.insert(column, value);
}

void ProgrammeForm::updateTimeline()
{
    QList<ProgrammeTimeline::Mark> marks;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Record r = m_model->effectiveRecord(row);
        ProgrammeTimeline::Mark mark;
        mark.state = stateOf(r.text(s("status")));
        const QString label = r.text(s("label")).trimmed();
        mark.label = label.isEmpty() ? ValueLabels::label(ValueList::AuditType, r.text(s("audit_type"))) : label;
        QString when = r.text(s("start_date"));
        if (when.isEmpty() || mark.state == ProgrammeTimeline::Mark::State::Planned)
            when = r.text(s("due_by")).isEmpty() ? r.text(s("due_from")) : r.text(s("due_by"));
        if (mark.state == ProgrammeTimeline::Mark::State::Current && !r.text(s("start_date")).isEmpty())
            when = r.text(s("start_date"));
        mark.date = QDate::fromString(when, Qt::ISODate);
        mark.windowFrom = QDate::fromString(r.text(s("due_from")), Qt::ISODate);
        mark.windowTo = QDate::fromString(r.text(s("due_by")), Qt::ISODate);
        if (mark.state == ProgrammeTimeline::Mark::State::Planned && !mark.windowFrom.isValid() && mark.windowTo.isValid())
            mark.windowFrom = mark.windowTo.addMonths(-3); // "within 12 months": the window ends there
        const QModelIndex index = m_model->index(row, ProgrammeAuditModel::TypeColumn);
        mark.toolTip = mark.label + QLatin1Char('\n') + index.data(Qt::ToolTipRole).toString();
        if (mark.state == ProgrammeTimeline::Mark::State::Planned && mark.windowTo.isValid())
            mark.toolTip += QLatin1Char('\n') + tr("Due by %1").arg(QLocale().toString(mark.windowTo, QLocale::ShortFormat));
        marks << mark;
    }
    m_timeline->setMarks(marks);
    const QStringList undated = m_timeline->undatedLabels();
    m_undated->setVisible(!undated.isEmpty());
    m_undated->setText(undated.isEmpty() ? QString()
                                         : tr("Not on the timeline yet (no date): %1.").arg(undated.join(QStringLiteral(", "))));
}

void ProgrammeForm::updateButtons()
{
    const QString uuid = selectedUuid();
    const int row = m_model->rowOf(uuid);
    m_add->setEnabled(m_writable);
    m_plan->setEnabled(m_writable);
    m_remove->setEnabled(m_writable && row >= 0 && m_model->isEditableRow(row));
}

QString ProgrammeForm::selectedUuid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ItemRoles::UuidRole).toString();
}

Result<QString> ProgrammeForm::addPlannedAudit()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    int cycle = m_programme.integer(s("cycle")).value_or(1);
    for (const Record& row : m_model->rowRecords()) {
        if (row.text(s("status")) == QLatin1String("current"))
            cycle = row.integer(s("cycle")).value_or(cycle);
    }
    Record record{RecordKind::ProgrammeAudit, {}, {}, {}, {}};
    record.values = {{s("audit_type"), s("surveillance")}, {s("status"), s("planned")}, {s("cycle"), cycle}};
    return m_document->insertRecord(record, tr("Add planned audit"));
}

Status ProgrammeForm::removeAudit(const QString& uuid)
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return Error{tr("Select a planned audit to remove.")};
    if (!m_model->isEditableRow(row))
        return Error{tr("History and this audit stay in the programme: only planned or cancelled audits can be "
                        "removed.")};
    return m_document->removeRecord(RecordKind::ProgrammeAudit, uuid, tr("Remove planned audit"));
}

Result<int> ProgrammeForm::planCycle()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    auto programme = m_document->store().singleton(RecordKind::Programme);
    if (!programme)
        return Error{programme.error()};
    auto rows = m_document->store().records(RecordKind::ProgrammeAudit);
    if (!rows)
        return Error{rows.error()};
    const CyclePlanSteps steps = CyclePlanSteps::compute(programme.value(), rows.value());
    if (steps.isEmpty())
        return 0;
    const Status done = m_document->macro(tr("Plan the cycle"), [&]() -> Status {
        for (const Record& record : steps.inserts) {
            if (auto inserted = m_document->insertRecord(record); !inserted)
                return Error{inserted.error()};
        }
        for (const auto& [uuid, dueBy] : steps.dueBy) {
            if (Status set = m_document->setField(RecordKind::ProgrammeAudit, uuid, s("due_by"), dueBy); !set)
                return set;
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return int(steps.inserts.size() + steps.dueBy.size());
}

} // namespace isoaudit
