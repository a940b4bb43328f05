// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace isoaudit {

class AuditStore;

/// A SOC 2 population's frozen rows in the audit package (version 3): a "rows" array on each population object,
/// each row {"id", "date", "inPeriod", "other"} in population order. Checked on import against the population's row
/// count, rows outside the period and SHA-256, so a package whose rows were altered is refused naming the population.
class PackageRows
{
    Q_DECLARE_TR_FUNCTIONS(PackageRows)

public:
    static Result<QJsonArray> toJson(const AuditStore& store, const QString& populationUuid);
    /// Checks the rows' shape and that they are the population's (count, out of period, SHA-256).
    static Status check(const Record& population, const QJsonArray& rows, const QString& path);
    /// Inserts the population and its rows (already checked) in the running transaction.
    static Status insert(AuditStore& store, const Record& population, const QJsonArray& rows);
};

} // namespace isoaudit
