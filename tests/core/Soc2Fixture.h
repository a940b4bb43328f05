// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soc2/Engagement.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QFile>
#include <QTest>

namespace isoaudit::test {

/// A SOC 2 Type 2 engagement over 2024 with one daily manual control "C-1", for the population and sample tests.
inline std::unique_ptr<AuditStore> soc2Engagement(const QString& path, QString* controlUuid,
                                                  const QString& frequency = QStringLiteral("daily"),
                                                  const QString& automation = QStringLiteral("manual"))
{
    EngagementSeed seed;
    seed.organization = QStringLiteral("Example SaaS Ltd");
    seed.systemName = QStringLiteral("Example platform");
    seed.lead = QStringLiteral("Lead Auditor");
    seed.reportType = QStringLiteral("type2");
    seed.periodStart = QDate(2024, 1, 1);
    seed.periodEnd = QDate(2024, 12, 31);
    auto audit = Engagement::newAudit(seed);
    if (!audit)
        qFatal("%s", qPrintable(audit.error()));
    auto store = Lifecycle::create(path, audit.value());
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    auto uuid = store.value()->insert({RecordKind::ServiceControl,
                                       {},
                                       {},
                                       {{QStringLiteral("ref"), QStringLiteral("C-1")},
                                        {QStringLiteral("title"), QStringLiteral("Changes are approved")},
                                        {QStringLiteral("frequency"), frequency},
                                        {QStringLiteral("automation"), automation}},
                                       {}});
    if (!uuid)
        qFatal("%s", qPrintable(uuid.error()));
    *controlUuid = uuid.value();
    return std::move(store.value());
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// "id,date,owner" rows: `count` occurrences spread over 2024, ids TX-0001 ...
inline QByteArray populationCsv(int count)
{
    QByteArray csv = "Ticket ID,Created On,Owner\n";
    for (int i = 0; i < count; ++i) {
        const QDate date = QDate(2024, 1, 1).addDays((i * 366) / qMax(count, 1));
        csv += QStringLiteral("TX-%1,%2,owner %3\n")
                   .arg(i + 1, 4, 10, QLatin1Char('0'))
                   .arg(date.toString(Qt::ISODate))
                   .arg(i % 7)
                   .toUtf8();
    }
    return csv;
}

} // namespace isoaudit::test
