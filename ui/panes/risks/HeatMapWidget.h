// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RiskScheme.h"

#include <QVector>
#include <QWidget>

namespace isoaudit {

/// The client's risk matrix, painted from its own method: likelihood levels up the side (highest at the top),
/// impact levels along the bottom, each cell coloured by the band its score (under the client's method: product,
/// sum or the client's matrix) falls in and showing how many risks sit there, the acceptance threshold drawn as a heavy
/// boundary, and a legend. Any size from 1 x 1 to 10 x 10.
///
/// A cell is selected by clicking it, or with the arrow keys and Space/Enter; clicking it again or Esc clears the
/// selection. The accessible description summarises the matrix for screen readers; while the map has focus its
/// accessible name is the focused cell (levels, score, band, number of risks, whether it filters the register).
class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget* parent = nullptr);

    void setScheme(const RiskScheme& scheme);
    const RiskScheme& scheme() const { return m_scheme; }
    /// Risks per cell, indexed (likelihood - 1) * impactCount + (impact - 1), as RiskTableModel::cellCounts().
    void setCounts(const QVector<int>& counts);
    int count(int likelihood, int impact) const;
    int totalCount() const;
    int aboveThresholdCount() const;
    /// Shown above the matrix and in the accessible description, e.g. "Inherent risk".
    void setCaption(const QString& caption);

    bool hasSelection() const { return m_selectedLikelihood > 0; }
    int selectedLikelihood() const { return m_selectedLikelihood; }
    int selectedImpact() const { return m_selectedImpact; }
    /// Selects a cell (1-based) and emits cellSelected; out-of-range levels are ignored.
    void selectCell(int likelihood, int impact);
    /// Clears the selection and emits selectionCleared if there was one.
    void clearSelection();
    /// The cell the keyboard is on.
    int currentLikelihood() const { return m_currentLikelihood; }
    int currentImpact() const { return m_currentImpact; }
    /// Where a cell is painted (for tests and tooltips); empty for a level outside the method.
    QRect cellRect(int likelihood, int impact) const;
    /// "5 by 5 risk matrix (Inherent risk), 60 risks, 12 above the acceptance threshold of 10."
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellSelected(int likelihood, int impact);
    void selectionCleared();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Layout
    {
        QRect grid;
        QRect legend;
        int cellWidth = 0;
        int cellHeight = 0;
    };
    Layout layout() const;
    /// The cell under a point, as {likelihood, impact}; {0, 0} when outside the grid.
    std::pair<int, int> cellAt(const QPoint& point) const;
    QString cellDescription(int likelihood, int impact) const;
    void updateAccessibleText();
    void updateAccessibleName();
    void toggleCell(int likelihood, int impact);
    void paintGrid(QPainter& painter, const Layout& layout) const;
    void paintThreshold(QPainter& painter, const Layout& layout) const;
    void paintAxes(QPainter& painter, const Layout& layout) const;
    void paintLegend(QPainter& painter, const Layout& layout) const;

    RiskScheme m_scheme;
    QVector<int> m_counts;
    QString m_caption;
    int m_selectedLikelihood = 0;
    int m_selectedImpact = 0;
    int m_currentLikelihood = 1;
    int m_currentImpact = 1;
};

} // namespace isoaudit
