// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditPlanModel.h"

#include "catalog/Catalog.h"
#include "delegates/ItemRoles.h"
#include "document/AuditDocument.h"
#include "domain/ValueLabels.h"
#include "widgets/ThemeColors.h"
#include "workflow/AuditSnapshot.h"

#include <QColor>
#include <QDate>
#include <QTime>

namespace isoaudit {

namespace {
/// The store column of each grid column (AuditPlanModel::Column order), the same in both row kinds.
const QStringList& columnFields()
{
    static const QStringList fields{{},
                                    QStringLiteral("planned"),
                                    {},
                                    QStringLiteral("plan_date"),
                                    QStringLiteral("plan_from"),
                                    QStringLiteral("plan_until"),
                                    QStringLiteral("plan_site"),
                                    QStringLiteral("plan_auditee"),
                                    QStringLiteral("plan_auditor")};
    return fields;
}

QString catalogId(const Record& record)
{
    return record.kind == RecordKind::ClauseAssessment ? record.text(QStringLiteral("clause_id"))
                                                       : record.text(QStringLiteral("control_id"));
}

/// A stored "HH:MM" as a time; invalid when none is set.
QTime timeOf(const Record& record, const QString& column)
{
    return QTime::fromString(record.text(column), QStringLiteral("HH:mm"));
}

bool isTimeColumn(int column)
{
    return column == AuditPlanModel::FromColumn || column == AuditPlanModel::UntilColumn;
}
} // namespace

AuditPlanModel::AuditPlanModel(QObject* parent)
    : RecordTableModel({RecordKind::ClauseAssessment, RecordKind::SoaEntry}, columnFields(), parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    setReloadOnInsertOrRemove(true); // clause items, then controls, in catalog order
}

QString AuditPlanModel::fieldOf(int column)
{
    return columnFields().value(column);
}

void AuditPlanModel::reloading()
{
    reloadTeam();
    reloadSites();
}

void AuditPlanModel::reloadSites()
{
    m_sites.clear();
    if (!store())
        return;
    const auto sites = store()->records(RecordKind::Site);
    for (const Record& site : sites ? sites.value() : QList<Record>{})
        m_sites << site.text(QStringLiteral("name"));
}

void AuditPlanModel::computeCoverage(bool readProgramme)
{
    if (readProgramme) {
        const auto rows = store() ? store()->records(RecordKind::ProgrammeAudit) : Result<QList<Record>>(QList<Record>{});
        m_programmeAudits = rows ? rows.value() : QList<Record>{};
    }
    // The coverage's own rules (core/workflow) over the rows as shown: a snapshot of just what it reads.
    AuditSnapshot snapshot;
    snapshot.programmeAudits = m_programmeAudits;
    for (const Record& record : rowRecords())
        (record.kind == RecordKind::ClauseAssessment ? snapshot.clauses : snapshot.soa).append(record);
    m_coverage = ProgrammeCoverage::compute(snapshot);
    m_clauseCoverage.clear();
    m_controlCoverage.clear();
    for (const auto& item : std::as_const(m_coverage.clauses))
        m_clauseCoverage.insert(item.id, &item);
    for (const auto& item : std::as_const(m_coverage.controls))
        m_controlCoverage.insert(item.id, &item);
}

void AuditPlanModel::rowsReloaded()
{
    // The rows are read before this runs, so the coverage over them is repainted once it is known.
    computeCoverage();
    if (rowCount() > 0)
        emit dataChanged(index(0, CoverageColumn), index(rowCount() - 1, CoverageColumn));
}

void AuditPlanModel::rowRefreshed(int row, const Record& before)
{
    if (rowRecord(row).flag(QStringLiteral("planned")) == before.flag(QStringLiteral("planned"))
        && rowRecord(row).text(QStringLiteral("applicable")) == before.text(QStringLiteral("applicable")))
        return;
    computeCoverage(false);
    emit dataChanged(index(row, CoverageColumn), index(row, CoverageColumn));
}

void AuditPlanModel::otherKindChanged(RecordKind kind)
{
    if (rowCount() == 0)
        return;
    if (kind == RecordKind::TeamMember) {
        reloadTeam();
        emit dataChanged(index(0, AuditorColumn), index(rowCount() - 1, AuditorColumn)); // the auditor's choices
    } else if (kind == RecordKind::Site) {
        reloadSites();
        emit dataChanged(index(0, SiteColumn), index(rowCount() - 1, SiteColumn));
    } else if (kind == RecordKind::ProgrammeAudit) {
        computeCoverage();
        emit dataChanged(index(0, CoverageColumn), index(rowCount() - 1, CoverageColumn));
    }
}

AuditPlanModel::Coverage AuditPlanModel::coverageOf(const Record& record) const
{
    const auto& items = record.kind == RecordKind::ClauseAssessment ? m_clauseCoverage : m_controlCoverage;
    const ProgrammeCoverage::Item* item = items.value(catalogId(record));
    if (!item)
        return Coverage::NotApplicable;
    if (!item->coveredBy.isEmpty())
        return Coverage::Covered;
    return item->plannedNow ? Coverage::PlannedNow : Coverage::Uncovered;
}

QString AuditPlanModel::coverageDescription(const Record& record) const
{
    const auto& items = record.kind == RecordKind::ClauseAssessment ? m_clauseCoverage : m_controlCoverage;
    const ProgrammeCoverage::Item* item = items.value(catalogId(record));
    QString text;
    switch (coverageOf(record)) {
    case Coverage::NotApplicable:
        return ValueLabels::label(ValueList::Applicability, QStringLiteral("no"));
    case Coverage::Covered:
        text = item->coveredBy.join(QStringLiteral(", "));
        break;
    case Coverage::PlannedNow:
        text = ValueLabels::label(ValueList::ProgrammeStatus, QStringLiteral("current"));
        break;
    case Coverage::Uncovered:
        text = tr("Not yet covered");
        break;
    }
    if (item->mandatory)
        text = tr("%1 · every surveillance").arg(text);
    return text;
}

QVariant AuditPlanModel::sortKey(const Record& record, int column, int row) const
{
    switch (column) {
    case ItemColumn:
        return row;
    case PlannedColumn:
        return record.flag(QStringLiteral("planned")) ? 1 : 0;
    case CoverageColumn:
        return int(coverageOf(record));
    case DateColumn:
    case FromColumn:
    case UntilColumn: {
        // By day, then start time; rows without a date last.
        const QString date = record.text(QStringLiteral("plan_date"));
        return (date.isEmpty() ? QStringLiteral("9999-99-99") : date) + QLatin1Char('T')
            + record.text(column == UntilColumn ? QStringLiteral("plan_until") : QStringLiteral("plan_from"));
    }
    default:
        return record.text(fieldOf(column)).toLower();
    }
}

bool AuditPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && isTimeColumn(index.column()) && role == Qt::EditRole) {
        const QString stored = storedValue(index.column(), value).toString();
        const Record& record = rowRecord(index.row());
        const QTime from = index.column() == FromColumn ? QTime::fromString(stored, QStringLiteral("HH:mm"))
                                                        : timeOf(record, QStringLiteral("plan_from"));
        const QTime until = index.column() == UntilColumn ? QTime::fromString(stored, QStringLiteral("HH:mm"))
                                                          : timeOf(record, QStringLiteral("plan_until"));
        if (!value.isNull() && !value.toString().isEmpty() && stored.isEmpty()) {
            emit editRefused(tr("\"%1\" is not a time of day: write it as HH:MM, for example 09:30.")
                                 .arg(value.toString()));
            return false;
        }
        if (from.isValid() && until.isValid() && until <= from) {
            emit editRefused(tr("The slot of %1 would end (%2) before it starts (%3): the end must be later.")
                                 .arg(catalogId(record), until.toString(QStringLiteral("HH:mm")),
                                      from.toString(QStringLiteral("HH:mm"))));
            return false;
        }
    }
    return RecordTableModel::setData(index, value, role);
}

