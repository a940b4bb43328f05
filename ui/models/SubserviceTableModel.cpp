// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SubserviceTableModel.h"

#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"

namespace isoaudit {

namespace {

const QString nameField = QStringLiteral("name");
const QString methodField = QStringLiteral("method");

/// The first line of a paragraph, for a one-line cell (the whole text is the tool tip).
QString firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    return line.size() < text.trimmed().size() ? line + QStringLiteral(" …") : line;
}

} // namespace

SubserviceTableModel::SubserviceTableModel(QObject* parent)
    : CriteriaLinkedTableModel(RecordKind::Subservice,
                               {nameField, QStringLiteral("services"), methodField, QStringLiteral("csocs"), QString()},
                               CriteriaColumn, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QString SubserviceTableModel::rowName(int row) const
{
    return rowRecord(row).text(nameField);
}

QVariant SubserviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == ItemRoles::UuidRole)
        return uuidAt(row);
    if (column == CriteriaColumn)
        return criteriaData(row, role);
    const Record& record = rowRecord(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == MethodColumn)
            return ValueLabels::label(ValueList::SubserviceMethod, record.text(methodField));
        if (column == ServicesColumn || column == CsocsColumn)
            return firstLine(fieldText(row, column));
        return fieldText(row, column);
    case Qt::ToolTipRole:
        if (column == ServicesColumn || column == CsocsColumn)
            return fieldText(row, column);
        if (column == MethodColumn) {
            const QString method = record.text(methodField);
            const QString label = ValueLabels::label(ValueList::SubserviceMethod, method);
            return method == QLatin1String("inclusive")
                ? tr("%1: the subservice organization's controls are part of the description and the tests.").arg(label)
                : tr("%1: the subservice organization's controls are left out of the description and the tests; "
                     "its CSOCs are listed in Sections I and III.")
                      .arg(label);
        }
        return {};
    case Qt::EditRole:
    case ItemRoles::RawValueRole:
        return fieldData(row, column, role);
    case ItemRoles::ChoicesRole:
        return column == MethodColumn ? QVariant(EnumLabels::choices(ValueList::SubserviceMethod)) : QVariant();
    case ItemRoles::SortRole:
        return fieldSortKey(row, column);
    default:
        return {};
    }
}

QVariant SubserviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == CsocsColumn)
        return tr("Complementary subservice-organization controls: the controls the service organization assumes "
                  "the subservice organization operates");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Services"), QT_TR_NOOP("Method"),
                                                    QT_TR_NOOP("CSOCs"), QT_TR_NOOP("Criteria")};
    return tr(titles[section]);
}

Qt::ItemFlags SubserviceTableModel::flags(const QModelIndex& index) const
{
    return index.column() == CriteriaColumn ? QAbstractTableModel::flags(index) : RecordTableModel::flags(index);
}

QString SubserviceTableModel::nextName() const
{
    QStringList taken;
    for (const Record& record : rowRecords())
        taken << record.text(nameField).toCaseFolded();
    const QString base = tr("New subservice organization");
    QString name = base;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

Result<QString> SubserviceTableModel::addSubservice()
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    const QString name = nextName();
    Record record{RecordKind::Subservice, {}, {}, {{nameField, name}, {methodField, QStringLiteral("carve-out")}}, {}};
    return document()->insertRecord(record, tr("Add subservice organization %1").arg(name));
}

QString SubserviceTableModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(stored);
    switch (column) {
    case NameColumn:
        return tr("Rename subservice organization %1").arg(rowName(row));
    case ServicesColumn:
        return tr("Set services of %1").arg(rowName(row));
    case MethodColumn:
        return tr("Set method of %1").arg(rowName(row));
    case CsocsColumn:
        return tr("Set CSOCs of %1").arg(rowName(row));
    default:
        return {};
    }
}

} // namespace isoaudit
