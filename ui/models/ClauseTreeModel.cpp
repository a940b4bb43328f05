// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ClauseTreeModel.h"

#include "catalog/Catalog.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "workbench/WorkbenchLabels.h"
#include "widgets/ThemeColors.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace isoaudit {

namespace {
constexpr quintptr groupTag = 0; // internalId of group rows; item rows carry group index + 1

QIcon verdictIcon(const QString& verdict)
{
    static QHash<QString, QIcon> cache;
    const QColor color = WorkbenchLabels::verdictColor(verdict); // follows the light or dark palette
    const QString key = verdict + color.name();
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    // Painted in logical coordinates at 1x, 2x and 3x so it stays sharp on high-DPI screens.
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0, 3.0}) {
        QPixmap pixmap(QSize(16, 16) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(130), 1));
        painter.setBrush(verdict == QLatin1String("pending") || verdict.isEmpty() ? QBrush(Qt::white) : QBrush(color));
        painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
        const QColor mark = ThemeColors::textOn(color);
        if (verdict == QLatin1String("nonconform")) {
            painter.setPen(QPen(mark, 2));
            painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        } else if (verdict == QLatin1String("conform")) {
            painter.setPen(QPen(mark, 2));
            painter.drawPolyline(QPolygonF({QPointF(5, 8), QPointF(7.2, 10.5), QPointF(11, 5.5)}));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return *cache.insert(key, icon);
}
} // namespace

int ClauseTreeModel::Group::assessed() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const Item& item) { return isAssessed(item.record.text(QStringLiteral("verdict"))); }));
}

bool ClauseTreeModel::isAssessed(const QString& verdict)
{
    return !verdict.isEmpty() && verdict != QLatin1String("pending");
}

ClauseTreeModel::ClauseTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

AuditDocument* ClauseTreeModel::document() const
{
    return m_document;
}

void ClauseTreeModel::setDocument(AuditDocument* document)
{
    m_document = document;
    const auto related = [this](RecordKind kind, const QString&) { relatedChanged(kind); };
    m_subscription.follow(
        document ? &document->store() : nullptr, this,
        {related, related,
         [this](RecordKind kind, const QString& uuid, const QString& column) { recordChanged(kind, uuid, column); },
         related});
    reload();
}

void ClauseTreeModel::reload()
{
    beginResetModel();
    m_groups.clear();
    m_position.clear();
    const Catalog& catalog = Catalog::isoSpecificByNature();
    QHash<QString, Record> byClause;
    if (m_document) {
        const auto records = m_document->store().records(RecordKind::ClauseAssessment);
        if (records) {
            for (const Record& record : records.value())
                byClause.insert(record.text(QStringLiteral("clause_id")), record);
        }
    }
    for (const CatalogGroup& group : catalog.groups()) {
        if (group.kind != CatalogItem::Kind::Clause)
            continue;
        Group g{group.id, group.title, {}};
        for (const CatalogItem& clause : catalog.clauses()) {
            if (clause.group != group.id || !byClause.contains(clause.id))
                continue;
            Item item{clause.id, clause.title, clause.note, byClause.value(clause.id)};
            m_position.insert(item.record.uuid, {int(m_groups.size()), int(g.items.size())});
            g.items.append(item);
        }
        if (m_document)
            m_groups.append(g);
    }
    recountLinks(false);
    endResetModel();
}

void ClauseTreeModel::recountLinks(bool notify)
{
    if (!m_document)
        return;
    QHash<QString, int> evidence;
    QHash<QString, int> findings;
    for (RecordKind kind : {RecordKind::Interview, RecordKind::Evidence, RecordKind::Finding}) {
        const auto records = m_document->store().records(kind);
        if (!records)
            continue;
        for (const Record& record : records.value()) {
            for (const QString& clauseId : record.linked(LinkKind::Clause))
                (kind == RecordKind::Finding ? findings : evidence)[clauseId] += 1;
        }
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        Group& group = m_groups[g];
        for (int i = 0; i < group.items.size(); ++i) {
            Item& item = group.items[i];
            const int e = evidence.value(item.clauseId);
            const int f = findings.value(item.clauseId);
            if (e == item.evidence && f == item.findings)
                continue;
            item.evidence = e;
            item.findings = f;
            if (notify) {
                const QModelIndex parent = index(g, 0);
                emit dataChanged(index(i, EvidenceColumn, parent), index(i, FindingsColumn, parent));
            }
        }
    }
}

void ClauseTreeModel::relatedChanged(RecordKind kind)
{
    if (kind == RecordKind::Interview || kind == RecordKind::Evidence || kind == RecordKind::Finding)
        recountLinks(true);
    else if (kind == RecordKind::ClauseAssessment)
        reload(); // assessments only come and go with a whole import
}

void ClauseTreeModel::recordChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    Q_UNUSED(column);
    if (kind != RecordKind::ClauseAssessment || !m_position.contains(uuid) || !m_document)
        return;
    const auto [g, i] = m_position.value(uuid);
    const auto fresh = m_document->store().record(kind, uuid);
    if (!fresh)
        return;
    m_groups[g].items[i].record = fresh.value();
    const QModelIndex parent = index(g, 0);
    emit dataChanged(index(i, 0, parent), index(i, ColumnCount - 1, parent));
    emit dataChanged(index(g, 0), index(g, ColumnCount - 1)); // the group's progress
}

