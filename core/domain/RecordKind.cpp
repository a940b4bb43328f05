// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RecordKind.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

namespace isoaudit {

namespace {

FieldInfo text(const QString& column, const QString& json, bool required = false)
{
    return {column, json, FieldType::Text, {}, false, required};
}
FieldInfo integer(const QString& column, const QString& json, int minimum = 0, int maximum = 0)
{
    return {column, json, FieldType::Integer, {}, true, false, minimum, maximum};
}
FieldInfo boolean(const QString& column, const QString& json)
{
    return {column, json, FieldType::Boolean};
}
FieldInfo date(const QString& column, const QString& json)
{
    return {column, json, FieldType::Date};
}
FieldInfo dateTime(const QString& column, const QString& json)
{
    return {column, json, FieldType::DateTime};
}
FieldInfo enumeration(const QString& column, const QString& json, const QStringList& values, bool nullable = false)
{
    return {column, json, FieldType::Enum, values, nullable};
}
FieldInfo json(const QString& column, const QString& jsonName)
{
    return {column, jsonName, FieldType::Json};
}

QList<KindInfo> buildKinds()
{
    QList<KindInfo> kinds;
    kinds.append(
        {RecordKind::Audit,
         "audit",
         "audit",
         "audit",
         true,
         {},
         RecordKind::Audit,
         {},
         {},
         {text("client", "client"), text("scope", "scope"), enumeration("audit_type", "type", Enums::auditTypes),
          text("standard", "standard"), date("start_date", "startDate"), date("end_date", "endDate"),
          text("objectives", "objectives"), text("criteria", "criteria"), text("report_number", "reportNumber"),
          enumeration("lifecycle", "lifecycle", Enums::lifecycleStates), dateTime("created_at", "createdAt"),
          // schema 2: the workflow (core/workflow, docs/workflow.md)
          enumeration("recommendation", "recommendation", Enums::recommendations, true),
          text("recommendation_rationale", "recommendationRationale"),
          integer("report_revision", "reportRevision", 1, 1000000),
          integer("minor_to_major_threshold", "minorToMajorThreshold", 2, 1000),
          integer("major_action_days", "majorActionDays", 1, 3650),
          integer("minor_plan_days", "minorPlanDays", 1, 3650),
          // schema 4: the framework(s) the audit uses (core/catalog/Catalogs.h, docs/frameworks.md)
          enumeration("frameworks", "frameworks", Enums::frameworks),
          // schema 5: the report's content per ISO/IEC 17021-1 9.4.8 and ISO/IEC 27006 (docs/workflow.md)
          text("client_address", "clientAddress"), text("management_representative", "managementRepresentative"),
          text("plan_deviations", "planDeviations"), text("programme_issues", "programmeIssues"),
          text("significant_changes", "significantChanges"), text("unresolved_issues", "unresolvedIssues"),
          enumeration("audit_combination", "auditCombination", Enums::auditCombinations, true),
          text("marks_use", "marksUse"), text("previous_actions", "previousActions"),
          text("effectiveness_summary", "effectivenessSummary"), text("internal_audit_summary", "internalAuditSummary"),
          text("soa_version", "soaVersion"),
          enumeration("scope_appropriate", "scopeAppropriate", Enums::confirmations, true),
          text("scope_conclusion", "scopeConclusion"),
          enumeration("objectives_met", "objectivesMet", Enums::confirmations, true),
          text("objectives_remarks", "objectivesRemarks"), text("stage2_basis", "stage2Basis"),
          // schema 6: the audit this one was started from, and its ISO/IEC 27006 audit time (core/cycle)
          text("previous_audit", "previousAudit"), text("previous_file", "previousFile"),
          json("audit_time", "auditTime")}});
    kinds.append({RecordKind::Site,
                  "site",
                  "sites",
                  "site",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("name", "name", true), text("address", "address")}});
    kinds.append({RecordKind::TeamMember,
                  "team_member",
                  "team",
                  "team member",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("name", "name", true), enumeration("role", "role", Enums::teamRoles),
                   text("organization", "organization"), text("email", "email")}});
    kinds.append({RecordKind::ClauseAssessment,
                  "clause_assessment",
                  "clauses",
                  "clause assessment",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  "clause_id",
                  {text("clause_id", "clause", true), boolean("planned", "planned"), date("plan_date", "planDate"),
                   text("plan_auditee", "planAuditee"), text("plan_auditor", "planAuditor"),
                   enumeration("verdict", "verdict", Enums::clauseVerdicts), text("notes", "notes"),
                   // schema 6: the itinerary's slot, and the last audit's verdict as context
                   text("plan_from", "planFrom"), text("plan_until", "planUntil"), text("plan_site", "planSite"),
                   enumeration("previous_verdict", "previousVerdict", Enums::clauseVerdicts, true),
                   text("previous_notes", "previousNotes")}});
    kinds.append(
        {RecordKind::SoaEntry,
         "soa_entry",
         "soa",
         "SoA entry",
         false,
         {},
         RecordKind::Audit,
         {},
         "control_id",
         {text("control_id", "control", true), enumeration("applicable", "applicable", Enums::applicability),
          text("justification", "justification"),
          enumeration("implementation", "implementation", Enums::implementation, true),
          text("client_reference", "clientReference"), boolean("planned", "planned"), date("plan_date", "planDate"),
          text("plan_auditee", "planAuditee"), text("plan_auditor", "planAuditor"),
          enumeration("verdict", "verdict", Enums::controlVerdicts), text("notes", "notes"),
          // schema 6: the itinerary's slot, and the last audit's verdict as context
          text("plan_from", "planFrom"), text("plan_until", "planUntil"), text("plan_site", "planSite"),
          enumeration("previous_verdict", "previousVerdict", Enums::controlVerdicts, true),
          text("previous_notes", "previousNotes"), boolean("carried_over", "carriedOver")}});
    kinds.append({RecordKind::RiskMethod,
                  "risk_method",
                  "riskMethod",
                  "risk method",
                  true,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("name", "name"), json("likelihood_levels", "likelihoodLevels"),
                   json("impact_levels", "impactLevels"), json("bands", "bands"),
                   integer("acceptance_threshold", "acceptanceThreshold"), text("description", "description"),
                   // schema 5: how the method scores a pair of ratings (core/domain/RiskMethod.h)
                   enumeration("scoring", "scoring", Enums::riskScorings), json("score_matrix", "scoreMatrix")}});
    kinds.append(
        {RecordKind::Risk,
         "risk",
         "risks",
         "risk",
         false,
         {},
         RecordKind::Audit,
         {},
         {},
         {text("ref", "ref", true), text("asset", "asset"), text("threat", "threat"),
          text("vulnerability", "vulnerability"), text("owner", "owner"), integer("likelihood", "likelihood", 1, 10),
          integer("impact", "impact", 1, 10), enumeration("treatment", "treatment", Enums::treatments, true),
          text("treatment_plan", "treatmentPlan"), integer("residual_likelihood", "residualLikelihood", 1, 10),
          integer("residual_impact", "residualImpact", 1, 10), boolean("residual_accepted", "residualAccepted"),
          text("accepted_by", "acceptedBy"), date("accepted_on", "acceptedOn"), date("last_reviewed", "lastReviewed"),
          text("notes", "notes"),
          // schema 6: taken over from the last audit's register as this audit's starting point
          boolean("carried_over", "carriedOver")},
         {{LinkKind::Control, "controls"}}});
    kinds.append({RecordKind::Interview,
                  "interview",
                  "interviews",
                  "interview",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("interviewee", "interviewee", true), text("role", "role"), dateTime("held_at", "heldAt"),
                   integer("duration_minutes", "durationMinutes", 0, 1440), text("auditor", "auditor"),
                   text("location", "location"), text("notes", "notes")},
                  {{LinkKind::Clause, "clauses"}, {LinkKind::Control, "controls"}}});
    kinds.append(
        {RecordKind::Evidence,
         "evidence",
         "evidence",
         "evidence",
         false,
         {},
         RecordKind::Audit,
         {},
         {},
         {enumeration("kind", "kind", Enums::evidenceKinds), text("title", "title", true),
          text("reference", "reference"), text("description", "description"),
          integer("sample_size", "sampleSize", 0, 1000000), text("population", "population"),
          text("sample_selection", "sampleSelection"), date("collected_on", "collectedOn"),
          text("collected_by", "collectedBy")},
         {{LinkKind::Clause, "clauses"}, {LinkKind::Control, "controls"}, {LinkKind::Interview, "interviews"}}});
    kinds.append({RecordKind::Attachment,
                  "attachment",
                  "attachments",
                  "attachment",
                  false,
                  "evidence_uuid",
                  RecordKind::Evidence,
                  "evidence",
                  {},
                  {text("file_name", "fileName", true),
                   text("mime_type", "mimeType"),
                   integer("size", "size"),
                   text("sha256", "sha256"),
                   {"data", "data", FieldType::Blob},
                   dateTime("added_at", "addedAt")}});
    kinds.append(
        {RecordKind::Finding,
         "finding",
         "findings",
         "finding",
         false,
         {},
         RecordKind::Audit,
         {},
         {},
         {text("ref", "ref", true), enumeration("grade", "grade", Enums::findingGrades), text("title", "title"),
          text("requirement", "requirement"), text("statement", "statement"),
          text("objective_evidence", "objectiveEvidence"), date("raised_on", "raisedOn"), text("raised_by", "raisedBy"),
          // schema 2: classification facts, the assistant's suggestion, the cross-check it came from
          enumeration("nature", "nature", Enums::findingNatures, true),
          integer("samples_failed", "samplesFailed", 0, 1000000), integer("samples_taken", "samplesTaken", 0, 1000000),
          boolean("capability_in_doubt", "capabilityInDoubt"),
          enumeration("suggested_grade", "suggestedGrade", Enums::findingGrades, true),
          text("suggestion_rationale", "suggestionRationale"), text("crosscheck_key", "crosscheck")},
         {{LinkKind::Clause, "clauses"},
          {LinkKind::Control, "controls"},
          {LinkKind::Interview, "interviews"},
          {LinkKind::Evidence, "evidence"},
          {LinkKind::Risk, "risks"}}});
    kinds.append(
        {RecordKind::CorrectiveAction,
         "corrective_action",
         "actions",
         "corrective action",
         false,
         "finding_uuid",
         RecordKind::Finding,
         "finding",
         {},
         {text("correction", "correction"), text("root_cause", "rootCause"), text("action", "action"),
          text("owner", "owner"), date("due_date", "dueDate"), enumeration("status", "status", Enums::actionStatuses),
          text("verification", "verification"), text("verified_by", "verifiedBy"), date("verified_on", "verifiedOn")}});
    // Schema 2 kinds, in dependency order after everything they point at.
    kinds.append({RecordKind::ActionStatusChange,
                  "action_status_change",
                  "actionHistory",
                  "corrective-action status change",
                  false,
                  "action_uuid",
                  RecordKind::CorrectiveAction,
                  "action",
                  {},
                  {enumeration("from_status", "from", Enums::actionStatuses, true),
                   enumeration("to_status", "to", Enums::actionStatuses), text("changed_by", "by"),
                   dateTime("changed_at", "at"), text("note", "note")}});
    kinds.append({RecordKind::CrosscheckDismissal,
                  "crosscheck_dismissal",
                  "crosscheckDismissals",
                  "cross-check dismissal",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("check_key", "check", true), text("reason", "reason", true),
                   text("dismissed_by", "dismissedBy"), dateTime("dismissed_at", "dismissedAt")}});
    kinds.append({RecordKind::ReportRevision,
                  "report_revision",
                  "reportRevisions",
                  "report revision",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {integer("revision", "revision", 1, 1000000), dateTime("signed_at", "signedAt"),
                   text("sha256", "sha256"), text("signer", "signer"),
                   text("certificate_fingerprint", "certificateFingerprint"), dateTime("reopened_at", "reopenedAt"),
                   text("reopened_by", "reopenedBy"), text("reopen_reason", "reopenReason"),
                   text("trail_head", "trailHead")}}); // schema 3: the audit trail's head hash when signed
    // Schema 6: the certification cycle (core/cycle, docs/cycle.md).
    kinds.append({RecordKind::Programme,
                  "programme",
                  "programme",
                  "programme",
                  true,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("certificate_number", "certificateNumber"), text("certificate_scope", "certificateScope"),
                   text("certificate_sites", "certificateSites"), text("certified_soa_version", "certifiedSoaVersion"),
                   date("decision_date", "decisionDate"), date("certificate_issued", "certificateIssued"),
                   date("certificate_expires", "certificateExpires"), integer("cycle", "cycle", 1, 100),
                   text("notes", "notes")}});
    kinds.append(
        {RecordKind::ProgrammeAudit,
         "programme_audit",
         "programmeAudits",
         "programme audit",
         false,
         {},
         RecordKind::Audit,
         {},
         {},
         {enumeration("audit_type", "type", Enums::auditTypes), text("label", "label"), date("due_from", "dueFrom"),
          date("due_by", "dueBy"), enumeration("status", "status", Enums::programmeStatuses),
          text("audit_uuid", "audit"), date("start_date", "startDate"), date("end_date", "endDate"),
          text("lead", "lead"), enumeration("outcome", "outcome", Enums::recommendations, true),
          text("report_number", "reportNumber"), text("report_file", "reportFile"),
          text("report_sha256", "reportSha256"), integer("cycle", "cycle", 1, 100), text("notes", "notes")},
         {{LinkKind::Clause, "clauses"}, {LinkKind::Control, "controls"}}});
    kinds.append(
        {RecordKind::CarriedFinding,
         "carried_finding",
         "carriedFindings",
         "earlier nonconformity",
         false,
         {},
         RecordKind::Audit,
         {},
         {},
         {text("ref", "ref", true), enumeration("grade", "grade", Enums::findingGrades), text("title", "title"),
          text("requirement", "requirement"), text("statement", "statement"), date("raised_on", "raisedOn"),
          text("origin_audit", "originAudit"), text("origin_finding", "originFinding"),
          enumeration("origin_type", "originType", Enums::auditTypes), text("origin_report", "originReport"),
          date("origin_date", "originDate"), json("actions", "actions"), json("history", "history"),
          enumeration("verification", "verification", Enums::verificationVerdicts, true),
          text("verification_note", "verificationNote"), text("verified_by", "verifiedBy"),
          date("verified_on", "verifiedOn"), text("reraised_as", "reraisedAs"),
          // passed through a special audit that verifies only the majors, for the next audit to verify
          boolean("deferred", "deferred")},
         {{LinkKind::Clause, "clauses"}, {LinkKind::Control, "controls"}, {LinkKind::Evidence, "evidence"}}});
    kinds.append(
        {RecordKind::Meeting,
         "meeting",
         "meetings",
         "meeting",
         false,
         {},
         RecordKind::Audit,
         {},
         {},
         {enumeration("kind", "kind", Enums::meetingKinds), dateTime("held_at", "heldAt"), text("place", "place"),
          json("attendees", "attendees"), boolean("scope_confirmed", "scopeConfirmed"),
          boolean("plan_confirmed", "planConfirmed"), boolean("confidentiality_confirmed", "confidentialityConfirmed"),
          boolean("reporting_confirmed", "reportingConfirmed"), boolean("appeals_explained", "appealsExplained"),
          boolean("findings_presented", "findingsPresented"), boolean("client_acknowledged", "clientAcknowledged"),
          text("disagreement", "disagreement"), text("notes", "notes")}});
    // Schema 7: the SOC 2 engagement (docs/soc2.md). Its rows exist only in an audit whose framework is soc2-2017.
    kinds.append(
        {RecordKind::Engagement,
         "engagement",
         "engagement",
         "engagement",
         true,
         {},
         RecordKind::Audit,
         {},
         {},
         {text("system_name", "systemName"), text("service_auditor", "serviceAuditor"),
          enumeration("report_type", "reportType", Enums::soc2ReportTypes), date("as_of_date", "asOfDate"),
          date("period_start", "periodStart"), date("period_end", "periodEnd"), text("categories", "categories"),
          text("services", "services"), text("infrastructure", "infrastructure"), text("software", "software"),
          text("people", "people"), text("procedures", "procedures"), text("data", "data"),
          text("boundaries", "boundaries"), text("management_assertion", "managementAssertion"),
          text("intended_users", "intendedUsers"), enumeration("opinion", "opinion", Enums::opinions, true),
          text("opinion_basis", "opinionBasis"), date("report_date", "reportDate")},
         {{LinkKind::Criterion, "criteriaNotMet"}}});
    // No naturalKey: storage and the package read a natural key as an ISO/IEC 27001 catalog id (clause or Annex A
    // control). The ref is unique in the schema, and AuditStore::uuidForKey finds a control by it.
    kinds.append(
        {RecordKind::ServiceControl,
         "service_control",
         "serviceControls",
         "control",
         false,
         {},
         RecordKind::Audit,
         {},
         {},
         {text("ref", "ref", true), text("title", "title"), text("description", "description"), text("owner", "owner"),
          enumeration("frequency", "frequency", Enums::controlFrequencies),
          enumeration("automation", "automation", Enums::controlAutomations), boolean("key_control", "keyControl"),
          boolean("prior_deviation", "priorDeviation"), enumeration("design", "design", Enums::designConclusions, true),
          text("design_note", "designNote"), text("notes", "notes")},
         {{LinkKind::Criterion, "criteria"}, {LinkKind::Evidence, "evidence"}}});
    kinds.append(
        {RecordKind::TestProcedure,
         "test_procedure",
         "testProcedures",
         "test procedure",
         false,
         "control_uuid",
         RecordKind::ServiceControl,
         "control",
         {},
         {enumeration("method", "method", Enums::testMethods), text("attributes", "attributes"),
          text("description", "description"), enumeration("result", "result", Enums::testResults, true),
          text("result_note", "resultNote"), text("performed_by", "performedBy"), date("performed_on", "performedOn")},
         {{LinkKind::Evidence, "evidence"}}});
    kinds.append(
        {RecordKind::Population,
         "population",
         "populations",
         "population",
         false,
         "control_uuid",
         RecordKind::ServiceControl,
         "control",
         {},
         {text("name", "name"), text("source_file", "sourceFile"), dateTime("imported_at", "importedAt"),
          text("imported_by", "importedBy"), integer("row_count", "rowCount", 0, 2000000000), text("sha256", "sha256"),
          text("rows_sha256", "rowsSha256"), text("id_column", "idColumn"), text("date_column", "dateColumn"),
          json("columns", "columns"), integer("out_of_period", "outOfPeriod", 0, 2000000000),
          text("completeness_accuracy", "completenessAccuracy"), text("ca_checked_by", "caCheckedBy"),
          date("ca_checked_on", "caCheckedOn")}});
    kinds.append(
        {RecordKind::Sample,
         "sample",
         "samples",
         "sample",
         false,
         "control_uuid",
         RecordKind::ServiceControl,
         "control",
         {},
         {text("population_uuid", "population"), text("seed", "seed"), text("method", "method"),
          integer("size", "size", 0, 1000000), json("size_basis", "sizeBasis"), text("size_reason", "sizeReason"),
          json("selection", "selection"), text("drawn_by", "drawnBy"), dateTime("drawn_at", "drawnAt")}});
    kinds.append({RecordKind::SampleItem,
                  "sample_item",
                  "sampleItems",
                  "sample item",
                  false,
                  "sample_uuid",
                  RecordKind::Sample,
                  "sample",
                  {},
                  {integer("row_no", "row", 1, 2000000000), text("occurrence_id", "occurrence"),
                   date("occurred_on", "occurredOn"), text("month", "month"),
                   enumeration("result", "result", Enums::itemResults, true), text("notes", "notes"),
                   text("tested_by", "testedBy"), date("tested_on", "testedOn")},
                  {{LinkKind::Evidence, "evidence"}}});
    kinds.append({RecordKind::ControlException,
                  "control_exception",
                  "exceptions",
                  "exception",
                  false,
                  "control_uuid",
                  RecordKind::ServiceControl,
                  "control",
                  {},
                  {integer("deviations", "deviations", 0, 1000000), integer("sample_size", "sampleSize", 0, 1000000),
                   text("nature", "nature"), text("cause", "cause"),
                   enumeration("pattern", "pattern", Enums::deviationPatterns, true),
                   text("management_response", "managementResponse"),
                   text("compensating_controls", "compensatingControls"), text("effect", "effect")},
                  {{LinkKind::Criterion, "criteria"}}});
    kinds.append({RecordKind::Subservice,
                  "subservice",
                  "subserviceOrganizations",
                  "subservice organization",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("name", "name", true), text("services", "services"),
                   enumeration("method", "method", Enums::subserviceMethods), text("csocs", "csocs")},
                  {{LinkKind::Criterion, "criteria"}}});
    kinds.append({RecordKind::UserEntityControl,
                  "user_entity_control",
                  "userEntityControls",
                  "complementary user-entity control",
                  false,
                  {},
                  RecordKind::Audit,
                  {},
                  {},
                  {text("ref", "ref"), text("description", "description", true)},
                  {{LinkKind::Criterion, "criteria"}}});
    return kinds;
}

} // namespace

