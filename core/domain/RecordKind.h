// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace isoaudit {

/// Every kind of record an audit file holds. The field metadata below is the one description of the data that
/// storage, the audit package, undo and the trail all read, so a field is added in one place.
enum class RecordKind {
    Audit,
    Site,
    TeamMember,
    ClauseAssessment,
    SoaEntry,
    RiskMethod,
    Risk,
    Interview,
    Evidence,
    Attachment,
    Finding,
    CorrectiveAction,
    ActionStatusChange, ///< schema 2: who moved a corrective action from which status to which, and when
    CrosscheckDismissal, ///< schema 2: a workflow cross-check result the auditor dismissed, with the reason
    ReportRevision, ///< schema 2: each signed revision of the report, kept when the audit is reopened
    Programme, ///< schema 6: the client's certification programme and certificate (core/cycle, docs/cycle.md)
    ProgrammeAudit, ///< schema 6: one audit of the programme: planned, this one, or history (read-only)
    CarriedFinding, ///< schema 6: an earlier audit's nonconformity this audit verifies, linked back to it
    Meeting, ///< schema 6: the opening or closing meeting
    // Schema 7: the SOC 2 engagement (docs/soc2.md). Rows exist only in an audit whose framework is soc2-2017.
    Engagement, ///< the engagement's facts: system, report type and period, categories, description, opinion
    ServiceControl, ///< a control of the service organization (the control matrix), mapped to criteria
    TestProcedure, ///< a test of a control: inquiry, observation, inspection or reperformance
    Population, ///< a frozen list of a control's occurrences in the period (rows in population_row)
    Sample, ///< a seeded, reproducible draw from a population, with the size's policy basis
    SampleItem, ///< one item of a sample and its result
    ControlException, ///< the deviations of one control rolled up and assessed
    Subservice, ///< a subservice organization, carve-out or inclusive, with the CSOCs assumed
    UserEntityControl, ///< a complementary user-entity control (CUEC)
};

enum class FieldType {
    Text, ///< free text, never null ("" when empty)
    Integer, ///< nullable whole number
    Boolean, ///< 0/1, JSON true/false
    Date, ///< nullable YYYY-MM-DD
    DateTime, ///< nullable ISO 8601 date and time
    Enum, ///< one of FieldInfo::values; nullable when FieldInfo::nullable
    Json, ///< a JSON array or object stored as compact text
    Blob, ///< bytes; base64 in the audit package
};

struct FieldInfo
{
    QString column; ///< SQL column
    QString jsonName; ///< key in the audit package
    FieldType type;
    QStringList values = {}; ///< allowed values of an Enum
    bool nullable = false; ///< Enum only: may be null ("not stated")
    bool required = false; ///< Text: must not be empty
    int minimum = 0; ///< Integer: inclusive range when maximum > minimum
    int maximum = 0;
};

/// Links between records and to catalog items, stored in the `link` table: an owner record points at a clause
/// or control id, or at another record's uuid.
/// Criterion (schema 7): a Trust Services Criterion id of the soc2-2017 catalog ("CC6.1").
enum class LinkKind { Clause, Control, Interview, Evidence, Risk, Criterion };

struct LinkInfo
{
    LinkKind kind;
    QString jsonName;
};

struct KindInfo
{
    RecordKind kind;
    QString table;
    QString jsonName; ///< top-level key in the audit package ("risks"), or nested key for attachments
    QString displayName; ///< untranslated English singular, for messages
    bool singleton = false; ///< exactly one row (audit, risk method)
    QString parentColumn = {}; ///< the uuid column of the owning record (attachment -> evidence)
    RecordKind parentKind = RecordKind::Audit;
    QString parentJsonName = {}; ///< key of the owner's uuid in the audit package ("evidence", "finding")
    QString naturalKey = {}; ///< unique column that identifies a row to people (clause_id, control_id)
    QList<FieldInfo> fields;
    QList<LinkInfo> links = {};

    const FieldInfo* field(const QString& column) const;
    const FieldInfo* fieldByJsonName(const QString& jsonName) const;
    QStringList columns() const;
};

namespace RecordKinds {
const QList<KindInfo>& all();
const KindInfo& info(RecordKind kind);
std::optional<RecordKind> fromTable(const QString& table);
/// The kind's name in the UI's language ("Risiko"), for titles and undo texts; inSentence writes it as it reads
/// inside a sentence (lower case except in German, Translations::inSentence). displayName stays the English one.
QString label(RecordKind kind, bool inSentence = false);
QString linkKindName(LinkKind kind); ///< "clause", "control", "interview", "evidence", "risk", "criterion"
std::optional<LinkKind> linkKindFromName(const QString& name);
/// Link kinds whose targets are other records (uuids) rather than catalog ids.
bool linkTargetsRecord(LinkKind kind);
} // namespace RecordKinds

