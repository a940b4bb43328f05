// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/Pane.h"

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace isoaudit {

class SoaFilterModel;
class SoaTableModel;

/// The Statement of Applicability grid: all 93 Annex A controls with applicability, justification, implementation,
/// the risks that chose each control, the auditor's verdict and the evidence count. Cells are edited in place
/// (combo boxes for choices, a multi-line editor for justification and notes); selected rows can be set in one
/// undoable step; a filter bar narrows the grid; a badge shows how complete the SoA is and rows breaking an SoA rule
/// are marked with the reason.
class SoaPane : public Pane
{
    Q_OBJECT

public:
    explicit SoaPane(QWidget* parent = nullptr);
    ~SoaPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    SoaTableModel* tableModel() const { return m_model; }
    SoaFilterModel* filterModel() const { return m_filter; }
    QTableView* tableView() const { return m_table; }
    QLabel* badge() const { return m_badge; }
    /// Source rows of the selected grid rows, in grid order.
    QList<int> selectedSourceRows() const;
    /// Sets a column on every selected row as one undo step; a refusal is shown and nothing changes.
    void bulkSet(int column, const QVariant& value);

private:
    void applyColumnModes();
    void stateRestored() override { applyColumnModes(); } // widths the user chose are kept; the modes are ours
    void buildFilterBar(QHBoxLayout* bar);
    QToolButton* makeBulkButton(const QString& text, int column, const QVariantList& choices);
    void updateBadge();
    void updateSelectionState();
    /// Double-click on the linked risks: go to the risk (a menu when there are several).
    void openLinkedRisk(const QModelIndex& index);
    void clearFilters();

    SoaTableModel* m_model = nullptr;
    SoaFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_themeCombo = nullptr;
    QComboBox* m_applicabilityCombo = nullptr;
    QComboBox* m_verdictCombo = nullptr;
    QCheckBox* m_issuesOnlyCheck = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QList<QToolButton*> m_bulkButtons;
    AuditDocument* m_document = nullptr;
};

} // namespace isoaudit
