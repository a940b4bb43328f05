// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/EarlierFindingDetail.h"

#include "domain/ValueLabels.h"
#include "models/CarriedFindingTableModel.h"
#include "models/EvidenceTableModel.h"
#include "models/FindingTableModel.h"
#include "widgets/FieldTextEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const QDate noDate(2000, 1, 1);

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString shortDate(const QString& iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

QJsonArray jsonArray(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

EarlierFindingDetail::EarlierFindingDetail(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_record(new QTextBrowser(this))
    , m_verdict(new QComboBox(this))
    , m_note(new FieldTextEdit(this))
    , m_verifiedBy(new QLineEdit(this))
    , m_verifiedOn(new QDateEdit(this))
    , m_evidence(new QListWidget(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Earlier nonconformity"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_record->setObjectName(QStringLiteral("earlierRecordView"));
    m_record->setAccessibleName(tr("The earlier audit's record"));
    m_record->setToolTip(tr("As the earlier audit recorded it: read-only"));
    m_record->setOpenLinks(false);
    m_record->setMinimumHeight(150); // the detail scrolls on a small screen rather than squeeze it
    m_verdict->setObjectName(QStringLiteral("earlierVerdictCombo"));
    m_verdict->setAccessibleName(tr("This audit's verdict"));
    m_verdict->setToolTip(tr("Whether the correction and corrective action are effective; \"not effective\" raises "
                             "the nonconformity again as a finding of this audit"));
    m_verdict->addItem(CarriedFindingTableModel::verdictLabel({}), QString());
    for (const QString& value : Enums::verificationVerdicts)
        m_verdict->addItem(CarriedFindingTableModel::verdictLabel(value), value);
    m_note->setObjectName(QStringLiteral("verificationNoteEdit"));
    m_note->setAccessibleName(tr("Verification note"));
    m_note->setToolTip(tr("What was verified and what it showed"));
    m_verifiedBy->setAccessibleName(tr("Verified by"));
    m_verifiedBy->setToolTip(tr("The auditor who verified it"));
    m_verifiedOn->setCalendarPopup(true);
    m_verifiedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_verifiedOn->setMinimumDate(noDate);
    m_verifiedOn->setSpecialValueText(tr("Not set"));
    m_verifiedOn->setAccessibleName(tr("Verified on"));
    m_verifiedOn->setToolTip(tr("When it was verified"));
    m_evidence->setAccessibleName(tr("Evidence of this audit the verification rests on"));
    m_evidence->setToolTip(tr("Tick the evidence records of this audit that show the verdict"));
    m_evidence->setMaximumHeight(64);

    // What the auditor edits first (the verdict and its particulars), the earlier record to read below it.
    m_note->setMaximumHeight(56);
    auto* byAndOn = new QHBoxLayout;
    byAndOn->addWidget(m_verifiedBy, 1);
    auto* onLabel = new QLabel(tr("&on:"), this);
    onLabel->setBuddy(m_verifiedOn);
    byAndOn->addWidget(onLabel);
    byAndOn->addWidget(m_verifiedOn);
    auto* form = new QFormLayout;
    form->addRow(tr("&Verdict:"), m_verdict);
    auto* byLabel = new QLabel(tr("Verified &by:"), this);
    byLabel->setBuddy(m_verifiedBy);
    form->addRow(byLabel, byAndOn);
    form->addRow(tr("Not&e:"), m_note);
    form->addRow(tr("Ev&idence:"), m_evidence);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_record, 1);

    connect(m_verdict, &QComboBox::activated, this, [this] {
        if (!m_uuid.isEmpty())
            emit verdictChosen(m_uuid, m_verdict->currentData().toString());
    });
    connect(m_note, &FieldTextEdit::edited, this, [this](const QString& text) { save(s("verification_note"), text); });
    connect(m_verifiedBy, &QLineEdit::editingFinished, this,
            [this] { save(s("verified_by"), m_verifiedBy->text().trimmed()); });
    connect(m_verifiedOn, &QDateEdit::editingFinished, this, [this] {
        const QDate date = m_verifiedOn->date();
        save(s("verified_on"), date == noDate ? QVariant() : QVariant(date.toString(Qt::ISODate)));
    });
    connect(m_evidence, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            saveEvidence();
    });
    setEnabled(false);
}

void EarlierFindingDetail::setDocument(AuditDocument* document)
{
    flush();
    m_document = document;
    m_uuid.clear();
    StoreSubscription::Handlers handlers;
    handlers.changed = [this](RecordKind kind, const QString& uuid, const QString&) {
        if (kind == RecordKind::CarriedFinding && uuid == m_uuid)
            load();
        else if (kind == RecordKind::Evidence)
            loadEvidenceChoices();
    };
    handlers.linksChanged = [this](RecordKind kind, const QString& uuid) {
        if (kind == RecordKind::CarriedFinding && uuid == m_uuid)
            load();
    };
    handlers.inserted = [this](RecordKind kind, const QString&) {
        if (kind == RecordKind::Evidence)
            loadEvidenceChoices();
    };
    handlers.removed = handlers.inserted;
    m_subscription.follow(document ? &document->store() : nullptr, this, handlers);
    loadEvidenceChoices();
    load();
}

void EarlierFindingDetail::setCarried(const QString& uuid)
{
    if (uuid == m_uuid)
        return;
    flush();
    m_uuid = uuid;
    load();
}

void EarlierFindingDetail::flush()
{
    m_note->flush();
}

QString EarlierFindingDetail::recordHtml(const Record& carried)
{
    QString html;
    const auto section = [&html](const QString& title, const QString& body) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(title.toHtmlEscaped(), body);
    };
    section(tr("Statement"), escaped(carried.text(s("statement"))));
    QStringList ids = carried.linked(LinkKind::Clause);
    for (const QString& id : carried.linked(LinkKind::Control))
        ids << QStringLiteral("A.") + id;
    QString requirement = escaped(carried.text(s("requirement")));
    if (!ids.isEmpty())
        requirement += (requirement.isEmpty() ? QString() : QStringLiteral("<br>")) + ids.join(QStringLiteral(", "));
    section(tr("Requirement"), requirement);

    const QJsonArray actions = jsonArray(carried.text(s("actions")));
    QString actionsHtml;
    for (const QJsonValue& value : actions) {
        const QJsonObject a = value.toObject();
        const auto line = [&actionsHtml](const QString& label, const QString& text) {
            if (!text.trimmed().isEmpty())
                actionsHtml += QStringLiteral("%1: %2<br>").arg(label.toHtmlEscaped(), escaped(text));
        };
        actionsHtml += QStringLiteral("<i>%1</i><br>")
                           .arg(FindingTableModel::statusLabel(a.value(s("status")).toString()).toHtmlEscaped());
        line(tr("Correction"), a.value(s("correction")).toString());
        line(tr("Root cause"), a.value(s("rootCause")).toString());
        line(tr("Corrective action"), a.value(s("action")).toString());
        line(tr("Owner"), a.value(s("owner")).toString());
        line(tr("Due"), shortDate(a.value(s("dueDate")).toString()));
        for (const QJsonValue& stepValue : a.value(s("history")).toArray()) {
            const QJsonObject step = stepValue.toObject();
            QString text = tr("%1 → %2, %3, %4")
                               .arg(FindingTableModel::statusLabel(step.value(s("from")).toString()),
                                    FindingTableModel::statusLabel(step.value(s("to")).toString()),
                                    step.value(s("by")).toString(), shortDate(step.value(s("at")).toString()));
            if (!step.value(s("note")).toString().isEmpty())
                text += QStringLiteral(": ") + step.value(s("note")).toString();
            actionsHtml += QStringLiteral("&nbsp;&nbsp;• %1<br>").arg(escaped(text));
        }
    }
    section(tr("Corrective actions as they stood"),
            actionsHtml.isEmpty() ? tr("None submitted").toHtmlEscaped() : actionsHtml);

    QString historyHtml;
    for (const QJsonValue& value : jsonArray(carried.text(s("history")))) {
        const QJsonObject step = value.toObject();
        QStringList audit{ValueLabels::label(ValueList::AuditType, step.value(s("type")).toString())};
        if (!step.value(s("reportNumber")).toString().isEmpty())
            audit << step.value(s("reportNumber")).toString();
        if (!step.value(s("date")).toString().isEmpty())
            audit << shortDate(step.value(s("date")).toString());
        QString text = tr("%1: %2").arg(audit.join(QStringLiteral(", ")),
                                        CarriedFindingTableModel::verdictLabel(step.value(s("verdict")).toString()));
        if (!step.value(s("note")).toString().isEmpty())
            text += QStringLiteral(" — ") + step.value(s("note")).toString();
        if (!step.value(s("by")).toString().isEmpty())
            text += QStringLiteral(" (%1)").arg(step.value(s("by")).toString());
        historyHtml += QStringLiteral("• %1<br>").arg(escaped(text));
    }
    section(tr("Earlier verdicts"),
            historyHtml.isEmpty() ? tr("None: this is its first verification.").toHtmlEscaped() : historyHtml);
    return html;
}

void EarlierFindingDetail::load()
{
    m_loading = true;
    std::optional<Record> carried;
    if (m_document && !m_uuid.isEmpty()) {
        if (auto r = m_document->store().record(RecordKind::CarriedFinding, m_uuid))
            carried = r.value();
    }
    if (!carried) {
        m_uuid.clear();
        m_heading->setText(tr("Select an earlier nonconformity to verify it."));
        m_record->clear();
        m_verdict->setCurrentIndex(0);
        m_note->setValue({});
        m_verifiedBy->clear();
        m_verifiedOn->setDate(noDate);
        loadEvidenceLinks({});
        setEnabled(false);
        m_loading = false;
        return;
    }
    const bool deferred = carried->flag(s("deferred"));
    m_heading->setText(tr("%1 — %2, raised at %3: %4")
                           .arg(carried->text(s("ref")), FindingTableModel::gradeLabel(carried->text(s("grade"))),
                                CarriedFindingTableModel::originText(*carried), carried->text(s("title"))));
    m_record->setHtml(recordHtml(*carried));
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(carried->text(s("verification")))));
    m_note->setValue(carried->text(s("verification_note")));
    if (!m_verifiedBy->hasFocus())
        m_verifiedBy->setText(carried->text(s("verified_by")));
    const QDate on = QDate::fromString(carried->text(s("verified_on")), Qt::ISODate);
    m_verifiedOn->setDate(on.isValid() ? on : noDate);
    loadEvidenceLinks(*carried);
    const bool writable = !m_document->isReadOnly() && !deferred;
    for (QWidget* field :
         {static_cast<QWidget*>(m_verdict), static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_verifiedBy),
          static_cast<QWidget*>(m_verifiedOn), static_cast<QWidget*>(m_evidence)})
        field->setEnabled(writable);
    setEnabled(true);
    setToolTip(deferred ? tr("Passed through a special audit that verified only major nonconformities: it is "
                             "verified at the next audit.")
                        : QString());
    m_loading = false;
}

