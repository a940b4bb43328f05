// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/engagement/SystemDescriptionForm.h"

#include "document/AuditDocument.h"
#include "widgets/FieldTextEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

/// The undo step's name for an edit of each field ("Edit services").
QString undoTextFor(const QString& column)
{
    static const QList<std::pair<const char*, const char*>> texts = {
        {"services", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit services")},
        {"infrastructure", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit infrastructure")},
        {"software", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit software")},
        {"people", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit people")},
        {"procedures", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit procedures")},
        {"data", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit data")},
        {"boundaries", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit boundaries of the system")},
        {"management_assertion", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit management's assertion")},
        {"intended_users", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Edit intended users")},
        {"report_date", QT_TRANSLATE_NOOP("SystemDescriptionForm", "Set report date")},
    };
    for (const auto& [field, text] : texts) {
        if (column == QLatin1String(field))
            return SystemDescriptionForm::tr(text);
    }
    return {};
}

} // namespace

SystemDescriptionForm::SystemDescriptionForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("systemDescriptionForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* description = new QGroupBox(tr("System description"), this);
    description->setObjectName(QStringLiteral("systemDescriptionBox"));
    auto* grid = new QGridLayout(description);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    const struct
    {
        const char* column;
        QString label;
        QString hint;
    } parts[] = {
        {"services", tr("Services"), tr("The services the system provides to user entities")},
        {"infrastructure", tr("Infrastructure"), tr("Physical and virtual infrastructure, networks, hosting")},
        {"software", tr("Software"), tr("Applications, system software and supporting tools")},
        {"people", tr("People"), tr("Who operates, governs and supports the system")},
        {"procedures", tr("Procedures"), tr("The automated and manual procedures of the system")},
        {"data", tr("Data"), tr("The data the system collects, processes and produces")},
    };
    int at = 0;
    for (const auto& part : parts) {
        FieldTextEdit* edit = addField(description, QLatin1String(part.column), part.label, part.hint, 4);
        grid->addWidget(labelled(description, edit, part.label), at / 2, at % 2);
        ++at;
    }
    FieldTextEdit* boundaries = addField(description, QStringLiteral("boundaries"), tr("Boundaries"),
                                         tr("What the system includes and what it leaves out (carved-out parts)"), 2);
    grid->addWidget(labelled(description, boundaries, tr("Boundaries")), at / 2, 0, 1, 2);
    layout->addWidget(description);

    auto* assertionBox = new QGroupBox(tr("Management's assertion"), this);
    assertionBox->setObjectName(QStringLiteral("assertionBox"));
    auto* assertionLayout = new QVBoxLayout(assertionBox);
    FieldTextEdit* assertion
        = addField(assertionBox, QStringLiteral("management_assertion"), tr("Management's assertion"),
                   tr("Management's own words, printed as Section II of the report"), 5);
    assertionLayout->addWidget(assertion);
    layout->addWidget(assertionBox);
    layout->addStretch(1);

    // The report's date and intended users: a group of this form that the page places in its other column.
    m_reportBox = new QGroupBox(tr("Report"), this);
    m_reportBox->setObjectName(QStringLiteral("reportBox"));
    auto* reportForm = new QFormLayout(m_reportBox);
    m_reportDate = new QDateEdit(m_reportBox);
    m_reportDate->setObjectName(QStringLiteral("reportDateEdit"));
    m_reportDate->setAccessibleName(tr("Report date"));
    m_reportDate->setToolTip(tr("The date of the service auditor's report"));
    m_reportDate->setCalendarPopup(true);
    m_reportDate->setMinimumDate(QDate(2000, 1, 1));
    m_reportDate->setSpecialValueText(tr("Not set")); // the minimum date stands for "no date"
    m_reportDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    reportForm->addRow(tr("&Report date:"), m_reportDate);
    FieldTextEdit* users = addField(m_reportBox, QStringLiteral("intended_users"), tr("Intended users"),
                                    tr("Who the report is meant for (the restricted-use paragraph)"), 2);
    auto* usersLabel = new QLabel(tr("Intended users:"), m_reportBox);
    usersLabel->setBuddy(users);
    reportForm->addRow(usersLabel);
    reportForm->addRow(users);

    connect(m_reportDate, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        save(QStringLiteral("report_date"),
             date == m_reportDate->minimumDate() ? QVariant() : QVariant(date.toString(Qt::ISODate)));
    });
}

FieldTextEdit* SystemDescriptionForm::addField(QWidget* box, const QString& column, const QString& label,
                                               const QString& hint, int lines)
{
    auto* edit = new FieldTextEdit(box);
    edit->setObjectName(column + QStringLiteral("TextEdit"));
    edit->setAccessibleName(label);
    edit->setPlaceholderText(hint);
    edit->setToolTip(hint);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    connect(edit, &FieldTextEdit::edited, this, [this, column](const QString& text) { save(column, text); });
    m_fields.append({column, edit});
    return edit;
}

QWidget* SystemDescriptionForm::labelled(QWidget* box, FieldTextEdit* edit, const QString& label)
{
    auto* container = new QWidget(box);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    auto* title = new QLabel(label, container);
    title->setBuddy(edit);
    layout->addWidget(title);
    layout->addWidget(edit);
    return container;
}

FieldTextEdit* SystemDescriptionForm::field(const QString& column) const
{
    for (const Field& f : m_fields) {
        if (f.column == column)
            return f.edit;
    }
    return nullptr;
}

void SystemDescriptionForm::showValues(const Record& engagement, bool writable)
{
    m_engagement = engagement;
    m_loading = true;
    setEnabled(true);
    m_reportBox->setEnabled(true);
    for (const Field& f : std::as_const(m_fields)) {
        f.edit->setReadOnly(!writable);
        f.edit->setValue(engagement.text(f.column));
    }
    m_reportDate->setReadOnly(!writable);
    {
        const QSignalBlocker blocker(m_reportDate);
        const QDate date = QDate::fromString(engagement.text(QStringLiteral("report_date")), Qt::ISODate);
        m_reportDate->setDate(date.isValid() ? date : m_reportDate->minimumDate());
    }
    m_loading = false;
}

void SystemDescriptionForm::clear()
{
    m_engagement = {};
    m_loading = true;
    for (const Field& f : std::as_const(m_fields))
        f.edit->setValue({});
    const QSignalBlocker blocker(m_reportDate);
    m_reportDate->setDate(m_reportDate->minimumDate());
    m_loading = false;
    setEnabled(false);
    m_reportBox->setEnabled(false);
}

void SystemDescriptionForm::flush()
{
    for (const Field& f : std::as_const(m_fields))
        f.edit->flush();
}

void SystemDescriptionForm::save(const QString& column, const QVariant& value)
{
    if (m_loading || !m_document || m_engagement.uuid.isEmpty() || m_engagement.values.value(column) == value)
        return;
    const Status done
        = m_document->setField(RecordKind::Engagement, m_engagement.uuid, column, value, undoTextFor(column));
    if (!done) {
        emit statusMessage(done.error());
        // The stored text again: a refused paragraph must not look saved.
        const Record engagement = m_engagement;
        const bool writable = !m_document->isReadOnly();
        if (FieldTextEdit* edit = field(column))
            edit->setValue(engagement.text(column));
        if (column == QLatin1String("report_date"))
            showValues(engagement, writable);
    }
}

} // namespace isoaudit
