// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TestProcedureTableModel.h"

#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "i18n/Translations.h"

#include <QDate>

namespace isoaudit {

namespace {

const QString methodField = QStringLiteral("method");
const QString resultField = QStringLiteral("result");

} // namespace

TestProcedureTableModel::TestProcedureTableModel(QObject* parent)
    : RecordTableModel({RecordKind::TestProcedure},
                       {methodField, QStringLiteral("description"), QStringLiteral("attributes"), resultField,
                        QStringLiteral("result_note"), QStringLiteral("performed_by"), QStringLiteral("performed_on")},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void TestProcedureTableModel::setControl(const QString& controlUuid)
{
    if (controlUuid == m_control)
        return;
    m_control = controlUuid;
    reload();
}

void TestProcedureTableModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    // The store removes a control's procedures with it, without a signal for each.
    if (kind == RecordKind::ServiceControl && uuid == m_control)
        reload();
}

QString TestProcedureTableModel::controlRef() const
{
    if (!store() || m_control.isEmpty())
        return {};
    auto control = store()->record(RecordKind::ServiceControl, m_control);
    return control ? control->text(QStringLiteral("ref")) : QString();
}

QVariant TestProcedureTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MethodColumn:
            return ValueLabels::label(ValueList::TestMethod, rowRecord(row).text(methodField));
        case ResultColumn:
            return ValueLabels::label(ValueList::TestResult, rowRecord(row).text(resultField));
        case DescriptionColumn:
        case AttributesColumn:
        case ResultNoteColumn:
            return fieldText(row, column).section(QLatin1Char('\n'), 0, 0); // the first line
        default:
            return fieldText(row, column);
        }
    case Qt::EditRole:
    case ItemRoles::RawValueRole:
        return fieldData(row, column, role);
    case ItemRoles::ChoicesRole:
        if (column == MethodColumn)
            return EnumLabels::choices(ValueList::TestMethod);
        if (column == ResultColumn)
            return EnumLabels::choices(ValueList::TestResult, true);
        return {};
    case ItemRoles::SortRole:
        return fieldSortKey(row, column);
    case ItemRoles::UuidRole:
        return uuidAt(row);
    case Qt::ToolTipRole:
        if (column == DescriptionColumn || column == AttributesColumn || column == ResultNoteColumn) {
            const QString text = fieldText(row, column);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return {};
    default:
        return {};
    }
}

QVariant TestProcedureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount]
        = {QT_TR_NOOP("Method"),      QT_TR_NOOP("Description"),  QT_TR_NOOP("Attributes tested"),
           QT_TR_NOOP("Result"),      QT_TR_NOOP("Result note"),  QT_TR_NOOP("Performed by"),
           QT_TR_NOOP("Performed on")};
    return tr(titles[section]);
}

Result<QString> TestProcedureTableModel::addProcedure(const QString& method, const QString& description)
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    if (m_control.isEmpty())
        return Error{tr("Select a control before adding a test procedure.")};
    if (!ValueLabels::values(ValueList::TestMethod).contains(method))
        return Error{tr("\"%1\" is not a test method.").arg(method)};
    Record procedure{RecordKind::TestProcedure, {}, m_control, {}, {}};
    procedure.values.insert(methodField, method);
    if (!description.isEmpty())
        procedure.values.insert(QStringLiteral("description"), description);
    return document()->insertRecord(procedure,
                                    tr("Add %1 test procedure to %2")
                                        .arg(Translations::inSentence(ValueLabels::label(ValueList::TestMethod, method)),
                                             controlRef()));
}

Status TestProcedureTableModel::removeProcedure(int row)
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    if (row < 0 || row >= rowCount())
        return Error{tr("Select the test procedure to remove.")};
    const Record& procedure = rowRecord(row);
    return document()->removeRecord(
        RecordKind::TestProcedure, procedure.uuid,
        tr("Remove %1 test procedure from %2")
            .arg(Translations::inSentence(ValueLabels::label(ValueList::TestMethod, procedure.text(methodField))),
                 controlRef()));
}

QString TestProcedureTableModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(row);
    Q_UNUSED(stored);
    return tr("Set %1 of a test procedure of %2")
        .arg(Translations::inSentence(headerData(column, Qt::Horizontal).toString()), controlRef());
}

} // namespace isoaudit
