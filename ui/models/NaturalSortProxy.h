// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NaturalSort.h"

#include <QSortFilterProxyModel>

namespace isoaudit {

/// Sorts by the proxy's sort role (the panes set ItemRoles::SortRole), identifiers (refs, occurrence ids) the way
/// people read them: C-2 before C-10. Used by the Testing and Exceptions pages.
class NaturalSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
            return NaturalSort::lessThan(a.toString(), b.toString());
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace isoaudit
