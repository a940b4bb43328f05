// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"
#include "models/ControlTestingModel.h"
#include "models/SampleItemTableModel.h"
#include "models/StoreSubscription.h"
#include "panes/Pane.h"
#include "panes/testing/PopulationPage.h"
#include "panes/testing/PopulationRowsPage.h"
#include "panes/testing/ProceduresPage.h"
#include "panes/testing/SampleGridPanel.h"
#include "panes/testing/SamplePage.h"
#include "soc2/PopulationImport.h"
#include "widgets/DeferredRefresh.h"

#include <QDate>
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
///
/// The page keeps the control list, the tabs, navigation and what it remembers; the tabs and the grid are parts of
/// their own (SamplePage, PopulationPage, ProceduresPage, PopulationRowsPage, SampleGridPanel), each owning its models,
/// actions and slots. Their texts keep this class's translation context (TestingPane::tr), where the catalogues
/// translate them.
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
    Result<PopulationImportResult> importPopulation(PopulationImportOptions options)
    {
        return m_population->importPopulation(std::move(options));
    }
    /// Opens the Import population dialog and imports what it gathers.
    void importPopulationInteractively() { m_population->importPopulationInteractively(); }
    /// Records how completeness and accuracy of the shown population was checked (one undo step).
    Status setCompletenessAccuracy(const QString& how, const QString& checkedBy, const QDate& checkedOn)
    {
        return m_population->setCompletenessAccuracy(how, checkedBy, checkedOn);
    }
    /// Shows the shown population's rows in the Rows tab (the first page is read; more as the view scrolls).
    void previewRows();
    /// Draws the current control's sample from the shown population (one undo step: undo removes it, redo draws
    /// again with the same seed and size). `size` overrides the firm's policy and then needs `reason`.
    Status drawSample(std::optional<int> size = std::nullopt, const QString& reason = {},
                      std::optional<quint64> seed = std::nullopt)
    {
        return m_sample->drawSample(size, reason, seed);
    }
    /// Replaces a sample item by one from the same month, with a reason (one undo step; undo restores the item).
    Status replaceItem(const QString& occurrenceId, const QString& reason)
    {
        return m_sample->replaceItem(occurrenceId, reason);
    }
    /// Re-draws the sample from its stored seed and compares; the outcome is shown beside the button.
    Status redrawCheck() { return m_sample->redrawCheck(); }
    /// The grid's commands, on the current index and the selection (view rows): each one undo step.
    Status markCurrent(const QString& result) { return m_grid->markCurrent(result); }
    Status clearSelected() { return m_grid->clearSelected(); }
    Status fillDown() { return m_grid->fillDown(); }
    /// Pastes a column of results (and notes beside them) from `text` (tab and newline separated) from the current
    /// row down; a cell that is no result is named and nothing changes. The clipboard's text when `text` is null.
    Status paste(const QString& text = {}) { return m_grid->paste(text); }
    /// Stores files as evidence with their SHA-256 and links them to the item of a model row (one undo step).
    Status attachFiles(int modelRow, const QStringList& paths) { return m_grid->attachFiles(modelRow, paths); }

    ControlTestingModel* controlModel() const { return m_controls; }
    QTableView* controlView() const { return m_controlView; }
    QLineEdit* filterField() const { return m_filter; }
    QProgressBar* totalProgressBar() const { return m_totalBar; }
    QLabel* totalLabel() const { return m_totalLabel; }
    QLabel* controlHeading() const { return m_heading; }
    QProgressBar* controlProgressBar() const { return m_controlBar; }
    QLabel* controlProgressLabel() const { return m_controlProgress; }
    QTabWidget* tabs() const { return m_tabs; }
    SampleItemTableModel* gridModel() const { return m_grid->model(); }
    QSortFilterProxyModel* gridProxy() const { return m_grid->proxy(); }
    SampleGridView* grid() const { return m_grid->grid(); }
    QLabel* hintLabel() const { return m_grid->hintLabel(); }
    TestProcedureTableModel* procedureModel() const { return m_procedures->model(); }
    QTableView* procedureView() const { return m_procedures->view(); }
    PopulationRowsModel* rowsModel() const { return m_rows->model(); }
    QTableView* rowsView() const { return m_rows->view(); }
    QComboBox* populationCombo() const { return m_population->populationCombo(); }
    QLabel* populationSummary() const { return m_population->populationSummary(); }
    QLabel* coverageLabel() const { return m_population->coverageLabel(); }
    QLineEdit* sha256Field() const { return m_population->sha256Field(); }
    QPlainTextEdit* caHowEdit() const { return m_population->caHowEdit(); }
    QLineEdit* caByEdit() const { return m_population->caByEdit(); }
    QDateEdit* caOnEdit() const { return m_population->caOnEdit(); }
    QLabel* sampleSummary() const { return m_sample->summary(); }
    QLabel* redrawOutcome() const { return m_sample->redrawOutcome(); }
    QSpinBox* sizeOverride() const { return m_sample->sizeOverride(); }
    QLineEdit* sizeReason() const { return m_sample->sizeReason(); }
    QPushButton* drawButton() const { return m_sample->drawButton(); }
    QPushButton* replaceButton() const { return m_sample->replaceButton(); }
    QPushButton* redrawButton() const { return m_sample->redrawButton(); }
    QPushButton* importButton() const { return m_population->importButton(); }
    QPushButton* previewButton() const { return m_population->previewButton(); }
    QComboBox* designCombo() const { return m_procedures->designCombo(); }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildLayout();
    void onControlChanged();
    void applyFilter();
    void updateTotals();
    void updateControlProgress();
    void refreshDetails();
    /// After a change: the details are read on the next turn of the event loop, or when the page is shown again.

    QPointer<AuditDocument> m_document;
    StoreSubscription m_subscription;
    QString m_control;
    DeferredRefresh* m_updates = nullptr; ///< the details are read again when shown, not while another page is

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
    SamplePage* m_sample;
    PopulationPage* m_population;
    ProceduresPage* m_procedures;
    PopulationRowsPage* m_rows;
    SampleGridPanel* m_grid;

    QSplitter* m_outer;
    QSplitter* m_right;
};

} // namespace isoaudit
