// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/overview/AuditStatistics.h"

#include "catalog/Catalog.h"
#include "domain/RiskMethod.h"
#include "domain/ValueLabels.h"
#include "storage/AuditStore.h"

#include <QHash>

namespace isoaudit {

namespace {
QList<Record> recordsOf(const AuditStore& store, RecordKind kind)
{
    auto records = store.records(kind);
    return records ? records.value() : QList<Record>{};
}

bool decided(const QString& verdict)
{
    return !verdict.isEmpty() && verdict != QLatin1String("pending");
}
} // namespace

AuditStatistics AuditStatistics::collect(const AuditStore& store, const QDate& today)
{
    AuditStatistics s;
    const Catalog& catalog = Catalog::isoSpecificByNature();
    if (auto audit = store.audit())
        s.audit = audit.value();
    s.team = recordsOf(store, RecordKind::TeamMember);
    s.sites = recordsOf(store, RecordKind::Site);
    s.findings = recordsOf(store, RecordKind::Finding);
    // Counted, not read: the interviews' notes alone are megabytes in a large audit.
    const auto interviews = store.count(RecordKind::Interview);
    const auto evidence = store.count(RecordKind::Evidence);
    s.interviews = interviews ? interviews.value() : 0;
    s.evidence = evidence ? evidence.value() : 0;

    QHash<QString, int> groupIndex;
    for (const CatalogGroup& group : catalog.groups()) {
        Progress p{group.id, group.title};
        if (group.kind == CatalogItem::Kind::Clause) {
            groupIndex.insert(group.id, int(s.clauseGroups.size()));
            s.clauseGroups.append(p);
        } else {
            groupIndex.insert(group.title, int(s.themes.size())); // controls carry the theme's title
            s.themes.append(p);
        }
    }
    for (const Record& clause : recordsOf(store, RecordKind::ClauseAssessment)) {
        const CatalogItem* item = catalog.clause(clause.text(QStringLiteral("clause_id")));
        if (!item || !groupIndex.contains(item->group))
            continue;
        Progress& p = s.clauseGroups[groupIndex.value(item->group)];
        const QString verdict = clause.text(QStringLiteral("verdict"));
        ++p.total;
        p.done += decided(verdict) ? 1 : 0;
        p.assessed = p.done;
        p.nonconform += verdict == QLatin1String("nonconform") ? 1 : 0;
    }
    for (const Record& entry : recordsOf(store, RecordKind::SoaEntry)) {
        const CatalogItem* item = catalog.control(entry.text(QStringLiteral("control_id")));
        if (!item || !groupIndex.contains(item->theme))
            continue;
        Progress& p = s.themes[groupIndex.value(item->theme)];
        const QString applicable = entry.text(QStringLiteral("applicable"));
        const QString verdict = entry.text(QStringLiteral("verdict"));
        ++p.total;
        p.done += applicable == QLatin1String("yes") || applicable == QLatin1String("no") ? 1 : 0;
        p.assessed += decided(verdict) ? 1 : 0;
        p.nonconform += verdict == QLatin1String("nonconform") ? 1 : 0;
        s.applicable += applicable == QLatin1String("yes") ? 1 : 0;
        s.excluded += applicable == QLatin1String("no") ? 1 : 0;
        s.implemented += entry.text(QStringLiteral("implementation")) == QLatin1String("implemented") ? 1 : 0;
    }

    QHash<QString, const Record*> findingByUuid;
    for (const Record& finding : std::as_const(s.findings)) {
        s.findingsByGrade[finding.text(QStringLiteral("grade"))] += 1;
        findingByUuid.insert(finding.uuid, &finding);
    }
    QHash<QString, QStringList> actionStatuses; // finding uuid -> statuses of its actions
    for (const Record& action : recordsOf(store, RecordKind::CorrectiveAction)) {
        const QString status = action.text(QStringLiteral("status"));
        actionStatuses[action.parentUuid] << status;
        const QDate due = QDate::fromString(action.text(QStringLiteral("due_date")), Qt::ISODate);
        const bool closed = status == QLatin1String("verified-effective");
        const Record* finding = findingByUuid.value(action.parentUuid);
        if (!due.isValid() || closed || due >= today || !finding)
            continue;
        s.overdue.append({finding->uuid, finding->text(QStringLiteral("ref")), finding->text(QStringLiteral("grade")),
                          action.text(QStringLiteral("owner")), due, status, int(due.daysTo(today))});
    }
    std::sort(s.overdue.begin(), s.overdue.end(),
              [](const OverdueAction& a, const OverdueAction& b) { return a.due < b.due; });
    for (const Record& finding : std::as_const(s.findings)) {
        const QString grade = finding.text(QStringLiteral("grade"));
        const QStringList statuses = actionStatuses.value(finding.uuid);
        if (grade == QLatin1String("major") && !statuses.contains(QStringLiteral("verified-effective")))
            ++s.openMajors;
        const bool planAccepted = statuses.contains(QStringLiteral("plan-accepted"))
            || statuses.contains(QStringLiteral("implemented"))
            || statuses.contains(QStringLiteral("verified-effective"));
        if (grade == QLatin1String("minor") && !planAccepted)
            ++s.minorsWithoutPlan;
        const bool nonconformity = grade == QLatin1String("major") || grade == QLatin1String("minor");
        if (nonconformity && !statuses.contains(QStringLiteral("verified-effective")))
            ++s.unclosedNonconformities;
        if (grade == QLatin1String("area-of-concern"))
            ++s.areasOfConcern;
    }

    const auto record = store.riskMethod();
    const RiskMethod method = record ? RiskMethod::fromRecord(record.value()) : RiskMethod();
    for (const Record& risk : recordsOf(store, RecordKind::Risk)) {
        ++s.risks;
        if (const auto score = method.scoreOf(risk); score && method.aboveThreshold(*score))
            ++s.risksAboveThreshold;
    }
    return s;
}

QString AuditStatistics::auditType() const
{
    const QString type = audit.text(QStringLiteral("audit_type"));
    return type.isEmpty() ? QStringLiteral("stage2") : type;
}

Outcomes::Facts AuditStatistics::outcomeFacts() const
{
    Outcomes::Facts facts;
    facts.openMajors = openMajors;
    facts.minorsAwaitingPlan = minorsWithoutPlan;
    facts.unclosedNonconformities = unclosedNonconformities;
    facts.areasOfConcern = areasOfConcern;
    return facts;
}

QString AuditStatistics::suggestedRecommendation() const
{
    return Outcomes::suggest(auditType(), outcomeFacts());
}

QString AuditStatistics::recommendationLabel(const QString& value)
{
    return ValueLabels::label(ValueList::Recommendation, value);
}

} // namespace isoaudit
