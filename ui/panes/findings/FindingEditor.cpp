// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/FindingEditor.h"

#include "models/EvidenceTableModel.h"
#include "models/FindingTableModel.h"
#include "models/InterviewListModel.h"
#include "panes/findings/FindingRefs.h"
#include "widgets/FieldText.h"
#include "widgets/FieldTextEdit.h"
#include "widgets/TagEdit.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QTabWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QIcon gradeIcon(const QString& grade)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(FindingTableModel::gradeColor(grade));
    return QIcon(pixmap);
}

} // namespace

FindingEditor::FindingEditor(QWidget* parent)
    : QWidget(parent)
    , m_ref(new QLineEdit(this))
    , m_grade(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_requirement(new FieldTextEdit(this))
    , m_statement(new FieldTextEdit(this))
    , m_objectiveEvidence(new FieldTextEdit(this))
    , m_tags(new TagEdit(this))
    , m_raised(new QLabel(this))
    , m_linkTabs(new QTabWidget(this))
    , m_interviews(new QListWidget(this))
    , m_evidence(new QListWidget(this))
    , m_risks(new QListWidget(this))
{
    m_ref->setAccessibleName(tr("Finding reference"));
    m_ref->setToolTip(tr("The finding's reference in the report, e.g. NC-01"));
    m_ref->setMaximumWidth(120);
    // The choices follow the audit's type (loadGradeChoices): an area of concern only in a Stage 1 audit.
    m_grade->setAccessibleName(tr("Grade"));
    m_grade->setToolTip(tr("The auditor's grade; the classification assistant only suggests"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setToolTip(tr("A short title for lists and the report"));
    m_requirement->setAccessibleName(tr("Requirement"));
    m_requirement->setToolTip(tr("The requirement not fulfilled, in the auditor's words"));
    m_requirement->setMaximumHeight(60);
    m_statement->setAccessibleName(tr("Statement"));
    m_statement->setToolTip(tr("What is wrong"));
    m_objectiveEvidence->setObjectName(QStringLiteral("objectiveEvidenceEdit"));
    m_objectiveEvidence->setAccessibleName(tr("Objective evidence"));
    m_objectiveEvidence->setToolTip(tr("What was seen or heard that shows it"));
    m_tags->setAccessibleName(tr("Clauses and controls of the finding"));
    m_raised->setAccessibleName(tr("Raised on and by"));
    m_interviews->setAccessibleName(tr("Linked interviews"));
    m_evidence->setAccessibleName(tr("Linked evidence"));
    m_risks->setAccessibleName(tr("Linked risks"));
    for (QListWidget* list : {m_interviews, m_evidence, m_risks}) {
        list->setToolTip(tr("Tick what the finding rests on; double-click to open it"));
        list->setWordWrap(true); // long entries wrap at the list's width instead of scrolling sideways
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    m_linkTabs->addTab(m_interviews, tr("Interviews"));
    m_linkTabs->addTab(m_evidence, tr("Evidence"));
    m_linkTabs->addTab(m_risks, tr("Risks"));
    m_linkTabs->setMinimumHeight(120);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* top = new QHBoxLayout;
    top->addWidget(m_ref);
    top->addWidget(new QLabel(tr("Grade:"), this));
    top->addWidget(m_grade, 1);
    auto* refLabel = new QLabel(tr("&Ref:"), this);
    refLabel->setBuddy(m_ref);
    form->addRow(refLabel, top);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Re&quirement:"), m_requirement);
    form->addRow(tr("&Statement:"), m_statement);
    form->addRow(tr("&Objective evidence:"), m_objectiveEvidence);
    form->addRow(tr("&Clauses / controls:"), m_tags);
    form->addRow(tr("Raised:"), m_raised);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_linkTabs, 1);

    connect(m_ref, &QLineEdit::editingFinished, this, [this] { save(QStringLiteral("ref"), m_ref->text().trimmed()); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { save(QStringLiteral("title"), m_title->text()); });
    connect(m_grade, &QComboBox::activated, this, [this] {
        if (auto done = setGrade(m_grade->currentData().toString()); !done) {
            emit statusMessage(done.error());
            loadField(QStringLiteral("grade"));
        }
    });
    connect(m_requirement, &FieldTextEdit::edited, this,
            [this](const QString& text) { save(QStringLiteral("requirement"), text); });
    connect(m_statement, &FieldTextEdit::edited, this,
            [this](const QString& text) { save(QStringLiteral("statement"), text); });
    connect(m_objectiveEvidence, &FieldTextEdit::edited, this,
            [this](const QString& text) { save(QStringLiteral("objective_evidence"), text); });
    connect(m_tags, &TagEdit::tagsEdited, this, &FindingEditor::saveTags);
    connect(m_tags, &TagEdit::invalidTags, this, &FindingEditor::statusMessage);
    const QList<QPair<LinkKind, RecordKind>> lists{{LinkKind::Interview, RecordKind::Interview},
                                                   {LinkKind::Evidence, RecordKind::Evidence},
                                                   {LinkKind::Risk, RecordKind::Risk}};
    for (const auto& [link, kind] : lists) {
        connect(linkList(link), &QListWidget::itemChanged, this, [this, link] {
            if (!m_loading)
                saveLinkList(link);
        });
        connect(linkList(link), &QListWidget::itemDoubleClicked, this,
                [this, kind](QListWidgetItem* item) { emit navigateTo(kind, item->data(Qt::UserRole).toString()); });
    }
    setEnabled(false);
}

QListWidget* FindingEditor::linkList(LinkKind kind) const
{
    switch (kind) {
    case LinkKind::Interview:
        return m_interviews;
    case LinkKind::Evidence:
        return m_evidence;
    case LinkKind::Risk:
        return m_risks;
    default:
        return nullptr;
    }
}

void FindingEditor::setDocument(AuditDocument* document)
{
    flush();
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_uuid.clear();
    if (m_document) {
        AuditStore* store = &m_document->store();
        connect(store, &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString& uuid, const QString& c) {
                    if (kind == RecordKind::Finding && uuid == m_uuid)
                        loadField(c);
                    else if (kind == RecordKind::Audit && c == QLatin1String("audit_type"))
                        loadField(QStringLiteral("grade"));
                    else if (kind == RecordKind::Interview || kind == RecordKind::Evidence || kind == RecordKind::Risk)
                        loadLinkChoices();
                });
        connect(store, &AuditStore::linksChanged, this, [this](RecordKind kind, const QString& uuid) {
            if (kind == RecordKind::Finding && uuid == m_uuid)
                loadLinks();
        });
        auto choicesChanged = [this](RecordKind kind, const QString& uuid) {
            if (kind == RecordKind::Finding && uuid == m_uuid)
                load();
            else if (kind == RecordKind::Interview || kind == RecordKind::Evidence || kind == RecordKind::Risk)
                loadLinkChoices();
        };
        connect(store, &AuditStore::recordInserted, this, choicesChanged);
        connect(store, &AuditStore::recordRemoved, this, [this, choicesChanged](RecordKind kind, const QString& uuid) {
            if (kind == RecordKind::Finding && uuid == m_uuid)
                m_uuid.clear();
            choicesChanged(kind, uuid);
        });
    }
    loadLinkChoices();
    load();
}

void FindingEditor::setFinding(const QString& uuid)
{
    if (uuid == m_uuid)
        return;
    flush();
    m_uuid = uuid;
    load();
}

void FindingEditor::flush()
{
    if (!m_document || m_uuid.isEmpty())
        return;
    for (FieldTextEdit* edit : {m_requirement, m_statement, m_objectiveEvidence})
        edit->flush();
}

Record FindingEditor::current() const
{
    if (!m_document || m_uuid.isEmpty())
        return {};
    auto record = m_document->store().record(RecordKind::Finding, m_uuid);
    return record ? record.value() : Record{};
}

void FindingEditor::load()
{
    const bool shown = m_document && !m_uuid.isEmpty();
    setEnabled(shown && !m_document->isReadOnly());
    if (!shown) {
        m_ref->clear();
        m_title->clear();
        for (FieldTextEdit* edit : {m_requirement, m_statement, m_objectiveEvidence})
            edit->setValue({});
        m_tags->setTags({}, {});
        m_raised->clear();
        loadGradeChoices({});
        loadLinks();
        return;
    }
    for (const char* column : {"ref", "grade", "title", "requirement", "statement", "objective_evidence", "raised_on"})
        loadField(QLatin1String(column));
    loadLinks();
}

void FindingEditor::loadField(const QString& column)
{
    const Record finding = current();
    if (finding.uuid.isEmpty())
        return;
    const QString text = finding.text(column);
    if (column == QLatin1String("ref"))
        showFieldText(m_ref, text);
    else if (column == QLatin1String("grade"))
        loadGradeChoices(text);
    else if (column == QLatin1String("title"))
        showFieldText(m_title, text);
    else if (column == QLatin1String("requirement"))
        m_requirement->setValue(text);
    else if (column == QLatin1String("statement"))
        m_statement->setValue(text);
    else if (column == QLatin1String("objective_evidence"))
        m_objectiveEvidence->setValue(text);
    else if (column == QLatin1String("raised_on") || column == QLatin1String("raised_by")) {
        const QString stored = finding.text(QStringLiteral("raised_on"));
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        const QString on = date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : stored;
        const QString by = finding.text(QStringLiteral("raised_by"));
        m_raised->setText(by.isEmpty() ? on : tr("%1 by %2").arg(on, by));
    }
}

void FindingEditor::loadGradeChoices(const QString& grade)
{
    QString type;
    if (m_document) {
        if (const auto audit = m_document->store().audit())
            type = audit->text(QStringLiteral("audit_type"));
    }
    // The grades the audit's type allows, and the finding's own grade even when it allows it no longer.
    const QStringList grades = FindingTableModel::gradeChoices(type, {grade});
    QStringList shown;
    for (int i = 0; i < m_grade->count(); ++i)
        shown << m_grade->itemData(i).toString();
    const QSignalBlocker blocker(m_grade);
    if (shown != grades) {
        m_grade->clear();
        for (const QString& choice : grades)
            m_grade->addItem(gradeIcon(choice), FindingTableModel::gradeLabel(choice), choice);
    }
    m_grade->setCurrentIndex(m_grade->findData(grade));
}

void FindingEditor::loadLinkChoices()
{
    m_loading = true;
    m_interviews->clear();
    m_evidence->clear();
    m_risks->clear();
    if (m_document) {
        const AuditStore& store = m_document->store();
        auto add = [](QListWidget* list, const QString& text, const QString& uuid) {
            auto* item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, uuid);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        };
        if (auto interviews = store.records(RecordKind::Interview)) {
            for (const Record& r : interviews.value())
                add(m_interviews, InterviewListModel::describe(r), r.uuid);
        }
        if (auto evidence = store.records(RecordKind::Evidence)) {
            for (const Record& r : evidence.value())
                add(m_evidence,
                    tr("%1 — %2").arg(EvidenceTableModel::kindLabel(r.text(QStringLiteral("kind"))),
                                      r.text(QStringLiteral("title"))),
                    r.uuid);
        }
        if (auto risks = store.records(RecordKind::Risk)) {
            for (const Record& r : risks.value()) {
                const QString asset = r.text(QStringLiteral("asset"));
                const QString threat = r.text(QStringLiteral("threat"));
                add(m_risks, tr("%1 %2: %3").arg(r.text(QStringLiteral("ref")), asset, threat), r.uuid);
            }
        }
    }
    m_loading = false;
    loadLinks();
}

void FindingEditor::loadLinks()
{
    const Record finding = current();
    m_tags->setTags(finding.linked(LinkKind::Clause), finding.linked(LinkKind::Control));
    m_loading = true;
    for (LinkKind kind : {LinkKind::Interview, LinkKind::Evidence, LinkKind::Risk}) {
        QListWidget* list = linkList(kind);
        const QStringList linked = finding.linked(kind);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setCheckState(linked.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_linkTabs->setTabText(0, tr("Interviews (%1)").arg(finding.linked(LinkKind::Interview).size()));
    m_linkTabs->setTabText(1, tr("Evidence (%1)").arg(finding.linked(LinkKind::Evidence).size()));
    m_linkTabs->setTabText(2, tr("Risks (%1)").arg(finding.linked(LinkKind::Risk).size()));
    m_loading = false;
}

void FindingEditor::save(const QString& column, const QVariant& value)
{
    if (!m_document || m_uuid.isEmpty())
        return;
    if (auto done = m_document->setField(RecordKind::Finding, m_uuid, column, value); !done) {
        emit statusMessage(done.error());
        loadField(column);
    }
}

Status FindingEditor::setGrade(const QString& grade)
{
    if (!m_document || m_uuid.isEmpty())
        return Error{tr("Select a finding first.")};
    const Record finding = current();
    if (finding.text(QStringLiteral("grade")) == grade)
        return {};
    const QString ref = finding.text(QStringLiteral("ref"));
    const bool renumber = !FindingRefs::matches(ref, grade);
    const QString newRef = renumber ? FindingRefs::next(m_document->store(), grade) : ref;
    const Status done
        = m_document->macro(tr("Grade %1 as %2").arg(newRef, FindingTableModel::gradeLabel(grade)), [&]() -> Status {
              if (auto ok = m_document->setField(RecordKind::Finding, m_uuid, QStringLiteral("grade"), grade); !ok)
                  return ok;
              if (renumber)
                  return m_document->setField(RecordKind::Finding, m_uuid, QStringLiteral("ref"), newRef);
              return {};
          });
    if (done && renumber)
        emit statusMessage(tr("%1 is now %2 (%3).").arg(ref, newRef, FindingTableModel::gradeLabel(grade)));
    return done;
}

void FindingEditor::saveTags()
{
    if (!m_document || m_uuid.isEmpty())
        return;
    const Record finding = current();
    // Taken before the first write: its linksChanged reloads the tag edit.
    const QStringList clauses = m_tags->clauses();
    const QStringList controls = m_tags->controls();
    const QString text = tr("Change clauses and controls of %1").arg(finding.text(QStringLiteral("ref")));
    const Status done = m_document->macro(text, [&]() -> Status {
        if (finding.linked(LinkKind::Clause) != clauses) {
            if (auto ok = m_document->setLinks(RecordKind::Finding, m_uuid, LinkKind::Clause, clauses); !ok)
                return ok;
        }
        if (finding.linked(LinkKind::Control) != controls)
            return m_document->setLinks(RecordKind::Finding, m_uuid, LinkKind::Control, controls);
        return {};
    });
    if (!done) {
        emit statusMessage(done.error());
        loadLinks();
    }
}

void FindingEditor::saveLinkList(LinkKind kind)
{
    if (!m_document || m_uuid.isEmpty())
        return;
    QStringList targets;
    QListWidget* list = linkList(kind);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            targets << list->item(i)->data(Qt::UserRole).toString();
    }
    if (auto done = m_document->setLinks(RecordKind::Finding, m_uuid, kind, targets); !done) {
        emit statusMessage(done.error());
        loadLinks();
    }
}

} // namespace isoaudit
