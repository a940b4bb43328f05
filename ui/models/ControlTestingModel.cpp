// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ControlTestingModel.h"

#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "widgets/ThemeColors.h"

namespace isoaudit {

ControlTestingModel::ControlTestingModel(QObject* parent)
    : RecordTableModel({RecordKind::ServiceControl},
                       {QStringLiteral("ref"), QStringLiteral("title"), QString(), QString()}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &ControlTestingModel::refreshResults);
}

void ControlTestingModel::setStore(AuditStore* store)
{
    followStore(store);
    refreshResults();
}

bool ControlTestingModel::counts(RecordKind kind)
{
    return kind == RecordKind::TestProcedure || kind == RecordKind::Population || kind == RecordKind::Sample
        || kind == RecordKind::SampleItem || kind == RecordKind::Engagement;
}

void ControlTestingModel::otherInserted(RecordKind kind, const QString& uuid)
{
    Q_UNUSED(uuid);
    if (counts(kind))
        scheduleRefresh();
}

void ControlTestingModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    Q_UNUSED(uuid);
    if (counts(kind))
        scheduleRefresh();
}

void ControlTestingModel::otherChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    Q_UNUSED(uuid);
    Q_UNUSED(column);
    if (counts(kind))
        scheduleRefresh();
}

void ControlTestingModel::scheduleRefresh()
{
    if (m_paused)
        m_stale = true;
    else
        m_refresh.start();
}

void ControlTestingModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_stale)
        refreshResults();
}

void ControlTestingModel::refreshResults()
{
    m_refresh.stop();
    m_stale = false;
    QHash<QString, ControlResult> results;
    TestingTotals totals;
    if (store()) {
        if (auto data = EngagementData::load(*store())) {
            for (const Record& control : data->controls) {
                const ControlResult result = data->resultOf(control);
                results.insert(control.uuid, result);
                ++totals.controls;
                if (result.state != ControlResult::State::NotTested)
                    ++totals.controlsDone;
                totals.items += result.sampled;
                totals.itemsTested += result.withResult;
                totals.exceptions += result.deviations;
            }
        }
    }
    m_results = results;
    if (rowCount() > 0)
        emit dataChanged(index(0, ProgressColumn), index(rowCount() - 1, StateColumn));
    if (totals == m_totals)
        return;
    m_totals = totals;
    emit totalsChanged(m_totals);
}

QVariant ControlTestingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ControlResult result = m_results.value(uuidAt(row));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ProgressColumn:
            return result.sampled == 0 ? QStringLiteral("–")
                                       : QStringLiteral("%1 / %2").arg(result.withResult).arg(result.sampled);
        case StateColumn:
            return ControlResult::label(result.state);
        default:
            return fieldText(row, column);
        }
    case ItemRoles::SortRole:
        switch (column) {
        case RefColumn:
            return rowRecord(row).text(QStringLiteral("ref"));
        case ProgressColumn:
            return result.sampled == 0 ? -1.0 : double(result.withResult) / result.sampled;
        case StateColumn:
            return int(result.state);
        default:
            return fieldSortKey(row, column);
        }
    case ItemRoles::UuidRole:
        return uuidAt(row);
    case Qt::ForegroundRole:
        if (column == StateColumn && result.state == ControlResult::State::Exceptions)
            return ThemeColors::errorText();
        if (column == StateColumn && result.state == ControlResult::State::NotTested)
            return ThemeColors::dimmedText();
        return {};
    case Qt::ToolTipRole:
        if (column == ProgressColumn)
            return result.sampled == 0
                ? tr("No sample drawn yet")
                : tr("%1 of %n sample item(s) tested, %2 with an exception", nullptr, result.sampled)
                      .arg(result.withResult)
                      .arg(result.deviations);
        if (column == TitleColumn)
            return rowRecord(row).text(QStringLiteral("title"));
        return {};
    case Qt::TextAlignmentRole:
        return column == ProgressColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ControlTestingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount]
        = {QT_TR_NOOP("Ref"), QT_TR_NOOP("Control"), QT_TR_NOOP("Tested"), QT_TR_NOOP("Status")};
    return tr(titles[section]);
}

Qt::ItemFlags ControlTestingModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index); // read-only: the matrix is edited on the Criteria & controls page
}

} // namespace isoaudit
