// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/ControlTestingModel.h"
#include "models/SampleItemTableModel.h"
#include "models/StoreSubscription.h"
#include "panes/Pane.h"
#include "soc2/PopulationImport.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace isoaudit {

class PopulationRowsModel;
class SampleGridView;
class TestProcedureTableModel;

/// The SOC 2 Testing page (issue 17, point 4): the controls with their progress and core's state on the left (a
/// filter, the total progress), and for the selected control its sample grid — keyboard first: P / E mark and move
/// down, Delete clears, Ctrl+D fills down, Ctrl+V pastes a column, Enter edits the note, files dropped on an item are
/// stored as evidence linked to it — above which tabs hold the sample (size and the firm's policy row, seed, method,
/// Draw sample, Replace item…, Re-draw check), the population (rows, period coverage, SHA-256, the completeness and
/// accuracy check, Import population…, Preview rows), the test procedures (and a Type 1's design conclusion) and the
/// population's rows, read page by page. Every edit is one undo step through AuditDocument (perform() for what core
/// does in its own transaction: an import, a draw, a replacement).
class TestingPane : public Pane
{
    Q_OBJECT

public:
    enum Tab { SampleTab, PopulationTab, ProceduresTab, RowsTab };

    explicit TestingPane(QWidget* parent = nullptr);
    ~TestingPane() override;

    QString title() const override;
    void setDocument(AuditDocument* document) override;
    /// A control, or a test procedure, population, sample or sample item (its control is selected; an item is made
    /// current in the grid).
    void showRecord(RecordKind kind, const QString& uuidOrId) override;

    /// Selects a control and puts the focus on its first untested item; false when it is not in the list.
    bool selectControl(const QString& controlUuid);
    QString currentControl() const { return m_control; }
    /// The population the page shows for the control (the one picked when it has several).
    QString currentPopulation() const;

    /// Imports a population for the current control as one undo step (undo removes it, redo imports the file
    /// again), with a busy indicator while it runs. `options.controlUuid` defaults to the current control.
    Result<PopulationImportResult> importPopulation(PopulationImportOptions options);
    /// Opens the Import population dialog and imports what it gathers.
    void importPopulationInteractively();
    /// Records how completeness and accuracy of the shown population was checked (one undo step).
    Status setCompletenessAccuracy(const QString& how, const QString& checkedBy, const QDate& checkedOn);
    /// Shows the shown population's rows in the Rows tab (the first page is read; more as the view scrolls).
    void previewRows();
    /// Draws the current control's sample from the shown population (one undo step: undo removes it, redo draws
    /// again with the same seed and size). `size` overrides the firm's policy and then needs `reason`.
    Status drawSample(std::optional<int> size = std::nullopt, const QString& reason = {},
                      std::optional<quint64> seed = std::nullopt);
    /// Replaces a sample item by one from the same month, with a reason (one undo step; undo restores the item).
    Status replaceItem(const QString& occurrenceId, const QString& reason);
    /// Re-draws the sample from its stored seed and compares; the outcome is shown beside the button.
    Status redrawCheck();
    /// The grid's commands, on the current index and the selection (view rows): each one undo step.
    Status markCurrent(const QString& result);
    Status clearSelected();
    Status fillDown();
    /// Pastes a column of results (and notes beside them) from `text` (tab and newline separated) from the current
    /// row down; a cell that is no result is named and nothing changes. The clipboard's text when `text` is null.
    Status paste(const QString& text = {});
    /// Stores files as evidence with their SHA-256 and links them to the item of a model row (one undo step).
    Status attachFiles(int modelRow, const QStringList& paths);

