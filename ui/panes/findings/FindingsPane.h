// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/StoreSubscription.h"
#include "panes/Pane.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;

namespace isoaudit {

class ClassificationPanel;
class CorrectiveActionPanel;
class EarlierFindingsPanel;
class FindingEditor;
class FindingTableModel;

/// The Findings pane: counters by grade, the findings table (grade in colour, corrective-action status, due date,
/// overdue marked), and for the selected finding the detail editor with the classification assistant and the
/// corrective-action flow beside it; above them, when the audit carries any, the earlier audits' nonconformities to
/// verify (EarlierFindingsPanel).
class FindingsPane : public Pane
{
    Q_OBJECT

public:
    explicit FindingsPane(QWidget* parent = nullptr);
    ~FindingsPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;
    void find() override;

    /// Adds a finding of the grade with the next reference for it; returns its uuid.
    Result<QString> addFinding(const QString& grade);
    /// Deletes the selected finding (undoable).
    Status deleteSelected();
    void flush();

    QTableView* view() const { return m_view; }
    FindingTableModel* model() const { return m_model; }
    FindingEditor* editor() const { return m_editor; }
    ClassificationPanel* classification() const { return m_classification; }
    CorrectiveActionPanel* correctiveAction() const { return m_action; }
    /// The earlier audits' nonconformities this audit verifies (shown only when it carries any).
    EarlierFindingsPanel* earlierFindings() const { return m_earlier; }
    QLabel* countersLabel() const { return m_counters; }
    QComboBox* gradeFilter() const { return m_gradeFilter; }
    QToolButton* addButton() const { return m_addButton; }
    QString currentUuid() const;

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void onCurrentChanged();
    void updateCounters();
    /// The grade filter's and the New finding menu's grades: those of the audit's type (and, in the filter, any
    /// grade a finding has).
    void updateGradeChoices();
    void applyFilter();

    QPointer<AuditDocument> m_document;
    StoreSubscription m_auditSubscription;
    QStringList m_shownGrades; ///< in the filter and the counters
    QStringList m_offeredGrades; ///< in the New finding menu
    FindingTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_counters;
    QComboBox* m_gradeFilter;
    QLineEdit* m_textFilter;
    QTableView* m_view;
    QToolButton* m_addButton;
    QPushButton* m_deleteButton;
    FindingEditor* m_editor;
    ClassificationPanel* m_classification;
    CorrectiveActionPanel* m_action;
    EarlierFindingsPanel* m_earlier;
    QSplitter* m_vertical;
    QSplitter* m_horizontal;
};

} // namespace isoaudit
