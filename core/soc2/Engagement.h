// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "storage/AuditStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace isoaudit {

class Catalog;
struct CatalogItem;

/// What a new SOC 2 engagement starts with: `isoaudit-cli new --framework soc2` and the new-engagement dialog.
struct EngagementSeed
{
    QString organization; ///< the service organization (the audit's client)
    QString systemName;
    QString serviceAuditor; ///< the service auditor's firm
    QString lead; ///< the engagement lead
    QString reportType = QStringLiteral("type2"); ///< Enums::soc2ReportTypes
    QDate asOf; ///< Type 1
    QDate periodStart; ///< Type 2
    QDate periodEnd;
    QStringList categories; ///< Enums::trustCategories; Security is added when missing
};

/// The SOC 2 engagement (docs/soc2.md, ../shared/DOMAIN.md section 7): an audit whose framework is the Trust
/// Services Criteria, with one `engagement` record, the service organization's controls mapped to criteria, their
/// tests, populations, samples and exceptions. Everything here reads records; nothing writes SQL.
class Engagement
{
    Q_DECLARE_TR_FUNCTIONS(Engagement)

public:
    /// Checks a seed and turns it into the NewAudit that Lifecycle::create writes: no clause, SoA or programme rows,
    /// and the engagement row written in the creating transaction.
    static Result<NewAudit> newAudit(const EngagementSeed& seed);

    /// Whether an audit record is a SOC 2 engagement (its primary framework, the first, is soc2-2017).
    static bool isEngagement(const Record& audit);
    /// The Trust Services Criteria catalog.
    static const Catalog& criteriaCatalog();

    /// The categories in scope, in the order of Enums::trustCategories, Security always first.
    static QStringList categories(const Record& engagement);
    /// Normalizes a list of category ids or names ("Security", "processing integrity", "PI"): Security added,
    /// duplicates dropped, the order of Enums::trustCategories. Fails naming a word it does not know.
    static Result<QStringList> parseCategories(const QStringList& words);
    /// The criteria of the categories in scope, in catalog order.
    static QList<const CatalogItem*> criteriaInScope(const Record& engagement);
    /// The category id (Enums::trustCategories) of a criterion ("CC6.1" -> "security"), or empty.
    static QString categoryOf(const QString& criterionId);

    /// The period as words for messages and the report: "1 January 2026 to 31 December 2026" (Type 2) or
    /// "as of 30 June 2026" (Type 1); ISO dates, the report formats them in its language.
    static bool isType2(const Record& engagement);
    static QDate periodStart(const Record& engagement);
    static QDate periodEnd(const Record& engagement);
    /// The length of a Type 2 period in whole months (rounded down), or -1 when a date is missing.
    static int periodMonths(const Record& engagement);
    /// The same for a period not yet recorded (the New Audit wizard): from `start` to `last`, both included.
    static int periodMonths(const QDate& start, const QDate& last);
    /// Whether a date falls within the period (Type 2) or is on or before the as-of date (Type 1).
    static bool inPeriod(const Record& engagement, const QDate& date);
};

} // namespace isoaudit
