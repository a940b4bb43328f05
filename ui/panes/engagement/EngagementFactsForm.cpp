// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/engagement/EngagementFactsForm.h"

#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "soc2/Engagement.h"
#include "widgets/FieldText.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace isoaudit {

namespace {

const QString security = QStringLiteral("security");

QDateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(EngagementFactsForm::tr("Not set")); // the minimum date stands for "no date"
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

void showDate(QDateEdit* edit, const QString& iso)
{
    const QSignalBlocker blocker(edit);
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

QVariant dateValue(QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QVariant() : QVariant(edit->date().toString(Qt::ISODate));
}

} // namespace

EngagementFactsForm::EngagementFactsForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("engagementFactsForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFactsBox());
    layout->addWidget(createCategoriesBox());
}

QWidget* EngagementFactsForm::createFactsBox()
{
    auto* box = new QGroupBox(tr("Engagement"), this);
    box->setObjectName(QStringLiteral("engagementFactsBox"));
    auto* boxLayout = new QVBoxLayout(box);
    m_form = new QFormLayout;
    boxLayout->addLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    const auto lineEdit = [box](const char* objectName, const QString& accessibleName, const QString& toolTip) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(QLatin1String(objectName));
        edit->setAccessibleName(accessibleName);
        edit->setToolTip(toolTip);
        return edit;
    };
    m_organization = lineEdit("serviceOrganizationLineEdit", tr("Service organization"),
                              tr("The organization whose system is examined (the audit's client)"));
    m_system = lineEdit("systemNameLineEdit", tr("System"), tr("The name of the system the report describes"));
    m_auditor = lineEdit("serviceAuditorLineEdit", tr("Service auditor"), tr("The CPA firm that examines the system"));
    m_lead = lineEdit("engagementLeadLineEdit", tr("Engagement lead"),
                      tr("The engagement lead of the audit team, named in the report"));
    m_reportType = new QComboBox(box);
    m_reportType->setObjectName(QStringLiteral("reportTypeComboBox"));
    m_reportType->setAccessibleName(tr("Report type"));
    m_reportType->setToolTip(tr("Type 1: the design of the controls as of a date. Type 2: their design and "
                                "operating effectiveness over a period."));
    for (const QString& type : Enums::soc2ReportTypes)
        m_reportType->addItem(ValueLabels::label(ValueList::Soc2ReportType, type), type);
    m_asOf = dateEdit(box, QStringLiteral("asOfDateEdit"), tr("As of"));
    m_asOf->setToolTip(tr("The date the Type 1 report speaks as of"));
    m_periodStart = dateEdit(box, QStringLiteral("periodStartDateEdit"), tr("Period start"));
    m_periodStart->setToolTip(tr("The first day of the period the Type 2 report covers"));
    m_periodEnd = dateEdit(box, QStringLiteral("periodEndDateEdit"), tr("Period end"));
    m_periodEnd->setToolTip(tr("The last day of the period the Type 2 report covers"));
    m_periodLength = new QLabel(box);
    m_periodLength->setObjectName(QStringLiteral("periodLengthLabel"));
    m_periodLength->setWordWrap(true);
    m_periodLength->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form->addRow(tr("Service &organization:"), m_organization);
    m_form->addRow(tr("S&ystem:"), m_system);
    m_form->addRow(tr("Service a&uditor:"), m_auditor);
    m_form->addRow(tr("Engagement &lead:"), m_lead);
    m_form->addRow(tr("Report t&ype:"), m_reportType);
    m_form->addRow(tr("&As of:"), m_asOf);
    m_form->addRow(tr("&Period from:"), m_periodStart);
    m_form->addRow(tr("Period &to:"), m_periodEnd);
    // Below the form, the box's whole width: a wrapped warning gets the height it needs there.
    boxLayout->addWidget(m_periodLength);

