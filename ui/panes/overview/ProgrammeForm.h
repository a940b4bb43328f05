// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QGroupBox>
#include <QPointer>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace isoaudit {

class AuditDocument;
class FieldTextEdit;
class ProgrammeAuditModel;
class ProgrammeTimeline;

/// The Overview's "Certification programme" group (docs/cycle.md): the certificate (number, scope statement, sites,
/// SoA version certified, decision date, issued, expires), editable with undo; the cycle on a timeline
/// (ProgrammeTimeline); and the programme's audits as a table — history read-only, planned audits editable, added
/// and removed with undo — with "Plan the cycle" (CyclePlan's rules, CyclePlanSteps) as one undo step.
class ProgrammeForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProgrammeForm(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document);
    /// Shows the stored programme and the audit's own values (the current row); `writable` false makes it read-only.
    void refresh(bool writable);
    /// Emits pending typing in the scope statement now.
    void flush();

    /// The widget that edits a programme field (certificate_number, decision_date, ...); nullptr for another.
    QWidget* field(const QString& column) const;
    ProgrammeTimeline* timeline() const { return m_timeline; }
    QTableView* table() const { return m_table; }
    ProgrammeAuditModel* model() const { return m_model; }
    /// Adds a planned audit row (one undo step); its uuid.
    Result<QString> addPlannedAudit();
    /// Removes a planned or cancelled row (one undo step); history and this audit are refused.
    Status removeAudit(const QString& uuid);
    /// Adds and dates the cycle's planned audits as CyclePlan::update would, as one undo step; how many rows it
    /// added or dated.
    Result<int> planCycle();

signals:
    void statusMessage(const QString& message);

private:
    void saveField(const QString& column, const QVariant& value);
    void updateTimeline();
    void updateButtons();
    QString selectedUuid() const;

    QPointer<AuditDocument> m_document;
    Record m_programme;
    bool m_loading = false;
    bool m_writable = false;
    QLineEdit* m_number = nullptr;
    FieldTextEdit* m_scope = nullptr;
    QLineEdit* m_sites = nullptr;
    QLineEdit* m_soaVersion = nullptr;
    QDateEdit* m_decision = nullptr;
    QDateEdit* m_issued = nullptr;
    QDateEdit* m_expires = nullptr;
    ProgrammeTimeline* m_timeline = nullptr;
    QLabel* m_undated = nullptr;
    ProgrammeAuditModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_plan = nullptr;
};

} // namespace isoaudit