    ControlTestingModel* controlModel() const { return m_controls; }
    QTableView* controlView() const { return m_controlView; }
    QLineEdit* filterField() const { return m_filter; }
    QProgressBar* totalProgressBar() const { return m_totalBar; }
    QLabel* totalLabel() const { return m_totalLabel; }
    QLabel* controlHeading() const { return m_heading; }
    QProgressBar* controlProgressBar() const { return m_controlBar; }
    QLabel* controlProgressLabel() const { return m_controlProgress; }
    QTabWidget* tabs() const { return m_tabs; }
    SampleItemTableModel* gridModel() const { return m_items; }
    QSortFilterProxyModel* gridProxy() const { return m_itemProxy; }
    SampleGridView* grid() const { return m_grid; }
    QLabel* hintLabel() const { return m_hint; }
    TestProcedureTableModel* procedureModel() const { return m_procedures; }
    QTableView* procedureView() const { return m_procedureView; }
    PopulationRowsModel* rowsModel() const { return m_rows; }
    QTableView* rowsView() const { return m_rowsView; }
    QComboBox* populationCombo() const { return m_populationCombo; }
    QLabel* populationSummary() const { return m_populationSummary; }
    QLabel* coverageLabel() const { return m_coverage; }
    QLineEdit* sha256Field() const { return m_sha256; }
    QPlainTextEdit* caHowEdit() const { return m_caHow; }
    QLineEdit* caByEdit() const { return m_caBy; }
    QDateEdit* caOnEdit() const { return m_caOn; }
    QLabel* sampleSummary() const { return m_sampleSummary; }
    QLabel* redrawOutcome() const { return m_redrawOutcome; }
    QSpinBox* sizeOverride() const { return m_sizeOverride; }
    QLineEdit* sizeReason() const { return m_sizeReason; }
    QPushButton* drawButton() const { return m_drawButton; }
    QPushButton* replaceButton() const { return m_replaceButton; }
    QPushButton* redrawButton() const { return m_redrawButton; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* previewButton() const { return m_previewButton; }
    QComboBox* designCombo() const { return m_design; }

private:
    void buildLayout();
    void onControlChanged();
    /// The grid's first item without a result (in the view's order), or none.
    QModelIndex firstUntested() const;
    void applyFilter();
    void updateTotals();
    void updateControlProgress();
    void refreshDetails();
    void scheduleDetails() { m_detailsTimer.start(); }
    void fillPopulationTab(const Record* population);
    void fillSampleTab(const Record* population);
    void focusFirstUntested();
    int currentModelRow() const;
    QList<int> selectedModelRows() const;
    void setCurrentModelRow(int row, int column = -1);
    void openEvidence(const QModelIndex& viewIndex);
    void replaceInteractively();
    void report(const Status& status);
    QPair<QDate, QDate> dateRange(const Record& population);
    QString controlRef() const;
    QDate periodStart() const;
    QDate periodEnd() const;
    bool isType1() const;

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QString m_control;
    QHash<QString, QPair<QDate, QDate>> m_ranges; ///< population uuid + rows SHA-256 -> its first and last dates
    QTimer m_detailsTimer;

    ControlTestingModel* m_controls;
    QSortFilterProxyModel* m_controlProxy;
    QTableView* m_controlView;
    QLineEdit* m_filter;
    QProgressBar* m_totalBar;
    QLabel* m_totalLabel;

    QLabel* m_heading;
    QProgressBar* m_controlBar;
    QLabel* m_controlProgress;
    QTabWidget* m_tabs;

    // Sample tab
    QLabel* m_sampleSummary;
    QSpinBox* m_sizeOverride;
    QLineEdit* m_sizeReason;
    QPushButton* m_drawButton;
    QPushButton* m_replaceButton;
    QPushButton* m_redrawButton;
    QLabel* m_redrawOutcome;

    // Population tab
    QComboBox* m_populationCombo;
    QLabel* m_populationSummary;
    QLabel* m_coverage;
    QLineEdit* m_sha256;
    QPlainTextEdit* m_caHow;
    QLineEdit* m_caBy;
    QDateEdit* m_caOn;
    QPushButton* m_caSave;
    QPushButton* m_importButton;
    QPushButton* m_previewButton;

    // Procedures tab
    TestProcedureTableModel* m_procedures;
    QTableView* m_procedureView;
    QToolButton* m_addProcedure;
    QPushButton* m_removeProcedure;
    QWidget* m_designRow;
    QComboBox* m_design;
    QLineEdit* m_designNote;

    // Rows tab
    PopulationRowsModel* m_rows;
    QTableView* m_rowsView;
    QLabel* m_rowsLabel;

    // The grid
    SampleItemTableModel* m_items;
    QSortFilterProxyModel* m_itemProxy;
    SampleGridView* m_grid;
    QLabel* m_hint;

    QSplitter* m_outer;
    QSplitter* m_right;
};

} // namespace isoaudit
