// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace isoaudit {

/// Filters the risk register to one heat-map cell (a likelihood and impact, inherent or residual) and by free
/// text; sorts references naturally (R-9 before R-10) and scores as numbers.
class RiskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RiskFilterModel(QObject* parent = nullptr);

    /// Shows only risks at this likelihood and impact (1-based), on the inherent or residual levels.
    void setCellFilter(int likelihood, int impact, bool residual);
    void clearCellFilter();
    bool hasCellFilter() const { return m_likelihood > 0; }
    int cellLikelihood() const { return m_likelihood; }
    int cellImpact() const { return m_impact; }
    bool cellResidual() const { return m_residual; }
    void setTextFilter(const QString& text);
    const QString& textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_likelihood = 0;
    int m_impact = 0;
    bool m_residual = false;
    QString m_text;
};

} // namespace isoaudit
