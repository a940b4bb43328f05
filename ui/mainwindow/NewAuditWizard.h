// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"
#include "workflow/CorrectiveActions.h"

#include <QWizard>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace isoaudit {

/// File > New audit…: four short pages (client and audit type; dates, scope and sites; lead auditor, certification
/// body and team; risk method and corrective-action deadlines) that yield what AuditStore::create needs plus what to
/// add after it. The lead auditor, certification body, risk method and deadlines start from Preferences (AppSettings).
class NewAuditWizard : public QWizard
{
    Q_OBJECT

public:
    struct TeamEntry
    {
        QString name;
        QString role; ///< one of Enums::teamRoles except "lead"
    };

    explicit NewAuditWizard(QWidget* parent = nullptr);

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
};

} // namespace isoaudit
