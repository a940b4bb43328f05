// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/Pane.h"

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

/// The audit plan: which clause items and Annex A controls are audited, when, with whom and by whom. An editable
/// table (tick, calendar, team combo) with a filter and bulk actions for the selected rows (plan, unplan, set
/// the date, assign an auditor), each one undo step.
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSummary();
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
};

} // namespace isoaudit
