// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FindingTableModel.h"

#include "storage/AuditStore.h"
#include "widgets/ThemeColors.h"
#include "workflow/CorrectiveActions.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace isoaudit {

namespace {

QString requirementTags(const Record& finding)
{
    QStringList tags = finding.linked(LinkKind::Clause);
    for (const QString& control : finding.linked(LinkKind::Control))
        tags << QStringLiteral("A.") + control;
    return tags.join(QLatin1String(", "));
}

} // namespace

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

void FindingTableModel::setStore(AuditStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &AuditStore::recordInserted, this, &FindingTableModel::onInserted);
        connect(m_store, &AuditStore::recordRemoved, this, &FindingTableModel::onRemoved);
        connect(m_store, &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString& uuid, const QString&) { onChanged(kind, uuid); });
        connect(m_store, &AuditStore::linksChanged, this, &FindingTableModel::onChanged);
    }
    reload();
}

void FindingTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit countsChanged();
}

FindingTableModel::Row FindingTableModel::load(const Record& finding) const
{
    Row row{finding, std::nullopt};
    if (auto actions = m_store->records(RecordKind::CorrectiveAction, finding.uuid); actions && !actions->isEmpty())
        row.action = actions->first();
    return row;
}

void FindingTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        if (auto findings = m_store->records(RecordKind::Finding)) {
            for (const Record& finding : findings.value())
                m_rows.append(load(finding));
        }
    }
    endResetModel();
    emit countsChanged();
}

void FindingTableModel::onInserted(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Finding) {
        if (rowOf(uuid) >= 0)
            return;
        auto finding = m_store->record(kind, uuid);
        if (!finding)
            return;
        beginInsertRows({}, m_rows.size(), m_rows.size());
        m_rows.append(load(finding.value()));
        endInsertRows();
        emit countsChanged();
    } else if (kind == RecordKind::CorrectiveAction) {
        if (auto action = m_store->record(kind, uuid))
            refreshRow(rowOf(action->parentUuid));
    }
}

void FindingTableModel::onRemoved(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Finding) {
        const int row = rowOf(uuid);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        emit countsChanged();
    } else if (kind == RecordKind::CorrectiveAction) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).action && m_rows.at(row).action->uuid == uuid)
                refreshRow(row);
        }
    }
}

void FindingTableModel::onChanged(RecordKind kind, const QString& uuid)
{
    if (kind == RecordKind::Finding) {
        refreshRow(rowOf(uuid));
    } else if (kind == RecordKind::CorrectiveAction) {
        if (auto action = m_store->record(kind, uuid))
            refreshRow(rowOf(action->parentUuid));
    }
}

void FindingTableModel::refreshRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    auto finding = m_store->record(RecordKind::Finding, m_rows.at(row).finding.uuid);
    if (!finding)
        return;
    const QString oldGrade = m_rows.at(row).finding.text(QStringLiteral("grade"));
    m_rows[row] = load(finding.value());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (oldGrade != finding->text(QStringLiteral("grade")) || m_rows.at(row).action)
        emit countsChanged();
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingTableModel::display(const Row& row, int column) const
{
    switch (column) {
    case RefColumn:
        return row.finding.text(QStringLiteral("ref"));
    case GradeColumn:
        return gradeShortLabel(row.finding.text(QStringLiteral("grade")));
    case TitleColumn:
        return row.finding.text(QStringLiteral("title"));
    case RequirementColumn:
        return requirementTags(row.finding);
    case StatusColumn:
        if (!row.action)
            return QString();
        return statusLabel(row.action->text(QStringLiteral("status")));
    case DueColumn: {
        if (!row.action)
            return QString();
        const QDate due = QDate::fromString(row.action->text(QStringLiteral("due_date")), Qt::ISODate);
        if (!due.isValid())
            return QString();
        const QString text = QLocale().toString(due, QLocale::ShortFormat);
        return isOverdue(row.finding, *row.action, m_today) ? tr("%1 (overdue)").arg(text) : text;
    }
    default:
        return {};
    }
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QString grade = row.finding.text(QStringLiteral("grade"));
    const bool overdue = row.action && isOverdue(row.finding, *row.action, m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && overdue)
            return tr("The corrective action is past its due date and has not reached the step it is due for.");
        if (index.column() == TitleColumn)
            return row.finding.text(QStringLiteral("statement"));
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
        return row.finding.uuid;
    case GradeRole:
        return grade;
    case OverdueRole:
        return overdue;
    case ActionUuidRole:
        return row.action ? row.action->uuid : QString();
    case SortRole:
        if (index.column() == GradeColumn)
            return QStringList(Enums::findingGrades).indexOf(grade);
        if (index.column() == DueColumn)
            return row.action ? row.action->text(QStringLiteral("due_date")) : QString();
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

int FindingTableModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).finding.uuid == uuid)
            return row;
    }
    return -1;
}

QModelIndex FindingTableModel::indexOf(const QString& uuid, int column) const
{
    const int row = rowOf(uuid);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString FindingTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).finding.uuid : QString();
}

QMap<QString, int> FindingTableModel::countByGrade() const
{
    QMap<QString, int> counts;
    for (const QString& grade : Enums::findingGrades)
        counts.insert(grade, 0);
    for (const Row& row : m_rows)
        ++counts[row.finding.text(QStringLiteral("grade"))];
    return counts;
}

int FindingTableModel::overdueCount() const
{
    int count = 0;
    for (const Row& row : m_rows) {
        if (row.action && isOverdue(row.finding, *row.action, m_today))
            ++count;
    }
    return count;
}

QString FindingTableModel::gradeLabel(const QString& grade)
{
    if (grade == QLatin1String("major"))
        return tr("Major nonconformity");
    if (grade == QLatin1String("minor"))
        return tr("Minor nonconformity");
    if (grade == QLatin1String("observation"))
        return tr("Observation");
    if (grade == QLatin1String("ofi"))
        return tr("Opportunity for improvement");
    if (grade == QLatin1String("positive"))
        return tr("Positive finding");
    return grade;
}

QString FindingTableModel::gradeShortLabel(const QString& grade)
{
    if (grade == QLatin1String("major"))
        return tr("Major NC");
    if (grade == QLatin1String("minor"))
        return tr("Minor NC");
    if (grade == QLatin1String("observation"))
        return tr("Observation");
    if (grade == QLatin1String("ofi"))
        return tr("OFI");
    if (grade == QLatin1String("positive"))
        return tr("Positive");
    return grade;
}

QColor FindingTableModel::gradeColor(const QString& grade)
{
    if (grade == QLatin1String("major"))
        return QColor(0xc6, 0x28, 0x28);
    if (grade == QLatin1String("minor"))
        return QColor(0xef, 0x8a, 0x17);
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
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("plan-submitted"))
        return tr("Plan submitted");
    if (status == QLatin1String("plan-accepted"))
        return tr("Plan accepted");
    if (status == QLatin1String("implemented"))
        return tr("Implemented");
    if (status == QLatin1String("verified-effective"))
        return tr("Verified effective");
    if (status == QLatin1String("not-effective"))
        return tr("Not effective");
    return status;
}

bool FindingTableModel::isOverdue(const Record& finding, const Record& action, const QDate& today)
{
    const QDate due = QDate::fromString(action.text(QStringLiteral("due_date")), Qt::ISODate);
    return due.isValid() && due < today
        && !CorrectiveActions::isDone(finding.text(QStringLiteral("grade")), action.text(QStringLiteral("status")));
}

} // namespace isoaudit
