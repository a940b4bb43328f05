// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soc2/Engagement.h"
#include "storage/AuditStore.h"
#include "workflow/CorrectiveActions.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace isoaudit {

/// File > New audit…: the framework first, then short pages that yield what Lifecycle::create needs plus what to add
/// after it.
/// - An ISO/IEC 27001 audit: client and audit type; dates, scope and sites; lead auditor, certification body and
///   team; risk method and corrective-action deadlines.
/// - A SOC 2 examination: the service organization; the system, report type (Type 1 as of a date, Type 2 over a
///   period) and the trust services categories; the engagement lead, the service auditor's firm and the team.
/// The lead's name, the firm, the risk method and the deadlines start from Preferences (AppSettings).
class NewAuditWizard : public QWizard
{
    Q_OBJECT

public:
    struct TeamEntry
    {
        QString name;
        QString role; ///< one of Enums::teamRoles except "lead"
    };

    enum PageId { ClientPage, DatesPage, TeamPage, MethodPage, EngagementPage };

    explicit NewAuditWizard(QWidget* parent = nullptr);

    /// Whether the auditor chose a SOC 2 examination on the first page.
    bool isSoc2() const;
    void setSoc2(bool soc2);
    /// The SOC 2 engagement as chosen (isSoc2()); Engagement::newAudit checks it.
    EngagementSeed engagementSeed() const;
    int nextId() const override;

    NewAudit audit() const;
    QList<TeamEntry> team() const;
    QStringList sites() const;
    QString reportNumber() const;
    /// The certification body: the organisation of the lead auditor and of the auditors.
    QString certificationBody() const;
    /// A RiskMethodPresets id.
    QString riskMethod() const;
    CorrectiveActions::Deadlines actionDeadlines() const;

    /// Adds the team members, sites, certification body, risk method and deadlines to a freshly created audit, in
    /// one transaction.
    Status addDetails(AuditStore& store) const;

private:
    QWizardPage* createClientPage();
    QWizardPage* createDatesPage();
    QWizardPage* createTeamPage();
    QWizardPage* createMethodPage();
    QWizardPage* createEngagementPage();
    void frameworkChanged();
    void reportTypeChanged();

    QComboBox* m_framework = nullptr;
    QFormLayout* m_clientForm = nullptr;
    QFormLayout* m_teamForm = nullptr;
    QLineEdit* m_client = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_reportNumber = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QPlainTextEdit* m_scope = nullptr;
    QPlainTextEdit* m_sites = nullptr;
    QLineEdit* m_lead = nullptr;
    QLineEdit* m_body = nullptr;
    QTableWidget* m_team = nullptr;
    QComboBox* m_riskMethod = nullptr;
    QSpinBox* m_majorDays = nullptr;
    QSpinBox* m_minorDays = nullptr;
    QLineEdit* m_system = nullptr;
    QComboBox* m_reportType = nullptr;
    QFormLayout* m_engagementForm = nullptr;
    QDateEdit* m_asOf = nullptr;
    QDateEdit* m_periodStart = nullptr;
    QDateEdit* m_periodEnd = nullptr;
    QLabel* m_periodHint = nullptr;
    QList<QCheckBox*> m_categories;
};

} // namespace isoaudit
