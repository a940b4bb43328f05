// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/OverviewPane.h"

#include "document/AuditDocument.h"
#include "domain/Outcomes.h"
#include "panes/overview/AuditProgressWidget.h"
#include "panes/overview/AuditStatistics.h"
#include "panes/overview/LifecyclePanel.h"
#include "panes/overview/ProgrammeForm.h"
#include "panes/overview/ReportContentForm.h"
#include "widgets/FieldText.h"
#include "workbench/WorkbenchLabels.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
void setDateQuietly(QDateEdit* edit, const QString& iso)
{
    const QSignalBlocker blocker(edit);
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}
} // namespace

OverviewPane::OverviewPane(QWidget* parent)
    : Pane(parent)
{
    m_updates = new DeferredRefresh(this, 200, [this] { refresh(); });
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    // A frame for the form, not a stop of its own: Tab goes to the fields, which it scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    auto* top = new QHBoxLayout;
    top->addWidget(createIdentityBox(), 3);
    top->addWidget(createLifecycleBox(), 2);
    layout->addLayout(top);
    m_progress = new AuditProgressWidget(content);
    layout->addWidget(m_progress);
    m_programme = new ProgrammeForm(content);
    layout->addWidget(m_programme);
    m_reportContent = new ReportContentForm(content);
    layout->addWidget(m_reportContent);
    layout->addStretch(1);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_progress, &AuditProgressWidget::navigateTo, this, &Pane::navigateTo);
    connect(m_programme, &ProgrammeForm::statusMessage, this, &Pane::statusMessage);
    connect(m_reportContent, &ReportContentForm::fieldEdited, this,
            [this](const QString& column, const QVariant& value) { saveField(column, value); });
    setFindField(m_client);
    setDocument(nullptr);
}

OverviewPane::~OverviewPane()
{
    // A field that still has the focus commits its text now, while the pane is whole; after that no child's signal
    // may reach it, because QWidget's destructor hides the window (a focus-out, an editingFinished) once this
    // part of the object is gone.
    if (QWidget* focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    const auto children = findChildren<QObject*>();
    for (QObject* child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

QString OverviewPane::title() const
{
    return tr("Overview");
}

QWidget* OverviewPane::createIdentityBox()
{
    auto* box = new QGroupBox(tr("Audit"), this);
    auto* boxLayout = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    boxLayout->addLayout(form);
    boxLayout->addStretch(1);
    m_client = new QLineEdit(box);
    m_client->setObjectName(QStringLiteral("clientLineEdit"));
    m_client->setAccessibleName(tr("Client"));
    m_type = new QComboBox(box);
    m_type->setObjectName(QStringLiteral("auditTypeComboBox"));
    m_type->setAccessibleName(tr("Audit type"));
    for (const QString& type : Enums::auditTypes)
        m_type->addItem(WorkbenchLabels::label(QStringLiteral("audit_type"), type), type);
    m_start = new QDateEdit(box);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("First audit day"));
    m_end = new QDateEdit(box);
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    m_end->setCalendarPopup(true);
    m_end->setAccessibleName(tr("Last audit day"));
    for (QDateEdit* edit : {m_start, m_end}) {
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("Not set")); // shown for the minimum date, which stands for "no date"
    }
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), box));
    dates->addWidget(m_end);
    dates->addStretch(1);
    m_reportNumber = new QLineEdit(box);
    m_reportNumber->setObjectName(QStringLiteral("reportNumberLineEdit"));
    m_reportNumber->setAccessibleName(tr("Report number"));
    m_scope = new QPlainTextEdit(box);
    m_scope->setObjectName(QStringLiteral("scopeTextEdit"));
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setTabChangesFocus(true);
    m_scope->setFixedHeight(m_scope->fontMetrics().lineSpacing() * 4 + 12);
    m_standard = new QLabel(box);
    m_sites = new QLabel(box);
    m_sites->setWordWrap(true);
    m_team = new QLabel(box);
    m_team->setWordWrap(true);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Audit &type:"), m_type);
    auto* datesLabel = new QLabel(tr("&Dates:"), box);
    datesLabel->setBuddy(m_start);
    form->addRow(datesLabel, dates);
    form->addRow(tr("&Report no.:"), m_reportNumber);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("Standard:"), m_standard);
    form->addRow(tr("Sites:"), m_sites);
    form->addRow(tr("Team:"), m_team);

    connect(m_client, &QLineEdit::editingFinished, this, [this] { saveField("client", m_client->text().trimmed()); });
    connect(m_reportNumber, &QLineEdit::editingFinished, this,
            [this] { saveField("report_number", m_reportNumber->text().trimmed()); });
    // The document adapts a recorded outcome to the new type in the same undo step (AuditDocument::setField).
    connect(m_type, &QComboBox::activated, this,
            [this] { saveField("audit_type", m_type->currentData(), tr("Change audit type")); });
    const auto dateValue = [](QDateEdit* edit) {
        return edit->date() == edit->minimumDate() ? QVariant() : QVariant(edit->date().toString(Qt::ISODate));
    };
    connect(m_start, &QDateEdit::dateChanged, this, [this, dateValue] { saveField("start_date", dateValue(m_start)); });
    connect(m_end, &QDateEdit::dateChanged, this, [this, dateValue] { saveField("end_date", dateValue(m_end)); });
    connect(m_scope, &QPlainTextEdit::textChanged, this, [this] { saveField("scope", m_scope->toPlainText()); });
    return box;
}

