// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/ReportLanguage.h"

#include <QCoreApplication>
#include <QStringList>

namespace isoaudit {

class ReportDocument;
struct ReportData;
struct EngagementData;
struct Record;

/// The SOC 2 report (issue 16, point 8; docs/soc2.md), built into the same ReportDocument as the ISO audit report,
/// so the PDF/A, the printer, the preview, the HTML and signing all treat it alike. Its sections follow what a
/// service auditor's report contains: I the independent service auditor's report, II management's assertion, III
/// the system description, IV the criteria with the controls, tests and results (and how to re-draw each sample),
/// V other information not covered by the opinion. The wording is ours; it speaks of an examination and an
/// attestation under the AICPA's attestation standards, never of certification, and states only what the
/// engagement file records: a missing opinion or assertion is said to be missing, never supplied.
class Soc2Report
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(Soc2Report)

public:
    /// Appends the whole report to `doc` (title, header and footer too); returns the block index after the cover,
    /// where the contents page goes.
    static qsizetype build(ReportDocument& doc, const ReportData& data, const EngagementData& engagement);

    /// "SOC 2® Type 2 report" or "SOC 2® Type 1 report".
    static QString reportTitle(const EngagementData& e);
    /// "1 January 2026 to 31 December 2026" (Type 2) or the as-of date (Type 1), in the report's language.
    static QString periodWords(const EngagementData& e);
    /// "throughout the period 1 January 2026 to 31 December 2026" or "as of 30 June 2026": the opinion's timing.
    static QString timing(const EngagementData& e);
    /// The categories in scope by name, in the report's language ("Security, Availability").
    static QString categoryNames(const EngagementData& e);
    /// "CC6.1 Logical access security", or the id alone when the catalog does not know it.
    static QString criterionWithTitle(const QString& id);
    /// Criterion ids as a comma-separated list, in catalog order; "—" when there are none.
    static QString criteriaList(QStringList ids);
    /// The service organization's name, or "the service organization" when none is recorded.
    static QString organization(const EngagementData& e);

private:
    static void cover(ReportDocument& doc, const ReportData& data, const EngagementData& e);
    // Soc2AuditorReport.cpp: Section I.
    static void auditorsReport(ReportDocument& doc, const EngagementData& e);
    static void scope(ReportDocument& doc, const EngagementData& e);
    static void responsibilities(ReportDocument& doc, const EngagementData& e);
    static void opinion(ReportDocument& doc, const EngagementData& e);
    static void restrictedUse(ReportDocument& doc, const EngagementData& e);
    // Soc2Report.cpp: Sections II, III and V.
    static void assertion(ReportDocument& doc, const EngagementData& e);
    static void systemDescription(ReportDocument& doc, const EngagementData& e);
    static void otherInformation(ReportDocument& doc, const EngagementData& e);
    // Soc2TestsSection.cpp: Section IV.
    static void testsOfControls(ReportDocument& doc, const EngagementData& e);
    static void controlsTable(ReportDocument& doc, const EngagementData& e, const QList<const Record*>& controls);
    static QString testsText(const EngagementData& e, const Record& control);
    static QString resultText(const EngagementData& e, const Record& control);
    static void samplesAppendix(ReportDocument& doc, const EngagementData& e);
};

} // namespace isoaudit
