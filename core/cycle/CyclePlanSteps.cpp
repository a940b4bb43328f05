// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycle/CyclePlanSteps.h"

#include "cycle/CyclePlan.h"

#include <QDate>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

int cycleOf(const Record& row)
{
    return row.integer(s("cycle")).value_or(1);
}

} // namespace

CyclePlanSteps CyclePlanSteps::compute(const Record& programme, const QList<Record>& all)
{
    CyclePlanSteps steps;
    int cycle = 1;
    QString currentType;
    for (const Record& row : all) {
        if (row.text(s("status")) == QLatin1String("current")) {
            cycle = cycleOf(row);
            currentType = row.text(s("audit_type"));
        }
    }
    bool plansAhead = false;
    int surveillancesBefore = 0; // completed surveillance audits of this cycle
    for (const Record& row : all) {
        if (cycleOf(row) != cycle)
            continue;
        const QString status = row.text(s("status"));
        plansAhead = plansAhead || status == QLatin1String("planned");
        if (status == QLatin1String("completed") && row.text(s("audit_type")) == QLatin1String("surveillance"))
            ++surveillancesBefore;
    }
    if (!plansAhead && currentType != QLatin1String("recertification")) {
        QList<Record> planned = CyclePlan::afterDecision(cycle, programme);
        if (currentType == QLatin1String("stage1")) { // the initial certification: Stage 2 first
            Record stage2{RecordKind::ProgrammeAudit, {}, {}, {}, {}};
            stage2.values = {{s("audit_type"), s("stage2")}, {s("status"), s("planned")}, {s("cycle"), cycle}};
            planned.prepend(stage2);
        }
        const int done = surveillancesBefore + (currentType == QLatin1String("surveillance") ? 1 : 0);
        for (int i = 0; i < done && !planned.isEmpty()
             && planned.first().text(s("audit_type")) == QLatin1String("surveillance");
             ++i)
            planned.removeFirst();
        steps.inserts = planned;
    }
    // Date the rows of the cycle that have no due date yet, in the store's order (the new rows last).
    const QDate decision = QDate::fromString(programme.text(s("decision_date")), Qt::ISODate);
    if (!decision.isValid())
        return steps;
    QDate expires = QDate::fromString(programme.text(s("certificate_expires")), Qt::ISODate);
    if (!expires.isValid())
        expires = decision.addYears(3).addDays(-1);
    int surveillance = surveillancesBefore;
    for (const Record& row : all + steps.inserts) {
        const QString status = row.text(s("status"));
        if (cycleOf(row) != cycle || (status != QLatin1String("planned") && status != QLatin1String("current")))
            continue;
        QDate dueBy;
        if (row.text(s("audit_type")) == QLatin1String("surveillance"))
            dueBy = decision.addMonths(12 * ++surveillance);
        else if (row.text(s("audit_type")) == QLatin1String("recertification"))
            dueBy = expires;
        if (!dueBy.isValid() || !row.text(s("due_by")).isEmpty())
            continue;
        if (row.uuid.isEmpty()) // a new row: dated in the row itself
            continue;
        steps.dueBy.append({row.uuid, dueBy.toString(Qt::ISODate)});
    }
    return steps;
}

} // namespace isoaudit