QListWidget* OverviewPane::rulesList() const
{
    return m_lifecycle->rulesList();
}

QWidget* OverviewPane::createLifecycleBox()
{
    m_lifecycle = new LifecyclePanel(this);
    m_lifecycle->setTitle(lifecycleTitle(QStringLiteral("stage2")));
    auto* form = new QFormLayout;
    m_recommendation = new QComboBox(m_lifecycle);
    m_recommendation->setObjectName(QStringLiteral("recommendationComboBox"));
    m_recommendation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_recommendationLabel = new QLabel(m_lifecycle);
    m_recommendationLabel->setBuddy(m_recommendation);
    m_suggestion = new QLabel(m_lifecycle);
    m_suggestion->setObjectName(QStringLiteral("outcomeSuggestionLabel"));
    m_suggestion->setWordWrap(true);
    form->addRow(m_recommendationLabel, m_recommendation);
    form->addRow(QString(), m_suggestion);
    m_lifecycle->contentLayout()->addLayout(form);

    connect(m_lifecycle, &LifecyclePanel::advanceRequested, this, &OverviewPane::advanceRequested);
    connect(m_lifecycle, &LifecyclePanel::signingFinished, this, &OverviewPane::refresh);
    connect(m_lifecycle, &LifecyclePanel::ruleActivated, this, &OverviewPane::ruleActivated);
    connect(m_recommendation, &QComboBox::activated, this,
            [this] { saveField("recommendation", m_recommendation->currentData()); });
    return m_lifecycle;
}

void OverviewPane::setDocument(AuditDocument* document)
{
    m_reportContent->flush(); // typing not yet saved belongs to the audit it was typed in
    m_document = document;
    m_lifecycle->setDocument(document);
    m_programme->setDocument(document);
    m_subscription.followAnyChange(document ? &document->store() : nullptr, this, [this] { m_updates->schedule(); });
    setEnabled(document != nullptr);
    refresh();
}

void OverviewPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    m_updates->shown();
}

void OverviewPane::saveField(const QString& column, const QVariant& value, const QString& undoText)
{
    if (m_loading || !m_document)
        return;
    const auto audit = m_document->store().audit();
    if (!audit)
        return;
    if (const Status done = m_document->setField(RecordKind::Audit, audit->uuid, column, value, undoText); !done) {
        emit statusMessage(done.error());
        m_updates->schedule(); // show the stored value again
    }
}

void OverviewPane::refresh()
{
    m_updates->done();
    if (!m_document) {
        m_lifecycle->clear();
        return;
    }
    const AuditStatistics s = AuditStatistics::collect(m_document->store());
    const Record& audit = s.audit;
    m_loading = true;
    const bool writable = !m_document->isReadOnly() && audit.text("lifecycle") != QLatin1String("signed");
    for (QWidget* w :
         {static_cast<QWidget*>(m_client), static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_start),
          static_cast<QWidget*>(m_end), static_cast<QWidget*>(m_reportNumber), static_cast<QWidget*>(m_recommendation)})
        w->setEnabled(writable);
    m_scope->setReadOnly(!writable);
    if (!m_client->hasFocus())
        showFieldText(m_client, audit.text("client"));
    if (!m_reportNumber->hasFocus())
        showFieldText(m_reportNumber, audit.text("report_number"));
    if (m_scope->toPlainText() != audit.text("scope")) {
        const QSignalBlocker blocker(m_scope);
        m_scope->setPlainText(audit.text("scope"));
    }
    m_type->setCurrentIndex(m_type->findData(audit.text("audit_type")));
    setDateQuietly(m_start, audit.text("start_date"));
    setDateQuietly(m_end, audit.text("end_date"));
    m_standard->setText(audit.text("standard"));
    QStringList sites;
    for (const Record& site : s.sites)
        sites << site.text("name");
    m_sites->setText(sites.isEmpty() ? tr("No sites recorded") : sites.join(QStringLiteral(" · ")));
    QStringList team;
    for (const Record& member : s.team)
        team << tr("%1 (%2)").arg(member.text("name"),
                                  WorkbenchLabels::label(QStringLiteral("role"), member.text("role")));
    m_team->setText(team.join(QStringLiteral(" · ")));
    m_programme->refresh(writable);

    m_lifecycle->setSnapshot(LifecycleRules::evaluate(m_document->store()), false);

    showOutcome(s.auditType(), audit.text("recommendation"), s.suggestedRecommendation());
    m_progress->setStatistics(s);
    m_reportContent->setAudit(audit, writable);
    m_loading = false;
}

