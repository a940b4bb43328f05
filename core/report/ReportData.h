// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RiskMethod.h"
#include "i18n/ReportLanguage.h"

#include "util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QStringList>

#include <optional>

namespace isoaudit {

class AuditStore;

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
    QString topics; ///< "4.1, 5.1; Annex A 5.1, 5.4"
};

struct ReportEvidence
{
    QString uuid, kind, title, reference, description, population, sampleSelection, collectedOn, collectedBy;
    std::optional<int> sampleSize;
    QString topics; ///< "4.1, 5.1; Annex A 5.1, 5.4"
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

    static Result<ReportData> load(const AuditStore& store);

    /// The lead auditor's name, or "" when the team has no lead.
    QString leadAuditor() const;
    int findingCount(const QString& grade) const;
};

} // namespace isoaudit
