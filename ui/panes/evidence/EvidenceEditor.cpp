// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/evidence/EvidenceEditor.h"

#include "models/EvidenceTableModel.h"
#include "models/InterviewListModel.h"
#include "panes/evidence/AttachmentFiles.h"
#include "panes/evidence/AttachmentsBox.h"
#include "widgets/FieldText.h"
#include "widgets/FieldTextEdit.h"
#include "widgets/TagEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSpinBox>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const QDate noDate(2000, 1, 1);

} // namespace

EvidenceEditor::EvidenceEditor(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_description(new FieldTextEdit(this))
    , m_sampleSize(new QSpinBox(this))
    , m_population(new QLineEdit(this))
    , m_selection(new QLineEdit(this))
    , m_collectedOn(new QDateEdit(this))
    , m_collectedBy(new QLineEdit(this))
    , m_tags(new TagEdit(this))
    , m_interviews(new QListWidget(this))
    , m_attachments(new AttachmentsBox(this))
{
    setAcceptDrops(true);
    for (const QString& kind : Enums::evidenceKinds)
        m_kind->addItem(EvidenceTableModel::kindLabel(kind), kind);
    m_kind->setAccessibleName(tr("Kind of evidence"));
    m_kind->setToolTip(tr("Document sighted, record sample, observation or technical check"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setToolTip(tr("What the evidence is, e.g. Access review Q3"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setToolTip(tr("The client's document number, version or system reference"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setToolTip(tr("What was seen and what it shows"));
    m_description->setMaximumHeight(80);
    m_sampleSize->setRange(-1, 1000000);
    m_sampleSize->setSpecialValueText(tr("Not sampled"));
    m_sampleSize->setAccessibleName(tr("Sample size"));
    m_sampleSize->setToolTip(tr("How many items were examined"));
    m_population->setAccessibleName(tr("Population"));
    m_population->setToolTip(tr("What the sample was drawn from, e.g. 340 leavers in 2025"));
    m_selection->setAccessibleName(tr("Sample selection"));
    m_selection->setToolTip(tr("How the sample was chosen, so it can be repeated, e.g. every 10th ticket"));
    m_collectedOn->setCalendarPopup(true);
    m_collectedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_collectedOn->setMinimumDate(noDate);
    m_collectedOn->setSpecialValueText(tr("Not stated"));
    m_collectedOn->setAccessibleName(tr("Collected on"));
    m_collectedOn->setToolTip(tr("The day the evidence was collected"));
    m_collectedBy->setAccessibleName(tr("Collected by"));
    m_collectedBy->setToolTip(tr("The auditor who collected it"));
    m_tags->setAccessibleName(tr("Clauses and controls of the evidence"));
    m_interviews->setAccessibleName(tr("Interviews this evidence came from"));
    // "Name (role), date" wraps at the list's width instead of scrolling sideways.
    m_interviews->setWordWrap(true);
    m_interviews->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_interviews->setToolTip(tr("Tick the interviews this evidence came from; double-click to open one"));

    auto* sample = new QHBoxLayout;
    sample->addWidget(m_sampleSize);
    sample->addWidget(new QLabel(tr("of"), this));
    sample->addWidget(m_population, 1);
    auto* collected = new QHBoxLayout;
    collected->addWidget(m_collectedOn);
    collected->addWidget(new QLabel(tr("by"), this));
    collected->addWidget(m_collectedBy, 1);
    auto* sampleLabel = new QLabel(tr("&Sample:"), this);
    sampleLabel->setBuddy(m_sampleSize);
    auto* collectedLabel = new QLabel(tr("C&ollected:"), this);
    collectedLabel->setBuddy(m_collectedOn);
    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(sampleLabel, sample);
    form->addRow(tr("Se&lection:"), m_selection);
    form->addRow(collectedLabel, collected);
    form->addRow(tr("&Clauses / controls:"), m_tags);
    // Links and files beside the fields, so the whole record fits a laptop screen without scrolling.
    auto* interviewsLabel = new QLabel(tr("&Interviews this evidence came from:"), this);
    m_interviewsLabel = interviewsLabel;
    interviewsLabel->setBuddy(m_interviews);
    auto* side = new QVBoxLayout;
    side->addWidget(interviewsLabel);
    side->addWidget(m_interviews, 1);
    side->addWidget(m_attachments, 2);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(form, 3);
    layout->addLayout(side, 2);

    auto saveText = [this](QLineEdit* edit, const QString& column) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, column] { save(column, edit->text()); });
    };
    saveText(m_title, QStringLiteral("title"));
    saveText(m_reference, QStringLiteral("reference"));
    saveText(m_population, QStringLiteral("population"));
    saveText(m_selection, QStringLiteral("sample_selection"));
    saveText(m_collectedBy, QStringLiteral("collected_by"));
    connect(m_kind, &QComboBox::activated, this, [this] { save(QStringLiteral("kind"), m_kind->currentData()); });
    connect(m_description, &FieldTextEdit::edited, this,
            [this](const QString& text) { save(QStringLiteral("description"), text); });
    connect(m_sampleSize, &QSpinBox::editingFinished, this, [this] {
        const int size = m_sampleSize->value();
        save(QStringLiteral("sample_size"), size < 0 ? QVariant() : QVariant(size));
    });
    connect(m_collectedOn, &QDateEdit::editingFinished, this, [this] {
        const QDate date = m_collectedOn->date();
        save(QStringLiteral("collected_on"), date == noDate ? QVariant() : QVariant(date.toString(Qt::ISODate)));
    });
    connect(m_tags, &TagEdit::tagsEdited, this, &EvidenceEditor::saveTags);
    connect(m_tags, &TagEdit::invalidTags, this, &EvidenceEditor::statusMessage);
    connect(m_interviews, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            saveInterviews();
    });
    connect(m_interviews, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        emit navigateTo(RecordKind::Interview, item->data(Qt::UserRole).toString());
    });
    connect(m_attachments, &AttachmentsBox::statusMessage, this, &EvidenceEditor::statusMessage);
    setEnabled(false);
}

void EvidenceEditor::setDocument(AuditDocument* document)
{
    flush();
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_uuid.clear();
    m_attachments->setDocument(document);
    // A SOC 2 engagement links evidence to sample items (the Testing page), not to clauses, controls of Annex A or
    // interviews.
    const bool soc2 = document && document->isEngagement();
    m_form->setRowVisible(m_tags, !soc2);
    m_interviewsLabel->setVisible(!soc2);
    m_interviews->setVisible(!soc2);
    if (m_document) {
        AuditStore* store = &m_document->store();
        connect(store, &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString& uuid, const QString& c) {
                    if (kind == RecordKind::Evidence && uuid == m_uuid)
                        loadField(c);
                    else if (kind == RecordKind::Interview)
                        loadInterviews();
                });
        connect(store, &AuditStore::linksChanged, this, [this](RecordKind kind, const QString& uuid) {
            if (kind == RecordKind::Evidence && uuid == m_uuid)
                loadLinks();
        });
        connect(store, &AuditStore::recordInserted, this, [this](RecordKind kind, const QString&) {
            if (kind == RecordKind::Interview)
                loadInterviews();
        });
        connect(store, &AuditStore::recordRemoved, this, [this](RecordKind kind, const QString& uuid) {
            if (kind == RecordKind::Evidence && uuid == m_uuid) {
                m_uuid.clear();
                load();
            } else if (kind == RecordKind::Interview) {
                loadInterviews();
            }
        });
    }
    loadInterviews();
    load();
}

void EvidenceEditor::setEvidence(const QString& uuid)
{
    if (uuid == m_uuid)
        return;
    flush();
    m_uuid = uuid;
    load();
}

void EvidenceEditor::flush()
{
    if (m_document && !m_uuid.isEmpty())
        m_description->flush();
}

Record EvidenceEditor::current() const
{
    if (!m_document || m_uuid.isEmpty())
        return {};
    auto record = m_document->store().record(RecordKind::Evidence, m_uuid);
    return record ? record.value() : Record{};
}

void EvidenceEditor::load()
{
    const bool shown = m_document && !m_uuid.isEmpty();
    setEnabled(shown && !m_document->isReadOnly());
    m_attachments->setEvidence(shown ? m_uuid : QString());
    if (!shown) {
        for (QLineEdit* edit : {m_title, m_reference, m_population, m_selection, m_collectedBy})
            edit->clear();
        m_description->setValue({});
        m_sampleSize->setValue(-1);
        m_collectedOn->setDate(noDate);
        loadLinks();
        return;
    }
    for (const char* column : {"kind", "title", "reference", "description", "sample_size", "population",
                               "sample_selection", "collected_on", "collected_by"})
        loadField(QLatin1String(column));
    loadLinks();
}

void EvidenceEditor::loadField(const QString& column)
{
    const Record evidence = current();
    if (evidence.uuid.isEmpty())
        return;
    const QString text = evidence.text(column);
    if (column == QLatin1String("kind"))
        m_kind->setCurrentIndex(m_kind->findData(text));
    else if (column == QLatin1String("title"))
        showFieldText(m_title, text);
    else if (column == QLatin1String("reference"))
        showFieldText(m_reference, text);
    else if (column == QLatin1String("description"))
        m_description->setValue(text);
    else if (column == QLatin1String("sample_size"))
        m_sampleSize->setValue(evidence.integer(column).value_or(-1));
    else if (column == QLatin1String("population"))
        showFieldText(m_population, text);
    else if (column == QLatin1String("sample_selection"))
        showFieldText(m_selection, text);
    else if (column == QLatin1String("collected_on")) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        m_collectedOn->setDate(date.isValid() ? date : noDate);
    } else if (column == QLatin1String("collected_by"))
        showFieldText(m_collectedBy, text);
}

