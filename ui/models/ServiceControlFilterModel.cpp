// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ServiceControlFilterModel.h"

#include "delegates/ItemRoles.h"
#include "models/NaturalSort.h"
#include "models/ServiceControlTableModel.h"

#include <algorithm>

namespace isoaudit {

ServiceControlFilterModel::ServiceControlFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
    setDynamicSortFilter(true);
}

void ServiceControlFilterModel::changeFilter(QString& member, const QString& value)
{
    if (member == value)
        return;
    member = value;
    invalidateFilter();
}

void ServiceControlFilterModel::setTextFilter(const QString& text)
{
    changeFilter(m_text, text.trimmed());
}

void ServiceControlFilterModel::setFrequencyFilter(const QString& frequency)
{
    changeFilter(m_frequency, frequency);
}

void ServiceControlFilterModel::setOwnerFilter(const QString& owner)
{
    changeFilter(m_owner, owner.trimmed());
}

void ServiceControlFilterModel::setTestedFilter(const QString& state)
{
    changeFilter(m_tested, state);
}

void ServiceControlFilterModel::setKeyOnly(bool keyOnly)
{
    if (m_keyOnly == keyOnly)
        return;
    m_keyOnly = keyOnly;
    invalidateFilter();
}

void ServiceControlFilterModel::setCriteriaFilter(const QStringList& ids)
{
    if (m_criteria == ids)
        return;
    m_criteria = ids;
    invalidateFilter();
}

bool ServiceControlFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_frequency.isEmpty() || !m_owner.isEmpty() || m_keyOnly || !m_tested.isEmpty()
        || !m_criteria.isEmpty();
}

bool ServiceControlFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    using Model = ServiceControlTableModel;
    const QAbstractItemModel* source = sourceModel();
    auto raw = [&](int column) { return source->index(sourceRow, column, sourceParent).data(ItemRoles::RawValueRole); };
    if (!m_frequency.isEmpty() && raw(Model::FrequencyColumn).toString() != m_frequency)
        return false;
    if (!m_owner.isEmpty() && raw(Model::OwnerColumn).toString().trimmed().compare(m_owner, Qt::CaseInsensitive) != 0)
        return false;
    if (m_keyOnly && !raw(Model::KeyColumn).toBool())
        return false;
    const QStringList criteria = raw(Model::CriteriaColumn).toStringList();
    if (!m_criteria.isEmpty() && std::none_of(m_criteria.cbegin(), m_criteria.cend(), [&](const QString& id) {
            return criteria.contains(id);
        }))
        return false;
    if (!m_tested.isEmpty() && raw(Model::TestedColumn).toString() != m_tested)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {Model::RefColumn, Model::TitleColumn, Model::DescriptionColumn, Model::OwnerColumn}) {
        if (raw(column).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return criteria.contains(m_text, Qt::CaseInsensitive);
}

bool ServiceControlFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return NaturalSort::lessThan(a.toString(), b.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace isoaudit
