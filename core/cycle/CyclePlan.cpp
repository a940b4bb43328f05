// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycle/CyclePlan.h"

#include "cycle/CyclePlanSteps.h"

#include "storage/AuditStore.h"

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

QList<Record> CyclePlan::afterDecision(int cycle, const Record& programme)
{
    const QDate decision = QDate::fromString(programme.text(s("decision_date")), Qt::ISODate);
    QDate expires = QDate::fromString(programme.text(s("certificate_expires")), Qt::ISODate);
    if (!expires.isValid() && decision.isValid())
        expires = decision.addYears(3).addDays(-1);
    auto row = [&](const QString& type, const QString& label, const QDate& dueBy) {
        Record r{RecordKind::ProgrammeAudit, {}, {}, {}, {}};
        r.values = {{s("audit_type"), type},
                    {s("label"), label},
                    {s("status"), s("planned")},
                    {s("cycle"), cycle},
                    {s("due_by"), dueBy.isValid() ? QVariant(dueBy.toString(Qt::ISODate)) : QVariant()}};
        return r;
    };
    return {row(s("surveillance"), tr("Surveillance 1"), decision.isValid() ? decision.addMonths(12) : QDate()),
            row(s("surveillance"), tr("Surveillance 2"), decision.isValid() ? decision.addMonths(24) : QDate()),
            row(s("recertification"), QString(), expires)}; // labelled by its type
}

Result<int> CyclePlan::update(AuditStore& store)
{
    auto programme = store.singleton(RecordKind::Programme);
    if (!programme)
        return Error{programme.error()};
    auto rows = store.records(RecordKind::ProgrammeAudit);
    if (!rows)
        return Error{rows.error()};
    const CyclePlanSteps steps = CyclePlanSteps::compute(programme.value(), rows.value());
    const Status done = store.batch([&]() -> Status {
        for (const auto& row : steps.inserts) {
            if (auto r = store.insert(row); !r)
                return Error{r.error()};
        }
        for (const auto& [uuid, dueBy] : steps.dueBy) {
            if (auto ok = store.setField(RecordKind::ProgrammeAudit, uuid, s("due_by"), dueBy); !ok)
                return ok;
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return int(steps.inserts.size() + steps.dueBy.size());
}

} // namespace isoaudit