    connect(m_organization, &QLineEdit::editingFinished, this, &EngagementFactsForm::saveOrganization);
    connect(m_system, &QLineEdit::editingFinished, this, [this] {
        m_system->setModified(false);
        saveEngagementField(QStringLiteral("system_name"), m_system->text().trimmed(), tr("Set system name"));
    });
    connect(m_auditor, &QLineEdit::editingFinished, this, [this] {
        m_auditor->setModified(false);
        saveEngagementField(QStringLiteral("service_auditor"), m_auditor->text().trimmed(), tr("Set service auditor"));
    });
    connect(m_lead, &QLineEdit::editingFinished, this, &EngagementFactsForm::saveLead);
    connect(m_reportType, &QComboBox::activated, this, &EngagementFactsForm::saveReportType);
    connect(m_asOf, &QDateEdit::dateChanged, this,
            [this] { saveDate(m_asOf, QStringLiteral("as_of_date"), tr("Set as-of date")); });
    connect(m_periodStart, &QDateEdit::dateChanged, this,
            [this] { saveDate(m_periodStart, QStringLiteral("period_start"), tr("Set start of period")); });
    connect(m_periodEnd, &QDateEdit::dateChanged, this,
            [this] { saveDate(m_periodEnd, QStringLiteral("period_end"), tr("Set end of period")); });
    showTypeRows(true);
    return box;
}

QWidget* EngagementFactsForm::createCategoriesBox()
{
    auto* box = new QGroupBox(tr("Categories in scope"), this);
    box->setObjectName(QStringLiteral("categoriesBox"));
    auto* layout = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    int at = 0;
    for (const QString& category : Enums::trustCategories) {
        auto* check = new QCheckBox(ValueLabels::label(ValueList::TrustCategory, category), box);
        check->setObjectName(category + QStringLiteral("CheckBox"));
        if (category == security) {
            check->setChecked(true);
            check->setEnabled(false);
            check->setToolTip(tr("%1 (the common criteria CC1 to CC9) is always in scope.")
                                  .arg(ValueLabels::label(ValueList::TrustCategory, category)));
        } else {
            check->setToolTip(tr("Include the %1 criteria in the examination")
                                  .arg(ValueLabels::label(ValueList::TrustCategory, category)));
            connect(check, &QCheckBox::clicked, this,
                    [this, category](bool checked) { saveCategory(category, checked); });
        }
        m_categories.insert(category, check);
        grid->addWidget(check, at / 2, at % 2); // two to a line, in the order of the criteria
        ++at;
    }
    layout->addLayout(grid);
    m_criteriaCount = new QLabel(box);
    m_criteriaCount->setObjectName(QStringLiteral("criteriaInScopeLabel"));
    m_criteriaCount->setWordWrap(true);
    layout->addWidget(m_criteriaCount);
    return box;
}

void EngagementFactsForm::showTypeRows(bool type2)
{
    m_form->setRowVisible(m_asOf, !type2);
    m_form->setRowVisible(m_periodStart, type2);
    m_form->setRowVisible(m_periodEnd, type2);
}

bool EngagementFactsForm::showsAsOf() const
{
    return m_asOf->isVisibleTo(this);
}

bool EngagementFactsForm::showsPeriod() const
{
    return m_periodStart->isVisibleTo(this) && m_periodEnd->isVisibleTo(this);
}

QString EngagementFactsForm::periodWarning(const Record& engagement)
{
    if (!Engagement::isType2(engagement))
        return {};
    const int months = Engagement::periodMonths(engagement);
    if (months < 0)
        return tr("The Type 2 period has no valid start and end.");
    if (months >= 3 && months <= 12)
        return {};
    return months == 1 ? tr("The period is one month long; a Type 2 period is usually 3 to 12 months. Confirm it is "
                            "the period the report covers.")
                       : tr("The period is %1 months long; a Type 2 period is usually 3 to 12 months. Confirm it is "
                            "the period the report covers.")
                             .arg(months);
}

