// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/NewAuditWizard.h"

#include "catalog/Catalogs.h"
#include "domain/ValueLabels.h"
#include "settings/AppSettings.h"
#include "settings/RiskMethodPresets.h"
#include "workbench/WorkbenchLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace isoaudit {

namespace {
/// A wizard page whose Next button waits for a non-empty line edit.
class RequiredFieldPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    QLineEdit* required = nullptr;
    bool isComplete() const override { return !required || !required->text().trimmed().isEmpty(); }
};

/// A wizard page whose Next button waits for `check` (a Type 2 period that ends after it starts).
class CheckedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> check;
    bool isComplete() const override { return !check || check(); }
};
} // namespace

NewAuditWizard::NewAuditWizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New Audit"));
    setObjectName(QStringLiteral("newAuditWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ClientPage, createClientPage());
    setPage(DatesPage, createDatesPage());
    setPage(TeamPage, createTeamPage());
    setPage(MethodPage, createMethodPage());
    setPage(EngagementPage, createEngagementPage());
    setStartId(ClientPage);
    frameworkChanged();
    resize(640, 500);
}

bool NewAuditWizard::isSoc2() const
{
    return m_framework->currentData().toString() == Catalogs::soc2FrameworkId();
}

void NewAuditWizard::setSoc2(bool soc2)
{
    m_framework->setCurrentIndex(soc2 ? 1 : 0);
}

int NewAuditWizard::nextId() const
{
    switch (currentId()) {
    case ClientPage:
        return isSoc2() ? EngagementPage : DatesPage;
    case EngagementPage:
    case DatesPage:
        return TeamPage;
    case TeamPage:
        return isSoc2() ? -1 : MethodPage;
    default:
        return -1;
    }
}

void NewAuditWizard::frameworkChanged()
{
    const bool soc2 = isSoc2();
    setWindowTitle(soc2 ? tr("New SOC 2 Engagement") : tr("New Audit"));
    auto* clientPage = page(ClientPage);
    clientPage->setTitle(soc2 ? tr("Service organization") : tr("Client and audit type"));
    clientPage->setSubTitle(soc2 ? tr("The service organization whose system the SOC 2 report describes.")
                                 : tr("Who is audited, and which audit of the certification cycle this is."));
    if (auto* label = qobject_cast<QLabel*>(m_clientForm->labelForField(m_client)))
        label->setText(soc2 ? tr("Service &organization:") : tr("&Client:"));
    m_client->setAccessibleName(soc2 ? tr("Service organization") : tr("Client"));
    m_client->setPlaceholderText(soc2 ? tr("e.g. Kestrel Analytics Inc.") : tr("e.g. Northwind Logistics Ltd"));
    m_clientForm->setRowVisible(m_type, !soc2);

    auto* teamPage = page(TeamPage);
    teamPage->setTitle(soc2 ? tr("Engagement team") : tr("Audit team"));
    teamPage->setSubTitle(soc2 ? tr("The engagement lead signs the service auditor's report; add the other members "
                                    "of the engagement team with their roles.")
                               : tr("The lead auditor signs the report; add the other team members with their roles."));
    if (auto* label = qobject_cast<QLabel*>(m_teamForm->labelForField(m_lead)))
        label->setText(soc2 ? tr("Engagement &lead:") : tr("&Lead auditor:"));
    if (auto* label = qobject_cast<QLabel*>(m_teamForm->labelForField(m_body)))
        label->setText(soc2 ? tr("Service auditor's &firm:") : tr("Certification &body:"));
    m_lead->setAccessibleName(soc2 ? tr("Engagement lead") : tr("Lead auditor"));
    m_lead->setToolTip(soc2 ? tr("Your name from Preferences; the engagement lead signs the report")
                            : tr("Your name from Preferences; the lead auditor signs the report"));
    m_body->setAccessibleName(soc2 ? tr("Service auditor's firm") : tr("Certification body"));
    m_body->setToolTip(soc2 ? tr("The CPA firm that performs the examination, from Preferences")
                            : tr("The organisation of the lead auditor and the auditors, from Preferences"));
}

QWizardPage* NewAuditWizard::createClientPage()
{
    auto* page = new RequiredFieldPage(this);
    page->setTitle(tr("Client and audit type"));
    page->setSubTitle(tr("Who is audited, and which audit of the certification cycle this is."));
    auto* form = new QFormLayout(page);
    m_clientForm = form;
    m_framework = new QComboBox(page);
    m_framework->setObjectName(QStringLiteral("frameworkComboBox"));
    m_framework->setAccessibleName(tr("Framework"));
    m_framework->setToolTip(tr("An ISO/IEC 27001 certification audit, or a SOC 2 examination (an attestation "
                               "engagement on the Trust Services Criteria)"));
    m_framework->addItem(tr("ISO/IEC 27001:2022 certification audit"), QStringLiteral("iso27001-2022"));
    m_framework->addItem(tr("SOC 2 examination (Trust Services Criteria)"), Catalogs::soc2FrameworkId());
    connect(m_framework, &QComboBox::currentIndexChanged, this, &NewAuditWizard::frameworkChanged);
    form->addRow(tr("&Framework:"), m_framework);
    m_client = new QLineEdit(page);
    m_client->setObjectName(QStringLiteral("clientLineEdit"));
    m_client->setPlaceholderText(tr("e.g. Northwind Logistics Ltd"));
    m_client->setAccessibleName(tr("Client"));
    page->required = m_client;
    connect(m_client, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("auditTypeComboBox"));
    m_type->setAccessibleName(tr("Audit type"));
    for (const QString& type : Enums::auditTypes)
        m_type->addItem(WorkbenchLabels::label(QStringLiteral("audit_type"), type), type);
    m_type->setCurrentIndex(Enums::auditTypes.indexOf(QStringLiteral("stage2")));
    m_reportNumber = new QLineEdit(page);
    m_reportNumber->setObjectName(QStringLiteral("reportNumberLineEdit"));
    m_reportNumber->setAccessibleName(tr("Report number"));
    m_reportNumber->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Audit &type:"), m_type);
    form->addRow(tr("&Report number:"), m_reportNumber);
    return page;
}

QWizardPage* NewAuditWizard::createDatesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Dates, scope and sites"));
    page->setSubTitle(tr("The on-site days, the certification scope as the client states it, and the sites visited."));
    auto* form = new QFormLayout(page);
    const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
    m_start = new QDateEdit(monday, page);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("First audit day"));
    m_end = new QDateEdit(monday.addDays(3), page);
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    m_end->setCalendarPopup(true);
    m_end->setAccessibleName(tr("Last audit day"));
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& start) { m_end->setMinimumDate(start); });
    m_end->setMinimumDate(m_start->date());
    m_scope = new QPlainTextEdit(page);
    m_scope->setObjectName(QStringLiteral("scopeTextEdit"));
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setPlaceholderText(tr("The ISMS scope statement, e.g. \"Development and operation of …\""));
    m_scope->setTabChangesFocus(true);
    m_sites = new QPlainTextEdit(page);
    m_sites->setObjectName(QStringLiteral("sitesTextEdit"));
    m_sites->setAccessibleName(tr("Sites, one per line"));
    m_sites->setPlaceholderText(tr("One site per line"));
    m_sites->setTabChangesFocus(true);
    m_sites->setMaximumHeight(80);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("S&ites:"), m_sites);
    return page;
}

