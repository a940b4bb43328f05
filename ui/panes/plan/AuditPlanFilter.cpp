// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/plan/AuditPlanFilter.h"

#include "delegates/ItemRoles.h"
#include "domain/RecordKind.h"
#include "models/AuditPlanModel.h"

namespace isoaudit {

AuditPlanFilter::AuditPlanFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
}

void AuditPlanFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void AuditPlanFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AuditPlanFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex item = model->index(sourceRow, AuditPlanModel::ItemColumn, sourceParent);
    const auto kind = static_cast<RecordKind>(item.data(AuditPlanModel::KindRole).toInt());
    const bool planned
        = model->index(sourceRow, AuditPlanModel::PlannedColumn, sourceParent).data(Qt::CheckStateRole).toInt()
        == Qt::Checked;
    switch (m_show) {
    case Show::All:
        break;
    case Show::Clauses:
        if (kind != RecordKind::ClauseAssessment)
            return false;
        break;
    case Show::Controls:
        if (kind != RecordKind::SoaEntry)
            return false;
        break;
    case Show::Planned:
        if (!planned)
            return false;
        break;
    case Show::Unplanned:
        if (planned)
            return false;
        break;
    case Show::Uncovered:
        if (item.data(AuditPlanModel::CoverageRole).toInt() != int(AuditPlanModel::Coverage::Uncovered))
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    for (int column :
         {int(AuditPlanModel::ItemColumn), int(AuditPlanModel::SiteColumn), int(AuditPlanModel::AuditeeColumn),
          int(AuditPlanModel::AuditorColumn)}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace isoaudit
