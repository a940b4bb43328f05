// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InterviewListModel.h"

#include <QDateTime>
#include <QLocale>

namespace isoaudit {

namespace {

QDateTime heldAt(const Record& record)
{
    return QDateTime::fromString(record.text(QStringLiteral("held_at")), Qt::ISODate);
}

} // namespace

InterviewListModel::InterviewListModel(QObject* parent)
    : RecordTableModel({RecordKind::Interview},
                       {QStringLiteral("interviewee"), QStringLiteral("role"), QStringLiteral("held_at"),
                        QStringLiteral("duration_minutes"), QStringLiteral("auditor"), QString()},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QVariant InterviewListModel::display(int row, int column) const
{
    const Record& record = rowRecord(row);
    switch (column) {
    case HeldAtColumn: {
        const QDateTime when = heldAt(record);
        return when.isValid() ? QLocale().toString(when, QStringLiteral("ddd d MMM, HH:mm")) : QString();
    }
    case DurationColumn: {
        const auto minutes = record.integer(QStringLiteral("duration_minutes"));
        return minutes ? tr("%1 min").arg(*minutes) : QString();
    }
    case CoversColumn:
        return coverageText(record);
    default:
        return fieldText(row, column);
    }
}

QVariant InterviewListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& record = rowRecord(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == IntervieweeColumn)
            return describe(record);
        return display(index.row(), index.column());
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
        if (index.column() == CoversColumn)
            return display(index.row(), index.column()).toString().toLower();
        return fieldSortKey(index.row(), index.column()); // held at as ISO text, minutes as numbers
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
