// SPDX-License-Identifier: GPL-3.0-or-later
// A SOC 2 engagement for tests: created through the same seed as `new --framework soc2`, with controls, tests,
// populations, samples and items written through AuditStore as the workbench (or the sampling commands) would.
#pragma once

#include "catalog/Catalog.h"
#include "soc2/Engagement.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QTest>

#include <memory>

namespace isoaudit::test {

inline std::unique_ptr<AuditStore> createEngagement(const QString& path, const QString& type = QStringLiteral("type2"),
                                                    const QDate& start = QDate(2026, 1, 1),
                                                    const QDate& end = QDate(2026, 9, 30))
{
    EngagementSeed seed;
    seed.organization = QStringLiteral("Cloudy Payroll Ltd");
    seed.systemName = QStringLiteral("Payroll platform");
    seed.serviceAuditor = QStringLiteral("Smith & Berg CPAs");
    seed.lead = QStringLiteral("Lee Lead");
    seed.reportType = type;
    if (type == QLatin1String("type2")) {
        seed.periodStart = start;
        seed.periodEnd = end;
    } else {
        seed.asOf = end;
    }
    auto audit = Engagement::newAudit(seed);
    if (!audit)
        qFatal("%s", qPrintable(audit.error()));
    auto store = Lifecycle::create(path, audit.value());
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store.value());
}

inline QString addControl(AuditStore& store, const QString& ref, const QStringList& criteria, bool key = true)
{
    auto uuid = store.insert({RecordKind::ServiceControl,
                              {},
                              {},
                              {{"ref", ref}, {"title", ref + QStringLiteral(" title")}, {"key_control", key}},
                              {{LinkKind::Criterion, criteria}}});
    if (!uuid)
        qFatal("%s", qPrintable(uuid.error()));
    return uuid.value();
}

/// One control mapped to every criterion of the categories in scope, so soc2.criteria-addressed holds.
inline QString addControlForAllCriteria(AuditStore& store, const QString& ref)
{
    QStringList ids;
    for (const CatalogItem* item : Engagement::criteriaInScope(store.singleton(RecordKind::Engagement).value()))
        ids << item->id;
    return addControl(store, ref, ids, false);
}

inline QString addTest(AuditStore& store, const QString& controlUuid, const QString& result,
                       const QString& method = QStringLiteral("inspection"))
{
    QVariantMap values{{"method", method}};
    if (!result.isEmpty())
        values.insert(QStringLiteral("result"), result);
    auto uuid = store.insert({RecordKind::TestProcedure, {}, controlUuid, values, {}});
    if (!uuid)
        qFatal("%s", qPrintable(uuid.error()));
    return uuid.value();
}

inline QString addPopulation(AuditStore& store, const QString& controlUuid, int rows, bool checked = true,
                             int outOfPeriod = 0)
{
    QVariantMap values{{"name", QStringLiteral("Tickets")}, {"row_count", rows}, {"out_of_period", outOfPeriod}};
    if (checked) {
        values.insert(QStringLiteral("completeness_accuracy"), QStringLiteral("Reconciled to the ticket system"));
        values.insert(QStringLiteral("ca_checked_by"), QStringLiteral("Ann Auditor"));
    }
    auto uuid = store.insert({RecordKind::Population, {}, controlUuid, values, {}});
    if (!uuid)
        qFatal("%s", qPrintable(uuid.error()));
    return uuid.value();
}

/// A sample of the control with one item per result ("" = not yet tested); returns the items' uuids.
inline QStringList addSample(AuditStore& store, const QString& controlUuid, const QStringList& results)
{
    auto sample = store.insert(
        {RecordKind::Sample, {}, controlUuid, {{"seed", QStringLiteral("42")}, {"size", int(results.size())}}, {}});
    if (!sample)
        qFatal("%s", qPrintable(sample.error()));
    QStringList items;
    for (int i = 0; i < results.size(); ++i) {
        QVariantMap values{{"row_no", i + 1}, {"occurrence_id", QStringLiteral("T-%1").arg(i + 1)}};
        if (!results.at(i).isEmpty())
            values.insert(QStringLiteral("result"), results.at(i));
        auto item = store.insert({RecordKind::SampleItem, {}, sample.value(), values, {}});
        if (!item)
            qFatal("%s", qPrintable(item.error()));
        items << item.value();
    }
    return items;
}

} // namespace isoaudit::test
