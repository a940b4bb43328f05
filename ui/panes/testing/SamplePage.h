// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panes/testing/TestingSection.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace isoaudit {

class PopulationPage;
class SampleGridPanel;

/// The Testing page's Sample tab: the shown population's sample (its size and the firm's policy row, the seed and
/// method, who drew it), a size override with its reason, Draw sample, Replace item… (the grid's current item, with a
/// reason) and the Re-draw check with its outcome. Drawing and replacing are done by core in its own transaction and
/// undone through AuditDocument::perform.
class SamplePage : public TestingSection
{
    Q_OBJECT

public:
    explicit SamplePage(QWidget* parent = nullptr);

    /// The parts it works with: it draws from the population `populations` shows, and replaces and focuses the
    /// items of `grid`. The page creates them after this tab (the order in which Tab reaches the controls).
    void setParts(const PopulationPage* populations, SampleGridPanel* grid);

    /// A new control starts without an override and without a re-draw outcome.
    void setControl(const QString& controlUuid) override;
    /// Shows the sample drawn from `population` (nullptr: none imported) and enables the buttons that apply.
    void showSample(const Record* population);

    /// Draws the current control's sample from the shown population (one undo step: undo removes it, redo draws
    /// again with the same seed and size). `size` overrides the firm's policy and then needs `reason`.
    Status drawSample(std::optional<int> size = std::nullopt, const QString& reason = {},
                      std::optional<quint64> seed = std::nullopt);
    /// Replaces a sample item by one from the same month, with a reason (one undo step; undo restores the item).
    Status replaceItem(const QString& occurrenceId, const QString& reason);
    /// Re-draws the sample from its stored seed and compares; the outcome is shown beside the button.
    Status redrawCheck();

    QLabel* summary() const { return m_sampleSummary; }
    QLabel* redrawOutcome() const { return m_redrawOutcome; }
    QSpinBox* sizeOverride() const { return m_sizeOverride; }
    QLineEdit* sizeReason() const { return m_sizeReason; }
    QPushButton* drawButton() const { return m_drawButton; }
    QPushButton* replaceButton() const { return m_replaceButton; }
    QPushButton* redrawButton() const { return m_redrawButton; }

private:
    void buildLayout();
    void replaceInteractively();

    const PopulationPage* m_populations = nullptr;
    SampleGridPanel* m_grid = nullptr;
    QLabel* m_sampleSummary;
    QSpinBox* m_sizeOverride;
    QLineEdit* m_sizeReason;
    QPushButton* m_drawButton;
    QPushButton* m_replaceButton;
    QPushButton* m_redrawButton;
    QLabel* m_redrawOutcome;
};

} // namespace isoaudit