void EarlierFindingDetail::loadEvidenceChoices()
{
    m_loading = true;
    m_evidence->clear();
    if (m_document) {
        if (auto evidence = m_document->store().records(RecordKind::Evidence)) {
            for (const Record& r : evidence.value()) {
                auto* item = new QListWidgetItem(
                    tr("%1 — %2").arg(EvidenceTableModel::kindLabel(r.text(s("kind"))), r.text(s("title"))),
                    m_evidence);
                item->setData(Qt::UserRole, r.uuid);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    m_loading = false;
    if (m_document && !m_uuid.isEmpty()) {
        if (auto r = m_document->store().record(RecordKind::CarriedFinding, m_uuid))
            loadEvidenceLinks(r.value());
    }
}

void EarlierFindingDetail::loadEvidenceLinks(const Record& carried)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QStringList linked = carried.linked(LinkKind::Evidence);
    for (int i = 0; i < m_evidence->count(); ++i) {
        QListWidgetItem* item = m_evidence->item(i);
        item->setCheckState(linked.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = wasLoading;
}

void EarlierFindingDetail::save(const QString& column, const QVariant& value)
{
    if (!m_document || m_uuid.isEmpty() || m_loading)
        return;
    if (auto done = m_document->setField(RecordKind::CarriedFinding, m_uuid, column, value); !done) {
        emit statusMessage(done.error());
        load();
    }
}

void EarlierFindingDetail::saveEvidence()
{
    if (!m_document || m_uuid.isEmpty())
        return;
    QStringList linked;
    for (int i = 0; i < m_evidence->count(); ++i) {
        if (m_evidence->item(i)->checkState() == Qt::Checked)
            linked << m_evidence->item(i)->data(Qt::UserRole).toString();
    }
    if (auto done = m_document->setLinks(RecordKind::CarriedFinding, m_uuid, LinkKind::Evidence, linked,
                                         tr("Change the evidence of the verification"));
        !done) {
        emit statusMessage(done.error());
        load();
    }
}

} // namespace isoaudit