const FieldInfo* KindInfo::field(const QString& column) const
{
    for (const auto& f : fields) {
        if (f.column == column)
            return &f;
    }
    return nullptr;
}

const FieldInfo* KindInfo::fieldByJsonName(const QString& name) const
{
    for (const auto& f : fields) {
        if (f.jsonName == name)
            return &f;
    }
    return nullptr;
}

QStringList KindInfo::columns() const
{
    QStringList result;
    for (const auto& f : fields)
        result << f.column;
    return result;
}

const QList<KindInfo>& RecordKinds::all()
{
    static const QList<KindInfo> kinds = buildKinds();
    return kinds;
}

const KindInfo& RecordKinds::info(RecordKind kind)
{
    return all().at(static_cast<int>(kind));
}

std::optional<RecordKind> RecordKinds::fromTable(const QString& table)
{
    for (const auto& k : all()) {
        if (k.table == table)
            return k.kind;
    }
    return std::nullopt;
}

QString RecordKinds::label(RecordKind kind, bool inSentence)
{
    const char* source = nullptr;
    switch (kind) {
    case RecordKind::Audit:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Audit");
        break;
    case RecordKind::Site:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Site");
        break;
    case RecordKind::TeamMember:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Team member");
        break;
    case RecordKind::ClauseAssessment:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Clause assessment");
        break;
    case RecordKind::SoaEntry:
        source = QT_TRANSLATE_NOOP("RecordKinds", "SoA entry");
        break;
    case RecordKind::RiskMethod:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Risk method");
        break;
    case RecordKind::Risk:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Risk");
        break;
    case RecordKind::Interview:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Interview");
        break;
    case RecordKind::Evidence:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Evidence");
        break;
    case RecordKind::Attachment:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Attachment");
        break;
    case RecordKind::Finding:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Finding");
        break;
    case RecordKind::CorrectiveAction:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Corrective action");
        break;
    case RecordKind::ActionStatusChange:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Corrective-action status change");
        break;
    case RecordKind::CrosscheckDismissal:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Cross-check dismissal");
        break;
    case RecordKind::ReportRevision:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Report revision");
        break;
    case RecordKind::Programme:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Audit programme");
        break;
    case RecordKind::ProgrammeAudit:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Programme audit");
        break;
    case RecordKind::CarriedFinding:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Earlier nonconformity");
        break;
    case RecordKind::Meeting:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Meeting");
        break;
    case RecordKind::Engagement:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Engagement");
        break;
    case RecordKind::ServiceControl:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Control");
        break;
    case RecordKind::TestProcedure:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Test procedure");
        break;
    case RecordKind::Population:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Population");
        break;
    case RecordKind::Sample:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Sample");
        break;
    case RecordKind::SampleItem:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Sample item");
        break;
    case RecordKind::ControlException:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Exception record");
        break;
    case RecordKind::Subservice:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Subservice organization");
        break;
    case RecordKind::UserEntityControl:
        source = QT_TRANSLATE_NOOP("RecordKinds", "Complementary user-entity control");
        break;
    }
    const QString text = QCoreApplication::translate("RecordKinds", source);
    return inSentence ? Translations::inSentence(text) : text;
}

QString RecordKinds::linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Clause:
        return QStringLiteral("clause");
    case LinkKind::Control:
        return QStringLiteral("control");
    case LinkKind::Interview:
        return QStringLiteral("interview");
    case LinkKind::Evidence:
        return QStringLiteral("evidence");
    case LinkKind::Risk:
        return QStringLiteral("risk");
    case LinkKind::Criterion:
        return QStringLiteral("criterion");
    }
    return {};
}

std::optional<LinkKind> RecordKinds::linkKindFromName(const QString& name)
{
    for (auto kind : {LinkKind::Clause, LinkKind::Control, LinkKind::Interview, LinkKind::Evidence, LinkKind::Risk,
                      LinkKind::Criterion}) {
        if (linkKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool RecordKinds::linkTargetsRecord(LinkKind kind)
{
    return kind != LinkKind::Clause && kind != LinkKind::Control && kind != LinkKind::Criterion;
}

} // namespace isoaudit
