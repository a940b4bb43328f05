// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InterviewListModel.h"

#include "storage/AuditStore.h"

#include <QDateTime>
#include <QLocale>

namespace isoaudit {

namespace {

QDateTime heldAt(const Record& record)
{
    return QDateTime::fromString(record.text(QStringLiteral("held_at")), Qt::ISODate);
}

QString covers(const Record& record)
{
    QStringList tags = record.linked(LinkKind::Clause);
    for (const QString& control : record.linked(LinkKind::Control))
        tags << QStringLiteral("A.") + control;
    return tags.join(QLatin1String(", "));
}

} // namespace

InterviewListModel::InterviewListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InterviewListModel::setStore(AuditStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &AuditStore::recordInserted, this, &InterviewListModel::onInserted);
        connect(m_store, &AuditStore::recordRemoved, this, &InterviewListModel::onRemoved);
        connect(m_store, &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString& uuid, const QString&) { onChanged(kind, uuid); });
        connect(m_store, &AuditStore::linksChanged, this, &InterviewListModel::onChanged);
    }
    reload();
}

void InterviewListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        if (auto rows = m_store->records(RecordKind::Interview))
            m_rows = rows.value();
    }
    endResetModel();
}

void InterviewListModel::onInserted(RecordKind kind, const QString& uuid)
{
    if (kind != RecordKind::Interview || rowOf(uuid) >= 0)
        return;
    auto record = m_store->record(kind, uuid);
    if (!record)
        return;
    beginInsertRows({}, m_rows.size(), m_rows.size());
    m_rows.append(record.value());
    endInsertRows();
}

void InterviewListModel::onRemoved(RecordKind kind, const QString& uuid)
{
    if (kind != RecordKind::Interview)
        return;
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void InterviewListModel::onChanged(RecordKind kind, const QString& uuid)
{
    if (kind != RecordKind::Interview)
        return;
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    auto record = m_store->record(kind, uuid);
    if (!record)
        return;
    m_rows[row] = record.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int InterviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterviewListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewListModel::display(const Record& record, int column) const
{
    switch (column) {
    case IntervieweeColumn:
        return record.text(QStringLiteral("interviewee"));
    case RoleColumn:
        return record.text(QStringLiteral("role"));
    case HeldAtColumn: {
        const QDateTime when = heldAt(record);
        return when.isValid() ? QLocale().toString(when, QStringLiteral("ddd d MMM, HH:mm")) : QString();
    }
    case DurationColumn: {
        const auto minutes = record.integer(QStringLiteral("duration_minutes"));
        return minutes ? tr("%1 min").arg(*minutes) : QString();
    }
    case AuditorColumn:
        return record.text(QStringLiteral("auditor"));
    case CoversColumn:
        return covers(record);
    default:
        return {};
    }
}

QVariant InterviewListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == IntervieweeColumn)
            return describe(record);
        return display(record, index.column());
    case Qt::AccessibleTextRole:
        return describe(record);
    case UuidRole:
        return record.uuid;
    case ClausesRole:
        return record.linked(LinkKind::Clause);
    case ControlsRole:
        return record.linked(LinkKind::Control);
    case HeldAtRole:
        return heldAt(record);
    case SortRole:
        if (index.column() == HeldAtColumn)
            return record.text(QStringLiteral("held_at"));
        if (index.column() == DurationColumn)
            return record.integer(QStringLiteral("duration_minutes")).value_or(-1);
        return display(record, index.column()).toString().toLower();
    default:
        return {};
    }
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IntervieweeColumn:
        return tr("Interviewee");
    case RoleColumn:
        return tr("Role");
    case HeldAtColumn:
        return tr("Held at");
    case DurationColumn:
        return tr("Duration");
    case AuditorColumn:
        return tr("Auditor");
    case CoversColumn:
        return tr("Clauses / controls");
    default:
        return {};
    }
}

int InterviewListModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

QModelIndex InterviewListModel::indexOf(const QString& uuid, int column) const
{
    const int row = rowOf(uuid);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString InterviewListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
}

const Record* InterviewListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString InterviewListModel::describe(const Record& interview)
{
    QString text = interview.text(QStringLiteral("interviewee"));
    const QString role = interview.text(QStringLiteral("role"));
    if (!role.isEmpty())
        text = tr("%1 (%2)").arg(text, role);
    const QDateTime when = heldAt(interview);
    if (when.isValid())
        text = tr("%1, %2").arg(text, QLocale().toString(when, QStringLiteral("d MMM yyyy, HH:mm")));
    return text;
}

} // namespace isoaudit