namespace Enums {
inline const QStringList auditTypes = {"stage1", "stage2", "surveillance", "recertification", "special"};
inline const QStringList lifecycleStates = {"planning", "fieldwork", "reporting", "signed"};
inline const QStringList teamRoles = {"lead", "auditor", "expert", "observer"};
inline const QStringList clauseVerdicts = {"pending", "conform", "nonconform", "not-audited"};
inline const QStringList applicability = {"yes", "no", "undecided"};
inline const QStringList implementation = {"implemented", "partial", "planned", "not-implemented"};
inline const QStringList controlVerdicts = {"pending", "effective", "nonconform", "not-sampled"};
inline const QStringList treatments = {"mitigate", "accept", "avoid", "transfer"};
inline const QStringList evidenceKinds = {"document", "record", "observation", "technical"};
/// "area-of-concern" is a Stage 1 finding (ISO/IEC 17021-1 9.3.1.2.2): something that could be classified as a
/// nonconformity at Stage 2. Schema 5.
inline const QStringList findingGrades = {"major", "minor", "area-of-concern", "observation", "ofi", "positive"};
/// The grades a finding of an audit type may take: an area of concern only at Stage 1.
inline QStringList findingGradesFor(const QString& auditType)
{
    QStringList grades = findingGrades;
    if (auditType != QLatin1String("stage1"))
        grades.removeAll(QStringLiteral("area-of-concern"));
    return grades;
}
inline const QStringList actionStatuses
    = {"open", "plan-submitted", "plan-accepted", "implemented", "verified-effective", "not-effective"};
/// The audit's outcome, by audit type (core/domain/Outcomes.h, which tst_outcomes checks this list against).
inline const QStringList recommendations = {"ready-for-stage2",
                                            "ready-after-concerns",
                                            "not-ready-for-stage2",
                                            "recommend",
                                            "recommend-after-verification",
                                            "do-not-recommend",
                                            "continuation-recommended",
                                            "continuation-after-verification",
                                            "suspension-recommended",
                                            "renewal-recommended",
                                            "renewal-after-verification",
                                            "renewal-not-recommended",
                                            "nonconformities-closed",
                                            "nonconformities-not-closed"};
/// "undocumented": the process operates but the documented information the standard requires is missing (schema 5).
inline const QStringList findingNatures = {"absent", "undocumented", "systemic", "isolated"};
/// Whether the audit was combined (several management systems audited together), joint (several certification
/// bodies) or integrated (one integrated management system), ISO/IEC 17021-1 9.4.8; schema 5.
inline const QStringList auditCombinations = {"single", "combined", "joint", "integrated"};
/// How the client's risk method turns a likelihood and an impact rating into a score: their product, their sum, or
/// the cell of a matrix the method gives cell by cell; schema 5.
inline const QStringList riskScorings = {"product", "sum", "matrix"};
/// Business and IT complexity in the ISO/IEC 27006 audit-time calculator (core/audittime/AuditTime.h); each level's
/// percent is the audit-time chart's policy.
inline const QStringList complexityLevels = {"low", "medium", "high"};
/// How often a SOC 2 control operates (the control matrix, issue 16); the sample-size policy sizes a sample by it
/// (core/sampling/SampleSize.h, docs/soc2-sampling.md). "multiple-daily": several times a day.
inline const QStringList controlFrequencies
    = {"annual", "quarterly", "monthly", "weekly", "daily", "multiple-daily", "as-needed"};
/// The auditor's confirmation of a conclusion (scope appropriate, objectives met); schema 5.
inline const QStringList confirmations = {"yes", "no"};
/// The framework(s) an audit uses (core/catalog/Catalogs.h, docs/frameworks.md); schema 4.
inline const QStringList frameworks = {"iso27001-2022", "soc2-2017", "iso27001-2022 soc2-2017"};
/// Where an audit of the client's programme stands: planned, this audit, done (history, read-only), or cancelled;
/// schema 6.
inline const QStringList programmeStatuses = {"planned", "current", "completed", "cancelled"};
/// This audit's verdict on an earlier nonconformity it verifies (ISO/IEC 17021-1 9.4.8, 9.6.2.2): its correction
/// and corrective action are effective (closed), not effective (raised again), or the action is not yet due or not
/// yet done (still open); schema 6.
inline const QStringList verificationVerdicts = {"effective", "not-effective", "still-open"};
/// The meetings a report names: the opening and the closing meeting (ISO/IEC 17021-1 9.4.2, 9.4.7); schema 6.
inline const QStringList meetingKinds = {"opening", "closing"};

// Schema 7: the SOC 2 engagement (docs/soc2.md, ../shared/DOMAIN.md section 7).
/// Type 1: the design of controls as of a date; Type 2: design and operating effectiveness over a period.
inline const QStringList soc2ReportTypes = {"type1", "type2"};
/// The Trust Services categories; Security (the common criteria CC1-CC9) is always in scope. Their English labels
/// (ValueList::TrustCategory) are the catalog's category names ("Processing Integrity"); engagement.categories holds
/// the ids separated by spaces.
inline const QStringList trustCategories
    = {"security", "availability", "processing-integrity", "confidentiality", "privacy"};
inline const QStringList controlAutomations = {"manual", "automated"};
inline const QStringList testMethods = {"inquiry", "observation", "inspection", "reperformance"};
/// A Type 1 conclusion on a control's design.
inline const QStringList designConclusions = {"suitably-designed", "not-suitably-designed"};
/// The result of a test procedure, and of a sample item.
inline const QStringList testResults = {"no-exceptions", "exceptions"};
inline const QStringList itemResults = {"no-exception", "exception"};
/// Whether a control's deviations were isolated or point to a systematic failure.
inline const QStringList deviationPatterns = {"isolated", "systematic"};
/// The service auditor's opinion.
inline const QStringList opinions = {"unmodified", "qualified", "adverse", "disclaimer"};
/// How the description treats a subservice organization's controls: left out (carve-out) or included.
inline const QStringList subserviceMethods = {"carve-out", "inclusive"};
} // namespace Enums

} // namespace isoaudit
