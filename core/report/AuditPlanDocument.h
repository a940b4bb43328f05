// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"
#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QByteArray>

namespace isoaudit {

class AuditStore;

/// The audit plan as a document to send the client before the audit (ISO/IEC 17021-1 9.2.3): the client, scope,
/// audit type, dates, objectives, criteria, team and sites, the itinerary (date, from–until, site, the clause
/// items and controls with their titles, auditee, auditor) sorted by date and time, the opening and closing
/// meetings when planned, and the audit time when it is stored. Built as a ReportDocument, so the report's own
/// layout and renderer (ReportLayout, ReportRenderer) paginate and paint it in the report's language.
class AuditPlanDocument
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(AuditPlanDocument)

public:
    /// One slot of the itinerary: a planned clause item or control.
    struct Slot
    {
        QString date, from, until, site, item, title, auditee, auditor;
    };

    /// The audit plan of the audit in `store`, in options.language (checked first: an unknown language is refused).
    static Result<ReportDocument> build(const AuditStore& store, const ReportOptions& options);
    /// The planned items in itinerary order: by date, then start time, then end time (slots without a date last),
    /// then clause items before controls in catalog order.
    static Result<QList<Slot>> itinerary(const AuditStore& store);
    /// The plan as PDF/A-1b bytes on options.paper.
    static Result<QByteArray> renderPdf(const AuditStore& store, const ReportOptions& options);
};

} // namespace isoaudit
