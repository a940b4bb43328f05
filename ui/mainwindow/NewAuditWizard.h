// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"

#include <QWizard>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace isoaudit {

/// File > New audit…: three short pages (client and audit type; dates, scope and sites; lead auditor and team)
/// that yield what AuditStore::create needs plus the team and sites to add after it.
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

    /// Adds the team members and sites to a freshly created audit, in one transaction.
    Status addDetails(AuditStore& store) const;

private:
    QWizardPage* createClientPage();
    QWizardPage* createDatesPage();
    QWizardPage* createTeamPage();

    QLineEdit* m_client = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_reportNumber = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QPlainTextEdit* m_scope = nullptr;
    QPlainTextEdit* m_sites = nullptr;
    QLineEdit* m_lead = nullptr;
    QTableWidget* m_team = nullptr;
};

} // namespace isoaudit
