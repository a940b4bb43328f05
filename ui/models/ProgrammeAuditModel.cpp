// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProgrammeAuditModel.h"

#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "widgets/ThemeColors.h"

#include <QDate>
#include <QFont>
#include <QLocale>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

const QStringList& columnFields()
{
    static const QStringList fields{s("audit_type"), s("label"), s("status"), s("due_from"), s("due_by"), {},
                                    s("lead"),       s("outcome"), s("notes")};
    return fields;
}

QString shortDate(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

ProgrammeAuditModel::ProgrammeAuditModel(QObject* parent)
    : RecordTableModel({RecordKind::ProgrammeAudit}, columnFields(), parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void ProgrammeAuditModel::readAudit()
{
    m_audit = {};
    m_lead.clear();
    if (!store())
        return;
    if (auto audit = store()->audit())
        m_audit = audit.value();
    const auto team = store()->records(RecordKind::TeamMember);
    for (const Record& member : team ? team.value() : QList<Record>{}) {
        if (member.text(s("role")) == QLatin1String("lead")) {
            m_lead = member.text(s("name"));
            break;
        }
    }
}

void ProgrammeAuditModel::otherChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    Q_UNUSED(uuid);
    Q_UNUSED(column);
    if (kind != RecordKind::Audit && kind != RecordKind::TeamMember)
        return;
    readAudit();
    for (int row = 0; row < rowCount(); ++row) {
        if (rowRecord(row).text(s("status")) == QLatin1String("current"))
            repaintRow(row);
    }
}

bool ProgrammeAuditModel::isEditableRow(int row) const
{
    const QString status = rowRecord(row).text(s("status"));
    return status == QLatin1String("planned") || status == QLatin1String("cancelled");
}

Record ProgrammeAuditModel::effectiveRecord(int row) const
{
    Record record = rowRecord(row);
    if (record.text(s("status")) != QLatin1String("current"))
        return record;
    // This audit's row: the audit's own values, which the auditor edits on the Overview (docs/cycle.md).
    for (const char* column : {"audit_type", "start_date", "end_date"})
        record.values.insert(s(column), m_audit.values.value(s(column)));
    record.values.insert(s("outcome"), m_audit.values.value(s("recommendation")));
    record.values.insert(s("lead"), m_lead);
    return record;
}

Qt::ItemFlags ProgrammeAuditModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = RecordTableModel::flags(index);
    if (!index.isValid())
        return result;
    const int column = index.column();
    const bool programmeColumn = column == TypeColumn || column == LabelColumn || column == StatusColumn
        || column == DueFromColumn || column == DueByColumn || column == NotesColumn;
    if (!isEditableRow(index.row()) || !programmeColumn)
        result &= ~Qt::ItemIsEditable;
    return result;
}

bool ProgrammeAuditModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & Qt::ItemIsEditable)) {
        if (!isEditableRow(index.row()))
            emit editRefused(rowRecord(index.row()).text(s("status")) == QLatin1String("current")
                                 ? tr("This audit's row shows the audit itself: edit its type and dates under "
                                      "Audit, its outcome under the lifecycle.")
                                 : tr("History: from the signed report of that audit; it cannot be edited."));
        return false;
    }
    if (index.column() == StatusColumn && value.toString() != QLatin1String("planned")
        && value.toString() != QLatin1String("cancelled")) {
        emit editRefused(tr("A planned audit can only be planned or cancelled here; it becomes current or completed "
                            "when it is carried out."));
        return false;
    }
    if (index.column() == DueFromColumn || index.column() == DueByColumn) {
        const QString stored = storedValue(index.column(), value).toString();
        const Record& record = rowRecord(index.row());
        const QString from = index.column() == DueFromColumn ? stored : record.text(s("due_from"));
        const QString by = index.column() == DueByColumn ? stored : record.text(s("due_by"));
        if (!from.isEmpty() && !by.isEmpty() && by < from) {
            emit editRefused(tr("The audit would be due by %1, before its window opens on %2.")
                                 .arg(shortDate(by), shortDate(from)));
            return false;
        }
    }
    return RecordTableModel::setData(index, value, role);
}

