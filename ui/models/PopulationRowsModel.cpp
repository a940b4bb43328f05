// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PopulationRowsModel.h"

#include "delegates/ItemRoles.h"
#include "storage/AuditStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace isoaudit {

PopulationRowsModel::PopulationRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PopulationRowsModel::clear()
{
    beginResetModel();
    m_subscription.stop();
    m_population.clear();
    m_otherColumns.clear();
    m_total = 0;
    m_rows.clear();
    endResetModel();
}

void PopulationRowsModel::setPopulation(AuditStore* store, const QString& populationUuid)
{
    clear();
    if (!store || populationUuid.isEmpty())
        return;
    auto population = store->record(RecordKind::Population, populationUuid);
    if (!population) {
        emit readFailed(population.error());
        return;
    }
    beginResetModel();
    m_population = populationUuid;
    // The frozen count as recorded at import (Populations::verify recounts it); no COUNT over a million rows here.
    m_total = population->integer(QStringLiteral("row_count")).value_or(0);
    const QJsonArray columns = QJsonDocument::fromJson(population->text(QStringLiteral("columns")).toUtf8()).array();
    for (const QJsonValue& column : columns)
        m_otherColumns << column.toString();
    endResetModel();
    // A removed population (or its control, which takes it along without a signal of its own) empties the preview.
    const auto removed = [this](RecordKind kind, const QString&) {
        if ((kind == RecordKind::Population || kind == RecordKind::ServiceControl) && m_subscription.store()
            && !m_subscription.store()->record(RecordKind::Population, m_population))
            clear();
    };
    m_subscription.follow(store, this, {{}, removed, {}, {}});
    if (canFetchMore({}))
        fetchMore({});
}

int PopulationRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PopulationRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstOtherColumn + int(m_otherColumns.size());
}

bool PopulationRowsModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while a page is being inserted: a view (or the model tester) asking again from its rowsAboutToBeInserted
    // handler would otherwise read the same page twice.
    return !parent.isValid() && !m_fetching && m_subscription.store() && m_rows.size() < m_total;
}

void PopulationRowsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 next = m_rows.isEmpty() ? 1 : m_rows.constLast().rowNo + 1;
    const int wanted = int(qMin<qint64>(m_pageSize, m_total - m_rows.size()));
    auto page = PopulationTable::rows(*m_subscription.store(), m_population, next, wanted);
    if (!page || page->isEmpty()) {
        // Fewer rows than recorded: show what there is, fetch no more, and say so.
        m_total = m_rows.size();
        emit readFailed(page ? tr("The population holds fewer rows than recorded at its import.") : page.error());
        return;
    }
    const int first = int(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
    m_fetching = false;
}

QString PopulationRowsModel::otherValue(int row, int column) const
{
    // Parsed when shown: a fetched page keeps each row's columns as the stored JSON text (a few bytes a row).
    const QJsonArray values = QJsonDocument::fromJson(m_rows.at(row).other).array();
    const QJsonValue value = values.at(column - FirstOtherColumn);
    return value.isString() ? value.toString() : value.toVariant().toString();
}

QVariant PopulationRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PopulationRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RowColumn:
            return row.rowNo;
        case IdColumn:
            return row.occurrenceId;
        case DateColumn:
            return QLocale().toString(row.occurredOn, QLocale::ShortFormat);
        case InPeriodColumn:
            return row.inPeriod ? tr("In the period") : tr("Outside the period");
        default:
            return otherValue(index.row(), column);
        }
    case ItemRoles::RawValueRole:
    case ItemRoles::SortRole:
        switch (column) {
        case RowColumn:
            return row.rowNo;
        case IdColumn:
            return row.occurrenceId;
        case DateColumn:
            return row.occurredOn.toString(Qt::ISODate);
        case InPeriodColumn:
            return row.inPeriod;
        default:
            return otherValue(index.row(), column);
        }
    case Qt::ToolTipRole:
        if (column == InPeriodColumn && !row.inPeriod)
            return tr("Outside the engagement's period: not in the sampling frame");
        return {};
    case Qt::TextAlignmentRole:
        return column == RowColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant PopulationRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case IdColumn:
        return tr("Id");
    case DateColumn:
        return tr("Date");
    case InPeriodColumn:
        return tr("Period");
    default:
        return m_otherColumns.at(section - FirstOtherColumn);
    }
}

} // namespace isoaudit
