// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/CorrectiveActionPanel.h"

#include "models/FindingTableModel.h"
#include "widgets/FieldTextEdit.h"
#include "widgets/ThemeColors.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/CorrectiveActions.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const QDate noDate(2000, 1, 1);

/// The button text for moving to a status: what the auditor does, not the state name.
QString stepText(const QString& to)
{
    if (to == QLatin1String("plan-submitted"))
        return CorrectiveActionPanel::tr("Plan submitted");
    if (to == QLatin1String("plan-accepted"))
        return CorrectiveActionPanel::tr("Accept plan");
    if (to == QLatin1String("open"))
        return CorrectiveActionPanel::tr("Reject plan");
    if (to == QLatin1String("implemented"))
        return CorrectiveActionPanel::tr("Implemented");
    if (to == QLatin1String("verified-effective"))
        return CorrectiveActionPanel::tr("Verified effective");
    if (to == QLatin1String("not-effective"))
        return CorrectiveActionPanel::tr("Not effective");
    return to;
}

} // namespace

CorrectiveActionPanel::CorrectiveActionPanel(QWidget* parent)
    : QGroupBox(tr("Corrective action"), parent)
    , m_today(QDate::currentDate())
    , m_intro(new QLabel(this))
    , m_startButton(new QPushButton(tr("&Start corrective action"), this))
    , m_body(new QWidget(this))
    , m_correction(new FieldTextEdit(m_body))
    , m_rootCause(new FieldTextEdit(m_body))
    , m_action(new FieldTextEdit(m_body))
    , m_owner(new QLineEdit(m_body))
    , m_due(new QDateEdit(m_body))
    , m_status(new QLabel(m_body))
    , m_note(new QLineEdit(m_body))
    , m_buttonRow(new QHBoxLayout)
    , m_history(new QListWidget(m_body))
{
    m_intro->setWordWrap(true);
    m_startButton->setToolTip(tr("Open the corrective action with the audit's default due date"));
    m_correction->setAccessibleName(tr("Correction"));
    m_correction->setToolTip(tr("What the client did to fix this instance"));
    m_rootCause->setAccessibleName(tr("Root cause"));
    m_rootCause->setToolTip(tr("Why the nonconformity happened"));
    m_action->setAccessibleName(tr("Corrective action"));
    m_action->setToolTip(tr("What prevents it from happening again"));
    m_owner->setAccessibleName(tr("Action owner"));
    m_owner->setToolTip(tr("Who at the client is responsible for the action"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setMinimumDate(noDate);
    m_due->setSpecialValueText(tr("Not set"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setToolTip(tr("When the action is due"));
    m_status->setAccessibleName(tr("Corrective action status"));
    m_note->setPlaceholderText(tr("Note for the next step (optional)"));
    m_note->setAccessibleName(tr("Note for the status change"));
    m_note->setToolTip(tr("Kept with the status change in the history, e.g. how effectiveness was verified"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setMaximumHeight(100);
    for (FieldTextEdit* edit : {m_correction, m_rootCause, m_action}) {
        edit->setMaximumHeight(70);
        edit->setMinimumWidth(120);
    }

    auto* form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&orrection:"), m_correction);
    form->addRow(tr("Root ca&use:"), m_rootCause);
    form->addRow(tr("Ac&tion:"), m_action);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Move to:"), m_buttonRow);
    form->addRow(tr("History:"), m_history);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_startButton, 0, Qt::AlignLeft);
    layout->addWidget(m_body);

    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (auto started = start(); !started)
            emit statusMessage(started.error());
    });
    connect(m_correction, &FieldTextEdit::edited, this,
            [this](const QString& text) { save(QStringLiteral("correction"), text); });
    connect(m_rootCause, &FieldTextEdit::edited, this,
            [this](const QString& text) { save(QStringLiteral("root_cause"), text); });
    connect(m_action, &FieldTextEdit::edited, this,
            [this](const QString& text) { save(QStringLiteral("action"), text); });
    connect(m_owner, &QLineEdit::editingFinished, this, [this] { save(QStringLiteral("owner"), m_owner->text()); });
    connect(m_due, &QDateEdit::editingFinished, this, [this] {
        const QDate date = m_due->date();
        save(QStringLiteral("due_date"), date == noDate ? QVariant() : QVariant(date.toString(Qt::ISODate)));
    });
    load();
}

void CorrectiveActionPanel::setDocument(AuditDocument* document)
{
    flush();
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_findingUuid.clear();
    if (m_document) {
        AuditStore* store = &m_document->store();
        auto reload = [this](RecordKind kind) {
            if (kind == RecordKind::CorrectiveAction || kind == RecordKind::ActionStatusChange
                || kind == RecordKind::Finding)
                load();
        };
        connect(store, &AuditStore::recordChanged, this,
                [reload](RecordKind kind, const QString&, const QString&) { reload(kind); });
        connect(store, &AuditStore::recordInserted, this, [reload](RecordKind kind, const QString&) { reload(kind); });
        connect(store, &AuditStore::recordRemoved, this, [reload](RecordKind kind, const QString&) { reload(kind); });
    }
    load();
}

void CorrectiveActionPanel::setFinding(const QString& uuid)
{
    if (uuid == m_findingUuid)
        return;
    flush();
    m_findingUuid = uuid;
    load();
}

void CorrectiveActionPanel::setToday(const QDate& today)
{
    m_today = today;
    load();
}

void CorrectiveActionPanel::flush()
{
    for (FieldTextEdit* edit : {m_correction, m_rootCause, m_action})
        edit->flush();
}

QString CorrectiveActionPanel::who() const
{
    if (m_document) {
        if (auto team = m_document->store().records(RecordKind::TeamMember)) {
            for (const Record& member : team.value()) {
                if (member.text(QStringLiteral("role")) == QLatin1String("lead"))
                    return member.text(QStringLiteral("name"));
            }
        }
    }
    return tr("Lead auditor");
}

void CorrectiveActionPanel::load()
{
    Record finding;
    if (m_document && !m_findingUuid.isEmpty()) {
        if (auto record = m_document->store().record(RecordKind::Finding, m_findingUuid))
            finding = record.value();
    }
    const QString grade = finding.text(QStringLiteral("grade"));
    const bool nonconformity = grade == QLatin1String("major") || grade == QLatin1String("minor");
    Record action;
    if (!finding.uuid.isEmpty()) {
        if (auto actions = m_document->store().records(RecordKind::CorrectiveAction, finding.uuid);
            actions && !actions->isEmpty())
            action = actions->first();
    }
    m_actionUuid = action.uuid;
    const bool writable = m_document && !m_document->isReadOnly();
    setEnabled(!finding.uuid.isEmpty());
    m_startButton->setVisible(nonconformity && action.uuid.isEmpty());
    m_startButton->setEnabled(writable);
    m_body->setVisible(!action.uuid.isEmpty());
    m_body->setEnabled(writable);
    if (finding.uuid.isEmpty())
        m_intro->setText(tr("Select a finding."));
    else if (!nonconformity && action.uuid.isEmpty())
        m_intro->setText(tr("Only major and minor nonconformities take corrective action."));
    else if (action.uuid.isEmpty())
        m_intro->setText(grade == QLatin1String("major")
                             ? tr("A major nonconformity needs a correction and corrective action, verified "
                                  "effective before certification can be recommended.")
                             : tr("A minor nonconformity needs an accepted corrective action plan."));
    else
        m_intro->clear();
    m_intro->setVisible(!m_intro->text().isEmpty());
    if (action.uuid.isEmpty()) {
        m_history->clear();
        return;
    }
    m_correction->setValue(action.text(QStringLiteral("correction")));
    m_rootCause->setValue(action.text(QStringLiteral("root_cause")));
    m_action->setValue(action.text(QStringLiteral("action")));
    if (!m_owner->hasFocus())
        m_owner->setText(action.text(QStringLiteral("owner")));
    const QDate due = QDate::fromString(action.text(QStringLiteral("due_date")), Qt::ISODate);
    if (!m_due->hasFocus())
        m_due->setDate(due.isValid() ? due : noDate);
    const QString status = action.text(QStringLiteral("status"));
    const bool overdue = due.isValid() && due < m_today && !CorrectiveActions::isDone(grade, status);
    QString text = QStringLiteral("<b>%1</b>").arg(FindingTableModel::statusLabel(status).toHtmlEscaped());
    if (overdue)
        text += QStringLiteral(" <span style=\"color:%1\"><b>%2</b></span>")
                    .arg(ThemeColors::errorText(palette()).name(),
                         tr("overdue by %n day(s)", nullptr, int(due.daysTo(m_today))).toHtmlEscaped());
    m_status->setText(text);
    rebuildButtons(status);
    loadHistory();
}

void CorrectiveActionPanel::rebuildButtons(const QString& status)
{
    for (QPushButton* old : std::as_const(m_statusButtons)) {
        m_buttonRow->removeWidget(old);
        old->hide();
        old->deleteLater(); // it may be the button whose click is being handled
    }
    m_statusButtons.clear();
    for (const QString& to : Enums::actionStatuses) {
        if (!CorrectiveActions::canMove(status, to))
            continue;
        auto* button = new QPushButton(stepText(to), m_body);
        button->setObjectName(QStringLiteral("moveTo-") + to);
        button->setToolTip(tr("Move the action to \"%1\"; who and when are kept in the history")
                               .arg(FindingTableModel::statusLabel(to)));
        connect(button, &QPushButton::clicked, this, [this, to] {
            if (auto moved = moveTo(to); !moved)
                emit statusMessage(moved.error());
        });
        m_buttonRow->addWidget(button);
        m_statusButtons << button;
    }
    if (m_statusButtons.isEmpty()) {
        auto* done = new QPushButton(tr("No further step"), m_body);
        done->setEnabled(false);
        m_buttonRow->addWidget(done);
        m_statusButtons << done;
    }
}

void CorrectiveActionPanel::loadHistory()
{
    m_history->clear();
    auto steps = CorrectiveActions::history(m_document->store(), m_actionUuid);
    if (!steps)
        return;
    for (const Record& step : steps.value()) {
        const QDateTime at = QDateTime::fromString(step.text(QStringLiteral("changed_at")), Qt::ISODate).toLocalTime();
        QString line = tr("%1 — %2 by %3")
                           .arg(QLocale().toString(at, QLocale::ShortFormat),
                                FindingTableModel::statusLabel(step.text(QStringLiteral("to_status"))),
                                step.text(QStringLiteral("changed_by")));
        if (!step.text(QStringLiteral("note")).isEmpty())
            line += tr(": %1").arg(step.text(QStringLiteral("note")));
        m_history->addItem(line);
    }
}

Status CorrectiveActionPanel::start()
{
    if (!m_document || m_findingUuid.isEmpty())
        return Error{tr("Select a finding first.")};
    auto snapshot = AuditSnapshot::load(m_document->store());
    if (!snapshot)
        return Error{snapshot.error()};
    auto finding = m_document->store().record(RecordKind::Finding, m_findingUuid);
    if (!finding)
        return Error{finding.error()};
    auto due = CorrectiveActions::defaultDueDate(snapshot.value(), finding.value(), m_today);
    if (!due)
        return Error{due.error()};
    Record action{RecordKind::CorrectiveAction, {}, m_findingUuid, {}, {}};
    action.values = {{"due_date", due->toString(Qt::ISODate)}, {"status", QStringLiteral("open")}};
    const QString ref = finding->text(QStringLiteral("ref"));
    return m_document->macro(tr("Start corrective action for %1").arg(ref), [&]() -> Status {
        auto uuid = m_document->insertRecord(action);
        if (!uuid)
            return Error{uuid.error()};
        Record step{RecordKind::ActionStatusChange, {}, uuid.value(), {}, {}};
        step.values = {{"to_status", QStringLiteral("open")},
                       {"changed_by", who()},
                       {"changed_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        auto added = m_document->insertRecord(step);
        return added ? Status() : Status(Error{added.error()});
    });
}

Status CorrectiveActionPanel::moveTo(const QString& to)
{
    if (!m_document || m_actionUuid.isEmpty())
        return Error{tr("There is no corrective action to move.")};
    flush();
    auto action = m_document->store().record(RecordKind::CorrectiveAction, m_actionUuid);
    if (!action)
        return Error{action.error()};
    const QString from = action->text(QStringLiteral("status"));
    if (!CorrectiveActions::canMove(from, to))
        return Error{tr("A corrective action cannot go from \"%1\" to \"%2\".")
                         .arg(FindingTableModel::statusLabel(from), FindingTableModel::statusLabel(to))};
    const QString note = m_note->text().trimmed();
    const QString by = who();
    const QDateTime when = QDateTime::currentDateTimeUtc();
    const QString actionUuid = m_actionUuid;
    const Status done = m_document->macro(
        tr("Corrective action: %1").arg(FindingTableModel::statusLabel(to)), [&]() -> Status {
            if (auto ok = m_document->setField(RecordKind::CorrectiveAction, actionUuid, QStringLiteral("status"), to);
                !ok)
                return ok;
            if (to == QLatin1String("verified-effective") || to == QLatin1String("not-effective")) {
                for (const auto& [column, value] : {std::pair<QString, QVariant>{"verified_by", by},
                                                    {"verified_on", when.date().toString(Qt::ISODate)}}) {
                    if (auto ok = m_document->setField(RecordKind::CorrectiveAction, actionUuid, column, value); !ok)
                        return ok;
                }
                if (!note.isEmpty()) {
                    if (auto ok = m_document->setField(RecordKind::CorrectiveAction, actionUuid,
                                                       QStringLiteral("verification"), note);
                        !ok)
                        return ok;
                }
            }
            Record step{RecordKind::ActionStatusChange, {}, actionUuid, {}, {}};
            step.values = {{"from_status", from},
                           {"to_status", to},
                           {"changed_by", by},
                           {"changed_at", when.toString(Qt::ISODate)},
                           {"note", note}};
            auto added = m_document->insertRecord(step);
            return added ? Status() : Status(Error{added.error()});
        });
    if (done)
        m_note->clear();
    return done;
}

void CorrectiveActionPanel::save(const QString& column, const QVariant& value)
{
    if (!m_document || m_actionUuid.isEmpty())
        return;
    if (auto done = m_document->setField(RecordKind::CorrectiveAction, m_actionUuid, column, value); !done) {
        emit statusMessage(done.error());
        load();
    }
}

} // namespace isoaudit