QWizardPage* NewAuditWizard::createTeamPage()
{
    auto* page = new RequiredFieldPage(this);
    page->setTitle(tr("Audit team"));
    page->setSubTitle(tr("The lead auditor signs the report; add the other team members with their roles."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_teamForm = form;
    m_lead = new QLineEdit(page);
    m_lead->setObjectName(QStringLiteral("leadAuditorLineEdit"));
    m_lead->setAccessibleName(tr("Lead auditor"));
    m_lead->setToolTip(tr("Your name from Preferences; the lead auditor signs the report"));
    m_lead->setText(AppSettings::auditorName());
    page->required = m_lead;
    connect(m_lead, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    m_body = new QLineEdit(page);
    m_body->setObjectName(QStringLiteral("certificationBodyLineEdit"));
    m_body->setAccessibleName(tr("Certification body"));
    m_body->setToolTip(tr("The organisation of the lead auditor and the auditors, from Preferences"));
    m_body->setPlaceholderText(tr("optional"));
    m_body->setText(AppSettings::certificationBody().name);
    form->addRow(tr("&Lead auditor:"), m_lead);
    form->addRow(tr("Certification &body:"), m_body);
    layout->addLayout(form);
    auto* teamLabel = new QLabel(tr("&Team members (name, role):"), page);
    m_team = new QTableWidget(4, 2, page);
    m_team->setObjectName(QStringLiteral("teamTableWidget"));
    m_team->setAccessibleName(tr("Team members"));
    m_team->setTabKeyNavigation(false); // Tab reaches the role boxes and the wizard's buttons; arrows move cells
    m_team->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_team->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_team->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_team->verticalHeader()->hide();
    for (int row = 0; row < m_team->rowCount(); ++row) {
        auto* role = new QComboBox(m_team);
        role->setAccessibleName(tr("Role of team member %1").arg(row + 1));
        for (const QString& r : Enums::teamRoles) {
            if (r != QLatin1String("lead"))
                role->addItem(WorkbenchLabels::label(QStringLiteral("role"), r), r);
        }
        m_team->setCellWidget(row, 1, role);
    }
    // setCellWidget() moves the role boxes to the end of the focus chain, past the wizard's Next button: put them
    // back right after the table, so Tab goes lead, body, table, roles, then the buttons.
    QWidget* previous = m_team;
    for (int row = 0; row < m_team->rowCount(); ++row) {
        QWidget::setTabOrder(previous, m_team->cellWidget(row, 1));
        previous = m_team->cellWidget(row, 1);
    }
    teamLabel->setBuddy(m_team);
    layout->addWidget(teamLabel);
    layout->addWidget(m_team);
    return page;
}

QWizardPage* NewAuditWizard::createMethodPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Risk method and deadlines"));
    page->setSubTitle(tr("The matrix to record the client's risks in (adapt it to the client's own method later in the "
                         "Risks pane) and how long the client has for corrective actions after the last audit day."));
    auto* form = new QFormLayout(page);
    m_riskMethod = new QComboBox(page);
    m_riskMethod->setObjectName(QStringLiteral("riskMethodComboBox"));
    m_riskMethod->setAccessibleName(tr("Risk method"));
    m_riskMethod->setToolTip(tr("The risk matrix the audit starts with; the default comes from Preferences"));
    for (const QString& id : RiskMethodPresets::ids()) {
        m_riskMethod->addItem(RiskMethodPresets::label(id), id);
        m_riskMethod->setItemData(m_riskMethod->count() - 1, RiskMethodPresets::description(id), Qt::ToolTipRole);
    }
    const AppSettings::Values preferences = AppSettings::load();
    m_riskMethod->setCurrentIndex(std::max(0, m_riskMethod->findData(preferences.riskMethod)));
    using Deadlines = CorrectiveActions::Deadlines;
    const auto daysBox = [page](const QString& objectName, int value, const QString& name) {
        auto* spin = new QSpinBox(page);
        spin->setObjectName(objectName);
        spin->setRange(Deadlines::minimumDays, Deadlines::maximumDays);
        spin->setSuffix(tr(" days"));
        spin->setValue(value);
        spin->setAccessibleName(name);
        return spin;
    };
    m_majorDays = daysBox(QStringLiteral("majorDaysSpinBox"), preferences.actionDeadlines.majorActionDays,
                          tr("Days to verify a major nonconformity's correction"));
    m_majorDays->setToolTip(tr("A major nonconformity's corrective action is due this many days after the last day"));
    m_minorDays = daysBox(QStringLiteral("minorDaysSpinBox"), preferences.actionDeadlines.minorPlanDays,
                          tr("Days to accept a minor nonconformity's plan"));
    m_minorDays->setToolTip(tr("A minor nonconformity's action plan is due this many days after the last day"));
    form->addRow(tr("&Risk method:"), m_riskMethod);
    form->addRow(tr("&Major nonconformity, verified within:"), m_majorDays);
    form->addRow(tr("M&inor nonconformity, plan accepted within:"), m_minorDays);
    return page;
}

QWizardPage* NewAuditWizard::createEngagementPage()
{
    auto* page = new CheckedPage(this);
    page->setTitle(tr("System, report type and categories"));
    page->setSubTitle(tr("The system the report describes, whether it speaks as of a date (Type 1) or over a period "
                         "(Type 2), and the trust services categories in scope."));
    auto* form = new QFormLayout(page);
    m_engagementForm = form;
    m_system = new QLineEdit(page);
    m_system->setObjectName(QStringLiteral("systemLineEdit"));
    m_system->setAccessibleName(tr("System"));
    m_system->setPlaceholderText(tr("e.g. Kestrel Insights analytics platform"));
    m_reportType = new QComboBox(page);
    m_reportType->setObjectName(QStringLiteral("reportTypeComboBox"));
    m_reportType->setAccessibleName(tr("Report type"));
    for (const QString& type : ValueLabels::values(ValueList::Soc2ReportType))
        m_reportType->addItem(ValueLabels::label(ValueList::Soc2ReportType, type), type);
    m_reportType->setCurrentIndex(std::max(0, m_reportType->findData(QStringLiteral("type2"))));
    // A Type 2 period of twelve months ending with the last month; Type 1 as of today.
    const QDate today = QDate::currentDate();
    const QDate lastMonthEnd = QDate(today.year(), today.month(), 1).addDays(-1);
    m_asOf = new QDateEdit(today, page);
    m_asOf->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setAccessibleName(tr("As-of date"));
    m_periodStart = new QDateEdit(lastMonthEnd.addMonths(-12).addDays(1), page);
    m_periodStart->setObjectName(QStringLiteral("periodStartDateEdit"));
    m_periodStart->setCalendarPopup(true);
    m_periodStart->setAccessibleName(tr("Start of the period"));
    m_periodEnd = new QDateEdit(lastMonthEnd, page);
    m_periodEnd->setObjectName(QStringLiteral("periodEndDateEdit"));
    m_periodEnd->setCalendarPopup(true);
    m_periodEnd->setAccessibleName(tr("End of the period"));
    m_periodHint = new QLabel(page);
    m_periodHint->setObjectName(QStringLiteral("periodHintLabel"));
    m_periodHint->setWordWrap(true);
    auto* categories = new QWidget(page);
    auto* grid = new QGridLayout(categories);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList ids = ValueLabels::values(ValueList::TrustCategory);
    for (int i = 0; i < ids.size(); ++i) {
        auto* box = new QCheckBox(ValueLabels::label(ValueList::TrustCategory, ids.at(i)), categories);
        box->setObjectName(QStringLiteral("category-%1").arg(ids.at(i)));
        box->setProperty("category", ids.at(i));
        box->setAccessibleName(tr("Category %1").arg(box->text()));
        if (ids.at(i) == QLatin1String("security")) {
            box->setChecked(true);
            box->setEnabled(false);
            box->setToolTip(tr("The common criteria (Security) are in scope of every SOC 2 examination"));
        }
        grid->addWidget(box, i / 3, i % 3);
        m_categories << box;
    }
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("Report &type:"), m_reportType);
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("Period &from:"), m_periodStart);
    form->addRow(tr("Period &to:"), m_periodEnd);
    form->addRow(QString(), m_periodHint);
    form->addRow(tr("Categories:"), categories);
    connect(m_reportType, &QComboBox::currentIndexChanged, this, &NewAuditWizard::reportTypeChanged);
    connect(m_periodStart, &QDateEdit::dateChanged, this, &NewAuditWizard::reportTypeChanged);
    connect(m_periodEnd, &QDateEdit::dateChanged, this, &NewAuditWizard::reportTypeChanged);
    page->check = [this] {
        return m_reportType->currentData().toString() != QLatin1String("type2")
               || m_periodEnd->date() > m_periodStart->date();
    };
    for (QDateEdit* edit : {m_periodStart, m_periodEnd})
        connect(edit, &QDateEdit::dateChanged, page, &QWizardPage::completeChanged);
    connect(m_reportType, &QComboBox::currentIndexChanged, page, &QWizardPage::completeChanged);
    reportTypeChanged();
    return page;
}

