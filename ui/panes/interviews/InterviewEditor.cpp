// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/interviews/InterviewEditor.h"

#include "document/AuditDocument.h"
#include "models/EvidenceTableModel.h"
#include "models/InterviewListModel.h"
#include "panes/evidence/AttachmentFiles.h"
#include "panes/findings/FindingRefs.h"
#include "panes/interviews/NotesEdit.h"
#include "widgets/FieldText.h"
#include "widgets/TagEdit.h"

#include <QAction>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const QDateTime notStated(QDate(2000, 1, 1), QTime(0, 0));

QToolButton* formatButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

InterviewEditor::InterviewEditor(QWidget* parent)
    : QWidget(parent)
    , m_interviewee(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_heldAt(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_auditor(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_covers(new TagEdit(this))
    , m_notes(new NotesEdit(this))
    , m_evidence(new QListWidget(this))
    , m_attachButton(new QPushButton(tr("Attach &files…"), this))
    , m_raiseButton(new QPushButton(tr("&Raise finding from selection"), this))
    , m_raiseAction(new QAction(tr("Raise finding from selection"), this))
    , m_dropHint(new QLabel(this))
{
    setAcceptDrops(true);
    m_interviewee->setObjectName(QStringLiteral("intervieweeLineEdit"));
    m_interviewee->setAccessibleName(tr("Interviewee"));
    m_interviewee->setToolTip(tr("The person interviewed"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setToolTip(tr("The interviewee's role or job title, e.g. CISO, HR manager"));
    m_heldAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_heldAt->setCalendarPopup(true);
    m_heldAt->setMinimumDateTime(notStated);
    m_heldAt->setSpecialValueText(tr("Not stated"));
    m_heldAt->setAccessibleName(tr("Held at"));
    m_heldAt->setToolTip(tr("When the interview took place"));
    m_duration->setRange(-1, 1440);
    m_duration->setSpecialValueText(tr("Not stated"));
    m_duration->setSuffix(tr(" min"));
    m_duration->setSingleStep(15);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setToolTip(tr("How long the interview lasted, in minutes"));
    m_auditor->setAccessibleName(tr("Auditor"));
    m_auditor->setToolTip(tr("The audit team member who led the interview"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setToolTip(tr("Where the interview took place: site, room or remote"));
    m_covers->setObjectName(QStringLiteral("coversTagEdit"));
    m_covers->setAccessibleName(tr("Clauses and controls covered"));
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setAccessibleName(tr("Interview notes"));
    m_notes->setToolTip(tr("Notes are saved as you type. Drop files here to store them as evidence."));
    m_notes->setMinimumHeight(160);
    m_evidence->setAccessibleName(tr("Evidence gathered in this interview"));
    m_evidence->setToolTip(tr("Evidence linked to this interview; double-click to open it in the Evidence pane"));
    m_evidence->setMaximumHeight(110);
    m_attachButton->setToolTip(tr("Store files inside the audit as document evidence of this interview"));
    m_raiseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_raiseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_raiseAction->setToolTip(tr("Turn the selected notes into a new finding's objective evidence (%1)")
                                  .arg(m_raiseAction->shortcut().toString(QKeySequence::NativeText)));
    m_raiseAction->setEnabled(false);
    addAction(m_raiseAction);
    m_notes->addContextAction(m_raiseAction);
    m_raiseButton->setToolTip(m_raiseAction->toolTip());
    m_raiseButton->setEnabled(false);
    m_dropHint->setText(tr("Drop files anywhere here to store them as evidence (SHA-256 recorded)."));
    m_dropHint->setWordWrap(true);
    m_dropHint->setEnabled(false);

    auto* when = new QHBoxLayout;
    when->addWidget(m_heldAt, 2);
    when->addWidget(new QLabel(tr("Duration:"), this));
    when->addWidget(m_duration, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Interviewee:"), m_interviewee);
    form->addRow(tr("R&ole:"), m_role);
    auto* whenLabel = new QLabel(tr("&Held at:"), this);
    whenLabel->setBuddy(m_heldAt);
    form->addRow(whenLabel, when);
    form->addRow(tr("A&uditor:"), m_auditor);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Covers:"), m_covers);

    auto* evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(m_attachButton);
    evidenceButtons->addStretch();
    auto* evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addLayout(evidenceButtons);

    auto* notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    auto* notesHeader = new QHBoxLayout;
    notesHeader->addWidget(notesLabel);
    notesHeader->addStretch();
    notesHeader->addWidget(buildNotesToolBar());
    notesHeader->addWidget(m_raiseButton);

    auto* evidenceLabel = new QLabel(tr("&Evidence from this interview:"), this);
    evidenceLabel->setBuddy(m_evidence);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(notesHeader);
    layout->addWidget(m_notes, 1);
    layout->addWidget(evidenceLabel);
    layout->addLayout(evidenceRow);
    layout->addWidget(m_dropHint);

    auto saveText = [this](QLineEdit* edit, const QString& column) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, column] { save(column, edit->text()); });
    };
    saveText(m_interviewee, QStringLiteral("interviewee"));
    saveText(m_role, QStringLiteral("role"));
    saveText(m_auditor, QStringLiteral("auditor"));
    saveText(m_location, QStringLiteral("location"));
    connect(m_heldAt, &QDateTimeEdit::editingFinished, this, [this] {
        const QDateTime value = m_heldAt->dateTime();
        save(QStringLiteral("held_at"), value == notStated ? QVariant() : QVariant(value.toString(Qt::ISODate)));
    });
    connect(m_duration, &QSpinBox::editingFinished, this, [this] {
        save(QStringLiteral("duration_minutes"), m_duration->value() < 0 ? QVariant() : QVariant(m_duration->value()));
    });
    connect(m_covers, &TagEdit::tagsEdited, this, &InterviewEditor::saveLinks);
    connect(m_covers, &TagEdit::invalidTags, this, &InterviewEditor::statusMessage);
    connect(m_notes, &NotesEdit::edited, this, [this](const QString& html) { save(QStringLiteral("notes"), html); });
    connect(m_notes, &NotesEdit::filesDropped, this, &InterviewEditor::addFilesInteractively);
    connect(m_notes, &QTextEdit::copyAvailable, m_raiseAction, &QAction::setEnabled);
    connect(m_notes, &QTextEdit::copyAvailable, m_raiseButton, &QPushButton::setEnabled);
    connect(m_raiseAction, &QAction::triggered, this, [this] {
        if (m_notes->selectedPlainText().trimmed().isEmpty()) {
            emit statusMessage(tr("Select the words in the notes that show the problem, then raise the finding."));
            return;
        }
        if (auto raised = raiseFindingFromSelection(); !raised)
            QMessageBox::warning(this, tr("Raise finding"), raised.error());
    });
    connect(m_raiseButton, &QPushButton::clicked, m_raiseAction, &QAction::trigger);
    connect(m_attachButton, &QPushButton::clicked, this, &InterviewEditor::attachFiles);
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit navigateTo(RecordKind::Evidence, item->data(Qt::UserRole).toString());
    });
    setEnabled(false);
}

QWidget* InterviewEditor::buildNotesToolBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bold = formatButton(tr("B"), tr("Bold (Ctrl+B)"), bar);
    bold->setShortcut(QKeySequence::Bold);
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    auto* italic = formatButton(tr("I"), tr("Italic (Ctrl+I)"), bar);
    italic->setShortcut(QKeySequence::Italic);
    QFont italicFont = italic->font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    auto* bullets = formatButton(tr("•"), tr("Bulleted list"), bar);
    layout->addWidget(bold);
    layout->addWidget(italic);
    layout->addWidget(bullets);
    connect(bold, &QToolButton::toggled, this,
            [this](bool on) { m_notes->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(italic, &QToolButton::toggled, m_notes, &QTextEdit::setFontItalic);
    connect(bullets, &QToolButton::clicked, this, [this](bool on) {
        QTextCursor cursor = m_notes->textCursor();
        if (on) {
            cursor.createList(QTextListFormat::ListDisc);
        } else if (QTextList* list = cursor.currentList()) {
            list->remove(cursor.block());
            QTextBlockFormat format = cursor.blockFormat();
            format.setIndent(0);
            cursor.setBlockFormat(format);
        }
    });
    connect(m_notes, &QTextEdit::currentCharFormatChanged, this, [bold, italic](const QTextCharFormat& format) {
        const QSignalBlocker b(bold);
        const QSignalBlocker i(italic);
        bold->setChecked(format.fontWeight() >= QFont::Bold);
        italic->setChecked(format.fontItalic());
    });
    connect(m_notes, &QTextEdit::cursorPositionChanged, this, [this, bullets] {
        const QSignalBlocker b(bullets);
        bullets->setChecked(m_notes->textCursor().currentList() != nullptr);
    });
    return bar;
}

void InterviewEditor::setDocument(AuditDocument* document)
{
    flush();
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_uuid.clear();
    if (m_document) {
        AuditStore* store = &m_document->store();
        connect(store, &AuditStore::recordChanged, this, &InterviewEditor::onChanged);
        connect(store, &AuditStore::linksChanged, this,
                [this](RecordKind kind, const QString& uuid) { onChanged(kind, uuid, {}); });
        connect(store, &AuditStore::recordInserted, this,
                [this](RecordKind kind, const QString&) { onEvidenceChanged(kind); });
        connect(store, &AuditStore::recordRemoved, this, [this](RecordKind kind, const QString& uuid) {
            if (kind == RecordKind::Interview && uuid == m_uuid) {
                m_uuid.clear(); // nothing left to save into
                load();
            }
            onEvidenceChanged(kind);
        });
        QStringList team;
        if (auto members = store->records(RecordKind::TeamMember)) {
            for (const Record& member : members.value())
                team << member.text(QStringLiteral("name"));
        }
        if (QCompleter* old = m_auditor->completer())
            old->deleteLater();
        auto* completer = new QCompleter(team, m_auditor);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_auditor->setCompleter(completer);
    }
    load();
}

void InterviewEditor::setInterview(const QString& uuid)
{
    if (uuid == m_uuid)
        return;
    flush();
    m_uuid = uuid;
    load();
}

void InterviewEditor::flush()
{
    if (m_document && !m_uuid.isEmpty())
        m_notes->flush();
}

Record InterviewEditor::current() const
{
    if (!m_document || m_uuid.isEmpty())
        return {};
    auto record = m_document->store().record(RecordKind::Interview, m_uuid);
    return record ? record.value() : Record{};
}

void InterviewEditor::load()
{
    const bool shown = m_document && !m_uuid.isEmpty();
    setEnabled(shown && !m_document->isReadOnly());
    if (!shown) {
        for (QLineEdit* edit : {m_interviewee, m_role, m_auditor, m_location})
            edit->clear();
        m_heldAt->setDateTime(notStated);
        m_duration->setValue(-1);
        m_covers->setTags({}, {});
        m_notes->setNotes({});
        m_evidence->clear();
        return;
    }
    for (const char* column : {"interviewee", "role", "held_at", "duration_minutes", "auditor", "location", "notes"})
        loadField(QLatin1String(column));
    loadField({}); // links
    loadEvidence();
}

void InterviewEditor::loadField(const QString& column)
{
    const Record record = current();
    if (record.uuid.isEmpty())
        return;
    if (column.isEmpty()) {
        m_covers->setTags(record.linked(LinkKind::Clause), record.linked(LinkKind::Control));
        return;
    }
    const QString text = record.text(column);
    if (column == QLatin1String("interviewee"))
        showFieldText(m_interviewee, text);
    else if (column == QLatin1String("role"))
        showFieldText(m_role, text);
    else if (column == QLatin1String("auditor"))
        showFieldText(m_auditor, text);
    else if (column == QLatin1String("location"))
        showFieldText(m_location, text);
    else if (column == QLatin1String("held_at")) {
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        m_heldAt->setDateTime(when.isValid() ? when : notStated);
    } else if (column == QLatin1String("duration_minutes"))
        m_duration->setValue(record.integer(column).value_or(-1));
    else if (column == QLatin1String("notes"))
        m_notes->setNotes(text);
}

void InterviewEditor::loadEvidence()
{
    m_evidence->clear();
    if (!m_document || m_uuid.isEmpty())
        return;
    auto evidence = m_document->store().records(RecordKind::Evidence);
    if (!evidence)
        return;
    for (const Record& record : evidence.value()) {
        if (!record.linked(LinkKind::Interview).contains(m_uuid))
            continue;
        QString text = tr("%1 — %2").arg(EvidenceTableModel::kindLabel(record.text(QStringLiteral("kind"))),
                                         record.text(QStringLiteral("title")));
        auto attachments = m_document->store().records(RecordKind::Attachment, record.uuid);
        if (attachments && !attachments->isEmpty())
            text += tr(" (%n file(s))", nullptr, int(attachments->size()));
        auto* item = new QListWidgetItem(text, m_evidence);
        item->setData(Qt::UserRole, record.uuid);
        item->setToolTip(record.text(QStringLiteral("reference")));
    }
}

void InterviewEditor::onChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    if (kind == RecordKind::Interview && uuid == m_uuid)
        loadField(column);
    else if (kind == RecordKind::Evidence)
        loadEvidence();
}

void InterviewEditor::onEvidenceChanged(RecordKind kind)
{
    if (kind == RecordKind::Evidence || kind == RecordKind::Attachment)
        loadEvidence();
}

void InterviewEditor::save(const QString& column, const QVariant& value)
{
    if (!m_document || m_uuid.isEmpty())
        return;
    const Status done = m_document->setField(RecordKind::Interview, m_uuid, column, value);
    if (!done) {
        emit statusMessage(done.error());
        if (column != QLatin1String("notes"))
            loadField(column); // show what is stored, not the refused value
    }
}

void InterviewEditor::saveLinks()
{
    if (!m_document || m_uuid.isEmpty())
        return;
    const Record record = current();
    // Taken before the first write: its linksChanged reloads the tag edit.
    const QStringList clauses = m_covers->clauses();
    const QStringList controls = m_covers->controls();
    const Status done = m_document->macro(tr("Change clauses and controls of interview"), [&]() -> Status {
        if (record.linked(LinkKind::Clause) != clauses) {
            if (auto ok = m_document->setLinks(RecordKind::Interview, m_uuid, LinkKind::Clause, clauses); !ok)
                return ok;
        }
        if (record.linked(LinkKind::Control) != controls)
            return m_document->setLinks(RecordKind::Interview, m_uuid, LinkKind::Control, controls);
        return {};
    });
    if (!done) {
        emit statusMessage(done.error());
        loadField({});
    }
}

Result<QString> InterviewEditor::raiseFindingFromSelection()
{
    if (!m_document || m_uuid.isEmpty())
        return Error{tr("Choose an interview first.")};
    const QString selected = m_notes->selectedPlainText().trimmed();
    if (selected.isEmpty()) {
        const QString message = tr("Select the words in the notes that show the problem, then raise the finding.");
        emit statusMessage(message);
        return Error{message};
    }
    flush();
    const Record interview = current();
    const QString grade = QStringLiteral("observation"); // until the auditor classifies it
    Record finding{RecordKind::Finding, {}, {}, {}, {}};
    finding.values = {{"ref", FindingRefs::next(m_document->store(), grade)},
                      {"grade", grade},
                      {"title", tr("Raised in interview with %1").arg(interview.text(QStringLiteral("interviewee")))},
                      {"objective_evidence", selected},
                      {"raised_on", QDate::currentDate().toString(Qt::ISODate)},
                      {"raised_by", interview.text(QStringLiteral("auditor"))}};
    finding.links = {{LinkKind::Clause, interview.linked(LinkKind::Clause)},
                     {LinkKind::Control, interview.linked(LinkKind::Control)},
                     {LinkKind::Interview, {m_uuid}}};
    auto uuid = m_document->insertRecord(
        finding, tr("Raise finding %1 from interview").arg(finding.text(QStringLiteral("ref"))));
    if (!uuid)
        return uuid;
    emit statusMessage(tr("Finding %1 raised from the interview with %2.")
                           .arg(finding.text(QStringLiteral("ref")), interview.text(QStringLiteral("interviewee"))));
    emit navigateTo(RecordKind::Finding, uuid.value());
    return uuid;
}

Status InterviewEditor::addFiles(const QStringList& paths)
{
    if (!m_document || m_uuid.isEmpty())
        return Error{tr("Choose an interview first.")};
    auto added = AttachmentFiles::addAsEvidence(*m_document, paths, m_uuid, current().text(QStringLiteral("auditor")));
    if (!added)
        return Error{added.error()};
    emit statusMessage(tr("%n file(s) stored as evidence of this interview.", nullptr, int(added->size())));
    return {};
}

void InterviewEditor::addFilesInteractively(const QStringList& paths)
{
    if (auto added = addFiles(paths); !added)
        QMessageBox::warning(this, tr("Add files"), added.error());
}

void InterviewEditor::attachFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files to the interview"));
    if (!paths.isEmpty())
        addFilesInteractively(paths);
}

void InterviewEditor::focusInterviewee()
{
    m_interviewee->setFocus(Qt::OtherFocusReason);
    m_interviewee->selectAll();
}

void InterviewEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (isEnabled() && !AttachmentFiles::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void InterviewEditor::dropEvent(QDropEvent* event)
{
    const QStringList files = AttachmentFiles::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFilesInteractively(files);
}

} // namespace isoaudit
