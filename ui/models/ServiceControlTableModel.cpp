// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ServiceControlTableModel.h"

#include "catalog/Catalog.h"
#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "i18n/Translations.h"
#include "models/CriteriaTreeModel.h"
#include "models/NaturalSort.h"
#include "models/ServiceControlSupport.h"
#include "soc2/Engagement.h"
#include "widgets/ThemeColors.h"

#include <QFont>

#include <algorithm>

namespace isoaudit {

using namespace servicecontrols;


ServiceControlTableModel::ServiceControlTableModel(QObject* parent)
    : RecordTableModel({RecordKind::ServiceControl},
                       {refField(), QStringLiteral("title"), QString(), QString(), QStringLiteral("owner"),
                        QStringLiteral("frequency"), QStringLiteral("automation"), QStringLiteral("key_control"),
                        QStringLiteral("description")},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

// ---- the engagement's results -------------------------------------------------------------------------------------

void ServiceControlTableModel::reloading()
{
    m_engagement.reset();
    if (store()) {
        if (auto engagement = store()->singleton(RecordKind::Engagement))
            m_engagement = engagement.value();
    }
    m_data.reset();
}

void ServiceControlTableModel::resultsStale()
{
    m_data.reset();
    if (rowCount() > 0)
        emit dataChanged(index(0, TestedColumn), index(rowCount() - 1, TestedColumn));
    emit resultsChanged();
}

void ServiceControlTableModel::rowRefreshed(int row, const Record& before)
{
    // A Type 1 control's result is its design conclusion; the criteria change what the tree and filters show.
    Q_UNUSED(row);
    Q_UNUSED(before);
    resultsStale();
}

void ServiceControlTableModel::otherInserted(RecordKind kind, const QString& uuid)
{
    otherChanged(kind, uuid, {});
}

void ServiceControlTableModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    otherChanged(kind, uuid, {});
}

void ServiceControlTableModel::otherChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    Q_UNUSED(uuid);
    switch (kind) {
    case RecordKind::Engagement:
        if (auto engagement = store()->singleton(RecordKind::Engagement))
            m_engagement = engagement.value();
        if (column.isEmpty() || column == QLatin1String("report_type"))
            resultsStale();
        break;
    case RecordKind::TestProcedure:
    case RecordKind::Population:
    case RecordKind::Sample:
    case RecordKind::SampleItem:
        resultsStale();
        break;
    default:
        break;
    }
}

ControlResult ServiceControlTableModel::resultAt(int row) const
{
    if (row < 0 || row >= rowCount() || !store())
        return {};
    if (!m_data) {
        auto loaded = EngagementData::load(*store());
        if (!loaded)
            return {};
        m_data = std::move(loaded).value();
    }
    return m_data->resultOf(rowRecord(row));
}

QList<ControlResult::State> ServiceControlTableModel::states()
{
    return {ControlResult::State::NotTested, ControlResult::State::NoExceptions, ControlResult::State::Exceptions,
            ControlResult::State::NotOccurring};
}

