// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycle/CyclePlan.h"

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
    const QList<Record> all = rows.value();
    int cycle = 1;
    QString currentType;
    bool plansAhead = false;
    for (const auto& row : all) {
        if (row.text(s("status")) == QLatin1String("current")) {
            cycle = row.integer(s("cycle")).value_or(1);
            currentType = row.text(s("audit_type"));
        }
    }
    int surveillancesBefore = 0; // completed surveillance audits of this cycle
    for (const auto& row : all) {
        if (row.integer(s("cycle")).value_or(1) != cycle)
            continue;
        const QString status = row.text(s("status"));
        plansAhead = plansAhead || status == QLatin1String("planned");
        if (status == QLatin1String("completed") && row.text(s("audit_type")) == QLatin1String("surveillance"))
            ++surveillancesBefore;
    }
    int changed = 0;
    const Status done = store.batch([&]() -> Status {
        if (!plansAhead && currentType != QLatin1String("recertification")) {
            QList<Record> planned = afterDecision(cycle, programme.value());
            if (currentType == QLatin1String("stage1")) { // the initial certification: Stage 2 first
                Record stage2{RecordKind::ProgrammeAudit, {}, {}, {}, {}};
                stage2.values = {{s("audit_type"), s("stage2")}, {s("status"), s("planned")}, {s("cycle"), cycle}};
                planned.prepend(stage2);
            }
            // The surveillance audits this one and earlier ones already are.
            const int done = surveillancesBefore + (currentType == QLatin1String("surveillance") ? 1 : 0);
            for (int i = 0; i < done && !planned.isEmpty()
                 && planned.first().text(s("audit_type")) == QLatin1String("surveillance");
                 ++i)
                planned.removeFirst();
            for (const auto& row : planned) {
                if (auto r = store.insert(row); !r)
                    return Error{r.error()};
                ++changed;
            }
        }
        // Date the rows of the cycle that have no due date yet.
        const QDate decision = QDate::fromString(programme->text(s("decision_date")), Qt::ISODate);
        if (!decision.isValid())
            return {};
        QDate expires = QDate::fromString(programme->text(s("certificate_expires")), Qt::ISODate);
        if (!expires.isValid())
            expires = decision.addYears(3).addDays(-1);
        auto fresh = store.records(RecordKind::ProgrammeAudit);
        if (!fresh)
            return Error{fresh.error()};
        int surveillance = surveillancesBefore;
        for (const auto& row : fresh.value()) {
            const QString status = row.text(s("status"));
            if (row.integer(s("cycle")).value_or(1) != cycle
                || (status != QLatin1String("planned") && status != QLatin1String("current")))
                continue;
            QDate dueBy;
            if (row.text(s("audit_type")) == QLatin1String("surveillance"))
                dueBy = decision.addMonths(12 * ++surveillance);
            else if (row.text(s("audit_type")) == QLatin1String("recertification"))
                dueBy = expires;
            if (!dueBy.isValid() || !row.text(s("due_by")).isEmpty())
                continue;
            if (auto ok = store.setField(RecordKind::ProgrammeAudit, row.uuid, s("due_by"), dueBy.toString(Qt::ISODate));
                !ok)
                return ok;
            ++changed;
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return changed;
}

} // namespace isoaudit