void OverviewPane::showOutcome(const QString& auditType, const QString& outcome, const QString& suggested)
{
    if (auditType != m_outcomeType) {
        // Only the outcomes of the audit's own type are offered (core/domain/Outcomes).
        m_outcomeType = auditType;
        const QSignalBlocker blocker(m_recommendation);
        m_recommendation->clear();
        m_recommendation->addItem(AuditStatistics::recommendationLabel({}), QVariant());
        for (const QString& value : Outcomes::forAuditType(auditType))
            m_recommendation->addItem(AuditStatistics::recommendationLabel(value), value);
        m_recommendation->setAccessibleName(outcomeName(auditType));
        m_recommendationLabel->setText(outcomeFieldLabel(auditType));
        m_lifecycle->setTitle(lifecycleTitle(auditType));
    }
    int at = m_recommendation->findData(outcome);
    if (at < 0 && !outcome.isEmpty()) {
        // Another type's outcome (a file written elsewhere): shown as it is, never silently dropped.
        m_recommendation->addItem(AuditStatistics::recommendationLabel(outcome), outcome);
        at = m_recommendation->count() - 1;
    }
    m_recommendation->setCurrentIndex(at < 0 ? 0 : at);
    // The label as the table writes it: lowered for the sentence, "Ready for Stage 2" would read "stage 2".
    m_suggestion->setText(tr("The findings suggest: %1.").arg(AuditStatistics::recommendationLabel(suggested)));
}

QString OverviewPane::outcomeName(const QString& auditType)
{
    if (auditType == QLatin1String("stage1"))
        return tr("Readiness for Stage 2");
    if (auditType == QLatin1String("surveillance"))
        return tr("Continuation of certification");
    if (auditType == QLatin1String("recertification"))
        return tr("Renewal of certification");
    if (auditType == QLatin1String("special"))
        return tr("Follow-up conclusion");
    return tr("Certification recommendation");
}

QString OverviewPane::outcomeFieldLabel(const QString& auditType)
{
    if (auditType == QLatin1String("stage1"))
        return tr("Readi&ness for Stage 2:");
    if (auditType == QLatin1String("surveillance"))
        return tr("Co&ntinuation:");
    if (auditType == QLatin1String("recertification"))
        return tr("Re&newal:");
    if (auditType == QLatin1String("special"))
        return tr("Co&nclusion:");
    return tr("Recomme&ndation:");
}

QString OverviewPane::lifecycleTitle(const QString& auditType)
{
    if (auditType == QLatin1String("stage1"))
        return tr("Lifecycle and readiness for Stage 2");
    if (auditType == QLatin1String("surveillance"))
        return tr("Lifecycle and continuation of certification");
    if (auditType == QLatin1String("recertification"))
        return tr("Lifecycle and renewal of certification");
    if (auditType == QLatin1String("special"))
        return tr("Lifecycle and follow-up conclusion");
    return tr("Lifecycle and certification recommendation");
}

void OverviewPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    if (kind != RecordKind::Audit)
        return;
    // An audit field of the report's content (a report.<column> rule): its field, scrolled into view.
    if (QWidget* field = m_reportContent->focusField(uuidOrId)) {
        // Again once the page that was just shown has laid itself out.
        m_scroll->ensureWidgetVisible(field, 20, 60);
        QTimer::singleShot(0, field, [this, field] { m_scroll->ensureWidgetVisible(field, 20, 60); });
        return;
    }
    m_client->setFocus();
}

} // namespace isoaudit
