// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/testing/TestingSection.h"
#include "soc2/PopulationImport.h"

#include <QHash>
#include <QPair>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace isoaudit {

/// The Testing page's Population tab: the control's populations (the one shown is picked when it has several), its
/// rows, period coverage and SHA-256, how its completeness and accuracy were checked, Import population… (with a busy
/// indicator while core reads the file) and Preview rows. The import is done by core in its own transaction and
/// undone through AuditDocument::perform; the check is one undo step.
class PopulationPage : public TestingSection
{
    Q_OBJECT

public:
    explicit PopulationPage(QWidget* parent = nullptr);

    void setDocument(AuditDocument* document) override;
    /// A new control's populations are listed afresh (the next showPopulations()).
    void setControl(const QString& controlUuid) override;
    /// Lists the control's populations again, keeping the one picked (else the last), and shows it; returns it.
    std::optional<Record> showPopulations();
    /// No control shown (or it is gone): empties the list and the fields.
    void clear();
    /// Picks a population of the list (when it is there).
    void pickPopulation(const QString& populationUuid);
    /// The population shown (the one picked when the control has several), and its name.
    QString currentPopulation() const;
    QString currentName() const;

    /// Imports a population for the current control as one undo step (undo removes it, redo imports the file
    /// again), with a busy indicator while it runs. `options.controlUuid` defaults to the current control.
    Result<PopulationImportResult> importPopulation(PopulationImportOptions options);
    /// Opens the Import population dialog and imports what it gathers.
    void importPopulationInteractively();
    /// Records how completeness and accuracy of the shown population was checked (one undo step).
    Status setCompletenessAccuracy(const QString& how, const QString& checkedBy, const QDate& checkedOn);

    QComboBox* populationCombo() const { return m_populationCombo; }
    QLabel* populationSummary() const { return m_populationSummary; }
    QLabel* coverageLabel() const { return m_coverage; }
    QLineEdit* sha256Field() const { return m_sha256; }
    QPlainTextEdit* caHowEdit() const { return m_caHow; }
    QLineEdit* caByEdit() const { return m_caBy; }
    QDateEdit* caOnEdit() const { return m_caOn; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* previewButton() const { return m_previewButton; }

signals:
    /// Another population was picked in the list.
    void populationPicked();
    /// Preview rows was pressed.
    void previewRequested();

private:
    void buildLayout();
    void showPopulation(const Record* population);
    QPair<QDate, QDate> dateRange(const Record& population);

    QHash<QString, QPair<QDate, QDate>> m_ranges; ///< population uuid + rows SHA-256 -> its first and last dates
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
};

} // namespace isoaudit
