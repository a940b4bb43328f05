// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace isoaudit {

struct AuditSnapshot;

/// What the next audit of the cycle is, beyond what it takes from the last one.
struct NextAuditOptions
{
    QString auditType; ///< stage2, surveillance, recertification or special
    QDate startDate;
    QDate endDate;
    QString lead; ///< empty: the last audit's lead
    /// The last audit's signed report (PDF), optional: when given, its SHA-256 must be the signed revision's, and its
    /// file name is recorded in the programme's history.
    QString signedReport;
};

/// The next audit of a certification cycle, started from the last one (docs/cycle.md, "The next audit in the
/// cycle"). The last audit's file is only read, and must be signed. The new audit takes the client, scope, sites,
/// team, risk method, the risk register and the SoA as its starting point (marked as carried over; the last audit's
/// verdicts are kept as context, never as this audit's), the programme with the last audit moved into its history,
/// and every nonconformity that is still open or not yet verified as an earlier nonconformity to verify, linked back
/// to the audit that raised it. A special audit carries only the majors it verifies. The plan starts from what the
/// programme's coverage proposes.
class NextAudit
{
    Q_DECLARE_TR_FUNCTIONS(NextAudit)

public:
    /// Why an audit of `type` cannot start from `previous`; empty when it can.
    static QString refusal(const AuditSnapshot& previous, const QString& type);
    /// The earlier nonconformities an audit of `type` carries from `previous` (CarriedFinding records without
    /// uuids, links to their clauses and controls).
    static QList<Record> carriedFindings(const AuditSnapshot& previous, const QString& type);
    /// Creates `path` from the signed audit `previousPath`. `summary` receives one line per thing carried over.
    static Result<std::unique_ptr<AuditStore>> create(const QString& path, const QString& previousPath,
                                                      const NextAuditOptions& options, QStringList* summary = nullptr);
};

} // namespace isoaudit
