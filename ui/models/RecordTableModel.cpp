// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecordTableModel.h"

#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "storage/AuditStore.h"

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace isoaudit {

RecordTableModel::RecordTableModel(const QList<RecordKind>& rowKinds, const QStringList& columnFields, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rowKinds(rowKinds)
{
    Q_ASSERT(!rowKinds.isEmpty());
    for (const QString& column : columnFields) {
        const FieldInfo* field = nullptr;
        if (!column.isEmpty()) {
            // The same field in every row kind (the plan's clause items and controls share their plan_* fields).
            field = RecordKinds::info(rowKinds.first()).field(column);
            for (RecordKind kind : rowKinds)
                Q_ASSERT_X(RecordKinds::info(kind).field(column), "RecordTableModel", qPrintable(column));
        }
        m_columnFields.append(field);
    }
}

RecordTableModel::~RecordTableModel() = default;

void RecordTableModel::setChildKind(RecordKind kind)
{
    Q_ASSERT(isRowKind(RecordKinds::info(kind).parentKind));
    m_childKind = kind;
}

AuditStore* RecordTableModel::store() const
{
    return m_subscription.store();
}

void RecordTableModel::followDocument(AuditDocument* document)
{
    m_document = document;
    followStore(document ? &document->store() : nullptr);
}

void RecordTableModel::followStore(AuditStore* store)
{
    m_subscription.follow(
        store, this,
        {[this](RecordKind kind, const QString& uuid) { onInserted(kind, uuid); },
         [this](RecordKind kind, const QString& uuid) { onRemoved(kind, uuid); },
         [this](RecordKind kind, const QString& uuid, const QString& column) { onChanged(kind, uuid, column); },
         [this](RecordKind kind, const QString& uuid) { onLinksChanged(kind, uuid); }});
    reload();
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_children.clear();
    m_parentOf.clear();
    reloading();
    if (AuditStore* source = store()) {
        for (RecordKind kind : m_rowKinds) {
            if (auto records = source->records(kind)) {
                QList<Record> list = std::move(records).value();
                list.removeIf([this](const Record& record) { return !acceptsRow(record); });
                m_rows.append(std::move(list));
            }
        }
        m_rowOf.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row) {
            m_rowOf.insert(m_rows.at(row).uuid, row);
            cacheRow(row);
        }
        if (m_childKind) {
            // All children in one read, grouped by parent, instead of one read per row.
            if (auto children = source->records(*m_childKind)) {
                for (const Record& child : children.value()) {
                    m_children[child.parentUuid].append(child);
                    m_parentOf.insert(child.uuid, child.parentUuid);
                }
            }
        }
    }
    endResetModel();
    rowsReloaded();
}

void RecordTableModel::appendRow(RecordKind kind, const QString& uuid)
{
    if (m_rowOf.contains(uuid))
        return;
    auto record = store()->record(kind, uuid);
    if (!record || !acceptsRow(record.value()))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(std::move(record).value());
    m_rowOf.insert(uuid, row);
    cacheRow(row);
    endInsertRows();
    rowInserted(row);
}

void RecordTableModel::removeRow(const QString& uuid)
{
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    uncacheRow(row);
    m_rows.removeAt(row);
    m_rowOf.remove(uuid);
    for (int later = row; later < m_rows.size(); ++later)
        m_rowOf.insert(m_rows.at(later).uuid, later);
    // Its children went with it (the store cascades without a signal per child).
    for (const Record& child : m_children.take(uuid))
        m_parentOf.remove(child.uuid);
    endRemoveRows();
    rowRemoved(uuid);
}

void RecordTableModel::refreshRow(int row)
{
    if (row < 0 || row >= m_rows.size() || !store())
        return;
    auto record = store()->record(m_rows.at(row).kind, m_rows.at(row).uuid);
    if (!record)
        return;
    const Record before = std::exchange(m_rows[row], std::move(record).value());
    cacheRow(row);
    repaintRow(row);
    rowRefreshed(row, before);
}

void RecordTableModel::repaintRow(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RecordTableModel::setChild(RecordKind kind, const QString& uuid)
{
    auto child = store()->record(kind, uuid);
    if (!child)
        return;
    QList<Record>& siblings = m_children[child->parentUuid];
    const auto it = std::find_if(siblings.begin(), siblings.end(), [&](const Record& r) { return r.uuid == uuid; });
    if (it != siblings.end())
        *it = child.value();
    else
        siblings.append(child.value());
    m_parentOf.insert(uuid, child->parentUuid);
    childrenChanged(child->parentUuid);
}

void RecordTableModel::removeChild(const QString& uuid)
{
    const QString parent = m_parentOf.take(uuid);
    if (parent.isEmpty())
        return;
    QList<Record>& siblings = m_children[parent];
    siblings.removeIf([&](const Record& r) { return r.uuid == uuid; });
    if (siblings.isEmpty())
        m_children.remove(parent);
    childrenChanged(parent);
}

void RecordTableModel::childrenChanged(const QString& parentUuid)
{
    const int row = rowOf(parentUuid);
    if (row < 0)
        return;
    repaintRow(row);
    rowRefreshed(row, m_rows.at(row));
}

void RecordTableModel::onInserted(RecordKind kind, const QString& uuid)
{
    if (isRowKind(kind)) {
        if (m_reloadOnInsertOrRemove)
            reload();
        else
            appendRow(kind, uuid);
    } else if (kind == m_childKind) {
        setChild(kind, uuid);
    } else {
        otherInserted(kind, uuid);
    }
}

void RecordTableModel::onRemoved(RecordKind kind, const QString& uuid)
{
    if (isRowKind(kind)) {
        if (m_reloadOnInsertOrRemove)
            reload();
        else
            removeRow(uuid);
    } else if (kind == m_childKind) {
        removeChild(uuid);
    } else {
        otherRemoved(kind, uuid);
    }
}

void RecordTableModel::onChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    if (isRowKind(kind))
        refreshRow(rowOf(uuid));
    else if (kind == m_childKind)
        setChild(kind, uuid);
    else
        otherChanged(kind, uuid, column);
}

void RecordTableModel::onLinksChanged(RecordKind kind, const QString& uuid)
{
    if (isRowKind(kind))
        refreshRow(rowOf(uuid));
    else if (kind != m_childKind)
        otherLinksChanged(kind, uuid);
}

void RecordTableModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    Q_UNUSED(kind);
    Q_UNUSED(uuid);
}

