// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Schema.h"

namespace isoaudit {

namespace {

// Version 1: the audit, its team, clause 4-10 assessments, the SoA, the client's risk method and register,
// interviews, evidence with attachments, findings and corrective actions, and the generic link table.
QStringList version1()
{
    const QString lifecycle = QStringLiteral("'planning','fieldwork','reporting','signed'");
    return {
        QStringLiteral("CREATE TABLE audit ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " client TEXT NOT NULL DEFAULT '',"
                       " scope TEXT NOT NULL DEFAULT '',"
                       " audit_type TEXT NOT NULL DEFAULT 'stage2'"
                       "  CHECK (audit_type IN ('stage1','stage2','surveillance','recertification','special')),"
                       " standard TEXT NOT NULL DEFAULT 'ISO/IEC 27001:2022',"
                       " start_date TEXT, end_date TEXT,"
                       " objectives TEXT NOT NULL DEFAULT '',"
                       " criteria TEXT NOT NULL DEFAULT '',"
                       " report_number TEXT NOT NULL DEFAULT '',"
                       " lifecycle TEXT NOT NULL DEFAULT 'planning' CHECK (lifecycle IN (%1)),"
                       " created_at TEXT)")
            .arg(lifecycle),
        QStringLiteral("CREATE TABLE site (uuid TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE team_member (uuid TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL DEFAULT 'auditor' CHECK (role IN ('lead','auditor','expert','observer')),"
                       " organization TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '')"),
        // At most one lead, enforced by the file itself; "exactly one" is a workflow rule.
        QStringLiteral("CREATE UNIQUE INDEX team_member_one_lead ON team_member(role) WHERE role = 'lead'"),
        QStringLiteral("CREATE TABLE clause_assessment (uuid TEXT PRIMARY KEY, clause_id TEXT NOT NULL UNIQUE,"
                       " planned INTEGER NOT NULL DEFAULT 1 CHECK (planned IN (0,1)), plan_date TEXT,"
                       " plan_auditee TEXT NOT NULL DEFAULT '', plan_auditor TEXT NOT NULL DEFAULT '',"
                       " verdict TEXT NOT NULL DEFAULT 'pending' CHECK (verdict IN "
                       "('pending','conform','nonconform','not-audited')),"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE soa_entry (uuid TEXT PRIMARY KEY, control_id TEXT NOT NULL UNIQUE,"
            " applicable TEXT NOT NULL DEFAULT 'undecided' CHECK (applicable IN ('yes','no','undecided')),"
            " justification TEXT NOT NULL DEFAULT '',"
            " implementation TEXT CHECK (implementation IN ('implemented','partial','planned','not-implemented')),"
            " client_reference TEXT NOT NULL DEFAULT '',"
            " planned INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0,1)), plan_date TEXT,"
            " plan_auditee TEXT NOT NULL DEFAULT '', plan_auditor TEXT NOT NULL DEFAULT '',"
            " verdict TEXT NOT NULL DEFAULT 'pending'"
            "  CHECK (verdict IN ('pending','effective','nonconform','not-sampled')),"
            " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE risk_method (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '', likelihood_levels TEXT NOT NULL DEFAULT '[]',"
                       " impact_levels TEXT NOT NULL DEFAULT '[]', bands TEXT NOT NULL DEFAULT '[]',"
                       " acceptance_threshold INTEGER, description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE risk (uuid TEXT PRIMARY KEY, ref TEXT NOT NULL DEFAULT '', asset TEXT NOT NULL DEFAULT '',"
            " threat TEXT NOT NULL DEFAULT '', vulnerability TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',"
            " likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 10), impact INTEGER CHECK (impact BETWEEN 1 AND 10),"
            " treatment TEXT CHECK (treatment IN ('mitigate','accept','avoid','transfer')),"
            " treatment_plan TEXT NOT NULL DEFAULT '',"
            " residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 10),"
            " residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 10),"
            " residual_accepted INTEGER NOT NULL DEFAULT 0 CHECK (residual_accepted IN (0,1)),"
            " accepted_by TEXT NOT NULL DEFAULT '', accepted_on TEXT, last_reviewed TEXT,"
            " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX risk_ref ON risk(ref)"),
        QStringLiteral("CREATE TABLE interview (uuid TEXT PRIMARY KEY, interviewee TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL DEFAULT '', held_at TEXT, duration_minutes INTEGER,"
                       " auditor TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE evidence (uuid TEXT PRIMARY KEY,"
            " kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('document','record','observation','technical')),"
            " title TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
            " sample_size INTEGER, population TEXT NOT NULL DEFAULT '', sample_selection TEXT NOT NULL DEFAULT '',"
            " collected_on TEXT, collected_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE attachment (uuid TEXT PRIMARY KEY,"
                       " evidence_uuid TEXT NOT NULL REFERENCES evidence(uuid) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL DEFAULT '', mime_type TEXT NOT NULL DEFAULT '', size INTEGER,"
                       " sha256 TEXT NOT NULL DEFAULT '', data BLOB, added_at TEXT)"),
        QStringLiteral("CREATE INDEX attachment_evidence ON attachment(evidence_uuid)"),
        QStringLiteral(
            "CREATE TABLE finding (uuid TEXT PRIMARY KEY, ref TEXT NOT NULL DEFAULT '',"
            " grade TEXT NOT NULL DEFAULT 'observation'"
            "  CHECK (grade IN ('major','minor','observation','ofi','positive')),"
            " title TEXT NOT NULL DEFAULT '', requirement TEXT NOT NULL DEFAULT '', statement TEXT NOT NULL DEFAULT '',"
            " objective_evidence TEXT NOT NULL DEFAULT '', raised_on TEXT, raised_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE corrective_action (uuid TEXT PRIMARY KEY,"
            " finding_uuid TEXT NOT NULL REFERENCES finding(uuid) ON DELETE CASCADE,"
            " correction TEXT NOT NULL DEFAULT '', root_cause TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT "
            "'',"
            " owner TEXT NOT NULL DEFAULT '', due_date TEXT,"
            " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN"
            "  ('open','plan-submitted','plan-accepted','implemented','verified-effective','not-effective')),"
            " verification TEXT NOT NULL DEFAULT '', verified_by TEXT NOT NULL DEFAULT '', verified_on TEXT)"),
        QStringLiteral("CREATE INDEX corrective_action_finding ON corrective_action(finding_uuid)"),
        // Links from a record to catalog items (clause/control ids) or to other records (uuids).
        QStringLiteral("CREATE TABLE link (owner_uuid TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('clause','control','interview','evidence','risk')),"
                       " target TEXT NOT NULL, PRIMARY KEY (owner_uuid, kind, target)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX link_target ON link(kind, target)"),
        // A deleted record takes its links with it, in both directions.
        QStringLiteral("CREATE TRIGGER risk_unlink AFTER DELETE ON risk BEGIN"
                       " DELETE FROM link WHERE owner_uuid = OLD.uuid OR (kind = 'risk' AND target = OLD.uuid); END"),
        QStringLiteral("CREATE TRIGGER interview_unlink AFTER DELETE ON interview BEGIN"
                       " DELETE FROM link WHERE owner_uuid = OLD.uuid OR (kind = 'interview' AND target = OLD.uuid);"
                       " END"),
        QStringLiteral("CREATE TRIGGER evidence_unlink AFTER DELETE ON evidence BEGIN"
                       " DELETE FROM link WHERE owner_uuid = OLD.uuid OR (kind = 'evidence' AND target = OLD.uuid);"
                       " END"),
        QStringLiteral("CREATE TRIGGER finding_unlink AFTER DELETE ON finding BEGIN"
                       " DELETE FROM link WHERE owner_uuid = OLD.uuid; END"),
    };
}

// Version 2: the clause 4-10 workflow (core/workflow). The audit's certification recommendation, report revision and
// workflow settings; a finding's classification facts and the cross-check it was raised from; the corrective-action
// status history; dismissed cross-check results; and every signed report revision.
QStringList version2()
{
    const QString statuses
        = QStringLiteral("'open','plan-submitted','plan-accepted','implemented','verified-effective','not-effective'");
    return {
        QStringLiteral("ALTER TABLE audit ADD COLUMN recommendation TEXT CHECK (recommendation IN"
                       " ('recommend','recommend-after-verification','do-not-recommend'))"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN recommendation_rationale TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN report_revision INTEGER NOT NULL DEFAULT 1"
                       " CHECK (report_revision >= 1)"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN minor_to_major_threshold INTEGER NOT NULL DEFAULT 3"
                       " CHECK (minor_to_major_threshold >= 2)"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN major_action_days INTEGER NOT NULL DEFAULT 90"
                       " CHECK (major_action_days >= 1)"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN minor_plan_days INTEGER NOT NULL DEFAULT 90"
                       " CHECK (minor_plan_days >= 1)"),
        QStringLiteral("ALTER TABLE finding ADD COLUMN nature TEXT CHECK (nature IN ('absent','systemic','isolated'))"),
        QStringLiteral("ALTER TABLE finding ADD COLUMN samples_failed INTEGER CHECK (samples_failed >= 0)"),
        QStringLiteral("ALTER TABLE finding ADD COLUMN samples_taken INTEGER CHECK (samples_taken >= 0)"),
        QStringLiteral("ALTER TABLE finding ADD COLUMN capability_in_doubt INTEGER NOT NULL DEFAULT 0"
                       " CHECK (capability_in_doubt IN (0,1))"),
        QStringLiteral("ALTER TABLE finding ADD COLUMN suggested_grade TEXT CHECK (suggested_grade IN"
                       " ('major','minor','observation','ofi','positive'))"),
        QStringLiteral("ALTER TABLE finding ADD COLUMN suggestion_rationale TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE finding ADD COLUMN crosscheck_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE action_status_change (uuid TEXT PRIMARY KEY,"
                       " action_uuid TEXT NOT NULL REFERENCES corrective_action(uuid) ON DELETE CASCADE,"
                       " from_status TEXT CHECK (from_status IN (%1)),"
                       " to_status TEXT NOT NULL DEFAULT 'open' CHECK (to_status IN (%1)),"
                       " changed_by TEXT NOT NULL DEFAULT '', changed_at TEXT, note TEXT NOT NULL DEFAULT '')")
            .arg(statuses),
        QStringLiteral("CREATE INDEX action_status_change_action ON action_status_change(action_uuid)"),
        QStringLiteral("CREATE TABLE crosscheck_dismissal (uuid TEXT PRIMARY KEY, check_key TEXT NOT NULL UNIQUE,"
                       " reason TEXT NOT NULL DEFAULT '', dismissed_by TEXT NOT NULL DEFAULT '', dismissed_at TEXT)"),
        QStringLiteral("CREATE TABLE report_revision (uuid TEXT PRIMARY KEY,"
                       " revision INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (revision >= 1), signed_at TEXT,"
                       " sha256 TEXT NOT NULL DEFAULT '', signer TEXT NOT NULL DEFAULT '',"
                       " certificate_fingerprint TEXT NOT NULL DEFAULT '', reopened_at TEXT,"
                       " reopened_by TEXT NOT NULL DEFAULT '', reopen_reason TEXT NOT NULL DEFAULT '')"),
    };
}

// Version 3: the tamper-evident audit trail (core/trail, docs/security.md). Every write appends hash-chained entries
// in its own transaction; a signed report revision records the trail's head hash. The chain of an upgraded file
// starts with a genesis entry and a baseline of every record (written when IsoAudit first opens it for writing).
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE trail (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL CHECK (action IN"
                       "  ('genesis','baseline','insert','update','remove','links','link-add')),"
                       " kind TEXT NOT NULL DEFAULT '', record_uuid TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL DEFAULT '', old_value TEXT, new_value TEXT,"
                       " prev_hash TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX trail_record ON trail(record_uuid)"),
        QStringLiteral("ALTER TABLE report_revision ADD COLUMN trail_head TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 4: the framework(s) an audit uses (core/catalog/Catalogs.h, docs/frameworks.md): catalog ids separated by
// a space. Every audit made before is an ISO/IEC 27001:2022 audit. The values are those of the field in
// core/domain/RecordKind.cpp; the registry's test checks that each names a shipped catalog.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE audit ADD COLUMN frameworks TEXT NOT NULL DEFAULT 'iso27001-2022'"
                       " CHECK (frameworks IN ('iso27001-2022','soc2-2017','iso27001-2022 soc2-2017'))"),
    };
}

// Version 5: the report a technical reviewer accepts (docs/workflow.md, "Outcomes by audit type" and "The report's
// content"). SQLite cannot change a CHECK constraint in place, so the audit and finding tables are rebuilt (SQLite's
// documented twelve-step procedure; AuditDatabase::migrate() turns foreign keys off around it):
// - audit.recommendation holds the outcome of the audit's type (core/domain/Outcomes.h); an older file's three
//   certification ids become the outcome of the same tier for its audit type;
// - the audit records what ISO/IEC 17021-1 9.4.8 and ISO/IEC 27006 ask of every report and IsoAudit did not hold:
//   the client's address and management representative, deviations from the plan, issues affecting the audit
//   programme, significant changes, unresolved issues, whether the audit was combined, joint or integrated, the
//   use of certification documents and marks, the verification of earlier corrective actions, the statement on
//   effectiveness and on internal audit and management review, the SoA version reviewed, the conclusion on the
//   scope, whether the objectives were met, and a Stage 1's basis for the Stage 2 plan;
// - a finding may be an area of concern (Stage 1, 17021-1 9.3.1.2.2), and its nature may be "documented
//   information missing while the process operates";
// - the client's risk method scores as a product, a sum or a lookup matrix given cell by cell.
QStringList version5()
{
    // The outcome of the same tier for the audit's type (core/domain/Outcomes.h, spelled out: a migration that
    // has shipped never changes).
    const QString mapped = QStringLiteral(
        "CASE"
        " WHEN recommendation IS NULL THEN NULL"
        " WHEN audit_type = 'stage1' THEN CASE recommendation WHEN 'recommend' THEN 'ready-for-stage2'"
        "  WHEN 'recommend-after-verification' THEN 'ready-after-concerns' ELSE 'not-ready-for-stage2' END"
        " WHEN audit_type = 'surveillance' THEN CASE recommendation WHEN 'recommend' THEN 'continuation-recommended'"
        "  WHEN 'recommend-after-verification' THEN 'continuation-after-verification'"
        "  ELSE 'suspension-recommended' END"
        " WHEN audit_type = 'recertification' THEN CASE recommendation WHEN 'recommend' THEN 'renewal-recommended'"
        "  WHEN 'recommend-after-verification' THEN 'renewal-after-verification' ELSE 'renewal-not-recommended' END"
        " WHEN audit_type = 'special' THEN CASE recommendation WHEN 'recommend' THEN 'nonconformities-closed'"
        "  ELSE 'nonconformities-not-closed' END"
        " ELSE recommendation END");
    const QString outcomes = QStringLiteral(
        "'ready-for-stage2','ready-after-concerns','not-ready-for-stage2',"
        "'recommend','recommend-after-verification','do-not-recommend',"
        "'continuation-recommended','continuation-after-verification','suspension-recommended',"
        "'renewal-recommended','renewal-after-verification','renewal-not-recommended',"
        "'nonconformities-closed','nonconformities-not-closed'");
    const QString auditColumns = QStringLiteral(
        "uuid, client, scope, audit_type, standard, start_date, end_date, objectives, criteria, report_number,"
        " lifecycle, created_at, recommendation_rationale, report_revision, minor_to_major_threshold,"
        " major_action_days, minor_plan_days, frameworks");
    const QString findingColumns = QStringLiteral(
        "uuid, ref, grade, title, requirement, statement, objective_evidence, raised_on, raised_by, nature,"
        " samples_failed, samples_taken, capability_in_doubt, suggested_grade, suggestion_rationale, crosscheck_key");
    const QString grades = QStringLiteral("'major','minor','area-of-concern','observation','ofi','positive'");
    return {
        QStringLiteral(
            "CREATE TABLE audit_v5 ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " uuid TEXT NOT NULL UNIQUE,"
            " client TEXT NOT NULL DEFAULT '',"
            " scope TEXT NOT NULL DEFAULT '',"
            " audit_type TEXT NOT NULL DEFAULT 'stage2'"
            "  CHECK (audit_type IN ('stage1','stage2','surveillance','recertification','special')),"
            " standard TEXT NOT NULL DEFAULT 'ISO/IEC 27001:2022',"
            " start_date TEXT, end_date TEXT,"
            " objectives TEXT NOT NULL DEFAULT '',"
            " criteria TEXT NOT NULL DEFAULT '',"
            " report_number TEXT NOT NULL DEFAULT '',"
            " lifecycle TEXT NOT NULL DEFAULT 'planning'"
            "  CHECK (lifecycle IN ('planning','fieldwork','reporting','signed')),"
            " created_at TEXT,"
            " recommendation TEXT CHECK (recommendation IN (%1)),"
            " recommendation_rationale TEXT NOT NULL DEFAULT '',"
            " report_revision INTEGER NOT NULL DEFAULT 1 CHECK (report_revision >= 1),"
            " minor_to_major_threshold INTEGER NOT NULL DEFAULT 3 CHECK (minor_to_major_threshold >= 2),"
            " major_action_days INTEGER NOT NULL DEFAULT 90 CHECK (major_action_days >= 1),"
            " minor_plan_days INTEGER NOT NULL DEFAULT 90 CHECK (minor_plan_days >= 1),"
            " frameworks TEXT NOT NULL DEFAULT 'iso27001-2022'"
            "  CHECK (frameworks IN ('iso27001-2022','soc2-2017','iso27001-2022 soc2-2017')),"
            " client_address TEXT NOT NULL DEFAULT '',"
            " management_representative TEXT NOT NULL DEFAULT '',"
            " plan_deviations TEXT NOT NULL DEFAULT '',"
            " programme_issues TEXT NOT NULL DEFAULT '',"
            " significant_changes TEXT NOT NULL DEFAULT '',"
            " unresolved_issues TEXT NOT NULL DEFAULT '',"
            " audit_combination TEXT CHECK (audit_combination IN (%2)),"
            " marks_use TEXT NOT NULL DEFAULT '',"
            " previous_actions TEXT NOT NULL DEFAULT '',"
            " effectiveness_summary TEXT NOT NULL DEFAULT '',"
            " internal_audit_summary TEXT NOT NULL DEFAULT '',"
            " soa_version TEXT NOT NULL DEFAULT '',"
            " scope_appropriate TEXT CHECK (scope_appropriate IN ('yes','no')),"
            " scope_conclusion TEXT NOT NULL DEFAULT '',"
            " objectives_met TEXT CHECK (objectives_met IN ('yes','no')),"
            " objectives_remarks TEXT NOT NULL DEFAULT '',"
            " stage2_basis TEXT NOT NULL DEFAULT '')")
            .arg(outcomes, QStringLiteral("'single','combined','joint','integrated'")),
        QStringLiteral("INSERT INTO audit_v5 (id, %1, recommendation) SELECT id, %1,"
                       " %2 FROM audit")
            .arg(auditColumns, mapped),
        QStringLiteral("DROP TABLE audit"),
        QStringLiteral("ALTER TABLE audit_v5 RENAME TO audit"),
        QStringLiteral(
            "CREATE TABLE finding_v5 (uuid TEXT PRIMARY KEY, ref TEXT NOT NULL DEFAULT '',"
            " grade TEXT NOT NULL DEFAULT 'observation' CHECK (grade IN (%1)),"
            " title TEXT NOT NULL DEFAULT '', requirement TEXT NOT NULL DEFAULT '', statement TEXT NOT NULL DEFAULT '',"
            " objective_evidence TEXT NOT NULL DEFAULT '', raised_on TEXT, raised_by TEXT NOT NULL DEFAULT '',"
            " nature TEXT CHECK (nature IN (%2)),"
            " samples_failed INTEGER CHECK (samples_failed >= 0),"
            " samples_taken INTEGER CHECK (samples_taken >= 0),"
            " capability_in_doubt INTEGER NOT NULL DEFAULT 0 CHECK (capability_in_doubt IN (0,1)),"
            " suggested_grade TEXT CHECK (suggested_grade IN (%1)),"
            " suggestion_rationale TEXT NOT NULL DEFAULT '',"
            " crosscheck_key TEXT NOT NULL DEFAULT '')")
            .arg(grades, QStringLiteral("'absent','undocumented','systemic','isolated'")),
        QStringLiteral("INSERT INTO finding_v5 (%1) SELECT %1 FROM finding").arg(findingColumns),
        QStringLiteral("DROP TABLE finding"),
        QStringLiteral("ALTER TABLE finding_v5 RENAME TO finding"),
        QStringLiteral("CREATE TRIGGER finding_unlink AFTER DELETE ON finding BEGIN"
                       " DELETE FROM link WHERE owner_uuid = OLD.uuid; END"),
        QStringLiteral("ALTER TABLE risk_method ADD COLUMN scoring TEXT NOT NULL DEFAULT 'product'"
                       " CHECK (scoring IN ('product','sum','matrix'))"),
        QStringLiteral("ALTER TABLE risk_method ADD COLUMN score_matrix TEXT NOT NULL DEFAULT '[]'"),
    };
}

// Version 6: the certification cycle (core/cycle, docs/cycle.md). The audit says which audit it was started from
// and keeps its ISO/IEC 27006 audit time; clause and SoA rows get the itinerary's slot (times and site) and the last
// audit's verdict as context; risks and SoA rows say whether they were carried over from the last audit. New tables:
// the client's programme and certificate (one row), the programme's audits (planned, this one, history), the earlier
// nonconformities this audit verifies (linked back to the audit that raised them), and the opening and closing
// meetings.
QStringList version6()
{
    const QString auditTypes = QStringLiteral("'stage1','stage2','surveillance','recertification','special'");
    const QString clauseVerdicts = QStringLiteral("'pending','conform','nonconform','not-audited'");
    const QString controlVerdicts = QStringLiteral("'pending','effective','nonconform','not-sampled'");
    const QString grades = QStringLiteral("'major','minor','area-of-concern','observation','ofi','positive'");
    const QString outcomes = QStringLiteral(
        "'ready-for-stage2','ready-after-concerns','not-ready-for-stage2','recommend','recommend-after-verification',"
        "'do-not-recommend','continuation-recommended','continuation-after-verification','suspension-recommended',"
        "'renewal-recommended','renewal-after-verification','renewal-not-recommended','nonconformities-closed',"
        "'nonconformities-not-closed'");
    const QString flag = QStringLiteral(" INTEGER NOT NULL DEFAULT 0 CHECK (%1 IN (0,1))");
    QStringList sql = {
        QStringLiteral("ALTER TABLE audit ADD COLUMN previous_audit TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN previous_file TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN audit_time TEXT NOT NULL DEFAULT '{}'"),
    };
    for (const QString& table : {QStringLiteral("clause_assessment"), QStringLiteral("soa_entry")}) {
        for (const char* column : {"plan_from", "plan_until", "plan_site", "previous_notes"})
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT ''")
                       .arg(table, QLatin1String(column));
        sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN previous_verdict TEXT CHECK (previous_verdict IN (%2))")
                   .arg(table, table == QLatin1String("soa_entry") ? controlVerdicts : clauseVerdicts);
    }
    sql << QStringLiteral("ALTER TABLE soa_entry ADD COLUMN carried_over") + flag.arg(QStringLiteral("carried_over"))
        << QStringLiteral("ALTER TABLE risk ADD COLUMN carried_over") + flag.arg(QStringLiteral("carried_over"));
    sql << QStringLiteral(
               "CREATE TABLE programme (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL UNIQUE,"
               " certificate_number TEXT NOT NULL DEFAULT '', certificate_scope TEXT NOT NULL DEFAULT '',"
               " certificate_sites TEXT NOT NULL DEFAULT '', certified_soa_version TEXT NOT NULL DEFAULT '',"
               " decision_date TEXT, certificate_issued TEXT, certificate_expires TEXT,"
               " cycle INTEGER CHECK (cycle >= 1), notes TEXT NOT NULL DEFAULT '')")
        << QStringLiteral("CREATE TABLE programme_audit (uuid TEXT PRIMARY KEY,"
                          " audit_type TEXT NOT NULL DEFAULT 'surveillance' CHECK (audit_type IN (%1)),"
                          " label TEXT NOT NULL DEFAULT '', due_from TEXT, due_by TEXT,"
                          " status TEXT NOT NULL DEFAULT 'planned'"
                          "  CHECK (status IN ('planned','current','completed','cancelled')),"
                          " audit_uuid TEXT NOT NULL DEFAULT '', start_date TEXT, end_date TEXT,"
                          " lead TEXT NOT NULL DEFAULT '', outcome TEXT CHECK (outcome IN (%2)),"
                          " report_number TEXT NOT NULL DEFAULT '', report_file TEXT NOT NULL DEFAULT '',"
                          " report_sha256 TEXT NOT NULL DEFAULT '', cycle INTEGER CHECK (cycle >= 1),"
                          " notes TEXT NOT NULL DEFAULT '')")
               .arg(auditTypes, outcomes)
        << QStringLiteral("CREATE TRIGGER programme_audit_unlink AFTER DELETE ON programme_audit BEGIN"
                          " DELETE FROM link WHERE owner_uuid = OLD.uuid; END")
        << QStringLiteral("CREATE TABLE carried_finding (uuid TEXT PRIMARY KEY, ref TEXT NOT NULL DEFAULT '',"
                          " grade TEXT NOT NULL DEFAULT 'minor' CHECK (grade IN (%1)),"
                          " title TEXT NOT NULL DEFAULT '', requirement TEXT NOT NULL DEFAULT '',"
                          " statement TEXT NOT NULL DEFAULT '', raised_on TEXT,"
                          " origin_audit TEXT NOT NULL DEFAULT '', origin_finding TEXT NOT NULL DEFAULT '',"
                          " origin_type TEXT NOT NULL DEFAULT 'stage2' CHECK (origin_type IN (%2)),"
                          " origin_report TEXT NOT NULL DEFAULT '', origin_date TEXT,"
                          " actions TEXT NOT NULL DEFAULT '[]', history TEXT NOT NULL DEFAULT '[]',"
                          " verification TEXT CHECK (verification IN ('effective','not-effective','still-open')),"
                          " verification_note TEXT NOT NULL DEFAULT '', verified_by TEXT NOT NULL DEFAULT '',"
                          " verified_on TEXT, reraised_as TEXT NOT NULL DEFAULT '', deferred%3)")
               .arg(grades, auditTypes, flag.arg(QStringLiteral("deferred")))
        << QStringLiteral("CREATE TRIGGER carried_finding_unlink AFTER DELETE ON carried_finding BEGIN"
                          " DELETE FROM link WHERE owner_uuid = OLD.uuid; END")
        << QStringLiteral("CREATE TABLE meeting (uuid TEXT PRIMARY KEY,"
                          " kind TEXT NOT NULL DEFAULT 'opening' CHECK (kind IN ('opening','closing')),"
                          " held_at TEXT, place TEXT NOT NULL DEFAULT '', attendees TEXT NOT NULL DEFAULT '[]',"
                          " scope_confirmed%1, plan_confirmed%2, confidentiality_confirmed%3,"
                          " reporting_confirmed%4, appeals_explained%5, findings_presented%6,"
                          " client_acknowledged%7, disagreement TEXT NOT NULL DEFAULT '',"
                          " notes TEXT NOT NULL DEFAULT '')")
               .arg(flag.arg(QStringLiteral("scope_confirmed")), flag.arg(QStringLiteral("plan_confirmed")),
                    flag.arg(QStringLiteral("confidentiality_confirmed")),
                    flag.arg(QStringLiteral("reporting_confirmed")), flag.arg(QStringLiteral("appeals_explained")),
                    flag.arg(QStringLiteral("findings_presented")), flag.arg(QStringLiteral("client_acknowledged")));
    // Every audit has its programme row (a singleton, like the risk method), with a uuid of QUuid's form. A new file
    // (no audit row yet) gets it from whoever fills it: AuditStore::create, or the package it is imported from.
    sql << QStringLiteral("INSERT INTO programme (id, uuid, cycle) SELECT 1, lower(hex(randomblob(4)) || '-' ||"
                          " hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||"
                          " substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||"
                          " hex(randomblob(6))), 1 WHERE EXISTS (SELECT 1 FROM audit)");
    return sql;
}

// Version 7: the SOC 2 engagement (docs/soc2.md). The link table accepts links to Trust Services Criteria
// ('criterion', a rebuild: its CHECK names the link kinds), and new tables hold the engagement (one row, in SOC 2
// audits only), the service organization's controls, their test procedures, populations (the frozen rows in
// population_row, which no statement may change once written), samples and their items, the exceptions rolled up
// per control, the subservice organizations and the complementary user-entity controls.
QStringList version7()
{
    const QString flag = QStringLiteral(" INTEGER NOT NULL DEFAULT 0 CHECK (%1 IN (0,1))");
    const auto unlink = [](const QString& table) {
        return QStringLiteral("CREATE TRIGGER %1_unlink AFTER DELETE ON %1 BEGIN"
                              " DELETE FROM link WHERE owner_uuid = OLD.uuid; END")
            .arg(table);
    };
    QStringList sql = {
        // The link table is rebuilt by SQLite's twelve steps; the triggers of other tables name it in their bodies,
        // so the rename must leave them as they are (legacy_alter_table), not re-parse them against a missing table.
        QStringLiteral("PRAGMA legacy_alter_table = ON"),
        QStringLiteral("CREATE TABLE link_v7 (owner_uuid TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN"
                       " ('clause','control','interview','evidence','risk','criterion')),"
                       " target TEXT NOT NULL, PRIMARY KEY (owner_uuid, kind, target)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO link_v7 (owner_uuid, kind, target) SELECT owner_uuid, kind, target FROM link"),
        QStringLiteral("DROP TABLE link"),
        QStringLiteral("ALTER TABLE link_v7 RENAME TO link"),
        QStringLiteral("CREATE INDEX link_target ON link(kind, target)"),
        QStringLiteral("PRAGMA legacy_alter_table = OFF"),
        QStringLiteral(
            "CREATE TABLE engagement (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL UNIQUE,"
            " system_name TEXT NOT NULL DEFAULT '', service_auditor TEXT NOT NULL DEFAULT '',"
            " report_type TEXT NOT NULL DEFAULT 'type2' CHECK (report_type IN ('type1','type2')),"
            " as_of_date TEXT, period_start TEXT, period_end TEXT, categories TEXT NOT NULL DEFAULT 'security',"
            " services TEXT NOT NULL DEFAULT '', infrastructure TEXT NOT NULL DEFAULT '',"
            " software TEXT NOT NULL DEFAULT '', people TEXT NOT NULL DEFAULT '', procedures TEXT NOT NULL DEFAULT '',"
            " data TEXT NOT NULL DEFAULT '', boundaries TEXT NOT NULL DEFAULT '',"
            " management_assertion TEXT NOT NULL DEFAULT '', intended_users TEXT NOT NULL DEFAULT '',"
            " opinion TEXT CHECK (opinion IN ('unmodified','qualified','adverse','disclaimer')),"
            " opinion_basis TEXT NOT NULL DEFAULT '', report_date TEXT)"),
        QStringLiteral("CREATE TABLE service_control (uuid TEXT PRIMARY KEY, ref TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '', frequency TEXT NOT NULL DEFAULT 'as-needed' CHECK (frequency"
                       " IN ('annual','quarterly','monthly','weekly','daily','multiple-daily','as-needed')),"
                       " automation TEXT NOT NULL DEFAULT 'manual' CHECK (automation IN ('manual','automated')),"
                       " key_control%1, prior_deviation%2,"
                       " design TEXT CHECK (design IN ('suitably-designed','not-suitably-designed')),"
                       " design_note TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')")
            .arg(flag.arg(QStringLiteral("key_control")), flag.arg(QStringLiteral("prior_deviation"))),
        unlink(QStringLiteral("service_control")),
        QStringLiteral("CREATE TABLE test_procedure (uuid TEXT PRIMARY KEY,"
                       " control_uuid TEXT NOT NULL REFERENCES service_control(uuid) ON DELETE CASCADE,"
                       " method TEXT NOT NULL DEFAULT 'inspection'"
                       "  CHECK (method IN ('inquiry','observation','inspection','reperformance')),"
                       " attributes TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
                       " result TEXT CHECK (result IN ('no-exceptions','exceptions')),"
                       " result_note TEXT NOT NULL DEFAULT '', performed_by TEXT NOT NULL DEFAULT '',"
                       " performed_on TEXT)"),
        QStringLiteral("CREATE INDEX test_procedure_control ON test_procedure(control_uuid)"),
        unlink(QStringLiteral("test_procedure")),
        QStringLiteral("CREATE TABLE population (uuid TEXT PRIMARY KEY,"
                       " control_uuid TEXT NOT NULL REFERENCES service_control(uuid) ON DELETE CASCADE,"
                       " name TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '', imported_at TEXT,"
                       " imported_by TEXT NOT NULL DEFAULT '', row_count INTEGER CHECK (row_count >= 0),"
                       " sha256 TEXT NOT NULL DEFAULT '', rows_sha256 TEXT NOT NULL DEFAULT '',"
                       " id_column TEXT NOT NULL DEFAULT '',"
                       " date_column TEXT NOT NULL DEFAULT '', columns TEXT NOT NULL DEFAULT '[]',"
                       " out_of_period INTEGER CHECK (out_of_period >= 0),"
                       " completeness_accuracy TEXT NOT NULL DEFAULT '', ca_checked_by TEXT NOT NULL DEFAULT '',"
                       " ca_checked_on TEXT)"),
        QStringLiteral("CREATE INDEX population_control ON population(control_uuid)"),
        // The frozen rows: the client's id and date of each occurrence, whether it falls in the period, and the
        // row's other columns as a JSON array in the order of population.columns.
        QStringLiteral("CREATE TABLE population_row (population_uuid TEXT NOT NULL"
                       "  REFERENCES population(uuid) ON DELETE CASCADE,"
                       " row_no INTEGER NOT NULL CHECK (row_no >= 1), occurrence_id TEXT NOT NULL,"
                       " occurred_on TEXT NOT NULL, in_period%1, other TEXT NOT NULL DEFAULT '[]',"
                       " PRIMARY KEY (population_uuid, row_no)) WITHOUT ROWID")
            .arg(flag.arg(QStringLiteral("in_period"))),
        QStringLiteral("CREATE TRIGGER population_row_frozen BEFORE UPDATE ON population_row BEGIN"
                       " SELECT RAISE(ABORT, 'a population is frozen when it is imported'); END"),
        QStringLiteral("CREATE TABLE sample (uuid TEXT PRIMARY KEY,"
                       " control_uuid TEXT NOT NULL REFERENCES service_control(uuid) ON DELETE CASCADE,"
                       " population_uuid TEXT NOT NULL DEFAULT '', seed TEXT NOT NULL DEFAULT '',"
                       " method TEXT NOT NULL DEFAULT '', size INTEGER CHECK (size >= 0),"
                       " size_basis TEXT NOT NULL DEFAULT '{}', size_reason TEXT NOT NULL DEFAULT '',"
                       " selection TEXT NOT NULL DEFAULT '{}', drawn_by TEXT NOT NULL DEFAULT '', drawn_at TEXT)"),
        QStringLiteral("CREATE INDEX sample_control ON sample(control_uuid)"),
        QStringLiteral("CREATE TABLE sample_item (uuid TEXT PRIMARY KEY,"
                       " sample_uuid TEXT NOT NULL REFERENCES sample(uuid) ON DELETE CASCADE,"
                       " row_no INTEGER CHECK (row_no >= 1), occurrence_id TEXT NOT NULL DEFAULT '',"
                       " occurred_on TEXT, month TEXT NOT NULL DEFAULT '',"
                       " result TEXT CHECK (result IN ('no-exception','exception')), notes TEXT NOT NULL DEFAULT '',"
                       " tested_by TEXT NOT NULL DEFAULT '', tested_on TEXT)"),
        QStringLiteral("CREATE INDEX sample_item_sample ON sample_item(sample_uuid)"),
        unlink(QStringLiteral("sample_item")),
        QStringLiteral("CREATE TABLE control_exception (uuid TEXT PRIMARY KEY,"
                       " control_uuid TEXT NOT NULL REFERENCES service_control(uuid) ON DELETE CASCADE,"
                       " deviations INTEGER CHECK (deviations >= 0), sample_size INTEGER CHECK (sample_size >= 0),"
                       " nature TEXT NOT NULL DEFAULT '', cause TEXT NOT NULL DEFAULT '',"
                       " pattern TEXT CHECK (pattern IN ('isolated','systematic')),"
                       " management_response TEXT NOT NULL DEFAULT '',"
                       " compensating_controls TEXT NOT NULL DEFAULT '', effect TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX control_exception_control ON control_exception(control_uuid)"),
        unlink(QStringLiteral("control_exception")),
        QStringLiteral("CREATE TABLE subservice (uuid TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                       " services TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT 'carve-out'"
                       "  CHECK (method IN ('carve-out','inclusive')), csocs TEXT NOT NULL DEFAULT '')"),
        unlink(QStringLiteral("subservice")),
        QStringLiteral("CREATE TABLE user_entity_control (uuid TEXT PRIMARY KEY, ref TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '')"),
        unlink(QStringLiteral("user_entity_control")),
    };
    // Engagement links: the criteria the opinion names as not met.
    sql << unlink(QStringLiteral("engagement"));
    return sql;
}

// Version 8: working as a team and with the central repository (core/merge, core/repository; docs/team.md,
// docs/repository.md). Bookkeeping, not audit content (the trail does not record it): a team member's copy says where
// it came from (team_origin, one row); the lead's file remembers each copy it gave and how far it has merged it
// (team_copy); a file checked out of the repository remembers the server and the trail position it last agreed with
// (repository_link, one row). Nothing in them is trusted alone: a merge checks each recorded position against the
// copy's own hash-chained trail before it uses it.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE team_origin (id INTEGER PRIMARY KEY CHECK (id = 1), copy_id TEXT NOT NULL,"
                       " audit_uuid TEXT NOT NULL, member TEXT NOT NULL, fork_seq INTEGER NOT NULL,"
                       " fork_hash TEXT NOT NULL, forked_at TEXT NOT NULL, forked_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE team_copy (copy_id TEXT PRIMARY KEY, member TEXT NOT NULL,"
                       " fork_seq INTEGER NOT NULL, forked_at TEXT NOT NULL, merged_seq INTEGER,"
                       " merged_hash TEXT, merged_at TEXT, merged_by TEXT NOT NULL DEFAULT '',"
                       " merges INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE repository_link (id INTEGER PRIMARY KEY CHECK (id = 1), server TEXT NOT NULL,"
                       " audit_uuid TEXT NOT NULL, synced_seq INTEGER NOT NULL, synced_hash TEXT NOT NULL,"
                       " synced_at TEXT NOT NULL, checked_out_by TEXT NOT NULL DEFAULT '')"),
    };
}

} // namespace

const QList<QStringList>& Schema::migrations()
{
    static const QList<QStringList> all = {version1(), version2(), version3(), version4(), version5(), version6(),
                                             version7(), version8()};
    return all;
}

QStringList Schema::recordTablesChangedBy(int version)
{
    // Tables whose existing rows a migration gives new columns or new values. A file that already keeps a trail
    // gets an update entry for each changed value (AuditDatabase::migrate); the baseline of a file upgraded from
    // format 2 or older reads them with everything else.
    if (version == 4)
        return {QStringLiteral("audit")};
    if (version == 5)
        return {QStringLiteral("audit"), QStringLiteral("finding"), QStringLiteral("risk_method")};
    if (version == 6)
        return {QStringLiteral("audit"), QStringLiteral("clause_assessment"), QStringLiteral("soa_entry"),
                QStringLiteral("risk"), QStringLiteral("programme")};
    return {};
}

bool Schema::rebuildsTables(int version)
{
    return version == 5 || version == 7;
}

int Schema::currentVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace isoaudit
