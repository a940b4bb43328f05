// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SampleItemTableModel.h"

#include "delegates/EnumLabels.h"
#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "i18n/Translations.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace isoaudit {

namespace {

const QString resultField = QStringLiteral("result");
const QString testedByField = QStringLiteral("tested_by");
const QString testedOnField = QStringLiteral("tested_on");

} // namespace

SampleItemTableModel::SampleItemTableModel(QObject* parent)
    : RecordTableModel({RecordKind::SampleItem},
                       {QStringLiteral("occurrence_id"), QStringLiteral("occurred_on"), QStringLiteral("month"),
                        resultField, QStringLiteral("notes"), testedByField, testedOnField, QString()},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void SampleItemTableModel::setControl(const QString& controlUuid)
{
    if (controlUuid == m_control)
        return;
    m_control = controlUuid;
    reload();
}

void SampleItemTableModel::reloading()
{
    m_samples.clear();
    if (!store() || m_control.isEmpty())
        return;
    if (auto samples = store()->records(RecordKind::Sample, m_control)) {
        for (const Record& sample : samples.value())
            m_samples.insert(sample.uuid);
    }
}

void SampleItemTableModel::otherInserted(RecordKind kind, const QString& uuid)
{
    // A sample drawn for the control: its items follow (or came first, inside the draw's transaction), so read all.
    if (kind != RecordKind::Sample || m_control.isEmpty())
        return;
    if (auto sample = store()->record(kind, uuid); sample && sample->parentUuid == m_control)
        reload();
}

void SampleItemTableModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    // The store removes a sample's items with it, without a signal for each.
    if ((kind == RecordKind::Sample && m_samples.contains(uuid))
        || (kind == RecordKind::ServiceControl && uuid == m_control))
        reload();
}

void SampleItemTableModel::recount()
{
    SampleProgress now;
    now.total = rowCount();
    for (const Record& item : rowRecords()) {
        const QString result = item.text(resultField);
        if (!result.isEmpty())
            ++now.tested;
        if (result == QLatin1String("exception"))
            ++now.exceptions;
    }
    if (now == m_progress)
        return;
    m_progress = now;
    emit progressChanged(m_progress);
}

int SampleItemTableModel::evidenceCount(int row) const
{
    return int(rowRecord(row).linked(LinkKind::Evidence).size());
}

QString SampleItemTableModel::resultLabel(const QString& result)
{
    return ValueLabels::label(ValueList::ItemResult, result);
}

std::optional<QString> SampleItemTableModel::resultFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    for (const QString& value : ValueLabels::values(ValueList::ItemResult)) {
        if (trimmed.compare(value, Qt::CaseInsensitive) == 0
            || ValueLabels::importSpellings(ValueList::ItemResult, value).contains(trimmed, Qt::CaseInsensitive))
            return value;
    }
    return std::nullopt;
}

QVariant SampleItemTableModel::display(int row, int column) const
{
    const Record& item = rowRecord(row);
    switch (column) {
    case MonthColumn: {
        const QDate first = QDate::fromString(item.text(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yyyy"))
                               : item.text(QStringLiteral("month"));
    }
    case ResultColumn:
        return resultLabel(item.text(resultField));
    case NoteColumn:
        return item.text(QStringLiteral("notes")).section(QLatin1Char('\n'), 0, 0); // the first line
    case EvidenceColumn:
        return evidenceCount(row) == 0 ? QString() : QString::number(evidenceCount(row));
    default:
        return fieldText(row, column);
    }
}

QVariant SampleItemTableModel::sortKey(int row, int column) const
{
    switch (column) {
    case OccurrenceColumn:
        return rowRecord(row).text(QStringLiteral("occurrence_id")); // a proxy compares it with NaturalSort
    case EvidenceColumn:
        return evidenceCount(row);
    case MonthColumn:
        return rowRecord(row).text(QStringLiteral("month"));
    default:
        return fieldSortKey(row, column);
    }
}

QVariant SampleItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
    case ItemRoles::RawValueRole:
        return column == EvidenceColumn ? QVariant(evidenceCount(row)) : fieldData(row, column, role);
    case ItemRoles::ChoicesRole:
        return column == ResultColumn ? QVariant(EnumLabels::choices(ValueList::ItemResult, true)) : QVariant();
    case ItemRoles::SortRole:
        return sortKey(row, column);
    case ItemRoles::UuidRole:
        return uuidAt(row);
    case Qt::ToolTipRole:
        if (column == NoteColumn)
            return rowRecord(row).text(QStringLiteral("notes"));
        if (column == EvidenceColumn)
            return tr("%n evidence record(s) linked", nullptr, evidenceCount(row));
        return {};
    case Qt::TextAlignmentRole:
        return column == EvidenceColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant SampleItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount]
        = {QT_TR_NOOP("Occurrence"), QT_TR_NOOP("Date"),      QT_TR_NOOP("Month"),     QT_TR_NOOP("Result"),
           QT_TR_NOOP("Note"),       QT_TR_NOOP("Tested by"), QT_TR_NOOP("Tested on"), QT_TR_NOOP("Evidence")};
    return tr(titles[section]);
}