QModelIndex ClauseTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupTag);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ClauseTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupTag);
}

int ClauseTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupTag && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int ClauseTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

const ClauseTreeModel::Item* ClauseTreeModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == groupTag)
        return nullptr;
    return &m_groups.at(int(index.internalId() - 1)).items.at(index.row());
}

Record ClauseTreeModel::recordAt(const QModelIndex& index) const
{
    const Item* item = itemAt(index);
    return item ? item->record : Record{};
}

QVariant ClauseTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupTag) {
        const Group& group = m_groups.at(index.row());
        const int assessed = group.assessed();
        const int total = int(group.items.size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ItemColumn)
                return tr("%1 %2").arg(group.id, group.title);
            if (index.column() == VerdictColumn)
                return tr("%1/%2 assessed").arg(assessed).arg(total);
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ForegroundRole:
            if (index.column() == VerdictColumn && assessed == total)
                return WorkbenchLabels::verdictColor(QStringLiteral("conform"));
            return {};
        case Qt::ToolTipRole:
            return tr("Clause %1: %2 of %3 items assessed").arg(group.id).arg(assessed).arg(total);
        case ClauseIdRole:
            return group.id;
        case IsGroupRole:
            return true;
        case AssessedRole:
            return assessed;
        case TotalRole:
            return total;
        default:
            return {};
        }
    }
    const Item& item = *itemAt(index);
    const QString verdict = item.record.text(QStringLiteral("verdict"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return tr("%1 %2").arg(item.clauseId, item.title);
        case VerdictColumn:
            return WorkbenchLabels::clauseVerdict(verdict);
        case EvidenceColumn:
            return item.evidence;
        case FindingsColumn:
            return item.findings;
        }
        return {};
    case Qt::EditRole:
        return index.column() == VerdictColumn ? QVariant(verdict) : data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        return index.column() == ItemColumn ? QVariant(verdictIcon(verdict)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return WorkbenchLabels::verdictColor(verdict);
        if (index.column() == FindingsColumn && item.findings > 0)
            return WorkbenchLabels::verdictColor(QStringLiteral("nonconform"));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= EvidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn)
            return tr("%1 %2\n%3").arg(item.clauseId, item.title, item.note);
        if (index.column() == EvidenceColumn)
            return tr("Interviews and evidence records linked to this clause: %1").arg(item.evidence);
        if (index.column() == FindingsColumn)
            return tr("Findings raised against this clause: %1").arg(item.findings);
        return WorkbenchLabels::clauseVerdict(verdict);
    case Qt::AccessibleTextRole:
        return tr("%1 %2, %3").arg(item.clauseId, item.title, WorkbenchLabels::clauseVerdict(verdict));
    case ItemRoles::UuidRole:
        return item.record.uuid;
    case ItemRoles::RawValueRole:
        return verdict;
    case ItemRoles::ChoicesRole: {
        if (index.column() != VerdictColumn)
            return {};
        QVariantList choices;
        for (const QString& value : Enums::clauseVerdicts)
            choices.append(QVariant(QVariantList{WorkbenchLabels::clauseVerdict(value), value}));
        return choices;
    }
    case ClauseIdRole:
        return item.clauseId;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant ClauseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Clause");
    case VerdictColumn:
        return tr("Verdict");
    case EvidenceColumn:
        return tr("Evidence");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

Qt::ItemFlags ClauseTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != groupTag && index.column() == VerdictColumn && m_document && !m_document->isReadOnly())
        result |= Qt::ItemIsEditable;
    if (index.internalId() != groupTag)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

bool ClauseTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Item* item = itemAt(index);
    if (!item || role != Qt::EditRole || index.column() != VerdictColumn || !m_document)
        return false;
    const Status done = m_document->setField(RecordKind::ClauseAssessment, item->record.uuid, QStringLiteral("verdict"),
                                             value.toString(), tr("Set verdict of %1").arg(item->clauseId));
    if (!done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

QModelIndex ClauseTreeModel::indexForClause(const QString& clauseId, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).id == clauseId)
            return index(g, column);
        const auto& items = m_groups.at(g).items;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).clauseId == clauseId)
                return index(i, column, index(g, 0));
        }
    }
    return {};
}

QModelIndex ClauseTreeModel::indexForUuid(const QString& uuid, int column) const
{
    if (!m_position.contains(uuid))
        return {};
    const auto [g, i] = m_position.value(uuid);
    return index(i, column, index(g, 0));
}

int ClauseTreeModel::assessedCount() const
{
    int count = 0;
    for (const Group& group : m_groups)
        count += group.assessed();
    return count;
}

int ClauseTreeModel::itemCount() const
{
    int count = 0;
    for (const Group& group : m_groups)
        count += int(group.items.size());
    return count;
}

} // namespace isoaudit
