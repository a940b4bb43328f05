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
    m_foldedText = m_text.toCaseFolded();
    invalidateFilter();
}

void RiskFilterModel::setSourceModel(QAbstractItemModel* source)
{
    for (const auto& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    dropCaches();
    // Connected before the base class connects its own handlers, so the caches are dropped before the proxy
    // refilters or re-sorts the changed rows.
    if (source) {
        const auto drop = [this] { dropCaches(); };
        m_sourceConnections << connect(source, &QAbstractItemModel::modelReset, this, drop)
                            << connect(source, &QAbstractItemModel::layoutChanged, this, drop)
                            << connect(source, &QAbstractItemModel::rowsInserted, this, drop)
                            << connect(source, &QAbstractItemModel::rowsRemoved, this, drop)
                            << connect(source, &QAbstractItemModel::rowsMoved, this, drop);
        m_sourceConnections << connect(source, &QAbstractItemModel::dataChanged, this, &RiskFilterModel::dropRows);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void RiskFilterModel::dropCaches()
{
    m_searchTexts.clear();
    m_sortKeys.clear();
}

void RiskFilterModel::dropRows(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row >= 0 && row < m_searchTexts.size())
            m_searchTexts[row] = QString();
        if (row >= 0 && row < m_sortKeys.size())
            m_sortKeys[row].reset();
    }
}

const QString& RiskFilterModel::searchText(int sourceRow) const
{
    const QAbstractItemModel* source = sourceModel();
    if (m_searchTexts.size() != source->rowCount())
        m_searchTexts = QList<QString>(source->rowCount());
    QString& text = m_searchTexts[sourceRow];
    if (text.isNull()) {
        text = QLatin1String(""); // not null: read
        for (int column :
             {RiskTableModel::RefColumn, RiskTableModel::AssetColumn, RiskTableModel::ThreatColumn,
              RiskTableModel::VulnerabilityColumn, RiskTableModel::OwnerColumn, RiskTableModel::ControlsColumn}) {
            // A unit separator between the columns: a search never matches across two of them.
            text += source->index(sourceRow, column).data(ItemRoles::RawValueRole).toString().toCaseFolded();
            text += QChar(0x1f);
        }
    }
    return text;
}

const QVariant& RiskFilterModel::sortKey(const QModelIndex& sourceIndex) const
{
    const QAbstractItemModel* source = sourceModel();
    if (m_sortKeyColumn != sourceIndex.column() || m_sortKeys.size() != source->rowCount()) {
        m_sortKeys = QList<std::optional<QVariant>>(source->rowCount());
        m_sortKeyColumn = sourceIndex.column();
    }
    std::optional<QVariant>& key = m_sortKeys[sourceIndex.row()];
    if (!key)
        key = sourceIndex.data(sortRole());
    return *key;
}

bool RiskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    auto raw = [&](int column) { return source->index(sourceRow, column, sourceParent).data(ItemRoles::RawValueRole); };
    if (sourceParent.isValid())
        return false; // a flat register
    if (m_likelihood > 0) {
        const QVariant l
            = raw(m_residual ? RiskTableModel::ResidualLikelihoodColumn : RiskTableModel::LikelihoodColumn);
        const QVariant i = raw(m_residual ? RiskTableModel::ResidualImpactColumn : RiskTableModel::ImpactColumn);
        if (l.isNull() || i.isNull() || l.toInt() != m_likelihood || i.toInt() != m_impact)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return searchText(sourceRow).contains(m_foldedText);
}

bool RiskFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() != right.column() || left.parent().isValid() || right.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right);
    const QVariant& a = sortKey(left);
    const QVariant& b = sortKey(right);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return NaturalSort::lessThan(a.toString(), b.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace isoaudit
