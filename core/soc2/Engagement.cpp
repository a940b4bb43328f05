// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/Engagement.h"

#include "catalog/Catalog.h"
#include "catalog/Catalogs.h"
#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"

namespace isoaudit {

Result<NewAudit> Engagement::newAudit(const EngagementSeed& seed)
{
    if (seed.organization.trimmed().isEmpty())
        return Error{tr("A new engagement needs the service organization's name.")};
    if (seed.lead.trimmed().isEmpty())
        return Error{tr("A new engagement needs the engagement lead's name.")};
    if (!Enums::soc2ReportTypes.contains(seed.reportType))
        return Error{tr("Unknown SOC 2 report type \"%1\"; use type1 or type2.").arg(seed.reportType)};
    const bool type2 = seed.reportType == QLatin1String("type2");
    if (type2) {
        if (!seed.periodStart.isValid() || !seed.periodEnd.isValid())
            return Error{tr("A Type 2 engagement needs the start and the end of the period it reports on.")};
        if (seed.periodEnd <= seed.periodStart)
            return Error{tr("The period ends (%1) on or before it starts (%2).")
                             .arg(seed.periodEnd.toString(Qt::ISODate), seed.periodStart.toString(Qt::ISODate))};
    } else if (!seed.asOf.isValid()) {
        return Error{tr("A Type 1 engagement needs the date its report speaks as of.")};
    }
    auto categories = parseCategories(seed.categories);
    if (!categories)
        return Error{categories.error()};

    NewAudit audit;
    audit.client = seed.organization.trimmed();
    audit.leadAuditor = seed.lead.trimmed();
    audit.framework = Catalogs::soc2FrameworkId();
    audit.scope = seed.systemName.trimmed();
    QVariantMap values{{"system_name", seed.systemName.trimmed()},
                       {"service_auditor", seed.serviceAuditor.trimmed()},
                       {"report_type", seed.reportType},
                       {"categories", categories->join(QLatin1Char(' '))}};
    if (type2) {
        values.insert("period_start", seed.periodStart.toString(Qt::ISODate));
        values.insert("period_end", seed.periodEnd.toString(Qt::ISODate));
    } else {
        values.insert("as_of_date", seed.asOf.toString(Qt::ISODate));
    }
    audit.populate = [values](AuditStore& store, const QString&) -> Status {
        auto inserted = store.insert({RecordKind::Engagement, {}, {}, values, {}});
        return inserted ? Status() : Status(Error{inserted.error()});
    };
    return audit;
}

bool Engagement::isEngagement(const Record& audit)
{
    // The primary framework decides what the audit is (Catalogs::primaryForAudit): "iso27001-2022 soc2-2017" is an
    // ISO/IEC 27001 audit that also names the criteria, not an engagement.
    return audit.text(QStringLiteral("frameworks")).section(QLatin1Char(' '), 0, 0) == Catalogs::soc2FrameworkId();
}

const Catalog& Engagement::criteriaCatalog()
{
    const Catalog* catalog = Catalogs::find(Catalogs::soc2FrameworkId());
    Q_ASSERT(catalog); // shipped and validated (tst_catalog)
    return *catalog;
}

QStringList Engagement::categories(const Record& engagement)
{
    const QStringList stored = engagement.text(QStringLiteral("categories")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList result;
    for (const QString& id : Enums::trustCategories) {
        if (id == QLatin1String("security") || stored.contains(id))
            result << id;
    }
    return result;
}

Result<QStringList> Engagement::parseCategories(const QStringList& words)
{
    QStringList found{QStringLiteral("security")};
    static const QList<std::pair<QString, QString>> abbreviations
        = {{"cc", "security"}, {"a", "availability"}, {"pi", "processing-integrity"}, {"c", "confidentiality"},
           {"p", "privacy"}};
    for (const QString& raw : words) {
        const QString word = raw.trimmed().toLower();
        if (word.isEmpty())
            continue;
        QString id;
        for (const QString& candidate : Enums::trustCategories) {
            const QString name = ValueLabels::source(ValueList::TrustCategory, candidate).toLower();
            if (word == candidate || word == name || QString(word).replace(QLatin1Char(' '), QLatin1Char('-')) == candidate)
                id = candidate;
        }
        for (const auto& [abbreviation, candidate] : abbreviations) {
            if (word == abbreviation)
                id = candidate;
        }
        if (id.isEmpty())
            return Error{tr("\"%1\" is not a Trust Services category; use %2.")
                             .arg(raw.trimmed(), Enums::trustCategories.join(QLatin1String(", ")))};
        if (!found.contains(id))
            found << id;
    }
    QStringList ordered;
    for (const QString& id : Enums::trustCategories) {
        if (found.contains(id))
            ordered << id;
    }
    return ordered;
}

QString Engagement::categoryOf(const QString& criterionId)
{
    const CatalogItem* item = criteriaCatalog().criterion(criterionId);
    if (!item)
        return {};
    for (const QString& id : Enums::trustCategories) {
        if (ValueLabels::source(ValueList::TrustCategory, id) == item->category)
            return id;
    }
    return {};
}

QList<const CatalogItem*> Engagement::criteriaInScope(const Record& engagement)
{
    const QStringList inScope = categories(engagement);
    QList<const CatalogItem*> result;
    for (const CatalogItem& item : criteriaCatalog().criteria()) {
        if (inScope.contains(categoryOf(item.id)))
            result << &item;
    }
    return result;
}

bool Engagement::isType2(const Record& engagement)
{
    return engagement.text(QStringLiteral("report_type")) != QLatin1String("type1");
}

QDate Engagement::periodStart(const Record& engagement)
{
    return QDate::fromString(engagement.text(QStringLiteral("period_start")), Qt::ISODate);
}

QDate Engagement::periodEnd(const Record& engagement)
{
    return QDate::fromString(engagement.text(QStringLiteral("period_end")), Qt::ISODate);
}

int Engagement::periodMonths(const Record& engagement)
{
    return periodMonths(periodStart(engagement), periodEnd(engagement));
}

int Engagement::periodMonths(const QDate& start, const QDate& last)
{
    const QDate end = last.addDays(1); // the period's last day is included
    if (!start.isValid() || !end.isValid() || end <= start)
        return -1;
    int months = (end.year() - start.year()) * 12 + end.month() - start.month();
    if (end.day() < start.day())
        --months;
    return months;
}

bool Engagement::inPeriod(const Record& engagement, const QDate& date)
{
    if (!date.isValid())
        return false;
    if (isType2(engagement))
        return date >= periodStart(engagement) && date <= periodEnd(engagement);
    const QDate asOf = QDate::fromString(engagement.text(QStringLiteral("as_of_date")), Qt::ISODate);
    return asOf.isValid() && date <= asOf;
}

} // namespace isoaudit
