// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CarriedFindingTableModel.h"

#include "delegates/ItemRoles.h"
#include "domain/ValueLabels.h"
#include "models/FindingTableModel.h"
#include "widgets/ThemeColors.h"
#include "workbench/WorkbenchLabels.h"

#include <QBrush>
#include <QDate>
#include <QFont>
#include <QLocale>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString deferredTip()
{
    return CarriedFindingTableModel::tr("Passed through a special audit that verified only major nonconformities: it "
                                        "is verified at the next audit.");
}

} // namespace

CarriedFindingTableModel::CarriedFindingTableModel(QObject* parent)
    : RecordTableModel({RecordKind::CarriedFinding},
                       {s("ref"), s("grade"), QString(), s("title"), s("verification"), QString()}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void CarriedFindingTableModel::reloading()
{
    m_findingRefs.clear();
    if (!store())
        return;
    if (auto findings = store()->records(RecordKind::Finding)) {
        for (const Record& f : findings.value())
            m_findingRefs.insert(f.uuid, f.text(s("ref")));
    }
}

void CarriedFindingTableModel::otherInserted(RecordKind kind, const QString& uuid)
{
    otherChanged(kind, uuid, s("ref"));
}

void CarriedFindingTableModel::otherRemoved(RecordKind kind, const QString& uuid)
{
    if (kind != RecordKind::Finding)
        return;
    m_findingRefs.remove(uuid);
    repaintRaisedAgain(uuid);
}

void CarriedFindingTableModel::otherChanged(RecordKind kind, const QString& uuid, const QString& column)
{
    if (kind != RecordKind::Finding || !store() || (!column.isEmpty() && column != QLatin1String("ref")))
        return;
    auto finding = store()->record(RecordKind::Finding, uuid);
    if (!finding)
        return;
    m_findingRefs.insert(uuid, finding->text(s("ref")));
    repaintRaisedAgain(uuid);
}

void CarriedFindingTableModel::repaintRaisedAgain(const QString& uuid)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowRecord(row).text(s("reraised_as")) == uuid) {
            const QModelIndex cell = index(row, RaisedAgainColumn);
            emit dataChanged(cell, cell);
        }
    }
}

QString CarriedFindingTableModel::originText(const Record& carried)
{
    QStringList parts{ValueLabels::label(ValueList::AuditType, carried.text(s("origin_type")))};
    if (!carried.text(s("origin_report")).isEmpty())
        parts << carried.text(s("origin_report"));
    const QDate date = QDate::fromString(carried.text(s("origin_date")), Qt::ISODate);
    if (date.isValid())
        parts << QLocale().toString(date, QLocale::ShortFormat);
    return parts.join(QStringLiteral(", "));
}

QString CarriedFindingTableModel::verdictLabel(const QString& verdict)
{
    return ValueLabels::label(ValueList::VerificationVerdict, verdict); // none: "Not yet verified"
}

int CarriedFindingTableModel::pendingCount() const
{
    return int(std::count_if(rowRecords().begin(), rowRecords().end(), [](const Record& r) {
        return !r.flag(s("deferred")) && r.text(s("verification")).isEmpty();
    }));
}

QVariant CarriedFindingTableModel::display(int row, int column) const
{
    const Record& carried = rowRecord(row);
    switch (column) {
    case GradeColumn:
        return FindingTableModel::gradeShortLabel(carried.text(s("grade")));
    case OriginColumn:
        return originText(carried);
    case VerdictColumn:
        if (carried.flag(s("deferred")))
            return tr("At the next audit");
        // The short form in the cell ("Not effective"); the whole label in the tooltip and the choices.
        return ValueLabels::label(ValueList::VerificationVerdict, carried.text(s("verification")), LabelForm::Short);
    case RaisedAgainColumn: {
        return m_findingRefs.value(carried.text(s("reraised_as")));
    }
    default:
        return fieldText(row, column);
    }
}

