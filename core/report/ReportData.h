// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RiskMethod.h"
#include "i18n/ReportLanguage.h"

#include "util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPageSize>
#include <QStringList>

#include <memory>
#include <optional>

namespace isoaudit {

class AuditStore;
struct EngagementData;

/// How a report is produced: the paper (A4 by default, US Letter as the option) and the language of its texts.
struct ReportOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString language = QStringLiteral("en");
    /// The certification body issuing the report, printed on the cover (the workbench fills these from
    /// Preferences ▸ Certification body); empty = not printed.
    QString issuer;
    QString issuerAddress;
    QString issuerAccreditation;
    /// The certification body's wording of the finding grades where its reports use other words than the standard
    /// (German "Hauptabweichung / Nebenabweichung", French "Point sensible (PS) / Piste de progrès (PP)"): a policy
    /// of the body, chosen in Preferences ▸ Report wording; false = the standard's terms.
    bool bodyWording = false;
};

struct ReportRisk
{
    QString ref, asset, threat, owner, treatment;
    std::optional<int> likelihood, impact, residualLikelihood, residualImpact;
    bool residualAccepted = false;
    QString acceptedBy;
};

struct ReportClause
{
    QString id, title, section, verdict, notes;
    bool planned = true; ///< in this audit's plan (a surveillance samples some clauses)
};

struct ReportControl
{
    QString id, title, theme, applicable, justification, implementation, verdict, notes;
};

struct ReportPerson
{
    QString name, role, organization, email;
};

struct ReportSite
{
    QString name, address;
};

struct ReportInterview
{
    QString interviewee, role, heldAt, auditor, location;
    QStringList clauses, controls; ///< the topics; the report writes them in its language (ReportText::requirements)
};

struct ReportEvidence
{
    QString uuid, kind, title, reference, description, population, sampleSelection, collectedOn, collectedBy;
    std::optional<int> sampleSize;
    QStringList clauses, controls; ///< the requirements; the report writes them in its language
};

struct ReportAction
{
    QString correction, rootCause, action, owner, dueDate, status, verification, verifiedBy, verifiedOn;
};

struct ReportFinding
{
    QString ref, grade, title, requirement, statement, objectiveEvidence, raisedOn, raisedBy;
    QStringList clauses, controls, evidenceTitles;
    QList<ReportAction> actions;
};

/// An earlier audit's nonconformity this audit verifies (a CarriedFinding record).
struct ReportCarriedFinding
{
    QString ref, grade, title, requirement, raisedOn;
    QString originType, originReport, originDate; ///< the audit that raised it
    QString verification, note, verifiedBy, verifiedOn;
    QString raisedAgainAs; ///< the reference of this audit's finding that raises it again, or ""
    bool deferred = false; ///< passed through a special audit, to be verified at the next audit
    QStringList clauses, controls;
};

/// One audit of the client's programme (a ProgrammeAudit record); `current` is this audit.
struct ReportProgrammeAudit
{
    QString type, label, status, dueFrom, dueBy, startDate, endDate, lead, outcome, reportNumber;
};

/// The opening or closing meeting.
struct ReportMeeting
{
    QString kind, heldAt, place, disagreement, notes;
    QList<ReportPerson> attendees;
    QStringList confirmed; ///< the Meeting columns that are set ("scope_confirmed", "findings_presented", ...)
};

/// Everything the audit report shows, read once from an AuditStore into plain values. It is cheap to copy and owns
/// no connection, so the GUI can read it on its own thread and hand it to a worker that lays out the pages.
struct ReportData
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(ReportData)

public:
    QString client, scope, auditType, standard, startDate, endDate, objectives, criteria, reportNumber, lifecycle;
    QString framework; ///< the name of the audit's (first) framework, shown when `standard` is empty
    QString recommendation, recommendationRationale;
    /// The report-content answers (core/domain/ReportContent.h) by audit column: client address, deviations from the
    /// plan, the conclusions on scope and objectives, ... (schema 5; an older file has none).
    QMap<QString, QString> content;
    int revision = 1;
    QList<ReportSite> sites;
    QList<ReportPerson> team;
    QList<ReportClause> clauses;
    QList<ReportControl> controls;
    RiskMethod riskMethod; ///< the client's method, read once (core/domain/RiskMethod)
    QList<ReportRisk> risks;
    QList<ReportInterview> interviews;
    QList<ReportEvidence> evidence;
    QList<ReportFinding> findings; ///< by grade (major first), then by reference

    // The certification cycle (file format 6; an older file has none of it).
    QString frameworks; ///< the audit's framework ids ("iso27001-2022"); SOC 2 audits have no programme
    QString certificateNumber, certificateScope, certificateIssued, certificateExpires;
    QList<ReportProgrammeAudit> programme; ///< completed by date, this audit, then planned by due date
    QJsonObject auditTime; ///< the audit-time result stored with the audit (AuditTimeResult::toJson), or empty
    QList<ReportCarriedFinding> carriedFindings; ///< by reference
    QList<ReportMeeting> meetings; ///< opening first

    /// A SOC 2 engagement (file format 7) as plain records, or null for an ISO audit: the report is then the SOC 2
    /// report (Soc2Report) instead of the ISO audit report. Shared and read-only, so ReportData stays cheap to copy.
    std::shared_ptr<const EngagementData> engagement;

    static Result<ReportData> load(const AuditStore& store);

    /// The lead auditor's name, or "" when the team has no lead.
    QString leadAuditor() const;
    int findingCount(const QString& grade) const;
    /// Whether the audit belongs to an ISO/IEC 27001 certification cycle (a SOC 2 examination has no programme).
    bool isIsoCycle() const;
};

} // namespace isoaudit
