// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace isoaudit {

class AuditStore;

/// The audits of a certification cycle after its certification decision (docs/cycle.md): surveillance 1 within 12
/// months of the decision, surveillance 2 within 24 months, recertification before the certificate expires
/// (ISO/IEC 17021-1 9.1.3.3, 9.6.3). Due dates stay empty when the programme does not give the decision date: the
/// tool asks for it rather than guessing.
class CyclePlan
{
    Q_DECLARE_TR_FUNCTIONS(CyclePlan)

public:
    /// The planned programme rows of `cycle` (no uuids), dated from `programme`'s decision date and expiry.
    static QList<Record> afterDecision(int cycle, const Record& programme);
    /// Adds the cycle's planned audits to `store` when its programme plans none after this audit, and dates the
    /// planned and current rows of the cycle that have no due date yet from the decision date (the k-th
    /// surveillance of the cycle within 12·k months, recertification by the certificate's expiry). Returns how many
    /// rows it added or dated.
    static Result<int> update(AuditStore& store);
};

} // namespace isoaudit
