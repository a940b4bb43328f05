// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/ReportLanguage.h"

#include <QCoreApplication>

namespace isoaudit {

class ReportDocument;
struct ReportData;
struct RiskMethod;

/// The report's body sections (findings summary, clause results, SoA, risks, findings in full, evidence), each
/// appended to a ReportDocument from ReportData. ReportDocument itself builds the front and back matter.
class ReportSections
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(ReportSections)

public:
    static void findingsSummary(ReportDocument& doc, const ReportData& data);
    static void clauseResults(ReportDocument& doc, const ReportData& data);
    static void soaSummary(ReportDocument& doc, const ReportData& data);
    static void riskPicture(ReportDocument& doc, const ReportData& data);
    static void findingsInFull(ReportDocument& doc, const ReportData& data);
    static void evidenceLog(ReportDocument& doc, const ReportData& data);

private:
    /// The client's score matrix, cell by cell, in the colours of its bands.
    static void scoreMatrix(ReportDocument& doc, const RiskMethod& method);
};

} // namespace isoaudit