void EngagementFactsForm::clear()
{
    m_audit = {};
    m_engagement = {};
    m_leadName.clear();
    m_loading = true;
    for (QLineEdit* edit : {m_organization, m_system, m_auditor, m_lead})
        edit->clear();
    for (QDateEdit* edit : {m_asOf, m_periodStart, m_periodEnd})
        showDate(edit, {});
    for (QCheckBox* check : std::as_const(m_categories))
        check->setChecked(check == m_categories.value(security));
    m_periodLength->clear();
    m_periodLength->setStyleSheet({});
    m_criteriaCount->clear();
    m_loading = false;
    setEnabled(false);
}

void EngagementFactsForm::showValues(const Record& audit, const Record& engagement, const QString& lead, bool writable)
{
    m_audit = audit;
    m_engagement = engagement;
    m_leadName = lead;
    m_writable = writable;
    m_loading = true;
    setEnabled(true);
    const QList<std::pair<QLineEdit*, QString>> lines
        = {{m_organization, audit.text(QStringLiteral("client"))},
           {m_system, engagement.text(QStringLiteral("system_name"))},
           {m_auditor, engagement.text(QStringLiteral("service_auditor"))},
           {m_lead, lead}};
    for (const auto& [edit, value] : lines) {
        edit->setReadOnly(!writable);
        if (!edit->hasFocus() || !edit->isModified())
            showFieldText(edit, value);
    }
    const bool type2 = Engagement::isType2(engagement);
    m_reportType->setEnabled(writable);
    m_reportType->setCurrentIndex(m_reportType->findData(type2 ? QStringLiteral("type2") : QStringLiteral("type1")));
    showTypeRows(type2);
    for (QDateEdit* edit : {m_asOf, m_periodStart, m_periodEnd})
        edit->setReadOnly(!writable);
    showDate(m_asOf, engagement.text(QStringLiteral("as_of_date")));
    showDate(m_periodStart, engagement.text(QStringLiteral("period_start")));
    showDate(m_periodEnd, engagement.text(QStringLiteral("period_end")));

    const QString warning = periodWarning(engagement);
    const int months = Engagement::periodMonths(engagement);
    m_periodLength->setVisible(type2);
    if (!warning.isEmpty()) {
        m_periodLength->setText(warning);
        m_periodLength->setStyleSheet(
            ThemeColors::badgeStyleSheet(ThemeColors::warningBadge(palette()), QStringLiteral("padding: 4px;")));
    } else {
        m_periodLength->setText(tr("A period of %1 months.").arg(months)); // 3 to 12 here
        m_periodLength->setStyleSheet({});
    }
    m_periodLength->setAccessibleDescription(warning);

    const QStringList inScope = Engagement::categories(engagement);
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it) {
        it.value()->setChecked(inScope.contains(it.key()));
        if (it.key() != security)
            it.value()->setEnabled(writable);
    }
    // Security alone has 33 criteria: never one.
    m_criteriaCount->setText(tr("%1 criteria in scope.").arg(Engagement::criteriaInScope(engagement).size()));
    m_loading = false;
}

void EngagementFactsForm::saveEngagementField(const QString& column, const QVariant& value, const QString& undoText)
{
    if (m_loading || !m_document || m_engagement.uuid.isEmpty())
        return;
    if (m_engagement.values.value(column) == value)
        return;
    if (const Status done = m_document->setField(RecordKind::Engagement, m_engagement.uuid, column, value, undoText);
        !done) {
        emit statusMessage(done.error());
        showStoredAgain();
    }
}

void EngagementFactsForm::saveOrganization()
{
    const QString client = m_organization->text().trimmed();
    m_organization->setModified(false);
    if (m_loading || !m_document || m_audit.uuid.isEmpty() || client == m_audit.text(QStringLiteral("client")))
        return;
    if (const Status done = m_document->setField(RecordKind::Audit, m_audit.uuid, QStringLiteral("client"), client,
                                                 tr("Set service organization"));
        !done) {
        emit statusMessage(done.error());
        showStoredAgain();
    }
}

