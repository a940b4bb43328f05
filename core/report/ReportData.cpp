// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportData.h"

#include "domain/ReportContent.h"

#include "catalog/Catalogs.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "storage/AuditStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace isoaudit {

namespace {

/// "NC-2" sorts before "NC-10": digits compare as numbers.
bool naturalLess(const QString& a, const QString& b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int ei = i;
            int ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const qulonglong na = a.mid(i, ei - i).toULongLong();
            const qulonglong nb = b.mid(j, ej - j).toULongLong();
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

QJsonValue parsedJson(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

/// The certification cycle: certificate, programme, audit time, earlier nonconformities, meetings (format 6).
Status loadCycle(const AuditStore& store, const Record& audit, ReportData& data)
{
    auto programme = store.records(RecordKind::Programme);
    auto audits = store.records(RecordKind::ProgrammeAudit);
    auto carried = store.records(RecordKind::CarriedFinding);
    auto meetings = store.records(RecordKind::Meeting);
    auto findings = store.records(RecordKind::Finding);
    for (const QString* error :
         {&programme.error(), &audits.error(), &carried.error(), &meetings.error(), &findings.error()}) {
        if (!error->isEmpty())
            return Error{*error};
    }
    data.frameworks = audit.text(QStringLiteral("frameworks"));
    if (!programme->isEmpty()) {
        const Record& p = programme->first();
        data.certificateNumber = p.text(QStringLiteral("certificate_number"));
        data.certificateScope = p.text(QStringLiteral("certificate_scope"));
        data.certificateIssued = p.text(QStringLiteral("certificate_issued"));
        data.certificateExpires = p.text(QStringLiteral("certificate_expires"));
    }
    for (const auto& r : audits.value()) {
        ReportProgrammeAudit row{r.text("audit_type"), r.text("label"),        r.text("status"),   r.text("due_from"),
                                 r.text("due_by"),     r.text("start_date"),   r.text("end_date"), r.text("lead"),
                                 r.text("outcome"),    r.text("report_number")};
        if (row.status == QLatin1String("current")) {
            // This audit's row: the audit's own values, not the row's copy of them.
            row = {data.auditType, row.label,    row.status,         row.dueFrom,         row.dueBy,
                   data.startDate, data.endDate, data.leadAuditor(), data.recommendation, data.reportNumber};
        }
        data.programme.append(std::move(row));
    }
    // History by date, then this audit, then the plan by due date; cancelled rows stay where their date puts them.
    const auto order = [](const ReportProgrammeAudit& x) {
        if (x.status == QLatin1String("completed"))
            return 0;
        return x.status == QLatin1String("current") ? 1 : 2;
    };
    const auto date = [](const ReportProgrammeAudit& x) {
        return x.startDate.isEmpty() ? (x.dueBy.isEmpty() ? x.dueFrom : x.dueBy) : x.startDate;
    };
    std::stable_sort(data.programme.begin(), data.programme.end(), [&](const auto& x, const auto& y) {
        return order(x) != order(y) ? order(x) < order(y) : date(x) < date(y);
    });
    data.auditTime
        = parsedJson(audit.text(QStringLiteral("audit_time"))).toObject().value(QStringLiteral("result")).toObject();

    QHash<QString, QString> findingRefs;
    for (const auto& f : findings.value())
        findingRefs.insert(f.uuid, f.text("ref"));
    for (const auto& r : carried.value()) {
        data.carriedFindings.append({r.text("ref"), r.text("grade"), r.text("title"), r.text("requirement"),
                                     r.text("raised_on"), r.text("origin_type"), r.text("origin_report"),
                                     r.text("origin_date"), r.text("verification"), r.text("verification_note"),
                                     r.text("verified_by"), r.text("verified_on"),
                                     findingRefs.value(r.text("reraised_as")), r.flag("deferred"),
                                     r.linked(LinkKind::Clause), r.linked(LinkKind::Control)});
    }
    std::stable_sort(data.carriedFindings.begin(), data.carriedFindings.end(),
                     [](const auto& x, const auto& y) { return naturalLess(x.ref, y.ref); });

    for (const auto& r : meetings.value()) {
        ReportMeeting m{
            r.text("kind"), r.text("held_at"), r.text("place"), r.text("disagreement"), r.text("notes"), {}, {}};
        for (const QJsonValue& person : parsedJson(r.text("attendees")).toArray()) {
            const QJsonObject o = person.toObject();
            m.attendees.append({o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("role")).toString(),
                                o.value(QStringLiteral("organization")).toString(),
                                {}});
        }
        for (const char* column :
             {"scope_confirmed", "plan_confirmed", "confidentiality_confirmed", "reporting_confirmed",
              "appeals_explained", "findings_presented", "client_acknowledged"}) {
            if (r.flag(QLatin1String(column)))
                m.confirmed << QLatin1String(column);
        }
        data.meetings.append(std::move(m));
    }
    std::stable_sort(data.meetings.begin(), data.meetings.end(), [](const auto& x, const auto& y) {
        return Enums::meetingKinds.indexOf(x.kind) < Enums::meetingKinds.indexOf(y.kind);
    });
    return {};
}

} // namespace

QString ReportData::leadAuditor() const
{
    for (const auto& person : team) {
        if (person.role == QLatin1String("lead"))
            return person.name;
    }
    return {};
}

bool ReportData::isIsoCycle() const
{
    return frameworks.isEmpty() || frameworks.contains(QLatin1String("iso27001"));
}

int ReportData::findingCount(const QString& grade) const
{
    return int(std::count_if(findings.begin(), findings.end(), [&](const auto& f) { return f.grade == grade; }));
}

Result<ReportData> ReportData::load(const AuditStore& store)
{
    ReportData data;
    const Catalog& catalog = Catalog::isoSpecificByNature(); // clause and SoA sections
    auto audit = store.audit();
    if (!audit)
        return Error{tr("Cannot read the audit for the report: %1").arg(audit.error())};
    const Record& a = audit.value();
    data.client = a.text("client");
    data.scope = a.text("scope");
    data.auditType = a.text("audit_type");
    data.standard = a.text("standard");
    data.framework = Catalogs::primaryForAudit(a).frameworkName();
    data.startDate = a.text("start_date");
    data.endDate = a.text("end_date");
    data.objectives = a.text("objectives");
    data.criteria = a.text("criteria");
    data.reportNumber = a.text("report_number");
    data.lifecycle = a.text("lifecycle");
    // Schema 2 fields; an older file simply has none of them.
    data.recommendation = a.text("recommendation");
    data.recommendationRationale = a.text("recommendation_rationale");
    for (const ReportContentItem& item : ReportContent::items()) {
        data.content.insert(item.column, a.text(item.column));
        if (!item.remarkColumn.isEmpty())
            data.content.insert(item.remarkColumn, a.text(item.remarkColumn));
    }
    data.revision = std::max(1, a.integer("report_revision").value_or(1));

    auto all = [&](RecordKind kind) { return store.records(kind); };
    auto sites = all(RecordKind::Site);
    auto team = all(RecordKind::TeamMember);
    auto clauses = all(RecordKind::ClauseAssessment);
    auto soa = all(RecordKind::SoaEntry);
    auto method = store.riskMethod();
    auto risks = all(RecordKind::Risk);
    auto interviews = all(RecordKind::Interview);
    auto evidence = all(RecordKind::Evidence);
    auto findings = all(RecordKind::Finding);
    auto actions = all(RecordKind::CorrectiveAction);
    for (const QString* error :
         {&sites.error(), &team.error(), &clauses.error(), &soa.error(), &method.error(), &risks.error(),
          &interviews.error(), &evidence.error(), &findings.error(), &actions.error()}) {
        if (!error->isEmpty())
            return Error{tr("Cannot read the audit for the report: %1").arg(*error)};
    }

    for (const auto& r : sites.value())
        data.sites.append({r.text("name"), r.text("address")});
    for (const auto& r : team.value())
        data.team.append({r.text("name"), r.text("role"), r.text("organization"), r.text("email")});
    std::stable_sort(data.team.begin(), data.team.end(), [](const auto& x, const auto& y) {
        return Enums::teamRoles.indexOf(x.role) < Enums::teamRoles.indexOf(y.role);
    });
    for (const auto& r : clauses.value()) {
        const CatalogItem* item = catalog.clause(r.text("clause_id"));
        data.clauses.append({r.text("clause_id"), item ? item->title : QString(), item ? item->section : QString(),
                             r.text("verdict"), r.text("notes"), r.flag("planned")});
    }
    for (const auto& r : soa.value()) {
        const CatalogItem* item = catalog.control(r.text("control_id"));
        data.controls.append({r.text("control_id"), item ? item->title : QString(), item ? item->theme : QString(),
                              r.text("applicable"), r.text("justification"), r.text("implementation"),
                              r.text("verdict"), r.text("notes")});
    }

    data.riskMethod = RiskMethod::fromRecord(method.value());
    for (const auto& r : risks.value()) {
        data.risks.append({r.text("ref"), r.text("asset"), r.text("threat"), r.text("owner"), r.text("treatment"),
                           r.integer("likelihood"), r.integer("impact"), r.integer("residual_likelihood"),
                           r.integer("residual_impact"), r.flag("residual_accepted"), r.text("accepted_by")});
    }
    std::stable_sort(data.risks.begin(), data.risks.end(),
                     [](const auto& x, const auto& y) { return naturalLess(x.ref, y.ref); });

    for (const auto& r : interviews.value()) {
        data.interviews.append({r.text("interviewee"), r.text("role"), r.text("held_at"), r.text("auditor"),
                                r.text("location"), r.linked(LinkKind::Clause), r.linked(LinkKind::Control)});
    }
    QHash<QString, QString> evidenceTitles;
    for (const auto& r : evidence.value()) {
        ReportEvidence e{r.uuid,
                         r.text("kind"),
                         r.text("title"),
                         r.text("reference"),
                         r.text("description"),
                         r.text("population"),
                         r.text("sample_selection"),
                         r.text("collected_on"),
                         r.text("collected_by"),
                         r.integer("sample_size"),
                         r.linked(LinkKind::Clause),
                         r.linked(LinkKind::Control)};
        evidenceTitles.insert(
            r.uuid, e.reference.isEmpty() ? e.title : e.title + QStringLiteral(" (") + e.reference + QLatin1Char(')'));
        data.evidence.append(std::move(e));
    }

    QHash<QString, QList<ReportAction>> actionsByFinding;
    for (const auto& r : actions.value()) {
        actionsByFinding[r.parentUuid].append({r.text("correction"), r.text("root_cause"), r.text("action"),
                                               r.text("owner"), r.text("due_date"), r.text("status"),
                                               r.text("verification"), r.text("verified_by"), r.text("verified_on")});
    }
    for (const auto& r : findings.value()) {
        ReportFinding f{r.text("ref"),
                        r.text("grade"),
                        r.text("title"),
                        r.text("requirement"),
                        r.text("statement"),
                        r.text("objective_evidence"),
                        r.text("raised_on"),
                        r.text("raised_by"),
                        r.linked(LinkKind::Clause),
                        r.linked(LinkKind::Control),
                        {},
                        actionsByFinding.value(r.uuid)};
        for (const auto& uuid : r.linked(LinkKind::Evidence))
            f.evidenceTitles << evidenceTitles.value(uuid, uuid);
        data.findings.append(std::move(f));
    }
    std::stable_sort(data.findings.begin(), data.findings.end(), [](const auto& x, const auto& y) {
        const int gx = Enums::findingGrades.indexOf(x.grade);
        const int gy = Enums::findingGrades.indexOf(y.grade);
        return gx != gy ? gx < gy : naturalLess(x.ref, y.ref);
    });
    if (auto cycle = loadCycle(store, a, data); !cycle)
        return Error{tr("Cannot read the audit for the report: %1").arg(cycle.error())};
    if (Engagement::isEngagement(a)) {
        auto engagement = EngagementData::load(store);
        if (!engagement)
            return Error{tr("Cannot read the audit for the report: %1").arg(engagement.error())};
        data.engagement = std::make_shared<const EngagementData>(std::move(engagement.value()));
    }
    return data;
}

} // namespace isoaudit