Qt::ItemFlags SampleItemTableModel::flags(const QModelIndex& index) const
{
    // The occurrence, its date and month are the frozen population's: never edited here.
    switch (index.column()) {
    case ResultColumn:
    case NoteColumn:
    case TestedByColumn:
    case TestedOnColumn:
        return RecordTableModel::flags(index);
    default:
        return QAbstractTableModel::flags(index);
    }
}

bool SampleItemTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    switch (index.column()) {
    case NoteColumn:
    case TestedByColumn:
    case TestedOnColumn:
        return RecordTableModel::setData(index, value, role);
    case ResultColumn:
        break;
    default:
        return false;
    }
    if (role != Qt::EditRole || !document()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<QString> result = resultFromText(value.toString());
    Status done = result ? setResults({index.row()}, *result)
                         : Status(Error{tr("\"%1\" is not a sample item's result; write \"%2\" or \"%3\".")
                                            .arg(value.toString(), resultLabel(QStringLiteral("no-exception")),
                                                 resultLabel(QStringLiteral("exception")))});
    if (!done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

Status SampleItemTableModel::setResults(const QList<int>& rows, const QString& result)
{
    if (!document())
        return Error{tr("No audit is open for editing.")};
    if (!result.isEmpty() && !ValueLabels::values(ValueList::ItemResult).contains(result))
        return Error{tr("\"%1\" is not a sample item's result.").arg(result)};
    // Copies: each write's signal replaces the row's record before the next.
    QList<Record> items;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            return Error{tr("There is no sample item in row %1.").arg(row + 1)};
        const Record& item = rowRecord(row);
        const bool seen
            = std::any_of(items.cbegin(), items.cend(), [&](const Record& r) { return r.uuid == item.uuid; });
        if (!seen && item.text(resultField) != result)
            items.append(item);
    }
    if (items.isEmpty())
        return {};
    const QString text = items.size() == 1
        ? tr("Set result of %1").arg(items.first().text(QStringLiteral("occurrence_id")))
        : tr("Set result of %n sample item(s)", nullptr, int(items.size()));
    const QString tester = document()->store().author();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    AuditDocument* target = document();
    return target->macro(text, [&]() -> Status {
        for (const Record& item : items) {
            const QVariant stored = result.isEmpty() ? QVariant() : QVariant(result);
            if (auto done = target->setField(RecordKind::SampleItem, item.uuid, resultField, stored, text); !done)
                return done;
            if (result.isEmpty())
                continue;
            if (item.text(testedOnField).isEmpty()) {
                if (auto done = target->setField(RecordKind::SampleItem, item.uuid, testedOnField, today, text); !done)
                    return done;
            }
            if (item.text(testedByField).isEmpty() && !tester.isEmpty()) {
                if (auto done = target->setField(RecordKind::SampleItem, item.uuid, testedByField, tester, text); !done)
                    return done;
            }
        }
        return {};
    });
}

int SampleItemTableModel::markAndNext(int row, const QString& result)
{
    if (row < 0 || row >= rowCount())
        return row;
    if (const Status done = setResults({row}, result); !done) {
        emit editRefused(done.error());
        return row;
    }
    return qMin(row + 1, rowCount() - 1);
}

QString SampleItemTableModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(stored);
    return tr("Set %1 of %2")
        .arg(Translations::inSentence(headerData(column, Qt::Horizontal).toString()),
             rowRecord(row).text(QStringLiteral("occurrence_id")));
}

} // namespace isoaudit
