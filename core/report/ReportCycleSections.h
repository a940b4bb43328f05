// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/ReportLanguage.h"

#include <QCoreApplication>

namespace isoaudit {

class ReportDocument;
struct ReportData;

/// The report's sections about the certification cycle (docs/cycle.md): the client's audit programme with the
/// certificate and the audit time, the opening and closing meetings, and the verification of the earlier audits'
/// nonconformities. Each is left out when the audit has nothing to say in it, and the programme is left out for a
/// SOC 2 examination, which has no certification cycle.
class ReportCycleSections
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(ReportCycleSections)

public:
    /// "Audit programme": the certificate when known, the programme's audits (history, this audit, the plan) and
    /// the audit time per ISO/IEC 27006. Only when the programme says more than this audit alone.
    static void programme(ReportDocument& doc, const ReportData& data);
    /// "Opening and closing meetings": when held, where, who attended, what was confirmed, any disagreement.
    static void meetings(ReportDocument& doc, const ReportData& data);
    /// "Verification of earlier nonconformities": one sentence, then each carried finding with this audit's verdict,
    /// and those deferred to the next audit.
    static void earlierNonconformities(ReportDocument& doc, const ReportData& data);
    /// The one sentence that sums the verdicts up ("3 earlier nonconformities were verified: 2 closed, ...").
    static QString verificationSummary(const ReportData& data);
};

} // namespace isoaudit