void AuditPlanModel::reloadTeam()
{
    m_team.clear();
    if (!store())
        return;
    const auto members = store()->records(RecordKind::TeamMember);
    if (!members)
        return;
    for (const Record& member : members.value())
        m_team << member.text(QStringLiteral("name"));
}

int AuditPlanModel::rowForCatalogId(RecordKind kind, const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowRecord(row).kind == kind && catalogId(rowRecord(row)) == id)
            return row;
    }
    return -1;
}

int AuditPlanModel::plannedCount(RecordKind kind) const
{
    return int(std::count_if(rowRecords().cbegin(), rowRecords().cend(),
                             [kind](const Record& r) { return r.kind == kind && r.flag(QStringLiteral("planned")); }));
}

int AuditPlanModel::count(RecordKind kind) const
{
    return int(
        std::count_if(rowRecords().cbegin(), rowRecords().cend(), [kind](const Record& r) { return r.kind == kind; }));
}

QString AuditPlanModel::displayItem(const Record& record) const
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    const QString id = catalogId(record);
    if (record.kind == RecordKind::ClauseAssessment) {
        const CatalogItem* item = catalog.clause(id);
        return tr("Clause %1 %2").arg(id, item ? item->title : QString());
    }
    const CatalogItem* item = catalog.control(id);
    return tr("A.%1 %2").arg(id, item ? item->title : QString());
}

