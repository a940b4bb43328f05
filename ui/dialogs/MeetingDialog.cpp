// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/MeetingDialog.h"

#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

enum AttendeeColumn { NameColumn, RoleColumn, OrganizationColumn };

} // namespace

Record MeetingDialog::existing(const AuditDocument& document, const QString& kind)
{
    const auto meetings = document.store().records(RecordKind::Meeting);
    for (const Record& m : meetings ? meetings.value() : QList<Record>{}) {
        if (m.text(s("kind")) == kind)
            return m;
    }
    return Record{RecordKind::Meeting, {}, {}, {{s("kind"), kind}}, {}};
}

MeetingDialog::MeetingDialog(AuditDocument* document, const QString& kind, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_kind(kind)
{
    const bool opening = kind == QLatin1String("opening");
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(ValueLabels::label(ValueList::MeetingKind, kind));
    if (m_document)
        m_stored = existing(*m_document, kind);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_heldAt = new QDateTimeEdit(this);
    m_heldAt->setObjectName(QStringLiteral("meetingHeldAtEdit"));
    m_heldAt->setCalendarPopup(true);
    m_heldAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_heldAt->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_heldAt->setSpecialValueText(tr("Not set"));
    m_heldAt->setAccessibleName(tr("Date and time"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("meetingPlaceLineEdit"));
    m_place->setAccessibleName(tr("Place"));
    form->addRow(tr("&When:"), m_heldAt);
    form->addRow(tr("&Place:"), m_place);
    layout->addLayout(form);

    auto* attendeesBox = new QGroupBox(tr("Attendees"), this);
    auto* attendeesLayout = new QVBoxLayout(attendeesBox);
    m_attendees = new QTableWidget(0, 3, attendeesBox);
    m_attendees->setObjectName(QStringLiteral("attendeesTable"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Organization")});
    m_attendees->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_attendees->verticalHeader()->hide();
    m_attendees->setSelectionBehavior(QAbstractItemView::SelectRows);
    attendeesLayout->addWidget(m_attendees);
    auto* attendeeButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add attendee"), attendeesBox);
    add->setObjectName(QStringLiteral("addAttendeeButton"));
    m_remove = new QPushButton(tr("&Remove attendee"), attendeesBox);
    m_remove->setObjectName(QStringLiteral("removeAttendeeButton"));
    attendeeButtons->addWidget(add);
    attendeeButtons->addWidget(m_remove);
    attendeeButtons->addStretch(1);
    attendeesLayout->addLayout(attendeeButtons);
    layout->addWidget(attendeesBox, 1);

    auto* confirmBox = new QGroupBox(opening ? tr("Confirmed or explained") : tr("Closing"), this);
    auto* confirmLayout = new QVBoxLayout(confirmBox);
    const QList<QPair<QString, QString>> items
        = opening ? QList<QPair<QString, QString>>{{s("scope_confirmed"), tr("The audit scope was confirmed")},
                                                   {s("plan_confirmed"), tr("The audit plan was confirmed")},
                                                   {s("confidentiality_confirmed"),
                                                    tr("Confidentiality was confirmed")},
                                                   {s("reporting_confirmed"),
                                                    tr("The method of reporting findings was explained")},
                                                   {s("appeals_explained"),
                                                    tr("The complaint and appeal process was explained")}}
                  : QList<QPair<QString, QString>>{
                      {s("findings_presented"), tr("The findings were presented")},
                      {s("client_acknowledged"), tr("The client acknowledged the findings")}};
    for (const auto& [column, label] : items) {
        auto* box = new QCheckBox(label, confirmBox);
        box->setObjectName(column + QStringLiteral("CheckBox"));
        box->setChecked(m_stored.flag(column));
        confirmLayout->addWidget(box);
        m_checks.append({column, box});
    }
    if (!opening) {
        m_disagreement = new QPlainTextEdit(confirmBox);
        m_disagreement->setObjectName(QStringLiteral("disagreementTextEdit"));
        m_disagreement->setAccessibleName(tr("Disagreement"));
        m_disagreement->setPlaceholderText(tr("Any disagreement on the findings or conclusions, and how it was "
                                              "resolved or left open"));
        m_disagreement->setTabChangesFocus(true);
        m_disagreement->setFixedHeight(m_disagreement->fontMetrics().lineSpacing() * 3 + 12);
        m_disagreement->setPlainText(m_stored.text(s("disagreement")));
        confirmLayout->addWidget(m_disagreement);
    }
    layout->addWidget(confirmBox);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("meetingNotesTextEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    layout->addWidget(m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        addAttendee();
        m_attendees->setCurrentCell(m_attendees->rowCount() - 1, NameColumn);
        m_attendees->editItem(m_attendees->currentItem());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_attendees->currentRow() >= 0)
            m_attendees->removeRow(m_attendees->currentRow());
    });

    QDateTime held = QDateTime::fromString(m_stored.text(s("held_at")), Qt::ISODate);
    if (!held.isValid() && m_stored.uuid.isEmpty() && m_document) {
        // A meeting not yet recorded starts on the audit's first (opening) or last (closing) day.
        const auto audit = m_document->store().audit();
        const QDate day = QDate::fromString(audit ? audit->text(opening ? s("start_date") : s("end_date")) : QString(),
                                            Qt::ISODate);
        if (day.isValid())
            held = QDateTime(day, opening ? QTime(9, 0) : QTime(16, 0));
    }
    m_heldAt->setDateTime(held.isValid() ? held : m_heldAt->minimumDateTime());
    m_place->setText(m_stored.text(s("place")));
    m_notes->setPlainText(m_stored.text(s("notes")));
    const QJsonArray people = QJsonDocument::fromJson(m_stored.text(s("attendees")).toUtf8()).array();
    for (const QJsonValue& value : people) {
        const QJsonObject person = value.toObject();
        addAttendee(person.value(QLatin1String("name")).toString(), person.value(QLatin1String("role")).toString(),
                    person.value(QLatin1String("organization")).toString());
    }
    const bool writable = m_document && !m_document->isReadOnly();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(writable);
    resize(560, 640);
}

void MeetingDialog::addAttendee(const QString& name, const QString& role, const QString& organization)
{
    const int row = m_attendees->rowCount();
    m_attendees->insertRow(row);
    m_attendees->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_attendees->setItem(row, RoleColumn, new QTableWidgetItem(role));
    m_attendees->setItem(row, OrganizationColumn, new QTableWidgetItem(organization));
}

Record MeetingDialog::meeting() const
{
    Record m = m_stored;
    m.values.insert(s("kind"), m_kind);
    const QDateTime held = m_heldAt->dateTime();
    m.values.insert(s("held_at"), held == m_heldAt->minimumDateTime()
                                      ? QVariant()
                                      : QVariant(held.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))));
    m.values.insert(s("place"), m_place->text().trimmed());
    QJsonArray people;
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem* item = m_attendees->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (cell(NameColumn).isEmpty() && cell(RoleColumn).isEmpty() && cell(OrganizationColumn).isEmpty())
            continue; // an empty row added and never filled
        people.append(QJsonObject{{QStringLiteral("name"), cell(NameColumn)},
                                  {QStringLiteral("role"), cell(RoleColumn)},
                                  {QStringLiteral("organization"), cell(OrganizationColumn)}});
    }
    m.values.insert(s("attendees"), QString::fromUtf8(QJsonDocument(people).toJson(QJsonDocument::Compact)));
    for (const auto& [column, box] : m_checks)
        m.values.insert(column, box->isChecked());
    if (m_disagreement)
        m.values.insert(s("disagreement"), m_disagreement->toPlainText().trimmed());
    m.values.insert(s("notes"), m_notes->toPlainText().trimmed());
    return m;
}

