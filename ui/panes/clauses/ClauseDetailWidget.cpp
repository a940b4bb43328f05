// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/clauses/ClauseDetailWidget.h"

#include "catalog/Catalog.h"
#include "document/AuditDocument.h"
#include "workbench/WorkbenchLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace isoaudit {

namespace {
enum ItemData { KindData = Qt::UserRole, UuidData };
}

ClauseDetailWidget::ClauseDetailWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("clauseTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    QFont noteFont = m_note->font();
    noteFont.setItalic(true);
    m_note->setFont(noteFont);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("clausePlanLabel"));
    m_plan->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_plan);

    auto* form = new QFormLayout;
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictComboBox"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setToolTip(tr("Your verdict on this clause item"));
    for (const QString& verdict : Enums::clauseVerdicts)
        m_verdict->addItem(WorkbenchLabels::clauseVerdict(verdict), verdict);
    form->addRow(tr("&Verdict:"), m_verdict);
    layout->addLayout(form);

    auto* notesLabel = new QLabel(tr("&Notes (saved as you type):"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("clauseNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What you saw, asked and sampled for this requirement…"));
    m_notes->setTabChangesFocus(true);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 2);

    m_evidenceLabel = new QLabel(this);
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("clauseEvidenceList"));
    m_evidence->setAccessibleName(tr("Interviews and evidence linked to this clause"));
    m_evidence->setToolTip(tr("Double-click or press Enter to open"));
    m_evidenceLabel->setBuddy(m_evidence);
    layout->addWidget(m_evidenceLabel);
    layout->addWidget(m_evidence, 1);

    m_findingsLabel = new QLabel(this);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("clauseFindingsList"));
    m_findings->setAccessibleName(tr("Findings raised against this clause"));
    m_findings->setToolTip(tr("Double-click or press Enter to open"));
    m_findingsLabel->setBuddy(m_findings);
    layout->addWidget(m_findingsLabel);
    layout->addWidget(m_findings, 1);

    connect(m_verdict, &QComboBox::activated, this, &ClauseDetailWidget::saveVerdict);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ClauseDetailWidget::saveNotes);
    for (QListWidget* list : {m_evidence, m_findings}) {
        // Long entries ("Interview: name, role (date)") wrap at the list's width instead of scrolling sideways.
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            emit navigateTo(static_cast<RecordKind>(item->data(KindData).toInt()), item->data(UuidData).toString());
        });
    }
    showClause({});
}

void ClauseDetailWidget::setDocument(AuditDocument* document)
{
    m_document = document;
    m_uuid.clear();
    const auto related = [this](RecordKind kind, const QString&) { relatedChanged(kind); };
    m_subscription.follow(
        document ? &document->store() : nullptr, this,
        {related, related,
         [this](RecordKind kind, const QString& uuid, const QString& column) { recordChanged(kind, uuid, column); },
         related});
    reload();
}

void ClauseDetailWidget::showClause(const QString& assessmentUuid)
{
    m_uuid = assessmentUuid;
    reload();
}

void ClauseDetailWidget::showGroup(const QString& groupId, const QString& title, int assessed, int total)
{
    m_uuid.clear();
    reload();
    m_title->setText(tr("Clause %1 %2").arg(groupId, title));
    m_note->setText(tr("%1 of %2 items assessed. Select an item (Down arrow) to record its verdict and notes.")
                        .arg(assessed)
                        .arg(total));
}

void ClauseDetailWidget::setEditorsEnabled(bool enabled)
{
    const bool writable = enabled && m_document && !m_document->isReadOnly();
    m_verdict->setEnabled(writable);
    m_notes->setReadOnly(!writable);
    m_notes->setEnabled(enabled);
    m_evidence->setEnabled(enabled);
    m_findings->setEnabled(enabled);
}