QVariant AuditPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& record = rowRecord(index.row());
    const int column = index.column();
    const QString field = fieldOf(column);
    const bool planned = record.flag(QStringLiteral("planned"));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return displayItem(record);
        case PlannedColumn:
            return {};
        case CoverageColumn:
            return coverageDescription(record);
        case DateColumn: {
            const QDate date = QDate::fromString(record.text(field), Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
        }
        default:
            return record.text(field);
        }
    case Qt::EditRole:
        if (column == DateColumn) {
            const QDate date = QDate::fromString(record.text(field), Qt::ISODate);
            return date.isValid() ? date : QDate::currentDate();
        }
        if (column == PlannedColumn)
            return planned;
        if (isTimeColumn(column)) {
            const QTime time = timeOf(record, field);
            return time.isValid() ? time : QTime(9, 0);
        }
        return field.isEmpty() ? data(index, Qt::DisplayRole) : fieldValue(index.row(), column);
    case Qt::CheckStateRole:
        return fieldData(index.row(), column, role); // the planned box
    case Qt::ForegroundRole:
        if (column == CoverageColumn && coverageOf(record) == Coverage::Uncovered)
            return ThemeColors::errorText(); // still to be covered in this cycle
        if (!planned && column != ItemColumn)
            return ThemeColors::dimmedText();
        return {};
    case Qt::ToolTipRole:
        if (column == PlannedColumn)
            return planned ? tr("Planned: untick to leave it out of this audit") : tr("Not planned: tick to plan it");
        if (column == AuditorColumn)
            return tr("The team member who audits it");
        if (column == AuditeeColumn)
            return tr("Who is interviewed for it (the auditee)");
        if (column == DateColumn)
            return tr("When it is audited; Delete clears the date");
        if (column == FromColumn || column == UntilColumn)
            return tr("The slot's time of day (HH:MM); Delete clears it");
        if (column == SiteColumn)
            return tr("The site where it is audited");
        if (column == CoverageColumn) {
            QString tip;
            switch (coverageOf(record)) {
            case Coverage::NotApplicable:
                tip = tr("Not applicable in the Statement of Applicability: outside the programme's coverage.");
                break;
            case Coverage::Covered:
                tip = tr("Covered in this certification cycle by: %1.").arg(coverageDescription(record));
                break;
            case Coverage::PlannedNow:
                tip = tr("Not covered by an earlier audit of this cycle; this audit's plan covers it.");
                break;
            case Coverage::Uncovered:
                tip = tr("Not yet covered in this certification cycle: plan it in this audit or a later one.");
                break;
            }
            if (record.kind == RecordKind::ClauseAssessment
                && ProgrammeCoverage::mandatoryAtSurveillance(catalogId(record)))
                tip += QLatin1Char('\n') + tr("Audited at every surveillance (ISO/IEC 17021-1 9.6.2.2).");
            return tip;
        }
        return displayItem(record);
    case Qt::AccessibleTextRole:
        return column == PlannedColumn ? (planned ? tr("planned") : tr("not planned")) : data(index, Qt::DisplayRole);
    case ItemRoles::UuidRole:
        return record.uuid;
    case ItemRoles::RawValueRole:
        return field.isEmpty() ? QVariant(catalogId(record)) : fieldValue(index.row(), column);
    case ItemRoles::SortRole:
        return sortKey(record, column, index.row());
    case ItemRoles::ChoicesRole: {
        if (column == SiteColumn) {
            QVariantList choices{QVariant(QVariantList{tr("No site"), QVariant()})};
            QStringList names = m_sites;
            const QString current = record.text(field);
            if (!current.isEmpty() && !names.contains(current))
                names.prepend(current); // a site since renamed or removed stays choosable
            for (const QString& name : names)
                choices.append(QVariant(QVariantList{name, name}));
            return choices;
        }
        if (column != AuditorColumn)
            return {};
        QVariantList choices{QVariant(QVariantList{tr("Not assigned"), QVariant()})};
        QStringList names = m_team;
        const QString current = record.text(field);
        if (!current.isEmpty() && !names.contains(current))
            names.prepend(current); // someone no longer on the team stays choosable
        for (const QString& name : names)
            choices.append(QVariant(QVariantList{name, name}));
        return choices;
    }
    case KindRole:
        return int(record.kind);
    case CatalogIdRole:
        return catalogId(record);
    case CoverageRole:
        return int(coverageOf(record));
    default:
        return {};
    }
}