void NewAuditWizard::reportTypeChanged()
{
    const bool type2 = m_reportType->currentData().toString() == QLatin1String("type2");
    m_engagementForm->setRowVisible(m_asOf, !type2);
    m_engagementForm->setRowVisible(m_periodStart, type2);
    m_engagementForm->setRowVisible(m_periodEnd, type2);
    m_engagementForm->setRowVisible(m_periodHint, type2);
    if (!type2)
        return;
    const QDate start = m_periodStart->date();
    const QDate end = m_periodEnd->date();
    if (end <= start) {
        m_periodHint->setText(tr("The period must end after it starts."));
        return;
    }
    const int months = Engagement::periodMonths(start, end); // as the rule soc2.period-length counts them
    const QString length = tr("%n month(s).", nullptr, months);
    m_periodHint->setText(months < 3 || months > 12
                              ? length + QLatin1Char(' ')
                                    + tr("A Type 2 period is usually 3 to 12 months; IsoAudit will warn.")
                              : length);
}

EngagementSeed NewAuditWizard::engagementSeed() const
{
    EngagementSeed seed;
    seed.organization = m_client->text().trimmed();
    seed.systemName = m_system->text().trimmed();
    seed.serviceAuditor = m_body->text().trimmed();
    seed.lead = m_lead->text().trimmed();
    seed.reportType = m_reportType->currentData().toString();
    if (seed.reportType == QLatin1String("type2")) {
        seed.periodStart = m_periodStart->date();
        seed.periodEnd = m_periodEnd->date();
    } else {
        seed.asOf = m_asOf->date();
    }
    for (const QCheckBox* box : m_categories) {
        if (box->isChecked())
            seed.categories << box->property("category").toString();
    }
    return seed;
}

