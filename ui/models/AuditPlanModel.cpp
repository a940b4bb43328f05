// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditPlanModel.h"

#include "catalog/Catalog.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "widgets/ThemeColors.h"

#include <QColor>
#include <QDate>

namespace isoaudit {

namespace {
/// The store column of each grid column (AuditPlanModel::Column order), the same in both row kinds.
const QStringList& columnFields()
{
    static const QStringList fields{{},
                                    QStringLiteral("planned"),
                                    QStringLiteral("plan_date"),
                                    QStringLiteral("plan_auditee"),
                                    QStringLiteral("plan_auditor")};
    return fields;
}

QString catalogId(const Record& record)
{
    return record.kind == RecordKind::ClauseAssessment ? record.text(QStringLiteral("clause_id"))
                                                       : record.text(QStringLiteral("control_id"));
}
} // namespace

AuditPlanModel::AuditPlanModel(QObject* parent)
    : RecordTableModel({RecordKind::ClauseAssessment, RecordKind::SoaEntry}, columnFields(), parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    setReloadOnInsertOrRemove(true); // clause items, then controls, in catalog order
}

QString AuditPlanModel::fieldOf(int column)
{
    return columnFields().value(column);
}

void AuditPlanModel::reloadTeam()
{
    m_team.clear();
    if (!store())
        return;
    const auto members = store()->records(RecordKind::TeamMember);
    if (!members)
        return;
    for (const Record& member : members.value())
        m_team << member.text(QStringLiteral("name"));
}

void AuditPlanModel::teamChanged(RecordKind kind)
{
    if (kind != RecordKind::TeamMember)
        return;
    reloadTeam();
    if (rowCount() > 0) // the auditor's choices
        emit dataChanged(index(0, AuditorColumn), index(rowCount() - 1, AuditorColumn));
}

int AuditPlanModel::rowForCatalogId(RecordKind kind, const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowRecord(row).kind == kind && catalogId(rowRecord(row)) == id)
            return row;
    }
    return -1;
}

int AuditPlanModel::plannedCount(RecordKind kind) const
{
    return int(std::count_if(rowRecords().cbegin(), rowRecords().cend(),
                             [kind](const Record& r) { return r.kind == kind && r.flag(QStringLiteral("planned")); }));
}

int AuditPlanModel::count(RecordKind kind) const
{
    return int(
        std::count_if(rowRecords().cbegin(), rowRecords().cend(), [kind](const Record& r) { return r.kind == kind; }));
}

QString AuditPlanModel::displayItem(const Record& record) const
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    const QString id = catalogId(record);
    if (record.kind == RecordKind::ClauseAssessment) {
        const CatalogItem* item = catalog.clause(id);
        return tr("Clause %1 %2").arg(id, item ? item->title : QString());
    }
    const CatalogItem* item = catalog.control(id);
    return tr("A.%1 %2").arg(id, item ? item->title : QString());
}

QVariant AuditPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& record = rowRecord(index.row());
    const int column = index.column();
    const QString field = fieldOf(column);
    const bool planned = record.flag(QStringLiteral("planned"));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return displayItem(record);
        case PlannedColumn:
            return {};
        case DateColumn: {
            const QDate date = QDate::fromString(record.text(field), Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
        }
        default:
            return record.text(field);
        }
    case Qt::EditRole:
        if (column == DateColumn) {
            const QDate date = QDate::fromString(record.text(field), Qt::ISODate);
            return date.isValid() ? date : QDate::currentDate();
        }
        if (column == PlannedColumn)
            return planned;
        return field.isEmpty() ? data(index, Qt::DisplayRole) : fieldValue(index.row(), column);
    case Qt::CheckStateRole:
        return fieldData(index.row(), column, role); // the planned box
    case Qt::ForegroundRole:
        if (!planned && column != ItemColumn)
            return ThemeColors::dimmedText();
        return {};
    case Qt::ToolTipRole:
        if (column == PlannedColumn)
            return planned ? tr("Planned: untick to leave it out of this audit") : tr("Not planned: tick to plan it");
        if (column == AuditorColumn)
            return tr("The team member who audits it");
        if (column == AuditeeColumn)
            return tr("Who is interviewed for it (the auditee)");
        if (column == DateColumn)
            return tr("When it is audited; Delete clears the date");
        return displayItem(record);
    case Qt::AccessibleTextRole:
        return column == PlannedColumn ? (planned ? tr("planned") : tr("not planned")) : data(index, Qt::DisplayRole);
    case ItemRoles::UuidRole:
        return record.uuid;
    case ItemRoles::RawValueRole:
        return field.isEmpty() ? QVariant(catalogId(record)) : fieldValue(index.row(), column);
    case ItemRoles::SortRole:
        if (column == ItemColumn)
            return index.row();
        if (column == PlannedColumn)
            return planned ? 1 : 0;
        return record.text(field);
    case ItemRoles::ChoicesRole: {
        if (column != AuditorColumn)
            return {};
        QVariantList choices{QVariant(QVariantList{tr("Not assigned"), QVariant()})};
        QStringList names = m_team;
        const QString current = record.text(field);
        if (!current.isEmpty() && !names.contains(current))
            names.prepend(current); // someone no longer on the team stays choosable
        for (const QString& name : names)
            choices.append(QVariant(QVariantList{name, name}));
        return choices;
    }
    case KindRole:
        return int(record.kind);
    case CatalogIdRole:
        return catalogId(record);
    default:
        return {};
    }
}

QVariant AuditPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ItemColumn:
            return tr("Clause or control");
        case PlannedColumn:
            return tr("Planned");
        case DateColumn:
            return tr("Date");
        case AuditeeColumn:
            return tr("With whom (auditee)");
        case AuditorColumn:
            return tr("By whom (auditor)");
        }
    }
    if (role == Qt::ToolTipRole && section == PlannedColumn)
        return tr("Whether it is audited in this audit");
    return {};
}

QVariant AuditPlanModel::storedValue(int column, const QVariant& value) const
{
    if (column == AuditeeColumn || column == AuditorColumn)
        return value.isNull() ? QString() : value.toString().trimmed();
    return RecordTableModel::storedValue(column, value); // a date as ISO text, none when cleared
}

QString AuditPlanModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(column);
    Q_UNUSED(stored);
    return tr("Edit plan of %1").arg(catalogId(rowRecord(row)));
}

} // namespace isoaudit
