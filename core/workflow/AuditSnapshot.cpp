// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/AuditSnapshot.h"

#include "catalog/Catalogs.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "storage/AuditStore.h"

#include <QRegularExpression>

namespace isoaudit {

Result<AuditSnapshot> AuditSnapshot::load(const AuditStore& store)
{
    AuditSnapshot s;
    auto audit = store.audit();
    if (!audit)
        return Error{audit.error()};
    s.audit = audit.value();
    auto method = store.riskMethod();
    if (method)
        s.riskMethod = method.value();
    if (auto programme = store.singleton(RecordKind::Programme))
        s.programme = programme.value();
    const QList<QPair<RecordKind, QList<Record>*>> lists = {
        {RecordKind::TeamMember, &s.team},
        {RecordKind::ClauseAssessment, &s.clauses},
        {RecordKind::SoaEntry, &s.soa},
        {RecordKind::Risk, &s.risks},
        {RecordKind::Interview, &s.interviews},
        {RecordKind::Evidence, &s.evidence},
        {RecordKind::Finding, &s.findings},
        {RecordKind::CorrectiveAction, &s.actions},
        {RecordKind::ActionStatusChange, &s.actionHistory},
        {RecordKind::CrosscheckDismissal, &s.dismissals},
        {RecordKind::ReportRevision, &s.revisions},
        {RecordKind::ProgrammeAudit, &s.programmeAudits},
        {RecordKind::CarriedFinding, &s.carriedFindings},
        {RecordKind::Meeting, &s.meetings},
    };
    for (const auto& [kind, list] : lists) {
        auto rows = store.records(kind);
        if (!rows)
            return Error{rows.error()};
        *list = rows.value();
    }
    if (Engagement::isEngagement(s.audit)) {
        auto engagement = EngagementData::load(store);
        if (!engagement)
            return Error{engagement.error()};
        s.engagement = std::make_shared<const EngagementData>(std::move(engagement.value()));
    }
    return s;
}

bool AuditSnapshot::isIso() const
{
    const QStringList frameworks = audit.text(QStringLiteral("frameworks")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return frameworks.isEmpty() || frameworks.contains(Catalogs::defaultFrameworkId());
}

QString AuditSnapshot::nextFindingRef(const QString& grade) const
{
    const QString prefix = grade == QLatin1String("major") || grade == QLatin1String("minor") ? QStringLiteral("NC-")
        : grade == QLatin1String("ofi")                                                       ? QStringLiteral("OFI-")
        : grade == QLatin1String("area-of-concern")                                           ? QStringLiteral("AOC-")
                                                                                              : QStringLiteral("OBS-");
    const QRegularExpression pattern(QStringLiteral("^%1(\\d+)$").arg(QRegularExpression::escape(prefix)));
    int highest = 0;
    for (const auto& f : findings) {
        const auto match = pattern.match(f.text(QStringLiteral("ref")));
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

QDate AuditSnapshot::startDate() const
{
    return QDate::fromString(audit.text(QStringLiteral("start_date")), Qt::ISODate);
}

QDate AuditSnapshot::endDate() const
{
    return QDate::fromString(audit.text(QStringLiteral("end_date")), Qt::ISODate);
}

std::optional<int> AuditSnapshot::acceptanceThreshold() const
{
    return riskMethod.integer(QStringLiteral("acceptance_threshold"));
}

int AuditSnapshot::minorToMajorThreshold() const
{
    return audit.integer(QStringLiteral("minor_to_major_threshold")).value_or(3);
}

QList<const Record*> AuditSnapshot::leads() const
{
    QList<const Record*> result;
    for (const auto& member : team) {
        if (member.text(QStringLiteral("role")) == QLatin1String("lead")
            && !member.text(QStringLiteral("name")).trimmed().isEmpty())
            result << &member;
    }
    return result;
}

QString AuditSnapshot::leadName() const
{
    const auto all = leads();
    return all.size() == 1 ? all.first()->text(QStringLiteral("name")).trimmed() : QString();
}

const Record* AuditSnapshot::clause(const QString& clauseId) const
{
    for (const auto& c : clauses) {
        if (c.text(QStringLiteral("clause_id")) == clauseId)
            return &c;
    }
    return nullptr;
}

const Record* AuditSnapshot::soaEntry(const QString& controlId) const
{
    for (const auto& e : soa) {
        if (e.text(QStringLiteral("control_id")) == controlId)
            return &e;
    }
    return nullptr;
}

const Record* AuditSnapshot::findingByUuid(const QString& uuid) const
{
    for (const auto& f : findings) {
        if (f.uuid == uuid)
            return &f;
    }
    return nullptr;
}

const Record* AuditSnapshot::findingFromCrosscheck(const QString& key) const
{
    for (const auto& f : findings) {
        if (f.text(QStringLiteral("crosscheck_key")) == key)
            return &f;
    }
    return nullptr;
}

const Record* AuditSnapshot::dismissal(const QString& key) const
{
    for (const auto& d : dismissals) {
        if (d.text(QStringLiteral("check_key")) == key)
            return &d;
    }
    return nullptr;
}

QList<const Record*> AuditSnapshot::findingsLinkedTo(LinkKind kind, const QString& id) const
{
    QList<const Record*> result;
    for (const auto& f : findings) {
        if (f.linked(kind).contains(id))
            result << &f;
    }
    return result;
}

QList<const Record*> AuditSnapshot::actionsOf(const QString& findingUuid) const
{
    QList<const Record*> result;
    for (const auto& a : actions) {
        if (a.parentUuid == findingUuid)
            result << &a;
    }
    return result;
}

int AuditSnapshot::evidenceCount(LinkKind kind, const QString& id) const
{
    int n = 0;
    for (const auto& i : interviews)
        n += i.linked(kind).contains(id) ? 1 : 0;
    for (const auto& e : evidence)
        n += e.linked(kind).contains(id) ? 1 : 0;
    return n;
}

bool AuditSnapshot::documentSighted(const QString& clauseId) const
{
    for (const auto& e : evidence) {
        const QString kind = e.text(QStringLiteral("kind"));
        if ((kind == QLatin1String("document") || kind == QLatin1String("record"))
            && e.linked(LinkKind::Clause).contains(clauseId))
            return true;
    }
    return false;
}

QList<const Record*> AuditSnapshot::risksTreatedWith(const QString& controlId) const
{
    QList<const Record*> result;
    for (const auto& r : risks) {
        if (r.linked(LinkKind::Control).contains(controlId))
            result << &r;
    }
    return result;
}

QString AuditSnapshot::findingLabel(const Record& finding)
{
    QStringList requirements = finding.linked(LinkKind::Clause);
    for (const QString& control : finding.linked(LinkKind::Control))
        requirements << QStringLiteral("A.") + control;
    const QString ref = finding.text(QStringLiteral("ref"));
    return requirements.isEmpty() ? ref : QStringLiteral("%1 (%2)").arg(ref, requirements.join(QStringLiteral(", ")));
}

} // namespace isoaudit