QString ServiceControlTableModel::testedTooltip(int row) const
{
    const ControlResult result = resultAt(row);
    QStringList lines{ControlResult::label(result.state)};
    if (result.sampled > 0) {
        lines << tr("%1 of %n sample item(s) have a result.", nullptr, result.sampled).arg(result.withResult);
        lines << tr("%n deviation(s) found.", nullptr, result.deviations);
    }
    switch (result.state) {
    case ControlResult::State::NotTested:
        lines << tr("A test procedure, a sample item or the design conclusion has no result yet (Testing page).");
        break;
    case ControlResult::State::NotOccurring:
        lines << tr("Its population is empty: the control did not operate during the period, which is never a "
                    "pass.");
        break;
    default:
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

// ---- cells --------------------------------------------------------------------------------------------------------

QString ServiceControlTableModel::refAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowRecord(row).text(refField()) : QString();
}

int ServiceControlTableModel::rowOfRef(const QString& ref) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowRecord(row).text(refField()).compare(ref.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

bool ServiceControlTableModel::isHighlighted(int row) const
{
    if (m_highlighted.isEmpty() || row < 0 || row >= rowCount())
        return false;
    const QStringList linked = rowRecord(row).linked(LinkKind::Criterion);
    return std::any_of(m_highlighted.cbegin(), m_highlighted.cend(),
                       [&](const QString& id) { return linked.contains(id); });
}

void ServiceControlTableModel::setHighlightedCriteria(const QStringList& ids)
{
    if (ids == m_highlighted)
        return;
    m_highlighted = ids;
    repaintAll();
}

QStringList ServiceControlTableModel::owners() const
{
    QStringList result;
    for (const Record& control : rowRecords()) {
        const QString owner = control.text(QStringLiteral("owner")).trimmed();
        if (!owner.isEmpty() && !result.contains(owner, Qt::CaseInsensitive))
            result << owner;
    }
    std::sort(result.begin(), result.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return result;
}

QVariant ServiceControlTableModel::display(int row, int column) const
{
    const Record& control = rowRecord(row);
    switch (column) {
    case DescriptionColumn:
        return control.text(QStringLiteral("description")).section(QLatin1Char('\n'), 0, 0);
    case FrequencyColumn:
        return ValueLabels::label(ValueList::ControlFrequency, control.text(QStringLiteral("frequency")));
    case AutomationColumn:
        return ValueLabels::label(ValueList::ControlAutomation, control.text(QStringLiteral("automation")));
    case CriteriaColumn:
        return joined(inCatalogOrder(control.linked(LinkKind::Criterion)));
    case TestedColumn: {
        const ControlResult result = resultAt(row);
        if (result.state == ControlResult::State::Exceptions && result.sampled > 0)
            return tr("%1 (%2 of %3)").arg(ControlResult::label(result.state)).arg(result.deviations).arg(result.sampled);
        return ControlResult::label(result.state);
    }
    default:
        return fieldText(row, column);
    }
}

QVariant ServiceControlTableModel::sortKey(int row, int column) const
{
    const Record& control = rowRecord(row);
    switch (column) {
    case RefColumn:
        return control.text(refField()); // the filter model compares refs with NaturalSort
    case CriteriaColumn: {
        const QStringList ids = inCatalogOrder(control.linked(LinkKind::Criterion));
        return ids.isEmpty() ? -1 : Engagement::criteriaCatalog().criterionIndex(ids.first());
    }
    case TestedColumn:
        return int(resultAt(row).state);
    default:
        return fieldSortKey(row, column);
    }
}

QVariantList ServiceControlTableModel::criteriaChoices(int row) const
{
    QVariantList choices;
    QStringList offered;
    if (m_engagement) {
        for (const CatalogItem* criterion : Engagement::criteriaInScope(*m_engagement)) {
            choices << QVariant(
                QVariantList{QStringLiteral("%1  %2").arg(criterion->id, criterion->title), criterion->id});
            offered << criterion->id;
        }
    }
    if (row >= 0 && row < rowCount()) {
        const Catalog& catalog = Engagement::criteriaCatalog();
        for (const QString& id : inCatalogOrder(rowRecord(row).linked(LinkKind::Criterion))) {
            if (offered.contains(id))
                continue;
            const CatalogItem* criterion = catalog.criterion(id);
            const QString title = criterion ? criterion->title : QString();
            choices << QVariant(QVariantList{tr("%1  %2 (category not in scope)").arg(id, title), id});
        }
    }
    return choices;
}

QVariant ServiceControlTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == KeyColumn ? QVariant() : display(row, column);
    case Qt::EditRole:
        if (column == CriteriaColumn)
            return display(row, column);
        return column == TestedColumn ? QVariant() : fieldData(row, column, role);
    case ItemRoles::RawValueRole:
        if (column == CriteriaColumn)
            return inCatalogOrder(rowRecord(row).linked(LinkKind::Criterion));
        if (column == TestedColumn)
            return resultAt(row).stateName();
        return fieldData(row, column, role);
    case Qt::CheckStateRole:
        return column == KeyColumn ? fieldData(row, column, role) : QVariant();
    case ItemRoles::ChoicesRole:
        if (column == FrequencyColumn)
            return EnumLabels::choices(ValueList::ControlFrequency);
        if (column == AutomationColumn)
            return EnumLabels::choices(ValueList::ControlAutomation);
        if (column == CriteriaColumn)
            return criteriaChoices(row);
        return {};
    case ItemRoles::SortRole:
        return sortKey(row, column);
    case ItemRoles::UuidRole:
        return uuidAt(row);
    case TestedStateRole:
        return resultAt(row).stateName();
    case HighlightedRole:
        return isHighlighted(row);
    case Qt::ToolTipRole:
        switch (column) {
        case DescriptionColumn:
            return rowRecord(row).text(QStringLiteral("description"));
        case KeyColumn:
            return tr("A key control: its testing must be complete before the report (soc2.key-controls-tested)");
        case CriteriaColumn:
            return tr("Trust Services Criteria this control addresses. Type ids (\"CC6.1, CC6.2\"), tick them in the "
                      "list, drop criteria from the tree, or select criteria and press Ctrl+M");
        case TestedColumn:
            return testedTooltip(row);
        default:
            return {};
        }
    case Qt::FontRole:
        if (isHighlighted(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return isHighlighted(row) ? QVariant(ThemeColors::positiveBadge().background) : QVariant();
    case Qt::ForegroundRole:
        if (isHighlighted(row))
            return ThemeColors::positiveBadge().foreground;
        if (column == TestedColumn && resultAt(row).state == ControlResult::State::Exceptions)
            return ThemeColors::errorText();
        return {};
    default:
        return {};
    }
}

QVariant ServiceControlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount] = {QT_TR_NOOP("Ref"),
                                                    QT_TR_NOOP("Title"),
                                                    QT_TR_NOOP("Criteria"),
                                                    QT_TR_NOOP("Tested"),
                                                    QT_TR_NOOP("Owner"),
                                                    QT_TR_NOOP("Frequency"),
                                                    QT_TR_NOOP("Manual or automated"),
                                                    QT_TR_NOOP("Key"),
                                                    QT_TR_NOOP("Description")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole && section == KeyColumn)
        return tr("Key control");
    if (role == Qt::ToolTipRole && section == TestedColumn)
        return tr("Where the control's testing stands, as the rules and the report read it");
    return {};
}

Qt::ItemFlags ServiceControlTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = RecordTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.column() == CriteriaColumn && isWritable())
        result |= Qt::ItemIsEditable;
    return result;
}

// ---- edits --------------------------------------------------------------------------------------------------------

QString ServiceControlTableModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(stored);
    return tr("Set %1 of %2").arg(Translations::inSentence(headerData(column, Qt::Horizontal).toString()), refAt(row));
}

bool ServiceControlTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!document() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Status done;
    switch (index.column()) {
    case CriteriaColumn: {
        if (role != Qt::EditRole)
            return false;
        if (value.typeId() == QMetaType::QStringList) {
            done = setCriteria(index.row(), value.toStringList());
            break;
        }
        auto ids = parseCriteria(value.toString());
        done = ids ? setCriteria(index.row(), ids.value()) : Status(Error{ids.error()});
        break;
    }
    case TestedColumn:
        return false;
    case RefColumn: {
        const QString ref = value.toString().trimmed();
        if (ref.isEmpty()) {
            done = Error{tr("A control needs a reference.")};
        } else if (const int other = rowOfRef(ref); other >= 0 && other != index.row()) {
            done = Error{tr("Another control already has the reference %1.").arg(refAt(other))};
        } else {
            return RecordTableModel::setData(index, ref, role);
        }
        break;
    }
    default:
        return RecordTableModel::setData(index, value, role);
    }
    if (!done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

} // namespace isoaudit