QVariant CarriedFindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Record& carried = rowRecord(row);
    const bool deferred = carried.flag(s("deferred"));
    const QString verdict = carried.text(s("verification"));
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        return index.column() == VerdictColumn ? QVariant(verdict.isEmpty() ? QVariant() : QVariant(verdict))
                                               : fieldData(row, index.column(), role);
    case Qt::ToolTipRole:
        if (deferred)
            return deferredTip();
        if (index.column() == TitleColumn)
            return carried.text(s("statement"));
        if (index.column() == GradeColumn)
            return FindingTableModel::gradeLabel(carried.text(s("grade")));
        if (index.column() == RaisedAgainColumn && !display(row, RaisedAgainColumn).toString().isEmpty())
            return tr("Raised again as finding %1 of this audit").arg(display(row, RaisedAgainColumn).toString());
        if (index.column() == VerdictColumn)
            return isWritable() ? tr("%1\nChoose the verdict here, or press 1 (closed), 2 (not effective), 3 (still "
                                     "open) or 0 (none) in the list")
                                      .arg(verdictLabel(verdict))
                                : verdictLabel(verdict);
        return display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == GradeColumn)
            return FindingTableModel::gradeColor(carried.text(s("grade")));
        return {};
    case Qt::ForegroundRole:
        if (deferred)
            return QBrush(ThemeColors::dimmedText());
        if (index.column() == VerdictColumn) {
            if (verdict == QLatin1String("effective"))
                return QBrush(WorkbenchLabels::verdictColor(s("effective")));
            if (verdict == QLatin1String("not-effective"))
                return QBrush(WorkbenchLabels::verdictColor(s("nonconform")));
            return QBrush(WorkbenchLabels::verdictColor(s("pending")));
        }
        return {};
    case Qt::FontRole:
        if (!deferred && index.column() == VerdictColumn && verdict.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ItemRoles::ChoicesRole: {
        if (index.column() != VerdictColumn)
            return {};
        QVariantList choices{QVariantList{verdictLabel({}), QVariant()}};
        for (const QString& value : Enums::verificationVerdicts)
            choices.append(QVariant(QVariantList{verdictLabel(value), value}));
        return choices;
    }
    case ItemRoles::UuidRole:
        return carried.uuid;
    case ItemRoles::RawValueRole:
        return fieldData(row, index.column(), role);
    case DeferredRole:
        return deferred;
    case VerdictRole:
        return verdict;
    case RaisedAgainUuidRole:
        return carried.text(s("reraised_as"));
    case SortRole:
        if (index.column() == GradeColumn)
            return fieldSortKey(row, index.column());
        if (index.column() == OriginColumn)
            return carried.text(s("origin_date"));
        if (index.column() == VerdictColumn)
            return deferred ? 99 : int(Enums::verificationVerdicts.indexOf(verdict));
        return display(row, index.column()).toString().toLower();
    default:
        return {};
    }
}

QVariant CarriedFindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case GradeColumn:
        return tr("Grade");
    case OriginColumn:
        return tr("Raised at");
    case TitleColumn:
        return tr("Title");
    case VerdictColumn:
        return tr("Verdict");
    case RaisedAgainColumn:
        return tr("Raised again as");
    default:
        return {};
    }
}

Qt::ItemFlags CarriedFindingTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    // Only the verdict is edited in the list (the rest is the earlier audit's record); a deferred row is not.
    if (index.isValid() && index.column() == VerdictColumn && isWritable()
        && !rowRecord(index.row()).flag(s("deferred")))
        result |= Qt::ItemIsEditable;
    return result;
}

bool CarriedFindingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != VerdictColumn || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString verdict = value.isNull() ? QString() : value.toString();
    if (!verdict.isEmpty() && !Enums::verificationVerdicts.contains(verdict))
        return false;
    if (!m_verdictWriter)
        return RecordTableModel::setData(index, verdict.isEmpty() ? QVariant() : QVariant(verdict), role);
    if (const Status done = m_verdictWriter(uuidAt(index.row()), verdict); !done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

} // namespace isoaudit
