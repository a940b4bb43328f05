// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/Pane.h"

#include <functional>

class QAction;
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeView;

namespace isoaudit {

class CriteriaTreeModel;
class ServiceControlFilterModel;
class ServiceControlTableModel;

/// The Criteria & Controls page of a SOC 2 engagement (issue 17, point 3): on the left the Trust Services Criteria of
/// the categories in scope as a tree, with how many controls address each and the unaddressed ones marked; on the
/// right the control matrix, edited in place and filtered by text, frequency, owner, key controls and tested state.
/// Criteria are mapped to controls by dragging them onto a control's row, by the criteria cell's checkable list
/// (or typed ids), or from the keyboard: Ctrl+M maps the criteria selected in the tree to the selected controls,
/// Ctrl+Shift+M unmaps them. Insert adds a control, Delete deletes the selected ones (after a question when tests or
/// samples go with them); the matrix is imported from and exported to Excel or CSV. Every edit is one undo step.
class ControlsPane : public Pane
{
    Q_OBJECT

public:
    explicit ControlsPane(QWidget* parent = nullptr);
    ~ControlsPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    /// A ServiceControl by uuid or ref; filters that hide it are cleared.
    void showRecord(RecordKind kind, const QString& uuidOrId) override;
    /// Selects and reveals a criterion ("CC6.4") in the tree; "Unaddressed only" is cleared when it hides it.
    void showCriterion(const QString& id);

    CriteriaTreeModel* criteriaModel() const { return m_criteriaModel; }
    ServiceControlTableModel* controlModel() const { return m_controlModel; }
    ServiceControlFilterModel* controlFilter() const { return m_controlFilter; }
    QTreeView* criteriaView() const { return m_criteriaView; }
    QTableView* controlView() const { return m_controlView; }
    QAction* mapAction() const { return m_mapAction; }
    QAction* unmapAction() const { return m_unmapAction; }
    QAction* newControlAction() const { return m_newAction; }
    QAction* deleteControlAction() const { return m_deleteAction; }
    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }

    /// The criteria selected in the tree (a series stands for its criteria), in catalog order.
    QStringList selectedCriteria() const;
    /// Source rows of the selected controls (the current one when no row is selected), in view order.
    QList<int> selectedControlRows() const;

    /// Asked before deleting controls that have tests, populations or samples: true = delete. By default a
    /// question box; tests answer it themselves.
    using Confirmation = std::function<bool(const QString& question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    void mapSelectedCriteria();
    void unmapSelectedCriteria();
    void addControl();
    void deleteSelectedControls();

private:
    QWidget* buildCriteriaSide();
    QWidget* buildControlsSide();
    void buildActions();
    void buildFilterBar(QBoxLayout* layout);
    void configureTable();
    void applyColumnModes();
    void stateRestored() override { applyColumnModes(); }
    void criteriaSelectionChanged();
    void updateSummary();
    void updateCounts();
    void updateActions();
    void refreshOwners();
    void clearControlFilters();
    /// A refusal or a confirmation: shown under the matrix and sent to the status bar.
    void report(const QString& message, bool refused);

    AuditDocument* m_document = nullptr;
    CriteriaTreeModel* m_criteriaModel = nullptr;
    QSortFilterProxyModel* m_criteriaFilter = nullptr;
    ServiceControlTableModel* m_controlModel = nullptr;
    ServiceControlFilterModel* m_controlFilter = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_criteriaView = nullptr;
    QTableView* m_controlView = nullptr;
    QLabel* m_criteriaSummary = nullptr;
    QCheckBox* m_unaddressedOnlyCheck = nullptr;
    QCheckBox* m_criteriaFilterCheck = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QComboBox* m_frequencyCombo = nullptr;
    QComboBox* m_ownerCombo = nullptr;
    QComboBox* m_testedCombo = nullptr;
    QCheckBox* m_keyOnlyCheck = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QAction* m_mapAction = nullptr;
    QAction* m_unmapAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    Confirmation m_confirm;
};

} // namespace isoaudit
