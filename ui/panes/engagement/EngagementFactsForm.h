// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace isoaudit {

class AuditDocument;

/// The left column of the Engagement page: the engagement's facts (the service organization, which is the audit's
/// client, the system, the service auditor's firm, the engagement lead from the team, the report type and its dates:
/// the as-of date of a Type 1 or the period of a Type 2, with its length in months and a warning outside 3 to 12)
/// and the Trust Services categories in scope (Security always). Every change is one undo step through the
/// AuditDocument; a refusal is reported through statusMessage() and the stored value shown again.
class EngagementFactsForm : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementFactsForm(QWidget* parent = nullptr);

    /// The document edits go through (nullptr = none open: the fields are cleared and disabled).
    void setDocument(AuditDocument* document) { m_document = document; }
    /// Shows the stored values; `lead` is the engagement lead's name (the team's lead), `writable` false makes
    /// every field read-only.
    void showValues(const Record& audit, const Record& engagement, const QString& lead, bool writable);
    /// Empties and disables every field (no audit open).
    void clear();

    QLineEdit* organizationEdit() const { return m_organization; }
    QLineEdit* systemEdit() const { return m_system; }
    QLineEdit* auditorEdit() const { return m_auditor; }
    QLineEdit* leadEdit() const { return m_lead; }
    QComboBox* reportTypeCombo() const { return m_reportType; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QDateEdit* periodStartEdit() const { return m_periodStart; }
    QDateEdit* periodEndEdit() const { return m_periodEnd; }
    QLabel* periodLengthLabel() const { return m_periodLength; }
    /// The check box of a category (Enums::trustCategories id), nullptr for an unknown id.
    QCheckBox* categoryCheckBox(const QString& category) const { return m_categories.value(category); }
    QLabel* criteriaCountLabel() const { return m_criteriaCount; }
    /// Whether the as-of row (Type 1) and the period rows (Type 2) are shown.
    bool showsAsOf() const;
    bool showsPeriod() const;

    /// The sentence shown when a Type 2 period is outside 3 to 12 months (or has no valid dates); empty when the
    /// period is fine or the engagement is a Type 1.
    static QString periodWarning(const Record& engagement);

signals:
    void statusMessage(const QString& message);

private:
    QWidget* createFactsBox();
    QWidget* createCategoriesBox();
    void saveEngagementField(const QString& column, const QVariant& value, const QString& undoText);
    void saveOrganization();
    void saveLead();
    void saveReportType();
    void saveCategory(const QString& category, bool inScope);
    void saveDate(QDateEdit* edit, const QString& column, const QString& undoText);
    void showTypeRows(bool type2);
    /// Shows what the store holds again after a refusal.
    void showStoredAgain();

    AuditDocument* m_document = nullptr;
    Record m_audit;
    Record m_engagement;
    QString m_leadName;
    bool m_writable = false;
    bool m_loading = false;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_system = nullptr;
    QLineEdit* m_auditor = nullptr;
    QLineEdit* m_lead = nullptr;
    QComboBox* m_reportType = nullptr;
    QDateEdit* m_asOf = nullptr;
    QDateEdit* m_periodStart = nullptr;
    QDateEdit* m_periodEnd = nullptr;
    QLabel* m_periodLength = nullptr;
    QMap<QString, QCheckBox*> m_categories;
    QLabel* m_criteriaCount = nullptr;
};

} // namespace isoaudit