Status MeetingDialog::save()
{
    if (!m_document)
        return Error{tr("No audit is open.")};
    // Any edit in the table still open is committed first.
    QWidget* editor = QApplication::focusWidget();
    if (editor && editor != m_attendees && m_attendees->isAncestorOf(editor))
        QMetaObject::invokeMethod(m_attendees, "commitData", Q_ARG(QWidget*, editor));
    const Record m = meeting();
    const QString undoText = tr("Edit %1").arg(ValueLabels::label(ValueList::MeetingKind, m_kind));
    if (m_stored.uuid.isEmpty()) {
        auto inserted = m_document->insertRecord(m, undoText);
        if (!inserted)
            return Error{inserted.error()};
        m_stored = m;
        m_stored.uuid = inserted.value();
        return {};
    }
    const Status done = m_document->macro(undoText, [&]() -> Status {
        for (auto it = m.values.cbegin(); it != m.values.cend(); ++it) {
            if (it.key() == QLatin1String("kind") || m_stored.values.value(it.key()) == it.value())
                continue;
            if (Status set = m_document->setField(RecordKind::Meeting, m_stored.uuid, it.key(), it.value()); !set)
                return set;
        }
        return {};
    });
    if (done)
        m_stored = m;
    return done;
}

void MeetingDialog::accept()
{
    if (const Status done = save(); !done) {
        QMessageBox::warning(this, windowTitle(), done.error());
        return;
    }
    QDialog::accept();
}

} // namespace isoaudit
