// SPDX-License-Identifier: GPL-3.0-or-later
// A stage 2 audit that meets every workflow rule and raises no cross-check, for the workflow tests to break one
// thing at a time.
#pragma once

#include "storage/AuditStore.h"
#include "domain/Outcomes.h"
#include "workflow/Lifecycle.h"

#include <QTest>

#include <memory>

namespace isoaudit::testing {

inline QString allClausesDocument()
{
    return QStringLiteral("ISMS manual v3");
}

/// An answer to every report-content item (core/domain/ReportContent.h, ISO/IEC 17021-1 9.4.8), whatever the type.
inline QVariantMap reportContentAnswers()
{
    return {{"objectives", "Determine the conformity of the ISMS with ISO/IEC 27001:2022 and its effectiveness."},
            {"criteria", "ISO/IEC 27001:2022; the client's ISMS manual v3.1."},
            {"client_address", "1 Harbour Street, 8000 Aarhus C, Denmark"},
            {"management_representative", "Dana Director, CISO"},
            {"audit_combination", "single"},
            {"plan_deviations", "None."},
            {"programme_issues", "None."},
            {"significant_changes", "None since the last audit."},
            {"previous_actions", "NC-01 of the last audit: corrective action verified effective."},
            {"marks_use", "The certification mark is used on the website as the rules allow."},
            {"soa_version", "SoA v4, 2026-02-01"},
            {"effectiveness_summary", "The ISMS conforms and is effective: objectives met, risks treated."},
            {"internal_audit_summary", "Internal audit programme complete; management review held 2026-01-20."},
            {"unresolved_issues", "None."},
            {"scope_appropriate", "yes"},
            {"objectives_met", "yes"},
            {"stage2_basis", "Stage 2 on 2026-04-14 to 16 at head office; two auditors, four days."}};
}

/// Fills a new audit (as `isoaudit-cli new` or AuditStore::create leave it) with the plan, verdicts, SoA, a risk,
/// an interview, a document for every clause and a recommendation, so that it meets every rule.
inline Status fillReadyAudit(AuditStore& s)
{
    return s.batch([&]() -> Status {
        QStringList clauseIds;
        const QList<Record> clauses = s.records(RecordKind::ClauseAssessment).value();
        for (const auto& c : clauses) {
            clauseIds << c.text(QStringLiteral("clause_id"));
            if (auto ok = s.setFields(RecordKind::ClauseAssessment, c.uuid,
                                      {{"plan_auditor", "Alice Auditor"}, {"verdict", "conform"}});
                !ok)
                return ok;
        }
        const QList<Record> soa = s.records(RecordKind::SoaEntry).value();
        for (const auto& e : soa) {
            const QString id = e.text(QStringLiteral("control_id"));
            QVariantMap values{{"applicable", "yes"},
                               {"justification", "Risk treatment plan RTP-1"},
                               {"implementation", "implemented"}};
            if (id == QLatin1String("5.7"))
                values = {{"applicable", "no"}, {"justification", "No threat intelligence service is in scope."}};
            if (id == QLatin1String("8.8")) {
                values.insert(QStringLiteral("planned"), true);
                values.insert(QStringLiteral("verdict"), QStringLiteral("effective"));
            }
            if (auto ok = s.setFields(RecordKind::SoaEntry, e.uuid, values); !ok)
                return ok;
        }
        Record risk{RecordKind::Risk, {}, {}, {}, {}};
        risk.values = {{"ref", "R-001"},
                       {"asset", "Customer database"},
                       {"owner", "CIO"},
                       {"likelihood", 4},
                       {"impact", 5},
                       {"treatment", "mitigate"},
                       {"residual_likelihood", 2},
                       {"residual_impact", 3},
                       {"residual_accepted", true},
                       {"accepted_by", "CIO"},
                       {"accepted_on", "2026-01-15"}};
        risk.links = {{LinkKind::Control, {"8.8"}}};
        if (auto r = s.insert(risk); !r)
            return Error{r.error()};
        Record interview{RecordKind::Interview, {}, {}, {{"interviewee", "Bob Admin"}, {"role", "IT manager"}}, {}};
        interview.links = {{LinkKind::Clause, {"8.1"}}, {LinkKind::Control, {"8.8"}}};
        if (auto r = s.insert(interview); !r)
            return Error{r.error()};
        Record manual{RecordKind::Evidence, {}, {}, {{"kind", "document"}, {"title", allClausesDocument()}}, {}};
        manual.links = {{LinkKind::Clause, clauseIds}};
        if (auto r = s.insert(manual); !r)
            return Error{r.error()};
        const Record audit = s.audit().value();
        QVariantMap values = reportContentAnswers();
        values.insert(QStringLiteral("recommendation"),
                      Outcomes::forTier(audit.text(QStringLiteral("audit_type")), OutcomeTier::Positive));
        values.insert(QStringLiteral("recommendation_rationale"), QStringLiteral("All clauses conform; no nonconformity raised."));
        return s.setFields(RecordKind::Audit, audit.uuid, values);
    });
}

/// Creates the ready audit at `path` (lifecycle planning).
inline std::unique_ptr<AuditStore> createReadyAudit(const QString& path)
{
    NewAudit seed{QStringLiteral("Contoso Ltd"),
                  QStringLiteral("stage2"),
                  QStringLiteral("Alice Auditor"),
                  QStringLiteral("Head office IT operations"),
                  QDate(2026, 3, 2),
                  QDate(2026, 3, 4)};
    auto created = Lifecycle::create(path, seed);
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return {};
    }
    std::unique_ptr<AuditStore> store = std::move(created).value();
    const Status filled = fillReadyAudit(*store);
    if (!filled) {
        qWarning("%s", qPrintable(filled.error()));
        return {};
    }
    return store;
}

/// Adds a finding linked to a clause or control; returns its uuid.
inline QString addFinding(AuditStore& s, const QString& ref, const QString& grade, LinkKind kind, const QString& id)
{
    Record f{RecordKind::Finding, {}, {}, {}, {}};
    f.values = {{"ref", ref},
                {"grade", grade},
                {"statement", "Two of ten change tickets lack approval."},
                {"objective_evidence", "Change tickets CHG-12 and CHG-19."}};
    f.links = {{kind, {id}}};
    auto uuid = s.insert(f);
    return uuid ? uuid.value() : QString();
}

} // namespace isoaudit::testing
