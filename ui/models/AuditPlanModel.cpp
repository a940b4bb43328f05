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
QString catalogId(const Record& record)
{
    return record.kind == RecordKind::ClauseAssessment ? record.text(QStringLiteral("clause_id"))
                                                       : record.text(QStringLiteral("control_id"));
}
} // namespace

AuditPlanModel::AuditPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString AuditPlanModel::fieldOf(int column)
{
    switch (column) {
    case PlannedColumn:
        return QStringLiteral("planned");
    case DateColumn:
        return QStringLiteral("plan_date");
    case AuditeeColumn:
        return QStringLiteral("plan_auditee");
    case AuditorColumn:
        return QStringLiteral("plan_auditor");
    }
    return {};
}

AuditDocument* AuditPlanModel::document() const
{
    return m_document;
}

void AuditPlanModel::setDocument(AuditDocument* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        AuditStore* store = &document->store();
        connect(store, &AuditStore::recordChanged, this, &AuditPlanModel::recordChanged);
        connect(store, &AuditStore::recordInserted, this,
                [this](RecordKind kind, const QString&) { recordsAddedOrRemoved(kind); });
        connect(store, &AuditStore::recordRemoved, this,
                [this](RecordKind kind, const QString&) { recordsAddedOrRemoved(kind); });
    }
    reload();
}

void AuditPlanModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    if (m_document) {
        for (RecordKind kind : {RecordKind::ClauseAssessment, RecordKind::SoaEntry}) {
            const auto records = m_document->store().records(kind);
            if (records)
                m_rows.append(records.value());
        }
    }
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).uuid, row);
    reloadTeam();
    endResetModel();
}

void AuditPlanModel::reloadTeam()
{
    m_team.clear();
    if (!m_document)
        return;
    const auto members = m_document->store().records(RecordKind::TeamMember);
    if (!members)
        return;
    for (const Record& member : members.value())
        m_team << member.text(QStringLiteral("name"));
}

void AuditPlanModel::recordsAddedOrRemoved(RecordKind kind)
{
    if (kind == RecordKind::ClauseAssessment || kind == RecordKind::SoaEntry) {
        reload();
    } else if (kind == RecordKind::TeamMember) {
        reloadTeam();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, AuditorColumn), index(rowCount() - 1, AuditorColumn));
    }
}

void AuditPlanModel::recordChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    if (kind == RecordKind::TeamMember) {
        recordsAddedOrRemoved(kind);
        return;
    }
    if ((kind != RecordKind::ClauseAssessment && kind != RecordKind::SoaEntry) || !m_rowOf.contains(uuid))
        return;
    Q_UNUSED(column);
    const int row = m_rowOf.value(uuid);
    const auto fresh = m_document->store().record(kind, uuid);
    if (!fresh)
        return;
    m_rows[row] = fresh.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AuditPlanModel::rowForCatalogId(RecordKind kind, const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == kind && catalogId(m_rows.at(row)) == id)
            return row;
    }
    return -1;
}

int AuditPlanModel::rowForUuid(const QString& uuid) const
{
    return m_rowOf.value(uuid, -1);
}

Record AuditPlanModel::recordAt(int row) const
{
    return m_rows.value(row);
}

int AuditPlanModel::plannedCount(RecordKind kind) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [kind](const Record& r) { return r.kind == kind && r.flag(QStringLiteral("planned")); }));
}

int AuditPlanModel::count(RecordKind kind) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const Record& r) { return r.kind == kind; }));
}

int AuditPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    const Record& record = m_rows.at(index.row());
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
        return field.isEmpty() ? data(index, Qt::DisplayRole) : record.values.value(field);
    case Qt::CheckStateRole:
        return column == PlannedColumn ? QVariant(planned ? Qt::Checked : Qt::Unchecked) : QVariant();
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
        return field.isEmpty() ? QVariant(catalogId(record)) : record.values.value(field);
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

Qt::ItemFlags AuditPlanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool writable = m_document && !m_document->isReadOnly();
    if (index.column() == PlannedColumn && writable)
        result |= Qt::ItemIsUserCheckable;
    if (index.column() > PlannedColumn && writable)
        result |= Qt::ItemIsEditable;
    return result;
}

bool AuditPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return false;
    const Record& record = m_rows.at(index.row());
    const int column = index.column();
    QVariant stored;
    if (column == PlannedColumn && role == Qt::CheckStateRole) {
        stored = value.toInt() == Qt::Checked;
    } else if (column == PlannedColumn && role == Qt::EditRole) {
        stored = value.toBool();
    } else if (role == Qt::EditRole && column == DateColumn) {
        const QDate date
            = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
        stored = date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    } else if (role == Qt::EditRole && (column == AuditeeColumn || column == AuditorColumn)) {
        stored = value.isNull() ? QString() : value.toString().trimmed();
    } else {
        return false;
    }
    const QString id = catalogId(record);
    const Status done
        = m_document->setField(record.kind, record.uuid, fieldOf(column), stored, tr("Edit plan of %1").arg(id));
    if (!done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

} // namespace isoaudit
