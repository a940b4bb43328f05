// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RiskFilterModel.h"

#include "delegates/ItemRoles.h"
#include "models/NaturalSort.h"
#include "models/RiskTableModel.h"

namespace isoaudit {

RiskFilterModel::RiskFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
    setDynamicSortFilter(true);
}

void RiskFilterModel::setCellFilter(int likelihood, int impact, bool residual)
{
    if (m_likelihood == likelihood && m_impact == impact && m_residual == residual)
        return;
    m_likelihood = likelihood;
    m_impact = impact;
    m_residual = residual;
    invalidateFilter();
}

void RiskFilterModel::clearCellFilter()
{
    if (m_likelihood == 0)
        return;
    m_likelihood = 0;
    m_impact = 0;
    invalidateFilter();
}

void RiskFilterModel::setTextFilter(const QString& text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool RiskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    auto raw = [&](int column) { return source->index(sourceRow, column, sourceParent).data(ItemRoles::RawValueRole); };
    if (m_likelihood > 0) {
        const QVariant l
            = raw(m_residual ? RiskTableModel::ResidualLikelihoodColumn : RiskTableModel::LikelihoodColumn);
        const QVariant i = raw(m_residual ? RiskTableModel::ResidualImpactColumn : RiskTableModel::ImpactColumn);
        if (l.isNull() || i.isNull() || l.toInt() != m_likelihood || i.toInt() != m_impact)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column :
         {RiskTableModel::RefColumn, RiskTableModel::AssetColumn, RiskTableModel::ThreatColumn,
          RiskTableModel::VulnerabilityColumn, RiskTableModel::OwnerColumn, RiskTableModel::ControlsColumn}) {
        if (raw(column).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RiskFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return NaturalSort::lessThan(a.toString(), b.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace isoaudit
