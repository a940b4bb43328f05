// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CriteriaTreeModel.h"

#include "catalog/Catalog.h"
#include "document/AuditDocument.h"
#include "models/NaturalSort.h"
#include "soc2/Engagement.h"
#include "widgets/ThemeColors.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace isoaudit {

namespace {

constexpr quintptr seriesTag = 0; // internalId of series rows; criterion rows carry the series index + 1

QIcon warningIcon()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return {};
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace

int CriteriaTreeModel::Series::addressed() const
{
    return int(
        std::count_if(criteria.cbegin(), criteria.cend(), [](const Criterion& c) { return !c.controls.isEmpty(); }));
}

CriteriaTreeModel::CriteriaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void CriteriaTreeModel::setDocument(AuditDocument* document)
{
    m_document = document;
    m_subscription.follow(
        document ? &document->store() : nullptr, this,
        {[this](RecordKind kind, const QString&) { storeChanged(kind, {}); },
         [this](RecordKind kind, const QString&) { storeChanged(kind, {}); },
         [this](RecordKind kind, const QString&, const QString& column) { storeChanged(kind, column); },
         [this](RecordKind kind, const QString&) { storeChanged(kind, {}); }});
    reload();
}

void CriteriaTreeModel::storeChanged(RecordKind kind, const QString& column)
{
    if (kind == RecordKind::Engagement && (column.isEmpty() || column == QLatin1String("categories")))
        reload(); // the categories in scope: other criteria
    else if (kind == RecordKind::ServiceControl && (column.isEmpty() || column == QLatin1String("ref")))
        recount(true); // a control added, removed, remapped or renamed
}

void CriteriaTreeModel::reload()
{
    beginResetModel();
    m_series.clear();
    m_position.clear();
    std::optional<Record> engagement;
    if (m_document) {
        if (auto audit = m_document->store().audit(); audit && m_document->isEngagement()) {
            if (auto found = m_document->store().singleton(RecordKind::Engagement))
                engagement = found.value();
        }
    }
    if (engagement) {
        const Catalog& catalog = Engagement::criteriaCatalog();
        const QList<const CatalogItem*> inScope = Engagement::criteriaInScope(*engagement);
        for (const CatalogGroup& group : catalog.groups()) {
            if (group.kind != CatalogItem::Kind::Criterion)
                continue;
            Series series{group.id, group.title, {}};
            for (const CatalogItem* item : inScope) {
                if (item->group == group.id)
                    series.criteria.append({item->id, item->title, item->note, {}});
            }
            if (series.criteria.isEmpty())
                continue;
            for (int i = 0; i < series.criteria.size(); ++i)
                m_position.insert(series.criteria.at(i).id, {int(m_series.size()), i});
            m_series.append(series);
        }
    }
    recount(false);
    endResetModel();
    emit summaryChanged();
}

void CriteriaTreeModel::recount(bool notify)
{
    QHash<QString, QStringList> refsOf;
    if (m_document) {
        if (auto controls = m_document->store().records(RecordKind::ServiceControl)) {
            for (const Record& control : controls.value()) {
                for (const QString& id : control.linked(LinkKind::Criterion))
                    refsOf[id] << control.text(QStringLiteral("ref"));
            }
        }
    }
    bool changed = false;
    for (int s = 0; s < m_series.size(); ++s) {
        Series& series = m_series[s];
        const int addressedBefore = series.addressed();
        for (int c = 0; c < series.criteria.size(); ++c) {
            Criterion& criterion = series.criteria[c];
            QStringList refs = refsOf.value(criterion.id);
            std::sort(refs.begin(), refs.end(), NaturalSort::lessThan);
            if (refs == criterion.controls)
                continue;
            criterion.controls = refs;
            changed = true;
            if (notify) {
                const QModelIndex first = createIndex(c, 0, quintptr(s + 1));
                emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
            }
        }
        if (notify && series.addressed() != addressedBefore) {
            const QModelIndex first = createIndex(s, 0, seriesTag);
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
    }
    if (notify && changed)
        emit summaryChanged();
}

QModelIndex CriteriaTreeModel::indexForCriterion(const QString& id, int column) const
{
    const auto it = m_position.constFind(id);
    if (it != m_position.cend())
        return createIndex(it->second, column, quintptr(it->first + 1));
    for (int s = 0; s < m_series.size(); ++s) {
        if (m_series.at(s).id == id)
            return createIndex(s, column, seriesTag);
    }
    return {};
}

QStringList CriteriaTreeModel::criteriaOf(const QModelIndexList& indexes) const
{
    QSet<QString> chosen;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        if (const Criterion* criterion = criterionAt(index)) {
            chosen.insert(criterion->id);
        } else if (index.row() < m_series.size()) {
            for (const Criterion& c : m_series.at(index.row()).criteria)
                chosen.insert(c.id);
        }
    }
    QStringList ids;
    for (const Series& series : m_series) {
        for (const Criterion& c : series.criteria) {
            if (chosen.contains(c.id))
                ids << c.id;
        }
    }
    return ids;
}

int CriteriaTreeModel::criterionCount() const
{
    return int(m_position.size());
}

QStringList CriteriaTreeModel::unaddressedCriteria() const
{
    QStringList ids;
    for (const Series& series : m_series) {
        for (const Criterion& c : series.criteria) {
            if (c.controls.isEmpty())
                ids << c.id;
        }
    }
    return ids;
}

QString CriteriaTreeModel::summaryText() const
{
    const int total = criterionCount();
    return tr("%1 of %n criteria addressed", nullptr, total).arg(total - int(unaddressedCriteria().size()));
}

QString CriteriaTreeModel::unaddressedReason(const QString& criterionId)
{
    return tr("No control in the matrix addresses %1. The rule soc2.criteria-addressed keeps the engagement from "
              "moving to fieldwork until one does: map a control to it, or take its category out of scope.")
        .arg(criterionId);
}

QString CriteriaTreeModel::criteriaMimeType()
{
    return QStringLiteral("application/x-isoaudit-criteria");
}

QStringList CriteriaTreeModel::criteriaFromMimeData(const QMimeData* data)
{
    if (!data || !data->hasFormat(criteriaMimeType()))
        return {};
    const QString text = QString::fromUtf8(data->data(criteriaMimeType()));
    QStringList ids;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString id = line.trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

const CriteriaTreeModel::Criterion* CriteriaTreeModel::criterionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == seriesTag)
        return nullptr;
    const int series = int(index.internalId()) - 1;
    if (series < 0 || series >= m_series.size() || index.row() >= m_series.at(series).criteria.size())
        return nullptr;
    return &m_series.at(series).criteria.at(index.row());
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_series.size() ? createIndex(row, column, seriesTag) : QModelIndex();
    if (parent.internalId() != seriesTag || parent.row() >= m_series.size())
        return {};
    if (row >= m_series.at(parent.row()).criteria.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == seriesTag)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, seriesTag);
}

int CriteriaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_series.size());
    if (parent.column() != 0 || parent.internalId() != seriesTag || parent.row() >= m_series.size())
        return 0;
    return int(m_series.at(parent.row()).criteria.size());
}

int CriteriaTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant CriteriaTreeModel::seriesData(const Series& series, int column, int role) const
{
    const int total = int(series.criteria.size());
    const int addressed = series.addressed();
    switch (role) {
    case Qt::DisplayRole:
        if (column == CriterionColumn)
            return QStringLiteral("%1 %2").arg(series.id, series.title);
        return tr("%1 of %2 addressed").arg(addressed).arg(total);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2\n").arg(series.id, series.title)
            + (addressed == total ? tr("Every criterion of %1 is addressed by a control.").arg(series.id)
                                  : tr("No control addresses %1 of the %n criteria of %2 yet.", nullptr, total)
                                        .arg(total - addressed)
                                        .arg(series.id));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case CriterionIdRole:
        return series.id;
    case IsSeriesRole:
        return true;
    case ControlCountRole:
        return addressed;
    case UnaddressedRole:
        return QString();
    default:
        return {};
    }
}

QVariant CriteriaTreeModel::criterionData(const Criterion& criterion, int column, int role) const
{
    const bool addressed = !criterion.controls.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (column == CriterionColumn)
            return QStringLiteral("%1  %2").arg(criterion.id, criterion.title);
        return QString::number(criterion.controls.size());
    case Qt::ToolTipRole: {
        // The whole title (the column cuts it), then why it is marked or which controls address it.
        const QString why = addressed
            ? tr("%1 is addressed by %2.").arg(criterion.id, criterion.controls.join(QStringLiteral(", ")))
            : unaddressedReason(criterion.id);
        return QStringLiteral("%1 %2\n%3").arg(criterion.id, criterion.title, why);
    }
    case Qt::StatusTipRole:
        return criterion.note;
    case Qt::DecorationRole:
        return column == CriterionColumn && !addressed ? QVariant(warningIcon()) : QVariant();
    case Qt::FontRole:
        if (!addressed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return addressed ? QVariant() : QVariant(ThemeColors::attentionRow().background);
    case Qt::ForegroundRole:
        return addressed ? QVariant() : QVariant(ThemeColors::attentionRow().foreground);
    case Qt::TextAlignmentRole:
        return column == ControlsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case CriterionIdRole:
        return criterion.id;
    case IsSeriesRole:
        return false;
    case ControlCountRole:
        return int(criterion.controls.size());
    case ControlRefsRole:
        return criterion.controls;
    case UnaddressedRole:
        return addressed ? QString() : QStringLiteral("unaddressed");
    default:
        return {};
    }
}

QVariant CriteriaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Criterion* criterion = criterionAt(index))
        return criterionData(*criterion, index.column(), role);
    if (index.internalId() == seriesTag && index.row() < m_series.size())
        return seriesData(m_series.at(index.row()), index.column(), role);
    return {};
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case ControlsColumn:
        return tr("Controls");
    default:
        return {};
    }
}

Qt::ItemFlags CriteriaTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList CriteriaTreeModel::mimeTypes() const
{
    return {criteriaMimeType()};
}

QMimeData* CriteriaTreeModel::mimeData(const QModelIndexList& indexes) const
{
    const QStringList ids = criteriaOf(indexes);
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(criteriaMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    data->setText(ids.join(QStringLiteral(", "))); // dropped on a text field: the list as one would type it
    return data;
}

Qt::DropActions CriteriaTreeModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace isoaudit
