// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FindingTableModel.h"

#include "domain/ValueLabels.h"
#include "widgets/ThemeColors.h"
#include "workflow/CorrectiveActions.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace isoaudit {

FindingTableModel::FindingTableModel(QObject* parent)
    : RecordTableModel(
        {RecordKind::Finding},
        {QStringLiteral("ref"), QStringLiteral("grade"), QStringLiteral("title"), QString(), QString(), QString()},
        parent)
    , m_today(QDate::currentDate())
{
    Q_ASSERT(columnCount() == ColumnCount);
    setChildKind(RecordKind::CorrectiveAction);
}

void FindingTableModel::setToday(const QDate& today)
{
    m_today = today;
    repaintAll();
    emit countsChanged();
}

void FindingTableModel::rowRefreshed(int row, const Record& before)
{
    // A regrade changes the counters; any change to a corrective action may change the overdue count.
    if (before.text(QStringLiteral("grade")) != rowRecord(row).text(QStringLiteral("grade")) || actionOf(row))
        emit countsChanged();
}

const Record* FindingTableModel::actionOf(int row) const
{
    const QList<Record>& actions = children(uuidAt(row));
    return actions.isEmpty() ? nullptr : &actions.first();
}

QVariant FindingTableModel::display(int row, int column) const
{
    const Record& finding = rowRecord(row);
    const Record* action = actionOf(row);
    switch (column) {
    case GradeColumn:
        return gradeShortLabel(finding.text(QStringLiteral("grade")));
    case RequirementColumn:
        return coverageText(finding);
    case StatusColumn:
        if (!action)
            return QString();
        return statusLabel(action->text(QStringLiteral("status")));
    case DueColumn: {
        if (!action)
            return QString();
        const QDate due = QDate::fromString(action->text(QStringLiteral("due_date")), Qt::ISODate);
        if (!due.isValid())
            return QString();
        const QString text = QLocale().toString(due, QLocale::ShortFormat);
        return isOverdue(finding, *action, m_today) ? tr("%1 (overdue)").arg(text) : text;
    }
    default:
        return fieldText(row, column);
    }
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Record& finding = rowRecord(row);
    const Record* action = actionOf(row);
    const QString grade = finding.text(QStringLiteral("grade"));
    const bool overdue = action && isOverdue(finding, *action, m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && overdue)
            return tr("The corrective action is past its due date and has not reached the step it is due for.");
        if (index.column() == TitleColumn)
            return finding.text(QStringLiteral("statement"));
        if (index.column() == GradeColumn)
            return gradeLabel(grade);
        return display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == GradeColumn)
            return gradeColor(grade);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue)
            return QBrush(ThemeColors::errorText());
        return {};
    case Qt::FontRole:
        if ((index.column() == DueColumn && overdue) || (index.column() == GradeColumn && grade == "major")) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case UuidRole:
        return finding.uuid;
    case GradeRole:
        return grade;
    case OverdueRole:
        return overdue;
    case ActionUuidRole:
        return action ? action->uuid : QString();
    case SortRole:
        if (index.column() == GradeColumn)
            return fieldSortKey(row, index.column()); // the grades' order, major first
        if (index.column() == DueColumn)
            return action ? action->text(QStringLiteral("due_date")) : QString();
        return display(row, index.column()).toString().toLower();
    default:
        return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case GradeColumn:
        return tr("Grade");
    case TitleColumn:
        return tr("Title");
    case RequirementColumn:
        return tr("Clauses / controls");
    case StatusColumn:
        return tr("Corrective action");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

QMap<QString, int> FindingTableModel::countByGrade() const
{
    QMap<QString, int> counts;
    for (const QString& grade : Enums::findingGrades)
        counts.insert(grade, 0);
    for (const Record& finding : rowRecords())
        ++counts[finding.text(QStringLiteral("grade"))];
    return counts;
}

QString FindingTableModel::auditType() const
{
    if (!store())
        return {};
    const auto audit = store()->audit();
    return audit ? audit->text(QStringLiteral("audit_type")) : QString();
}

QStringList FindingTableModel::gradesShown() const
{
    QStringList present;
    for (const Record& finding : rowRecords())
        present << finding.text(QStringLiteral("grade"));
    return gradeChoices(auditType(), present);
}

QStringList FindingTableModel::gradeChoices(const QString& auditType, const QStringList& current)
{
    const QStringList allowed = Enums::findingGradesFor(auditType);
    QStringList grades;
    for (const QString& grade : Enums::findingGrades) {
        if (allowed.contains(grade) || current.contains(grade))
            grades << grade;
    }
    return grades;
}

int FindingTableModel::overdueCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (const Record* action = actionOf(row); action && isOverdue(rowRecord(row), *action, m_today))
            ++count;
    }
    return count;
}

QString FindingTableModel::gradeLabel(const QString& grade)
{
    return grade.isEmpty() ? grade : ValueLabels::label(ValueList::FindingGrade, grade);
}

QString FindingTableModel::gradeShortLabel(const QString& grade)
{
    return grade.isEmpty() ? grade : ValueLabels::label(ValueList::FindingGrade, grade, LabelForm::Short);
}

QColor FindingTableModel::gradeColor(const QString& grade)
{
    if (grade == QLatin1String("major"))
        return QColor(0xc6, 0x28, 0x28);
    if (grade == QLatin1String("minor"))
        return QColor(0xef, 0x8a, 0x17);
    if (grade == QLatin1String("area-of-concern"))
        return QColor(0x8e, 0x24, 0xaa);
    if (grade == QLatin1String("observation"))
        return QColor(0xf2, 0xc9, 0x4c);
    if (grade == QLatin1String("ofi"))
        return QColor(0x2e, 0x86, 0xc1);
    if (grade == QLatin1String("positive"))
        return QColor(0x2e, 0x7d, 0x32);
    return QColor(Qt::gray);
}

QString FindingTableModel::statusLabel(const QString& status)
{
    return status.isEmpty() ? status : ValueLabels::label(ValueList::ActionStatus, status);
}

bool FindingTableModel::isOverdue(const Record& finding, const Record& action, const QDate& today)
{
    const QDate due = QDate::fromString(action.text(QStringLiteral("due_date")), Qt::ISODate);
    return due.isValid() && due < today
        && !CorrectiveActions::isDone(finding.text(QStringLiteral("grade")), action.text(QStringLiteral("status")));
}

} // namespace isoaudit