QVariant AuditPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ItemColumn:
            return tr("Clause or control");
        case PlannedColumn:
            return tr("Planned");
        case CoverageColumn:
            return tr("Covered in this cycle");
        case DateColumn:
            return tr("Date");
        case FromColumn:
            return tr("From");
        case UntilColumn:
            return tr("Until");
        case SiteColumn:
            return tr("Site");
        case AuditeeColumn:
            return tr("With whom (auditee)");
        case AuditorColumn:
            return tr("By whom (auditor)");
        }
    }
    if (role == Qt::ToolTipRole && section == PlannedColumn)
        return tr("Whether it is audited in this audit");
    if (role == Qt::ToolTipRole && section == CoverageColumn)
        return tr("Which completed audit of this certification cycle covered it, or whether this audit does");
    return {};
}

QVariant AuditPlanModel::storedValue(int column, const QVariant& value) const
{
    if (column == AuditeeColumn || column == AuditorColumn || column == SiteColumn)
        return value.isNull() ? QString() : value.toString().trimmed();
    if (isTimeColumn(column)) {
        // A time editor gives a QTime; typed text is read as HH:MM (or H:MM). Cleared: no time.
        QTime time = value.typeId() == QMetaType::QTime ? value.toTime() : QTime();
        if (!time.isValid() && !value.isNull())
            time = QTime::fromString(value.toString().trimmed(), QStringLiteral("H:mm"));
        return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
    }
    return RecordTableModel::storedValue(column, value); // a date as ISO text, none when cleared
}

QString AuditPlanModel::undoText(int row, int column, const QVariant& stored) const
{
    Q_UNUSED(column);
    Q_UNUSED(stored);
    return tr("Edit plan of %1").arg(catalogId(rowRecord(row)));
}

} // namespace isoaudit
