// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CriteriaLinkedTableModel.h"

#include "catalog/Catalog.h"
#include "delegates/ItemRoles.h"
#include "soc2/Engagement.h"

#include <algorithm>
#include <climits>

namespace isoaudit {

namespace {

QStringList inCatalogOrder(const QStringList& ids)
{
    return Engagement::criteriaCatalog().inCriteriaOrder(ids);
}

} // namespace

CriteriaLinkedTableModel::CriteriaLinkedTableModel(RecordKind kind, const QStringList& columnFields, int criteriaColumn,
                                                   QObject* parent)
    : RecordTableModel({kind}, columnFields, parent)
    , m_criteriaColumn(criteriaColumn)
{
    Q_ASSERT(columnFields.value(criteriaColumn).isEmpty()); // a computed column
}

QStringList CriteriaLinkedTableModel::criteria(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return inCatalogOrder(rowRecord(row).linked(LinkKind::Criterion));
}

Status CriteriaLinkedTableModel::setCriteria(int row, const QStringList& criterionIds)
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    if (row < 0 || row >= rowCount())
        return Error{tr("There is no row %1 to map to criteria.").arg(row + 1)};
    const QStringList wanted = inCatalogOrder(criterionIds);
    if (wanted == criteria(row))
        return {};
    const Record& record = rowRecord(row);
    return document()->setLinks(record.kind, record.uuid, LinkKind::Criterion, wanted,
                                tr("Set criteria of %1").arg(rowName(row)));
}

QString CriteriaLinkedTableModel::criteriaText(const QStringList& criterionIds)
{
    return inCatalogOrder(criterionIds).join(QLatin1String(", "));
}

QString CriteriaLinkedTableModel::criteriaToolTip(const QStringList& criterionIds)
{
    const Catalog& catalog = Engagement::criteriaCatalog();
    QStringList lines;
    for (const QString& id : inCatalogOrder(criterionIds)) {
        const CatalogItem* item = catalog.criterion(id);
        lines << (item ? tr("%1 — %2").arg(id, item->title) : tr("%1 (not in the catalog)").arg(id));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant CriteriaLinkedTableModel::criteriaData(int row, int role) const
{
    const QStringList ids = criteria(row);
    switch (role) {
    case Qt::DisplayRole:
        return ids.join(QLatin1String(", "));
    case Qt::ToolTipRole:
        return ids.isEmpty() ? tr("Not mapped to any criterion. Double-click or press F2 to choose criteria.")
                             : criteriaToolTip(ids);
    case ItemRoles::SortRole: {
        // The first criterion's place in the catalog, then how many: "CC1.1" before "CC6.1, CC6.2".
        const int first = ids.isEmpty() ? INT_MAX : Engagement::criteriaCatalog().criterionIndex(ids.first());
        return qint64(first < 0 ? INT_MAX : first) * 1000 + ids.size();
    }
    case ItemRoles::RawValueRole:
    case Qt::EditRole:
        return ids;
    default:
        return {};
    }
}

} // namespace isoaudit
