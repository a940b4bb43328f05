// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ValueLabels.h"

#include "domain/RecordKind.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <atomic>

namespace isoaudit {

namespace {

struct ListLabels
{
    ValueList list;
    QString name;
    const char* disambiguation;
    QList<ValueLabel> entries;
    ValueLabel none; ///< the list's own label for a null value; none.display.source == nullptr: the default
};

/// The table. Each text names its list's disambiguation again, because lupdate reads only literals.
const QList<ListLabels>& table()
{
    static const QList<ListLabels> lists = {
        {ValueList::AuditType,
         QStringLiteral("auditTypes"),
         "audit type",
         {
             {QStringLiteral("stage1"), QT_TRANSLATE_NOOP3("ValueLabels", "Stage 1", "audit type")},
             {QStringLiteral("stage2"), QT_TRANSLATE_NOOP3("ValueLabels", "Stage 2", "audit type")},
             {QStringLiteral("surveillance"), QT_TRANSLATE_NOOP3("ValueLabels", "Surveillance", "audit type")},
             {QStringLiteral("recertification"), QT_TRANSLATE_NOOP3("ValueLabels", "Recertification", "audit type")},
             {QStringLiteral("special"), QT_TRANSLATE_NOOP3("ValueLabels", "Special / follow-up", "audit type"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Special", "audit type")},
         },
         ValueLabel{}},
        {ValueList::LifecycleState,
         QStringLiteral("lifecycleStates"),
         "lifecycle state",
         {
             {QStringLiteral("planning"), QT_TRANSLATE_NOOP3("ValueLabels", "Planning", "lifecycle state")},
             {QStringLiteral("fieldwork"), QT_TRANSLATE_NOOP3("ValueLabels", "Fieldwork", "lifecycle state")},
             {QStringLiteral("reporting"), QT_TRANSLATE_NOOP3("ValueLabels", "Reporting", "lifecycle state")},
             {QStringLiteral("signed"), QT_TRANSLATE_NOOP3("ValueLabels", "Signed", "lifecycle state")},
         },
         ValueLabel{}},
        {ValueList::TeamRole,
         QStringLiteral("teamRoles"),
         "team role",
         {
             {QStringLiteral("lead"), QT_TRANSLATE_NOOP3("ValueLabels", "Lead auditor", "team role")},
             {QStringLiteral("auditor"), QT_TRANSLATE_NOOP3("ValueLabels", "Auditor", "team role")},
             {QStringLiteral("expert"), QT_TRANSLATE_NOOP3("ValueLabels", "Technical expert", "team role")},
             {QStringLiteral("observer"), QT_TRANSLATE_NOOP3("ValueLabels", "Observer", "team role")},
         },
         ValueLabel{}},
        {ValueList::ClauseVerdict,
         QStringLiteral("clauseVerdicts"),
         "clause verdict",
         {
             {QStringLiteral("pending"), QT_TRANSLATE_NOOP3("ValueLabels", "Pending", "clause verdict")},
             {QStringLiteral("conform"), QT_TRANSLATE_NOOP3("ValueLabels", "Conforms", "clause verdict")},
             {QStringLiteral("nonconform"), QT_TRANSLATE_NOOP3("ValueLabels", "Nonconformity", "clause verdict")},
             {QStringLiteral("not-audited"), QT_TRANSLATE_NOOP3("ValueLabels", "Not audited", "clause verdict")},
         },
         ValueLabel{}},
        {ValueList::Applicability,
         QStringLiteral("applicability"),
         "applicability",
         {
             {QStringLiteral("yes"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Applicable", "applicability"),
              {},
              {},
              {},
              {QT_TRANSLATE_NOOP3("ValueLabels", "Yes", "applicability")}},
             {QStringLiteral("no"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not applicable", "applicability"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Excluded", "applicability"),
              {},
              {},
              {QT_TRANSLATE_NOOP3("ValueLabels", "No", "applicability")}},
             {QStringLiteral("undecided"), QT_TRANSLATE_NOOP3("ValueLabels", "Undecided", "applicability")},
         },
         ValueLabel{}},
        {ValueList::Implementation,
         QStringLiteral("implementation"),
         "implementation state",
         {
             {QStringLiteral("implemented"), QT_TRANSLATE_NOOP3("ValueLabels", "Implemented", "implementation state")},
             {QStringLiteral("partial"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Partially implemented", "implementation state"),
              {},
              QT_TRANSLATE_NOOP3("ValueLabels", "Partially", "implementation state")},
             {QStringLiteral("planned"), QT_TRANSLATE_NOOP3("ValueLabels", "Planned", "implementation state")},
             {QStringLiteral("not-implemented"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not implemented", "implementation state")},
         },
         ValueLabel{}},
        {ValueList::ControlVerdict,
         QStringLiteral("controlVerdicts"),
         "control verdict",
         {
             {QStringLiteral("pending"), QT_TRANSLATE_NOOP3("ValueLabels", "Pending", "control verdict")},
             {QStringLiteral("effective"), QT_TRANSLATE_NOOP3("ValueLabels", "Effective", "control verdict")},
             {QStringLiteral("nonconform"), QT_TRANSLATE_NOOP3("ValueLabels", "Nonconformity", "control verdict")},
             {QStringLiteral("not-sampled"), QT_TRANSLATE_NOOP3("ValueLabels", "Not sampled", "control verdict")},
         },
         ValueLabel{}},
        {ValueList::Treatment,
         QStringLiteral("treatments"),
         "risk treatment",
         {
             {QStringLiteral("mitigate"), QT_TRANSLATE_NOOP3("ValueLabels", "Mitigate", "risk treatment")},
             {QStringLiteral("accept"), QT_TRANSLATE_NOOP3("ValueLabels", "Accept", "risk treatment")},
             {QStringLiteral("avoid"), QT_TRANSLATE_NOOP3("ValueLabels", "Avoid", "risk treatment")},
             {QStringLiteral("transfer"), QT_TRANSLATE_NOOP3("ValueLabels", "Transfer", "risk treatment")},
         },
         ValueLabel{}},
        {ValueList::EvidenceKind,
         QStringLiteral("evidenceKinds"),
         "evidence kind",
         {
             {QStringLiteral("document"), QT_TRANSLATE_NOOP3("ValueLabels", "Document", "evidence kind")},
             {QStringLiteral("record"), QT_TRANSLATE_NOOP3("ValueLabels", "Record sample", "evidence kind")},
             {QStringLiteral("observation"), QT_TRANSLATE_NOOP3("ValueLabels", "Observation", "evidence kind")},
             {QStringLiteral("technical"), QT_TRANSLATE_NOOP3("ValueLabels", "Technical check", "evidence kind")},
         },
         ValueLabel{}},
        {ValueList::FindingGrade,
         QStringLiteral("findingGrades"),
         "finding grade",
         {
             {QStringLiteral("major"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Major nonconformity", "finding grade"),
              {},
              QT_TRANSLATE_NOOP3("ValueLabels", "Major NC", "finding grade"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Major nonconformities", "finding grade")},
             {QStringLiteral("minor"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Minor nonconformity", "finding grade"),
              {},
              QT_TRANSLATE_NOOP3("ValueLabels", "Minor NC", "finding grade"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Minor nonconformities", "finding grade")},
             {QStringLiteral("area-of-concern"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Area of concern", "finding grade"),
              {},
              QT_TRANSLATE_NOOP3("ValueLabels", "Concern", "finding grade"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Areas of concern", "finding grade")},
             {QStringLiteral("observation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Observation", "finding grade"),
              {},
              QT_TRANSLATE_NOOP3("ValueLabels", "Obs.", "finding grade"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Observations", "finding grade")},
             {QStringLiteral("ofi"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Opportunity for improvement", "finding grade"),
              {},
              QT_TRANSLATE_NOOP3("ValueLabels", "OFI", "finding grade"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Opportunities for improvement", "finding grade")},
             {QStringLiteral("positive"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Positive finding", "finding grade"),
              {},
              QT_TRANSLATE_NOOP3("ValueLabels", "Positive", "finding grade"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Positive findings", "finding grade")},
         },
         ValueLabel{}},
        {ValueList::ActionStatus,
         QStringLiteral("actionStatuses"),
         "corrective action status",
         {
             {QStringLiteral("open"), QT_TRANSLATE_NOOP3("ValueLabels", "Open", "corrective action status")},
             {QStringLiteral("plan-submitted"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Plan submitted", "corrective action status")},
             {QStringLiteral("plan-accepted"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Plan accepted", "corrective action status")},
             {QStringLiteral("implemented"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Implemented", "corrective action status")},
             {QStringLiteral("verified-effective"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Verified effective", "corrective action status")},
             {QStringLiteral("not-effective"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not effective", "corrective action status")},
         },
         ValueLabel{}},
        {ValueList::Recommendation,
         QStringLiteral("recommendations"),
         "certification recommendation",
         {
             {QStringLiteral("ready-for-stage2"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Ready for Stage 2", "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Ready for the Stage 2 audit", "certification recommendation")},
             {QStringLiteral("ready-after-concerns"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Ready for Stage 2 once the areas of concern are addressed",
                                 "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Ready for the Stage 2 audit once the areas of concern are addressed",
                                 "certification recommendation")},
             {QStringLiteral("not-ready-for-stage2"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not ready for Stage 2", "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not ready for the Stage 2 audit", "certification recommendation")},
             {QStringLiteral("recommend"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Recommend certification", "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Certification recommended", "certification recommendation")},
             {QStringLiteral("recommend-after-verification"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Recommend after corrective actions are verified",
                                 "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Certification recommended after verification of corrective actions",
                                 "certification recommendation")},
             {QStringLiteral("do-not-recommend"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Do not recommend certification", "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Certification not recommended", "certification recommendation")},
             {QStringLiteral("continuation-recommended"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Recommend continuation of certification",
                                 "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Continuation of certification recommended",
                                 "certification recommendation")},
             {QStringLiteral("continuation-after-verification"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Recommend continuation after corrective actions are verified",
                                 "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels",
                                 "Continuation of certification recommended after verification of corrective actions",
                                 "certification recommendation")},
             {QStringLiteral("suspension-recommended"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Recommend suspension of certification",
                                 "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Suspension of certification recommended",
                                 "certification recommendation")},
             {QStringLiteral("renewal-recommended"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Recommend renewal of certification", "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Renewal of certification recommended",
                                 "certification recommendation")},
             {QStringLiteral("renewal-after-verification"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Recommend renewal after corrective actions are verified",
                                 "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels",
                                 "Renewal of certification recommended after verification of corrective actions",
                                 "certification recommendation")},
             {QStringLiteral("renewal-not-recommended"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Do not recommend renewal of certification",
                                 "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Renewal of certification not recommended",
                                 "certification recommendation")},
             {QStringLiteral("nonconformities-closed"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Nonconformities closed", "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "The nonconformities followed up are closed",
                                 "certification recommendation")},
             {QStringLiteral("nonconformities-not-closed"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Nonconformities not closed", "certification recommendation"),
              QT_TRANSLATE_NOOP3("ValueLabels", "The nonconformities followed up are not all closed",
                                 "certification recommendation")},
         },
         ValueLabel{
             QString(), QT_TRANSLATE_NOOP3("ValueLabels", "Not recorded yet", "certification recommendation"),
             QT_TRANSLATE_NOOP3("ValueLabels", "No recommendation recorded yet", "certification recommendation")}},
        {ValueList::FindingNature,
         QStringLiteral("findingNatures"),
         "finding nature",
         {
             {QStringLiteral("absent"), QT_TRANSLATE_NOOP3("ValueLabels", "Required process absent", "finding nature")},
             {QStringLiteral("undocumented"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Documented information missing (the process operates)",
                                 "finding nature")},
             {QStringLiteral("systemic"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Systemic breakdown (not a single instance)", "finding nature")},
             {QStringLiteral("isolated"), QT_TRANSLATE_NOOP3("ValueLabels", "Isolated lapse", "finding nature")},

         },
         ValueLabel{}},
        {ValueList::Framework,
         QStringLiteral("frameworks"),
         "audit framework",
         {
             {QStringLiteral("iso27001-2022"),
              QT_TRANSLATE_NOOP3("ValueLabels", "ISO/IEC 27001:2022", "audit framework")},
             {QStringLiteral("soc2-2017"),
              QT_TRANSLATE_NOOP3("ValueLabels", "SOC 2 (Trust Services Criteria 2017)", "audit framework")},
             {QStringLiteral("iso27001-2022 soc2-2017"),
              QT_TRANSLATE_NOOP3("ValueLabels", "ISO/IEC 27001:2022 and SOC 2", "audit framework")},
         },
         ValueLabel{}},
        {ValueList::AuditCombination,
         QStringLiteral("auditCombinations"),
         "audit combination",
         {
             {QStringLiteral("single"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Neither combined, joint nor integrated", "audit combination"),
              QT_TRANSLATE_NOOP3("ValueLabels", "The audit was neither combined, joint nor integrated.",
                                 "audit combination")},
             {QStringLiteral("combined"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Combined (with another management system)", "audit combination"),
              QT_TRANSLATE_NOOP3("ValueLabels", "The audit was combined with the audit of another management system.",
                                 "audit combination")},
             {QStringLiteral("joint"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Joint (with another certification body)", "audit combination"),
              QT_TRANSLATE_NOOP3("ValueLabels", "The audit was a joint audit with another certification body.",
                                 "audit combination")},
             {QStringLiteral("integrated"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Integrated management system", "audit combination"),
              QT_TRANSLATE_NOOP3("ValueLabels", "The audit was an audit of an integrated management system.",
                                 "audit combination")},
         },
         ValueLabel{}},
        {ValueList::Confirmation,
         QStringLiteral("confirmations"),
         "auditor's confirmation",
         {
             {QStringLiteral("yes"), QT_TRANSLATE_NOOP3("ValueLabels", "Yes", "auditor's confirmation")},
             {QStringLiteral("no"), QT_TRANSLATE_NOOP3("ValueLabels", "No", "auditor's confirmation")},
         },
         ValueLabel{}},
        {ValueList::RiskScoring,
         QStringLiteral("riskScorings"),
         "risk scoring",
         {
             {QStringLiteral("product"), QT_TRANSLATE_NOOP3("ValueLabels", "Likelihood × impact", "risk scoring")},
             {QStringLiteral("sum"), QT_TRANSLATE_NOOP3("ValueLabels", "Likelihood + impact", "risk scoring")},
             {QStringLiteral("matrix"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Lookup matrix (a score per cell)", "risk scoring")},
         },
         ValueLabel{}},
        {ValueList::ProgrammeStatus,
         QStringLiteral("programmeStatuses"),
         "programme audit status",
         {
             {QStringLiteral("planned"), QT_TRANSLATE_NOOP3("ValueLabels", "Planned", "programme audit status")},
             {QStringLiteral("current"), QT_TRANSLATE_NOOP3("ValueLabels", "This audit", "programme audit status")},
             {QStringLiteral("completed"), QT_TRANSLATE_NOOP3("ValueLabels", "Completed", "programme audit status")},
             {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP3("ValueLabels", "Cancelled", "programme audit status")},
         },
         ValueLabel{}},
        {ValueList::VerificationVerdict,
         QStringLiteral("verificationVerdicts"),
         "verification verdict",
         {
             {QStringLiteral("effective"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Closed: correction and corrective action effective",
                                 "verification verdict"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Closed (effective)", "verification verdict"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Closed", "verification verdict")},
             {QStringLiteral("not-effective"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not effective: raised again", "verification verdict"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not effective (raised again)", "verification verdict"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not effective", "verification verdict")},
             {QStringLiteral("still-open"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Still open: action not yet due or not yet complete",
                                 "verification verdict"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Still open", "verification verdict"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Open", "verification verdict")},
         },
         ValueLabel{{},
                    QT_TRANSLATE_NOOP3("ValueLabels", "Not yet verified", "verification verdict"),
                    QT_TRANSLATE_NOOP3("ValueLabels", "Not verified", "verification verdict")}},
        {ValueList::MeetingKind,
         QStringLiteral("meetingKinds"),
         "meeting",
         {
             {QStringLiteral("opening"), QT_TRANSLATE_NOOP3("ValueLabels", "Opening meeting", "meeting")},
             {QStringLiteral("closing"), QT_TRANSLATE_NOOP3("ValueLabels", "Closing meeting", "meeting")},
         },
         ValueLabel{}},
        {ValueList::ComplexityLevel,
         QStringLiteral("complexityLevels"),
         "complexity level",
         {
             {QStringLiteral("low"), QT_TRANSLATE_NOOP3("ValueLabels", "Low", "complexity level")},
             {QStringLiteral("medium"), QT_TRANSLATE_NOOP3("ValueLabels", "Medium", "complexity level")},
             {QStringLiteral("high"), QT_TRANSLATE_NOOP3("ValueLabels", "High", "complexity level")},
         },
         ValueLabel{}},
        {ValueList::ControlFrequency,
         QStringLiteral("controlFrequencies"),
         "control frequency",
         {
             {QStringLiteral("annual"), QT_TRANSLATE_NOOP3("ValueLabels", "Annual", "control frequency")},
             {QStringLiteral("quarterly"), QT_TRANSLATE_NOOP3("ValueLabels", "Quarterly", "control frequency")},
             {QStringLiteral("monthly"), QT_TRANSLATE_NOOP3("ValueLabels", "Monthly", "control frequency")},
             {QStringLiteral("weekly"), QT_TRANSLATE_NOOP3("ValueLabels", "Weekly", "control frequency")},
             {QStringLiteral("daily"), QT_TRANSLATE_NOOP3("ValueLabels", "Daily", "control frequency")},
             {QStringLiteral("multiple-daily"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Several times a day", "control frequency")},
             {QStringLiteral("as-needed"), QT_TRANSLATE_NOOP3("ValueLabels", "As needed", "control frequency")},
         },
         ValueLabel{}},
        {ValueList::Soc2ReportType,
         QStringLiteral("soc2ReportTypes"),
         "SOC 2 report type",
         {
             {QStringLiteral("type1"), QT_TRANSLATE_NOOP3("ValueLabels", "Type 1", "SOC 2 report type")},
             {QStringLiteral("type2"), QT_TRANSLATE_NOOP3("ValueLabels", "Type 2", "SOC 2 report type")},
         },
         ValueLabel{}},
        {ValueList::TrustCategory,
         QStringLiteral("trustCategories"),
         "trust services category",
         {
             {QStringLiteral("security"), QT_TRANSLATE_NOOP3("ValueLabels", "Security", "trust services category")},
             {QStringLiteral("availability"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Availability", "trust services category")},
             {QStringLiteral("processing-integrity"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Processing Integrity", "trust services category")},
             {QStringLiteral("confidentiality"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Confidentiality", "trust services category")},
             {QStringLiteral("privacy"), QT_TRANSLATE_NOOP3("ValueLabels", "Privacy", "trust services category")},
         },
         ValueLabel{}},
        {ValueList::ControlAutomation,
         QStringLiteral("controlAutomations"),
         "control automation",
         {
             {QStringLiteral("manual"), QT_TRANSLATE_NOOP3("ValueLabels", "Manual", "control automation")},
             {QStringLiteral("automated"), QT_TRANSLATE_NOOP3("ValueLabels", "Automated", "control automation")},
         },
         ValueLabel{}},
        {ValueList::TestMethod,
         QStringLiteral("testMethods"),
         "test method",
         {
             {QStringLiteral("inquiry"), QT_TRANSLATE_NOOP3("ValueLabels", "Inquiry", "test method")},
             {QStringLiteral("observation"), QT_TRANSLATE_NOOP3("ValueLabels", "Observation", "test method")},
             {QStringLiteral("inspection"), QT_TRANSLATE_NOOP3("ValueLabels", "Inspection", "test method")},
             {QStringLiteral("reperformance"), QT_TRANSLATE_NOOP3("ValueLabels", "Reperformance", "test method")},
         },
         ValueLabel{}},
        {ValueList::DesignConclusion,
         QStringLiteral("designConclusions"),
         "design conclusion",
         {
             {QStringLiteral("suitably-designed"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Suitably designed", "design conclusion")},
             {QStringLiteral("not-suitably-designed"),
              QT_TRANSLATE_NOOP3("ValueLabels", "Not suitably designed", "design conclusion")},
         },
         ValueLabel{{}, QT_TRANSLATE_NOOP3("ValueLabels", "Not yet concluded", "design conclusion")}},
        {ValueList::TestResult,
         QStringLiteral("testResults"),
         "test result",
         {
             {QStringLiteral("no-exceptions"), QT_TRANSLATE_NOOP3("ValueLabels", "No exceptions noted", "test result")},
             {QStringLiteral("exceptions"), QT_TRANSLATE_NOOP3("ValueLabels", "Exceptions noted", "test result")},
         },
         ValueLabel{{}, QT_TRANSLATE_NOOP3("ValueLabels", "Not yet tested", "test result")}},
        {ValueList::ItemResult,
         QStringLiteral("itemResults"),
         "sample item result",
         {
             {QStringLiteral("no-exception"), QT_TRANSLATE_NOOP3("ValueLabels", "No exception", "sample item result")},
             {QStringLiteral("exception"), QT_TRANSLATE_NOOP3("ValueLabels", "Exception", "sample item result")},
         },
         ValueLabel{{}, QT_TRANSLATE_NOOP3("ValueLabels", "Not yet tested", "sample item result")}},
        {ValueList::DeviationPattern,
         QStringLiteral("deviationPatterns"),
         "deviation pattern",
         {
             {QStringLiteral("isolated"), QT_TRANSLATE_NOOP3("ValueLabels", "Isolated", "deviation pattern")},
             {QStringLiteral("systematic"), QT_TRANSLATE_NOOP3("ValueLabels", "Systematic", "deviation pattern")},
         },
         ValueLabel{{}, QT_TRANSLATE_NOOP3("ValueLabels", "Not yet assessed", "deviation pattern")}},
        {ValueList::Opinion,
         QStringLiteral("opinions"),
         "opinion",
         {
             {QStringLiteral("unmodified"), QT_TRANSLATE_NOOP3("ValueLabels", "Unmodified", "opinion")},
             {QStringLiteral("qualified"), QT_TRANSLATE_NOOP3("ValueLabels", "Qualified", "opinion")},
             {QStringLiteral("adverse"), QT_TRANSLATE_NOOP3("ValueLabels", "Adverse", "opinion")},
             {QStringLiteral("disclaimer"), QT_TRANSLATE_NOOP3("ValueLabels", "Disclaimer of opinion", "opinion")},
         },
         ValueLabel{{}, QT_TRANSLATE_NOOP3("ValueLabels", "Not yet formed", "opinion")}},
        {ValueList::SubserviceMethod,
         QStringLiteral("subserviceMethods"),
         "subservice method",
         {
             {QStringLiteral("carve-out"), QT_TRANSLATE_NOOP3("ValueLabels", "Carve-out", "subservice method")},
             {QStringLiteral("inclusive"), QT_TRANSLATE_NOOP3("ValueLabels", "Inclusive", "subservice method")},
         },
         ValueLabel{}},
        {ValueList::AnnexATheme,
         QStringLiteral("annexAThemes"),
         "Annex A theme",
         {
             {QStringLiteral("Organizational"), QT_TRANSLATE_NOOP3("ValueLabels", "Organizational", "Annex A theme")},
             {QStringLiteral("People"), QT_TRANSLATE_NOOP3("ValueLabels", "People", "Annex A theme")},
             {QStringLiteral("Physical"), QT_TRANSLATE_NOOP3("ValueLabels", "Physical", "Annex A theme")},
             {QStringLiteral("Technological"), QT_TRANSLATE_NOOP3("ValueLabels", "Technological", "Annex A theme")},
         },
         ValueLabel{}},
    };
    return lists;
}

const ListLabels& listLabels(ValueList list)
{
    for (const ListLabels& l : table()) {
        if (l.list == list)
            return l;
    }
    Q_UNREACHABLE();
}

/// The certification body's own words for a value where bodies use other words than the standard (German
/// "Hauptabweichung" for the standard's "schwerwiegende Nichtkonformität", French "Point sensible (PS)"): chosen in
/// Preferences ▸ Report wording. English has no second wording, so each source equals the standard's; a language
/// without one translates it as its standard label. A form the list leaves out uses the standard's.
struct BodyWording
{
    ValueList list;
    const char* value;
    LabelForm form;
    ValueLabel::Text text;
};

const QList<BodyWording>& bodyWordings()
{
    static const QList<BodyWording> wordings = {
        {ValueList::FindingGrade, "major", LabelForm::Display,
         QT_TRANSLATE_NOOP3("ValueLabels", "Major nonconformity", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "major", LabelForm::Short,
         QT_TRANSLATE_NOOP3("ValueLabels", "Major NC", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "major", LabelForm::Plural,
         QT_TRANSLATE_NOOP3("ValueLabels", "Major nonconformities", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "minor", LabelForm::Display,
         QT_TRANSLATE_NOOP3("ValueLabels", "Minor nonconformity", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "minor", LabelForm::Short,
         QT_TRANSLATE_NOOP3("ValueLabels", "Minor NC", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "minor", LabelForm::Plural,
         QT_TRANSLATE_NOOP3("ValueLabels", "Minor nonconformities", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "observation", LabelForm::Display,
         QT_TRANSLATE_NOOP3("ValueLabels", "Observation", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "observation", LabelForm::Short,
         QT_TRANSLATE_NOOP3("ValueLabels", "Obs.", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "observation", LabelForm::Plural,
         QT_TRANSLATE_NOOP3("ValueLabels", "Observations", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "ofi", LabelForm::Display,
         QT_TRANSLATE_NOOP3("ValueLabels", "Opportunity for improvement",
                            "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "ofi", LabelForm::Short,
         QT_TRANSLATE_NOOP3("ValueLabels", "OFI", "finding grade, certification body's wording")},
        {ValueList::FindingGrade, "ofi", LabelForm::Plural,
         QT_TRANSLATE_NOOP3("ValueLabels", "Opportunities for improvement",
                            "finding grade, certification body's wording")},
    };
    return wordings;
}

/// The body's wording of a value's form, or nullptr. Report falls back to Display like the table's own forms.
const ValueLabel::Text* bodyText(ValueList list, const QString& value, LabelForm form)
{
    const LabelForm wanted = form == LabelForm::Report ? LabelForm::Display : form;
    for (const BodyWording& w : bodyWordings()) {
        if (w.list == list && w.form == wanted && value == QLatin1String(w.value))
            return &w.text;
    }
    return nullptr;
}

std::atomic<bool> s_uiBodyWording{false};

const char* const notStatedSource = QT_TRANSLATE_NOOP("ValueLabels", "Not stated");
const char* const reportDash = "—";

QString uiTranslate(const char* context, const char* sourceText, const char* disambiguation, int n)
{
    return QCoreApplication::translate(context, sourceText, disambiguation, n);
}

} // namespace

ValueLabel::Text ValueLabel::text(LabelForm form) const
{
    switch (form) {
    case LabelForm::Display:
        break;
    case LabelForm::Report:
        if (report.source)
            return report;
        break;
    case LabelForm::Short:
        if (shortForm.source)
            return shortForm;
        break;
    case LabelForm::Plural:
        if (plural.source)
            return plural;
        break;
    }
    return display;
}

QList<ValueList> ValueLabels::lists()
{
    QList<ValueList> result;
    for (const ListLabels& l : table())
        result.append(l.list);
    return result;
}

QString ValueLabels::name(ValueList list)
{
    return listLabels(list).name;
}

const char* ValueLabels::disambiguation(ValueList list)
{
    return listLabels(list).disambiguation;
}

QStringList ValueLabels::values(ValueList list)
{
    switch (list) {
    case ValueList::AuditType:
        return Enums::auditTypes;
    case ValueList::LifecycleState:
        return Enums::lifecycleStates;
    case ValueList::TeamRole:
        return Enums::teamRoles;
    case ValueList::ClauseVerdict:
        return Enums::clauseVerdicts;
    case ValueList::Applicability:
        return Enums::applicability;
    case ValueList::Implementation:
        return Enums::implementation;
    case ValueList::ControlVerdict:
        return Enums::controlVerdicts;
    case ValueList::Treatment:
        return Enums::treatments;
    case ValueList::EvidenceKind:
        return Enums::evidenceKinds;
    case ValueList::FindingGrade:
        return Enums::findingGrades;
    case ValueList::ActionStatus:
        return Enums::actionStatuses;
    case ValueList::Recommendation:
        return Enums::recommendations;
    case ValueList::FindingNature:
        return Enums::findingNatures;
    case ValueList::Framework:
        return Enums::frameworks;
    case ValueList::AuditCombination:
        return Enums::auditCombinations;
    case ValueList::Confirmation:
        return Enums::confirmations;
    case ValueList::RiskScoring:
        return Enums::riskScorings;
    case ValueList::ProgrammeStatus:
        return Enums::programmeStatuses;
    case ValueList::VerificationVerdict:
        return Enums::verificationVerdicts;
    case ValueList::MeetingKind:
        return Enums::meetingKinds;
    case ValueList::ComplexityLevel:
        return Enums::complexityLevels;
    case ValueList::ControlFrequency:
        return Enums::controlFrequencies;
    case ValueList::Soc2ReportType:
        return Enums::soc2ReportTypes;
    case ValueList::TrustCategory:
        return Enums::trustCategories;
    case ValueList::ControlAutomation:
        return Enums::controlAutomations;
    case ValueList::TestMethod:
        return Enums::testMethods;
    case ValueList::DesignConclusion:
        return Enums::designConclusions;
    case ValueList::TestResult:
        return Enums::testResults;
    case ValueList::ItemResult:
        return Enums::itemResults;
    case ValueList::DeviationPattern:
        return Enums::deviationPatterns;
    case ValueList::Opinion:
        return Enums::opinions;
    case ValueList::SubserviceMethod:
        return Enums::subserviceMethods;
    case ValueList::AnnexATheme:
        break;
    }
    QStringList themes; // not an Enums:: list: the catalogue's themes, as the table names them
    for (const ValueLabel& e : listLabels(list).entries)
        themes.append(e.value);
    return themes;
}

const ValueLabel* ValueLabels::entry(ValueList list, const QString& value)
{
    const ListLabels& l = listLabels(list);
    if (value.isEmpty())
        return l.none.display.source ? &l.none : nullptr;
    for (const ValueLabel& e : l.entries) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

QString ValueLabels::source(ValueList list, const QString& value, LabelForm form)
{
    const ValueLabel* e = entry(list, value);
    return e ? QString::fromUtf8(e->text(form).source) : QString();
}

QString ValueLabels::label(ValueList list, const QString& value, LabelForm form)
{
    return label(list, value, form, &uiTranslate, s_uiBodyWording.load());
}

void ValueLabels::setBodyWording(bool bodyWording)
{
    s_uiBodyWording.store(bodyWording);
}

bool ValueLabels::bodyWording()
{
    return s_uiBodyWording.load();
}

bool ValueLabels::hasBodyWording(ValueList list, const QString& value)
{
    return std::any_of(bodyWordings().begin(), bodyWordings().end(),
                       [&](const BodyWording& w) { return w.list == list && value == QLatin1String(w.value); });
}

QString ValueLabels::label(ValueList list, const QString& value, LabelForm form, Translator translate, bool bodyWording)
{
    if (bodyWording) {
        if (const ValueLabel::Text* text = bodyText(list, value, form))
            return translate(context, text->source, text->comment, -1);
    }
    if (const ValueLabel* e = entry(list, value)) {
        const ValueLabel::Text text = e->text(form);
        return translate(context, text.source, text.comment, -1);
    }
    if (!value.isEmpty())
        return value;
    // A null value in a list without a label of its own: "Not stated" in the workbench, a dash in the report's
    // tables (so a blank cell never looks like a rendering fault).
    if (form == LabelForm::Report || form == LabelForm::Plural)
        return QString::fromUtf8(reportDash);
    return translate(context, notStatedSource, nullptr, -1);
}

QString ValueLabels::labelIn(const QString& language, ValueList list, const QString& value, LabelForm form)
{
    const ValueLabel* e = entry(list, value);
    if (!e)
        return label(list, value, form,
                     [](const char*, const char* source, const char*, int) { return QString::fromUtf8(source); });
    const ValueLabel::Text text = e->text(form);
    QString translated;
    if (const QTranslator* translator = Translations::shared(language))
        translated = translator->translate(context, text.source, text.comment);
    return translated.isEmpty() ? QString::fromUtf8(text.source) : translated;
}

QStringList ValueLabels::importSpellings(ValueList list, const QString& value)
{
    const ValueLabel* e = entry(list, value);
    if (!e || value.isEmpty())
        return {};
    QList<ValueLabel::Text> texts{e->display, e->report, e->shortForm, e->plural};
    texts.append(e->formerly);
    QStringList spellings;
    auto add = [&spellings](const QString& word) {
        if (!word.isEmpty() && !spellings.contains(word))
            spellings.append(word);
    };
    for (const BodyWording& w : bodyWordings()) {
        if (w.list == list && value == QLatin1String(w.value))
            texts.append(w.text);
    }
    for (const ValueLabel::Text& text : texts) {
        if (text.source)
            add(QString::fromUtf8(text.source));
    }
    for (const QString& code : Translations::languages()) {
        const QTranslator* translator = Translations::shared(code);
        if (!translator)
            continue;
        for (const ValueLabel::Text& text : texts) {
            if (text.source)
                add(translator->translate(context, text.source, text.comment));
        }
    }
    return spellings;
}

QString ValueLabels::notStated()
{
    return QCoreApplication::translate(context, notStatedSource);
}

} // namespace isoaudit
