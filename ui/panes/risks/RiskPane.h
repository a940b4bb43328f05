// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/Pane.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSplitter;
class QTableView;

namespace isoaudit {

class HeatMapWidget;
class RiskChecksPanel;
class RiskFilterModel;
class RiskTableModel;

/// The risk picture: the client's heat map (inherent or residual) above the editable risk register, with the
/// workflow's cross-checks for the selected risk beside it. Clicking a heat-map cell filters the register to that
/// cell; clicking it again or Esc shows all risks again.
class RiskPane : public Pane
{
    Q_OBJECT

public:
    explicit RiskPane(QWidget* parent = nullptr);
    ~RiskPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    RiskTableModel* tableModel() const { return m_model; }
    RiskFilterModel* filterModel() const { return m_filter; }
    QTableView* tableView() const { return m_table; }
    HeatMapWidget* heatMap() const { return m_heatMap; }
    RiskChecksPanel* checksPanel() const { return m_checks; }
    bool showsResidual() const;
    void setShowsResidual(bool residual);
    /// Adds a risk with the next free reference (undoable) and starts editing its asset.
    void addRisk();
    /// Deletes the selected risks after confirmation, as one undo step.
    void deleteSelectedRisks();

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void buildRegister();
    void scheduleRecount();
    void recount();
    void updateCellFilterLabel();
    void updateButtons();
    void onCurrentRowChanged();
    void editMethod();

    RiskTableModel* m_model = nullptr;
    RiskFilterModel* m_filter = nullptr;
    HeatMapWidget* m_heatMap = nullptr;
    RiskChecksPanel* m_checks = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_verticalSplitter = nullptr;
    QSplitter* m_registerSplitter = nullptr;
    QRadioButton* m_inherentRadio = nullptr;
    QRadioButton* m_residualRadio = nullptr;
    QLabel* m_cellFilterLabel = nullptr;
    QPushButton* m_clearCellButton = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_methodButton = nullptr;
    AuditDocument* m_document = nullptr;
    bool m_recountPending = false;
};

} // namespace isoaudit
