// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace isoaudit {

/// Filters the risk register to one heat-map cell (a likelihood and impact, inherent or residual) and by free
/// text; sorts references naturally (R-9 before R-10) and scores as numbers. Each row's searchable text and sort key
/// are kept (case-folded) once read, so a keystroke costs one substring search per row, not a model read per column;
/// they are dropped when the source's rows or data change.
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
    void setSourceModel(QAbstractItemModel* source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const QString& searchText(int sourceRow) const;
    const QVariant& sortKey(const QModelIndex& sourceIndex) const;
    void dropCaches();
    void dropRows(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    int m_likelihood = 0;
    int m_impact = 0;
    bool m_residual = false;
    QString m_text;
    QString m_foldedText;
    QList<QMetaObject::Connection> m_sourceConnections;
    /// Per source row: the searched columns' text, case-folded (a null string = not read yet).
    mutable QList<QString> m_searchTexts;
    /// Per source row: the sort column's SortRole value once read, for m_sortKeyColumn.
    mutable QList<std::optional<QVariant>> m_sortKeys;
    mutable int m_sortKeyColumn = -1;
};

} // namespace isoaudit