void RecordTableModel::otherChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    Q_UNUSED(kind);
    Q_UNUSED(uuid);
    Q_UNUSED(column);
}

void RecordTableModel::otherLinksChanged(RecordKind kind, const QString& uuid)
{
    Q_UNUSED(kind);
    Q_UNUSED(uuid);
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columnFields.size());
}

QModelIndex RecordTableModel::indexOf(const QString& uuid, int column) const
{
    const int row = rowOf(uuid);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString RecordTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
}

const FieldInfo* RecordTableModel::columnField(int column) const
{
    return m_columnFields.value(column, nullptr);
}

QString RecordTableModel::columnFieldName(int column) const
{
    const FieldInfo* field = columnField(column);
    return field ? field->column : QString();
}

const QList<Record>& RecordTableModel::children(const QString& parentUuid) const
{
    static const QList<Record> none;
    const auto it = m_children.constFind(parentUuid);
    return it == m_children.cend() ? none : it.value();
}

QVariant RecordTableModel::fieldData(int row, int column, int role) const
{
    const FieldInfo* field = columnField(column);
    if (!field)
        return {};
    if (role == Qt::EditRole || role == ItemRoles::RawValueRole)
        return fieldValue(row, column);
    if (role == Qt::CheckStateRole && field->type == FieldType::Boolean)
        return m_rows.at(row).flag(field->column) ? Qt::Checked : Qt::Unchecked;
    return {};
}

void RecordTableModel::repaintAll()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QIcon RecordTableModel::warningIcon()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return {};
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QString RecordTableModel::coverageText(const Record& record)
{
    QStringList tags = record.linked(LinkKind::Clause);
    for (const QString& control : record.linked(LinkKind::Control))
        tags << QStringLiteral("A.") + control;
    return tags.join(QLatin1String(", "));
}

bool RecordTableModel::isWritable() const
{
    return m_document && !m_document->isReadOnly();
}

QVariant RecordTableModel::fieldValue(int row, int column) const
{
    const FieldInfo* field = columnField(column);
    return field ? m_rows.at(row).values.value(field->column) : QVariant();
}

QString RecordTableModel::fieldText(int row, int column) const
{
    const FieldInfo* field = columnField(column);
    if (!field)
        return {};
    const Record& record = m_rows.at(row);
    switch (field->type) {
    case FieldType::Date: {
        const QDate date = QDate::fromString(record.text(field->column), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    case FieldType::DateTime: {
        const QDateTime when = QDateTime::fromString(record.text(field->column), Qt::ISODate);
        return when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : QString();
    }
    case FieldType::Boolean:
    case FieldType::Blob:
        return {};
    default:
        return record.text(field->column);
    }
}

QVariant RecordTableModel::fieldSortKey(int row, int column) const
{
    const FieldInfo* field = columnField(column);
    if (!field)
        return {};
    const Record& record = m_rows.at(row);
    switch (field->type) {
    case FieldType::Integer:
        return record.integer(field->column).value_or(-1);
    case FieldType::Boolean:
        return int(record.flag(field->column));
    case FieldType::Enum:
        return int(field->values.indexOf(record.text(field->column)));
    case FieldType::Date:
    case FieldType::DateTime:
        return record.text(field->column);
    default:
        return record.text(field->column).toLower();
    }
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    const FieldInfo* field = index.isValid() ? columnField(index.column()) : nullptr;
    if (!field || !isWritable())
        return result;
    return result | (field->type == FieldType::Boolean ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant RecordTableModel::storedValue(int column, const QVariant& value) const
{
    const FieldInfo* field = columnField(column);
    if (!field)
        return value;
    switch (field->type) {
    case FieldType::Integer:
        return value.isNull() || value.toString().isEmpty() ? QVariant() : value;
    case FieldType::Date: {
        const QDate date
            = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    }
    default:
        return value;
    }
}

QString RecordTableModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    Q_UNUSED(stored);
    return {};
}

bool RecordTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    // A read-only audit still reaches the store, which refuses and says why (editRefused).
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const FieldInfo* field = columnField(index.column());
    if (!field)
        return false;
    QVariant stored;
    if (field->type == FieldType::Boolean && role == Qt::CheckStateRole)
        stored = value.toInt() == Qt::Checked;
    else if (field->type == FieldType::Boolean && role == Qt::EditRole)
        stored = value.toBool();
    else if (role == Qt::EditRole)
        stored = storedValue(index.column(), value);
    else
        return false;
    // Copies: the store's change signal replaces the row's record before setField() returns.
    const RecordKind kind = m_rows.at(index.row()).kind;
    const QString uuid = m_rows.at(index.row()).uuid;
    const Status done
        = m_document->setField(kind, uuid, field->column, stored, undoText(index.row(), index.column(), stored));
    if (!done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

} // namespace isoaudit
