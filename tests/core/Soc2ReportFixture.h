// SPDX-License-Identifier: GPL-3.0-or-later
// A SOC 2 engagement written record by record through AuditStore, for the SOC 2 report's tests: a fictitious SaaS
// company, six controls mapped to criteria (one mapped to none in scope), test procedures, populations (one empty),
// samples drawn with core/sampling over generated occurrences, item results with three deviations rolled up into
// two exceptions, a carve-out subservice organization, two CUECs and an opinion.
#pragma once

#include "sampling/SampleSelection.h"
#include "sampling/SampleSize.h"
#include "soc2/Engagement.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QJsonDocument>

#include <memory>

namespace isoaudit::testing {

struct Soc2Fixture
{
    QString type = QStringLiteral("type2");
    QString opinion = QStringLiteral("qualified"); ///< "" = not yet formed
    bool assertion = true;
    QString intendedUsers; ///< "" = the report's default wording
};

/// What the fixture's CTL-01 sample was drawn from, so tests can check the appendix against it.
inline QList<PopulationItem> soc2DailyPopulation()
{
    QList<PopulationItem> items;
    for (QDate d(2026, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
        items.append({QStringLiteral("CHG-%1").arg(d.dayOfYear(), 4, 10, QLatin1Char('0')), d});
    return items;
}

inline constexpr quint64 soc2Seed = 20260107;

inline QString soc2Json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Creates the engagement at `path`; nullptr (and `error`) on failure.
inline std::unique_ptr<AuditStore> createSoc2Engagement(const QString& path, const Soc2Fixture& f, QString* error)
{
    EngagementSeed seed;
    seed.organization = QStringLiteral("Nimbus Ledger Ltd");
    seed.systemName = QStringLiteral("Nimbus Ledger invoicing platform");
    seed.serviceAuditor = QStringLiteral("Example & Partners CPAs LLP");
    seed.lead = QStringLiteral("Riley Reviewer");
    seed.reportType = f.type;
    seed.asOf = QDate(2026, 6, 30);
    seed.periodStart = QDate(2026, 1, 1);
    seed.periodEnd = QDate(2026, 12, 31);
    seed.categories = {QStringLiteral("security"), QStringLiteral("availability")};
    const bool type2 = f.type == QLatin1String("type2");
    if (type2)
        seed.asOf = {};
    else
        seed.periodStart = seed.periodEnd = {};
    auto audit = Engagement::newAudit(seed);
    if (!audit) {
        *error = audit.error();
        return nullptr;
    }
    auto created = Lifecycle::create(path, audit.value());
    if (!created) {
        *error = created.error();
        return nullptr;
    }
    std::unique_ptr<AuditStore> store = std::move(created.value());
    AuditStore& s = *store;
    const Status filled = s.batch([&]() -> Status {
        const QString auditUuid = s.audit()->uuid;
        if (auto ok = s.setField(RecordKind::Audit, auditUuid, "report_number", "SOC2-2026-014"); !ok)
            return ok;
        const Record engagement = s.singleton(RecordKind::Engagement).value();
        QVariantMap values{
            {"services", "Nimbus Ledger hosts invoicing and accounts-receivable software for business customers."},
            {"infrastructure", "Production runs in two availability zones of a hosting provider."},
            {"software", "The invoicing application, its database and the deployment pipeline."},
            {"people", "Engineering, operations, security and customer support, 84 staff."},
            {"procedures", "Change management, access provisioning, monitoring, backup and incident response."},
            {"data", "Customer invoices, payment status and user accounts."},
            {"boundaries", "The platform's production environment; customers' own systems are outside it."},
            {"opinion_basis", "Change tickets were deployed without the required approval on three occasions."},
            {"report_date", "2027-02-15"}};
        if (f.assertion)
            values.insert("management_assertion",
                          "We, the management of Nimbus Ledger Ltd, confirm that the "
                          "description fairly presents the system.");
        if (!f.intendedUsers.isEmpty())
            values.insert("intended_users", f.intendedUsers);
        if (!f.opinion.isEmpty())
            values.insert("opinion", f.opinion);
        if (auto ok = s.setFields(RecordKind::Engagement, engagement.uuid, values); !ok)
            return ok;
        if (auto ok = s.setLinks(RecordKind::Engagement, engagement.uuid, LinkKind::Criterion, {"CC8.1"}); !ok)
            return ok;

        struct Ctl
        {
            const char* ref;
            const char* title;
            const char* frequency;
            const char* automation;
            QStringList criteria;
        };
        const QList<Ctl> controls{
            {"CTL-01", "Changes approved before deployment", "daily", "manual", {"CC8.1", "CC6.1"}},
            {"CTL-02", "Quarterly access review", "quarterly", "manual", {"CC6.2", "A1.2"}},
            {"CTL-03", "Emergency access revoked", "as-needed", "manual", {"CC6.3"}},
            {"CTL-04", "Backups replicated automatically", "daily", "automated", {"A1.2"}},
            {"CTL-05", "Weekly vulnerability scan reviewed", "weekly", "manual", {"CC7.1"}},
            {"CTL-06", "Customer data retention", "annual", "manual", {"C1.2"}}, // Confidentiality: not in scope
        };
        QHash<QString, QString> uuid;
        for (const Ctl& c : controls) {
            QVariantMap v{{"ref", c.ref},
                          {"title", c.title},
                          {"description", QStringLiteral("%1, as the control matrix states it.").arg(c.title)},
                          {"frequency", c.frequency},
                          {"automation", c.automation},
                          {"key_control", QString(c.ref) != QLatin1String("CTL-06")}};
            if (!type2)
                v.insert("design",
                         QString(c.ref) == QLatin1String("CTL-03") ? "not-suitably-designed" : "suitably-designed");
            auto inserted = s.insert({RecordKind::ServiceControl, {}, {}, v, {{LinkKind::Criterion, c.criteria}}});
            if (!inserted)
                return Error{inserted.error()};
            uuid.insert(c.ref, inserted.value());
            auto test
                = s.insert({RecordKind::TestProcedure,
                            {},
                            inserted.value(),
                            {{"method", type2 ? "inspection" : "inquiry"},
                             {"attributes", "Approval recorded before the change went live"},
                             {"result",
                              QString(c.ref) == QLatin1String("CTL-01") || QString(c.ref) == QLatin1String("CTL-05")
                                  ? "exceptions"
                                  : "no-exceptions"}},
                            {}});
            if (!test)
                return Error{test.error()};
        }
        auto sub = s.insert({RecordKind::Subservice,
                             {},
                             {},
                             {{"name", "Skyhost Data Centres Inc."},
                              {"services", "data centre hosting and physical security"},
                              {"method", "carve-out"},
                              {"csocs", "Skyhost restricts physical access to the data halls to authorized staff."}},
                             {{LinkKind::Criterion, {"CC6.4", "A1.2"}}}});
        if (!sub)
            return Error{sub.error()};
        for (const auto& [ref, text] :
             QList<QPair<QString, QString>>{{"CUEC-1", "User entities remove their leavers' accounts promptly."},
                                            {"CUEC-2", "User entities review the invoices exported to them."}}) {
            auto cuec = s.insert({RecordKind::UserEntityControl,
                                  {},
                                  {},
                                  {{"ref", ref}, {"description", text}},
                                  {{LinkKind::Criterion, {"CC6.2"}}}});
            if (!cuec)
                return Error{cuec.error()};
        }
        if (!type2)
            return Status();

        // Populations and samples: (control, occurrences, size, deviations at these item positions).
        struct Draw
        {
            const char* ref;
            int occurrences;
            QList<int> deviating;
        };
        const QList<Draw> draws{{"CTL-01", 365, {3, 17}}, {"CTL-02", 4, {}},   {"CTL-03", 0, {}},
                                {"CTL-04", 365, {}},      {"CTL-05", 52, {2}}, {"CTL-06", 1, {}}};
        for (const Draw& d : draws) {
            QList<PopulationItem> population;
            if (d.occurrences == 365)
                population = soc2DailyPopulation();
            for (int i = 0; i < d.occurrences && d.occurrences != 365; ++i)
                population.append({QStringLiteral("%1-%2").arg(QLatin1String(d.ref)).arg(i + 1),
                                   QDate(2026, 1, 5).addDays(i * (360 / d.occurrences))});
            const Record* control = nullptr;
            const QList<Record> all = s.records(RecordKind::ServiceControl).value();
            Record c;
            for (const Record& r : all) {
                if (r.text("ref") == QLatin1String(d.ref))
                    c = r;
            }
            control = &c;
            auto pop = s.insert({RecordKind::Population,
                                 {},
                                 control->uuid,
                                 {{"name", QStringLiteral("%1 occurrences 2026.csv").arg(QLatin1String(d.ref))},
                                  {"row_count", d.occurrences},
                                  {"sha256", SampleSelection::populationSha256(population)},
                                  {"id_column", "id"},
                                  {"date_column", "date"}},
                                 {}});
            if (!pop)
                return Error{pop.error()};
            if (d.occurrences == 0)
                continue;
            SampleSizeInput input{control->text("frequency"), control->text("automation") == QLatin1String("automated"),
                                  d.occurrences, false};
            auto size = SampleSize::compute(input);
            if (!size)
                return Error{size.error()};
            auto selection = SampleSelection::draw(population, size->size, soc2Seed);
            if (!selection)
                return Error{selection.error()};
            auto sample = s.insert({RecordKind::Sample,
                                    {},
                                    control->uuid,
                                    {{"population_uuid", pop.value()},
                                     {"seed", QString::number(soc2Seed)},
                                     {"method", SampleSelection::methodName()},
                                     {"size", size->size},
                                     {"size_basis", soc2Json(size->toJson())},
                                     {"selection", soc2Json(selection->toJson())}},
                                    {}});
            if (!sample)
                return Error{sample.error()};
            for (int i = 0; i < selection->items().size(); ++i) {
                const SampleItem& item = selection->items().at(i);
                const bool deviates = d.deviating.contains(i);
                auto row = s.insert({RecordKind::SampleItem,
                                     {},
                                     sample.value(),
                                     {{"row_no", int(item.row)},
                                      {"occurrence_id", item.id},
                                      {"occurred_on", item.date.toString(Qt::ISODate)},
                                      {"month", item.month},
                                      {"result", deviates ? "exception" : "no-exception"}},
                                     {}});
                if (!row)
                    return Error{row.error()};
            }
            if (!d.deviating.isEmpty()) {
                auto x = s.insert({RecordKind::ControlException,
                                   {},
                                   control->uuid,
                                   {{"deviations", int(d.deviating.size())},
                                    {"sample_size", size->size},
                                    {"nature",
                                     QStringLiteral("%1: the change went live before its approval was recorded.")
                                         .arg(QLatin1String(d.ref))},
                                    {"cause", "The approver was on leave and no delegate was named."},
                                    {"pattern", d.deviating.size() > 1 ? "systematic" : "isolated"},
                                    {"management_response",
                                     QStringLiteral("%1: a delegate approver is now named for every "
                                                    "absence.")
                                         .arg(QLatin1String(d.ref))}},
                                   {{LinkKind::Criterion, {"CC8.1"}}}});
                if (!x)
                    return Error{x.error()};
            }
        }
        return Status();
    });
    if (!filled) {
        *error = filled.error();
        return nullptr;
    }
    return store;
}

} // namespace isoaudit::testing