void EngagementFactsForm::saveLead()
{
    const QString name = m_lead->text().trimmed();
    m_lead->setModified(false);
    if (m_loading || !m_document || name == m_leadName)
        return;
    // The lead is the team member whose role is "lead" (EngagementData::leadName); a team without one gets one.
    QString leadUuid;
    if (auto team = m_document->store().records(RecordKind::TeamMember)) {
        for (const Record& member : team.value()) {
            if (member.text(QStringLiteral("role")) == QLatin1String("lead")) {
                leadUuid = member.uuid;
                break;
            }
        }
    }
    Status done;
    if (!leadUuid.isEmpty()) {
        done = m_document->setField(RecordKind::TeamMember, leadUuid, QStringLiteral("name"), name,
                                    tr("Set engagement lead"));
    } else {
        Record lead{RecordKind::TeamMember, {}, {}, {{"name", name}, {"role", "lead"}}, {}};
        auto inserted = m_document->insertRecord(lead, tr("Add engagement lead %1").arg(name));
        done = inserted ? Status() : Status(Error{inserted.error()});
    }
    if (!done) {
        emit statusMessage(done.error());
        showStoredAgain();
    }
}

void EngagementFactsForm::saveReportType()
{
    const QString type = m_reportType->currentData().toString();
    if (m_loading || !m_document || m_engagement.uuid.isEmpty()
        || type == m_engagement.text(QStringLiteral("report_type")))
        return;
    // A Type 1 speaks as of a date, a Type 2 covers a period: the date the other type had carries over where the
    // new type's is missing (the period's end is the natural as-of date, and the reverse), in the same undo step.
    // The other type's dates stay stored, so switching back restores them.
    const QString asOf = m_engagement.text(QStringLiteral("as_of_date"));
    const QString periodEnd = m_engagement.text(QStringLiteral("period_end"));
    const QString uuid = m_engagement.uuid;
    AuditDocument* document = m_document;
    const QString undoText = tr("Set report type to %1").arg(ValueLabels::label(ValueList::Soc2ReportType, type));
    const Status done = document->macro(undoText, [&]() -> Status {
        if (auto set = document->setField(RecordKind::Engagement, uuid, QStringLiteral("report_type"), type, undoText);
            !set)
            return set;
        if (type == QLatin1String("type1") && asOf.isEmpty() && !periodEnd.isEmpty())
            return document->setField(RecordKind::Engagement, uuid, QStringLiteral("as_of_date"), periodEnd, undoText);
        if (type == QLatin1String("type2") && periodEnd.isEmpty() && !asOf.isEmpty())
            return document->setField(RecordKind::Engagement, uuid, QStringLiteral("period_end"), asOf, undoText);
        return {};
    });
    if (!done) {
        emit statusMessage(done.error());
        showStoredAgain();
    }
}

void EngagementFactsForm::saveCategory(const QString& category, bool inScope)
{
    if (m_loading || !m_document || m_engagement.uuid.isEmpty())
        return;
    QStringList categories = Engagement::categories(m_engagement);
    if (inScope)
        categories << category;
    else
        categories.removeAll(category);
    auto parsed = Engagement::parseCategories(categories); // Security kept, the catalog's order
    if (!parsed) {
        emit statusMessage(parsed.error());
        showStoredAgain();
        return;
    }
    const QString label = ValueLabels::label(ValueList::TrustCategory, category);
    saveEngagementField(QStringLiteral("categories"), parsed->join(QLatin1Char(' ')),
                        inScope ? tr("Add %1 to the categories in scope").arg(label)
                                : tr("Take %1 out of scope").arg(label));
}

void EngagementFactsForm::saveDate(QDateEdit* edit, const QString& column, const QString& undoText)
{
    saveEngagementField(column, dateValue(edit), undoText);
}

void EngagementFactsForm::showStoredAgain()
{
    if (!m_document)
        return;
    for (QLineEdit* edit : {m_organization, m_system, m_auditor, m_lead})
        edit->setModified(false);
    const Record audit = m_audit;
    const Record engagement = m_engagement;
    const QString lead = m_leadName;
    showValues(audit, engagement, lead, m_writable && !m_document->isReadOnly());
}

} // namespace isoaudit
