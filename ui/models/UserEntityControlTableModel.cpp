// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserEntityControlTableModel.h"

#include "delegates/ItemRoles.h"

#include <QRegularExpression>

namespace isoaudit {

namespace {

const QString refField = QStringLiteral("ref");
const QString descriptionField = QStringLiteral("description");

} // namespace

UserEntityControlTableModel::UserEntityControlTableModel(QObject* parent)
    : CriteriaLinkedTableModel(RecordKind::UserEntityControl, {refField, descriptionField, QString()}, CriteriaColumn,
                               parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QString UserEntityControlTableModel::rowName(int row) const
{
    const Record& record = rowRecord(row);
    const QString ref = record.text(refField).trimmed();
    if (!ref.isEmpty())
        return ref;
    const QString description = record.text(descriptionField).simplified();
    return description.size() > 40 ? description.left(40) + QStringLiteral("…") : description;
}

QVariant UserEntityControlTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == ItemRoles::UuidRole)
        return uuidAt(row);
    if (column == CriteriaColumn)
        return criteriaData(row, role);
    switch (role) {
    case Qt::DisplayRole:
        return column == DescriptionColumn ? fieldText(row, column).simplified() : fieldText(row, column);
    case Qt::ToolTipRole:
        return column == DescriptionColumn ? fieldText(row, column) : QVariant();
    case Qt::EditRole:
    case ItemRoles::RawValueRole:
        return fieldData(row, column, role);
    case ItemRoles::SortRole:
        if (column == RefColumn) {
            // "CUEC-2" before "CUEC-10".
            const QString ref = rowRecord(row).text(refField);
            static const QRegularExpression number(QStringLiteral("(\\d+)$"));
            const auto match = number.match(ref);
            return match.hasMatch()
                ? ref.left(match.capturedStart()).toCaseFolded() + match.captured(1).rightJustified(9, QLatin1Char('0'))
                : ref.toCaseFolded();
        }
        return fieldSortKey(row, column);
    default:
        return {};
    }
}

QVariant UserEntityControlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount]
        = {QT_TR_NOOP("Ref"), QT_TR_NOOP("Control the user entities operate"), QT_TR_NOOP("Criteria")};
    return tr(titles[section]);
}

Qt::ItemFlags UserEntityControlTableModel::flags(const QModelIndex& index) const
{
    return index.column() == CriteriaColumn ? QAbstractTableModel::flags(index) : RecordTableModel::flags(index);
}

QString UserEntityControlTableModel::nextRef() const
{
    static const QRegularExpression pattern(QStringLiteral("^CUEC-(\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    for (const Record& record : rowRecords()) {
        const auto match = pattern.match(record.text(refField).trimmed());
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return QStringLiteral("CUEC-%1").arg(highest + 1);
}

Result<QString> UserEntityControlTableModel::addControl()
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    const QString ref = nextRef();
    // The description is required: the new row starts with words that ask for it, selected for typing over.
    Record record{RecordKind::UserEntityControl,
                  {},
                  {},
                  {{refField, ref}, {descriptionField, tr("Describe the control the user entities operate.")}},
                  {}};
    return document()->insertRecord(record, tr("Add user-entity control %1").arg(ref));
}

QString UserEntityControlTableModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(stored);
    return column == RefColumn ? tr("Set ref of %1").arg(rowName(row)) : tr("Set description of %1").arg(rowName(row));
}

} // namespace isoaudit