NewAudit NewAuditWizard::audit() const
{
    NewAudit audit;
    audit.client = m_client->text().trimmed();
    audit.auditType = m_type->currentData().toString();
    audit.leadAuditor = m_lead->text().trimmed();
    audit.scope = m_scope->toPlainText().trimmed();
    audit.startDate = m_start->date();
    audit.endDate = m_end->date();
    return audit;
}

QList<NewAuditWizard::TeamEntry> NewAuditWizard::team() const
{
    QList<TeamEntry> entries;
    for (int row = 0; row < m_team->rowCount(); ++row) {
        const QTableWidgetItem* item = m_team->item(row, 0);
        const QString name = item ? item->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        const auto* role = qobject_cast<QComboBox*>(m_team->cellWidget(row, 1));
        entries.append({name, role ? role->currentData().toString() : QStringLiteral("auditor")});
    }
    return entries;
}

QStringList NewAuditWizard::sites() const
{
    QStringList result;
    for (const QString& line : m_sites->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

QString NewAuditWizard::reportNumber() const
{
    return m_reportNumber->text().trimmed();
}

QString NewAuditWizard::certificationBody() const
{
    return m_body->text().trimmed();
}

QString NewAuditWizard::riskMethod() const
{
    return m_riskMethod->currentData().toString();
}

CorrectiveActions::Deadlines NewAuditWizard::actionDeadlines() const
{
    return {m_majorDays->value(), m_minorDays->value()};
}

Status NewAuditWizard::addDetails(AuditStore& store) const
{
    return store.batch([&]() -> Status {
        const QString body = certificationBody();
        if (!body.isEmpty()) {
            auto members = store.records(RecordKind::TeamMember);
            if (!members)
                return Error{members.error()};
            for (const Record& lead : members.value()) {
                if (lead.text(QStringLiteral("role")) != QLatin1String("lead"))
                    continue;
                if (auto done = store.setField(RecordKind::TeamMember, lead.uuid, QStringLiteral("organization"), body);
                    !done)
                    return done;
            }
        }
        for (const TeamEntry& member : team()) {
            Record record{RecordKind::TeamMember, {}, {}, {{"name", member.name}, {"role", member.role}}, {}};
            if (member.role == QLatin1String("auditor") && !body.isEmpty())
                record.values.insert(QStringLiteral("organization"), body);
            if (auto done = store.insert(record); !done)
                return Error{done.error()};
        }
        if (isSoc2()) { // no risk matrix, nonconformity deadlines or sites in a SOC 2 examination
            if (reportNumber().isEmpty())
                return {};
            auto audit = store.audit();
            if (!audit)
                return Error{audit.error()};
            return store.setField(RecordKind::Audit, audit->uuid, QStringLiteral("report_number"), reportNumber());
        }
        // Audits start with the 5 x 5 method and the schema's deadlines; only a different choice is written, so
        // the trail of a new audit made with the defaults stays as it was.
        if (riskMethod() != RiskMethodPresets::defaultId()) {
            if (auto done = RiskMethodPresets::apply(store, riskMethod()); !done)
                return done;
        }
        if (actionDeadlines() != CorrectiveActions::Deadlines{}) {
            if (auto done = CorrectiveActions::setDeadlines(store, actionDeadlines()); !done)
                return done;
        }
        for (const QString& site : sites()) {
            if (auto done = store.insert({RecordKind::Site, {}, {}, {{"name", site}}, {}}); !done)
                return Error{done.error()};
        }
        if (!reportNumber().isEmpty()) {
            auto audit = store.audit();
            if (!audit)
                return Error{audit.error()};
            return store.setField(RecordKind::Audit, audit->uuid, QStringLiteral("report_number"), reportNumber());
        }
        return {};
    });
}

} // namespace isoaudit