QString ProgrammeAuditModel::displayText(const Record& record, int row, int column) const
{
    switch (column) {
    case TypeColumn:
        return ValueLabels::label(ValueList::AuditType, record.text(s("audit_type")));
    case StatusColumn:
        return ValueLabels::label(ValueList::ProgrammeStatus, record.text(s("status")));
    case OutcomeColumn:
        return record.text(s("outcome")).isEmpty()
            ? QString()
            : ValueLabels::label(ValueList::Recommendation, record.text(s("outcome")));
    case DatesColumn: {
        const QString start = shortDate(record.text(s("start_date")));
        const QString end = shortDate(record.text(s("end_date")));
        if (start.isEmpty())
            return end;
        return end.isEmpty() || end == start ? start : tr("%1 – %2").arg(start, end);
    }
    case DueFromColumn:
    case DueByColumn:
        return shortDate(record.text(columnFieldName(column)));
    case LeadColumn:
        return record.text(s("lead"));
    default:
        Q_UNUSED(row);
        return record.text(columnFieldName(column));
    }
}

QString ProgrammeAuditModel::toolTip(const Record& record) const
{
    const QString status = record.text(s("status"));
    if (status == QLatin1String("completed")) {
        QStringList lines{tr("History: from the signed report of that audit")};
        if (!record.text(s("outcome")).isEmpty())
            lines << tr("Outcome: %1").arg(ValueLabels::label(ValueList::Recommendation, record.text(s("outcome"))));
        if (!record.text(s("report_number")).isEmpty())
            lines << tr("Report: %1").arg(record.text(s("report_number")));
        if (!record.text(s("report_file")).isEmpty())
            lines << tr("File: %1").arg(record.text(s("report_file")));
        if (!record.text(s("report_sha256")).isEmpty())
            lines << tr("SHA-256: %1").arg(record.text(s("report_sha256")));
        return lines.join(QLatin1Char('\n'));
    }
    if (status == QLatin1String("current"))
        return ValueLabels::label(ValueList::ProgrammeStatus, s("current"));
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled: kept in the programme as the client's record");
    return tr("Planned: the client's programme, editable");
}

QVariant ProgrammeAuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Record record = effectiveRecord(row);
    const QString status = record.text(s("status"));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, row, column);
    case Qt::EditRole:
        if (column == DueFromColumn || column == DueByColumn) { // the date editor's start
            const QDate date = QDate::fromString(record.text(columnFieldName(column)), Qt::ISODate);
            return date.isValid() ? date : QDate::currentDate();
        }
        [[fallthrough]];
    case ItemRoles::RawValueRole:
        if (column == DatesColumn)
            return record.text(s("start_date"));
        return record.values.value(columnFieldName(column));
    case ItemRoles::SortRole:
        if (column == DatesColumn || column == DueByColumn || column == DueFromColumn) {
            // The timeline's order: when it happened, else when it is due.
            QString when = record.text(s("start_date"));
            if (when.isEmpty())
                when = record.text(s("due_by"));
            if (when.isEmpty())
                when = record.text(s("due_from"));
            return when.isEmpty() ? s("9999") : when;
        }
        return fieldSortKey(row, column);
    case ItemRoles::ChoicesRole:
        if (column == TypeColumn)
            return EnumLabels::choices(ValueList::AuditType);
        if (column == StatusColumn)
            return QVariantList{
                QVariant(QVariantList{ValueLabels::label(ValueList::ProgrammeStatus, s("planned")), s("planned")}),
                QVariant(QVariantList{ValueLabels::label(ValueList::ProgrammeStatus, s("cancelled")), s("cancelled")})};
        return {};
    case ItemRoles::UuidRole:
        return record.uuid;
    case Qt::ToolTipRole:
        return toolTip(record);
    case Qt::ForegroundRole:
        if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
            return ThemeColors::dimmedText();
        return {};
    case Qt::FontRole:
        if (status == QLatin1String("current")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (status == QLatin1String("cancelled") && column != StatusColumn) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case StatusRole:
        return status;
    case EditableRole:
        return isEditableRow(row);
    default:
        return {};
    }
}

QVariant ProgrammeAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case LabelColumn:
        return tr("Label");
    case StatusColumn:
        return tr("Status");
    case DueFromColumn:
        return tr("Due from");
    case DueByColumn:
        return tr("Due by");
    case DatesColumn:
        return tr("Dates");
    case LeadColumn:
        return tr("Led by");
    case OutcomeColumn:
        return tr("Outcome");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

QString ProgrammeAuditModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(column);
    Q_UNUSED(stored);
    const Record& record = rowRecord(row);
    const QString label = record.text(s("label")).trimmed();
    return tr("Edit programme audit %1")
        .arg(label.isEmpty() ? ValueLabels::label(ValueList::AuditType, record.text(s("audit_type"))) : label);
}

} // namespace isoaudit