void ClauseDetailWidget::reload()
{
    m_loading = true;
    Record record;
    if (m_document && !m_uuid.isEmpty()) {
        auto fetched = m_document->store().record(RecordKind::ClauseAssessment, m_uuid);
        if (fetched)
            record = fetched.value();
        else
            m_uuid.clear();
    }
    m_clauseId = record.text(QStringLiteral("clause_id"));
    const CatalogItem* item = Catalog::isoSpecificByNature().clause(m_clauseId);
    if (m_uuid.isEmpty() || !item) {
        m_title->setText(m_document ? tr("Select a clause item") : tr("No audit is open"));
        m_note->clear();
        m_plan->clear();
        m_verdict->setCurrentIndex(-1);
        const QSignalBlocker blocker(m_notes);
        m_notes->clear();
        setEditorsEnabled(false);
        m_loading = false;
        reloadLinks();
        return;
    }
    m_title->setText(tr("%1 %2").arg(item->id, item->title));
    QString note = item->note;
    if (item->documentedInformation)
        note = tr("Documented information required. %1").arg(note);
    m_note->setText(note);
    if (record.flag(QStringLiteral("planned"))) {
        const QDate date = QDate::fromString(record.text(QStringLiteral("plan_date")), Qt::ISODate);
        QStringList parts;
        parts << (date.isValid() ? tr("Planned for %1").arg(QLocale().toString(date, QLocale::ShortFormat))
                                 : tr("Planned (no date yet)"));
        if (!record.text(QStringLiteral("plan_auditee")).isEmpty())
            parts << tr("with %1").arg(record.text(QStringLiteral("plan_auditee")));
        if (!record.text(QStringLiteral("plan_auditor")).isEmpty())
            parts << tr("by %1").arg(record.text(QStringLiteral("plan_auditor")));
        m_plan->setText(parts.join(QLatin1Char(' ')));
    } else {
        m_plan->setText(tr("Not in the audit plan."));
    }
    m_verdict->setCurrentIndex(m_verdict->findData(record.text(QStringLiteral("verdict"))));
    const QString notes = record.text(QStringLiteral("notes"));
    if (m_notes->toPlainText() != notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(notes);
    }
    setEditorsEnabled(true);
    m_loading = false;
    reloadLinks();
}

void ClauseDetailWidget::reloadLinks()
{
    m_evidence->clear();
    m_findings->clear();
    if (m_document && !m_clauseId.isEmpty()) {
        for (RecordKind kind : {RecordKind::Interview, RecordKind::Evidence}) {
            const auto records = m_document->store().records(kind);
            for (const Record& r : records ? records.value() : QList<Record>{}) {
                if (!r.linked(LinkKind::Clause).contains(m_clauseId))
                    continue;
                QString text;
                if (kind == RecordKind::Interview) {
                    const QDateTime when = QDateTime::fromString(r.text(QStringLiteral("held_at")), Qt::ISODate);
                    text = tr("Interview: %1%2%3")
                               .arg(r.text(QStringLiteral("interviewee")),
                                    r.text(QStringLiteral("role")).isEmpty()
                                        ? QString()
                                        : tr(", %1").arg(r.text(QStringLiteral("role"))),
                                    when.isValid() ? tr(" (%1)").arg(QLocale().toString(when, QLocale::ShortFormat))
                                                   : QString());
                } else {
                    text = tr("%1: %2").arg(WorkbenchLabels::label(QStringLiteral("kind"), r.text("kind")),
                                            r.text(QStringLiteral("title")));
                }
                auto* item = new QListWidgetItem(text, m_evidence);
                item->setData(KindData, int(kind));
                item->setData(UuidData, r.uuid);
            }
        }
        const auto findings = m_document->store().records(RecordKind::Finding);
        for (const Record& f : findings ? findings.value() : QList<Record>{}) {
            if (!f.linked(LinkKind::Clause).contains(m_clauseId))
                continue;
            const QString grade = f.text(QStringLiteral("grade"));
            auto* item = new QListWidgetItem(
                tr("%1 — %2: %3").arg(f.text("ref"), WorkbenchLabels::grade(grade), f.text("title")), m_findings);
            item->setForeground(WorkbenchLabels::gradeColor(grade));
            item->setData(KindData, int(RecordKind::Finding));
            item->setData(UuidData, f.uuid);
        }
    }
    m_evidenceLabel->setText(tr("&Linked interviews and evidence (%1):").arg(m_evidence->count()));
    m_findingsLabel->setText(tr("&Findings raised against it (%1):").arg(m_findings->count()));
}

void ClauseDetailWidget::saveVerdict()
{
    if (m_loading || !m_document || m_uuid.isEmpty())
        return;
    const Status done = m_document->setField(RecordKind::ClauseAssessment, m_uuid, QStringLiteral("verdict"),
                                             m_verdict->currentData(), tr("Set verdict of %1").arg(m_clauseId));
    if (!done) {
        emit statusMessage(done.error());
        reload();
    }
}

void ClauseDetailWidget::saveNotes()
{
    if (m_loading || !m_document || m_uuid.isEmpty())
        return;
    const Status done = m_document->setField(RecordKind::ClauseAssessment, m_uuid, QStringLiteral("notes"),
                                             m_notes->toPlainText(), tr("Edit notes of %1").arg(m_clauseId));
    if (!done)
        emit statusMessage(done.error());
}

void ClauseDetailWidget::recordChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    if (kind == RecordKind::ClauseAssessment && uuid == m_uuid)
        reload(); // notes typed here come back equal and leave the cursor alone
    else if (kind == RecordKind::Interview || kind == RecordKind::Evidence || kind == RecordKind::Finding)
        relatedChanged(kind);
    Q_UNUSED(column);
}

void ClauseDetailWidget::relatedChanged(RecordKind kind)
{
    if (kind == RecordKind::Interview || kind == RecordKind::Evidence || kind == RecordKind::Finding)
        reloadLinks();
}

} // namespace isoaudit
