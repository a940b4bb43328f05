// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/Pane.h"
#include "util/Result.h"

#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace isoaudit {

class AuditPlanFilter;
class AuditPlanModel;

/// The audit plan: which clause items and Annex A controls are audited, when (the itinerary: date, from, until),
/// where (site), with whom and by whom. An editable table (tick, calendar, time, site and team combos) with a
/// filter and bulk actions for the selected rows (plan, unplan, set the date, assign an auditor), each one undo step.
/// Above it, what the certification cycle has covered (ProgrammeCoverage) with "Propose plan"; below it, the
/// audit-time calculator, the opening and closing meetings and the printed audit plan.
class AuditPlanPane : public Pane
{
    Q_OBJECT

public:
    explicit AuditPlanPane(QWidget* parent = nullptr);

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    QTableView* table() const { return m_table; }
    AuditPlanModel* model() const { return m_model; }
    /// Applies `value` to `column` of every selected row as one undo step.
    void applyToSelection(int column, const QVariant& value, const QString& undoText);
    /// Sets the planned flags to what ProgrammeCoverage::propose proposes, as one undo step; returns how many rows
    /// changed, or the store's refusal.
    Result<int> proposePlan();
    /// Writes the printed audit plan (AuditPlanDocument) to `path` in `language`.
    Status exportPlanPdf(const QString& path, const QString& language);
    QLabel* coverageSummary() const { return m_coverageSummary; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSummary();
    void openAuditTime();
    void openMeeting(const QString& kind);
    void exportPlanInteractively();
    void updateActions();
    void reloadAuditors();
    QList<int> selectedSourceRows() const;

    QPointer<AuditDocument> m_document;
    AuditPlanModel* m_model = nullptr;
    AuditPlanFilter* m_filter = nullptr;
    QComboBox* m_show = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_unplan = nullptr;
    QDateEdit* m_date = nullptr;
    QPushButton* m_setDate = nullptr;
    QComboBox* m_auditor = nullptr;
    QPushButton* m_assign = nullptr;
    QLabel* m_coverageSummary = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_auditTime = nullptr;
    QPushButton* m_opening = nullptr;
    QPushButton* m_closing = nullptr;
    QPushButton* m_exportPlan = nullptr;
};

} // namespace isoaudit
