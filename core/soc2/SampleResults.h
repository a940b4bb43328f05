// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace isoaudit {

class AuditStore;

/// The result of testing one sample item: no exception or an exception (Enums::itemResults), notes, who tested it,
/// when, and the evidence inspected.
struct SampleItemResult
{
    QString result; ///< "no-exception" or "exception"
    QString notes; ///< null: left as it is
    QString testedBy;
    QDate testedOn;
    std::optional<QStringList> evidence; ///< evidence record uuids; nullopt leaves the links as they are
};

/// Records sample items' results (docs/soc2.md). A deviation is an exception on the item; the exceptions roll up
/// per control elsewhere.
class SampleResults
{
    Q_DECLARE_TR_FUNCTIONS(SampleResults)

public:
    /// Sets the result of the control's sample item `occurrenceId` in one transaction; returns the item as stored.
    static Result<Record> set(AuditStore& store, const QString& controlUuid, const QString& occurrenceId,
                              const SampleItemResult& result);
};

} // namespace isoaudit