void EvidenceEditor::loadInterviews()
{
    m_loading = true;
    m_interviews->clear();
    if (m_document) {
        if (auto interviews = m_document->store().records(RecordKind::Interview)) {
            for (const Record& interview : interviews.value()) {
                auto* item = new QListWidgetItem(InterviewListModel::describe(interview), m_interviews);
                item->setData(Qt::UserRole, interview.uuid);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    m_loading = false;
    loadLinks();
}

void EvidenceEditor::loadLinks()
{
    const Record evidence = current();
    m_tags->setTags(evidence.linked(LinkKind::Clause), evidence.linked(LinkKind::Control));
    m_loading = true;
    const QStringList linked = evidence.linked(LinkKind::Interview);
    for (int i = 0; i < m_interviews->count(); ++i) {
        QListWidgetItem* item = m_interviews->item(i);
        item->setCheckState(linked.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

void EvidenceEditor::save(const QString& column, const QVariant& value)
{
    if (!m_document || m_uuid.isEmpty())
        return;
    if (auto done = m_document->setField(RecordKind::Evidence, m_uuid, column, value); !done) {
        emit statusMessage(done.error());
        loadField(column);
    }
}

void EvidenceEditor::saveTags()
{
    if (!m_document || m_uuid.isEmpty())
        return;
    const Record evidence = current();
    // Taken before the first write: its linksChanged reloads the tag edit.
    const QStringList clauses = m_tags->clauses();
    const QStringList controls = m_tags->controls();
    const Status done = m_document->macro(tr("Change clauses and controls of evidence"), [&]() -> Status {
        if (evidence.linked(LinkKind::Clause) != clauses) {
            if (auto ok = m_document->setLinks(RecordKind::Evidence, m_uuid, LinkKind::Clause, clauses); !ok)
                return ok;
        }
        if (evidence.linked(LinkKind::Control) != controls)
            return m_document->setLinks(RecordKind::Evidence, m_uuid, LinkKind::Control, controls);
        return {};
    });
    if (!done) {
        emit statusMessage(done.error());
        loadLinks();
    }
}

void EvidenceEditor::saveInterviews()
{
    if (!m_document || m_uuid.isEmpty())
        return;
    QStringList targets;
    for (int i = 0; i < m_interviews->count(); ++i) {
        if (m_interviews->item(i)->checkState() == Qt::Checked)
            targets << m_interviews->item(i)->data(Qt::UserRole).toString();
    }
    if (auto done = m_document->setLinks(RecordKind::Evidence, m_uuid, LinkKind::Interview, targets); !done) {
        emit statusMessage(done.error());
        loadLinks();
    }
}

void EvidenceEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (isEnabled() && !AttachmentFiles::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidenceEditor::dropEvent(QDropEvent* event)
{
    const QStringList files = AttachmentFiles::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (auto added = m_attachments->addFiles(files); !added)
        QMessageBox::warning(this, tr("Attach files"), added.error());
}

} // namespace isoaudit
