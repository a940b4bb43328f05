// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/ProgrammeCoverage.h"

#include "domain/ValueLabels.h"
#include "workflow/AuditSnapshot.h"

#include <QSet>

#include <cmath>

namespace isoaudit {

namespace {

bool isProgrammeAuditOfCycle(const Record& row, int cycle)
{
    return row.integer(QStringLiteral("cycle")).value_or(1) == cycle;
}

const Record* currentRow(const AuditSnapshot& s)
{
    for (const auto& row : s.programmeAudits) {
        if (row.text(QStringLiteral("status")) == QLatin1String("current"))
            return &row;
    }
    return nullptr;
}

/// An even share of `remaining` items for this audit when `audits` audits (this one included) are left.
QStringList share(const QStringList& remaining, int audits)
{
    if (audits <= 1)
        return remaining;
    const int n = int(std::ceil(double(remaining.size()) / audits));
    return remaining.mid(0, n);
}

} // namespace

bool ProgrammeCoverage::mandatoryAtSurveillance(const QString& clauseId)
{
    return clauseId.startsWith(QLatin1String("9.2")) || clauseId.startsWith(QLatin1String("9.3"))
        || clauseId == QLatin1String("10.2");
}

QString ProgrammeCoverage::auditLabel(const Record& row)
{
    const QString type = ValueLabels::label(ValueList::AuditType, row.text(QStringLiteral("audit_type")));
    const QString label = row.text(QStringLiteral("label")).trimmed();
    const QString name = label.isEmpty() ? type : label;
    const QString start = row.text(QStringLiteral("start_date"));
    return start.isEmpty() ? name : tr("%1 (%2)").arg(name, start);
}

ProgrammeCoverage ProgrammeCoverage::compute(const AuditSnapshot& s)
{
    ProgrammeCoverage c;
    const Record* own = currentRow(s);
    c.cycle = own ? own->integer(QStringLiteral("cycle")).value_or(1) : 1;

    QMap<QString, QStringList> clauseCover;
    QMap<QString, QStringList> controlCover;
    for (const auto& row : s.programmeAudits) {
        if (!isProgrammeAuditOfCycle(row, c.cycle))
            continue;
        const QString status = row.text(QStringLiteral("status"));
        if (status == QLatin1String("planned"))
            ++c.remainingAudits;
        if (status != QLatin1String("completed"))
            continue;
        const QString label = auditLabel(row);
        for (const QString& id : row.linked(LinkKind::Clause))
            clauseCover[id] << label;
        for (const QString& id : row.linked(LinkKind::Control))
            controlCover[id] << label;
    }
    for (const auto& clause : s.clauses) {
        const QString id = clause.text(QStringLiteral("clause_id"));
        c.clauses.append({id, LinkKind::Clause, clauseCover.value(id), clause.flag(QStringLiteral("planned")),
                          mandatoryAtSurveillance(id)});
    }
    for (const auto& entry : s.soa) {
        if (entry.text(QStringLiteral("applicable")) == QLatin1String("no"))
            continue;
        const QString id = entry.text(QStringLiteral("control_id"));
        c.controls.append({id, LinkKind::Control, controlCover.value(id), entry.flag(QStringLiteral("planned")), false});
    }
    return c;
}

QStringList ProgrammeCoverage::uncovered(LinkKind kind) const
{
    QStringList ids;
    for (const Item& item : kind == LinkKind::Clause ? clauses : controls) {
        if (!item.covered())
            ids << item.id;
    }
    return ids;
}

int ProgrammeCoverage::coveredCount() const
{
    int n = 0;
    for (const auto* list : {&clauses, &controls}) {
        for (const Item& item : *list)
            n += item.covered() ? 1 : 0;
    }
    return n;
}

ProgrammeCoverage::Proposal ProgrammeCoverage::propose(const AuditSnapshot& s) const
{
    Proposal p;
    const QString type = s.auditType();
    if (type == QLatin1String("special")) {
        QSet<QString> clauseIds;
        QSet<QString> controlIds;
        for (const auto& f : s.carriedFindings) {
            for (const QString& id : f.linked(LinkKind::Clause))
                clauseIds.insert(id);
            for (const QString& id : f.linked(LinkKind::Control))
                controlIds.insert(id);
        }
        for (const Item& item : clauses) {
            if (clauseIds.contains(item.id))
                p.clauses << item.id;
        }
        for (const Item& item : controls) {
            if (controlIds.contains(item.id))
                p.controls << item.id;
        }
        return p;
    }
    QStringList openClauses;
    QStringList openControls;
    for (const Item& item : clauses) {
        if (item.coveredBy.isEmpty() && !(type == QLatin1String("surveillance") && item.mandatory))
            openClauses << item.id;
    }
    for (const Item& item : controls) {
        if (item.coveredBy.isEmpty())
            openControls << item.id;
    }
    if (type == QLatin1String("surveillance")) {
        for (const Item& item : clauses) {
            if (item.mandatory)
                p.clauses << item.id;
        }
        p.clauses += share(openClauses, remainingAudits + 1);
        p.controls = share(openControls, remainingAudits + 1);
        return p;
    }
    // Stage 1, Stage 2 and recertification audit the whole of clauses 4-10; the controls not yet covered.
    for (const Item& item : clauses)
        p.clauses << item.id;
    p.controls = openControls;
    return p;
}

QList<ProgrammeCoverage::PlanChange> ProgrammeCoverage::planChanges(const AuditSnapshot& s) const
{
    const Proposal proposal = propose(s);
    QList<PlanChange> changes;
    for (const Record& row : s.clauses) {
        const bool plan = proposal.clauses.contains(row.text(QStringLiteral("clause_id")));
        if (plan != row.flag(QStringLiteral("planned")))
            changes.append({RecordKind::ClauseAssessment, row.uuid, plan});
    }
    for (const Record& row : s.soa) {
        const bool plan = proposal.controls.contains(row.text(QStringLiteral("control_id")));
        if (plan != row.flag(QStringLiteral("planned")))
            changes.append({RecordKind::SoaEntry, row.uuid, plan});
    }
    return changes;
}

} // namespace isoaudit
