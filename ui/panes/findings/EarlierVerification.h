// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AuditDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace isoaudit {

/// This audit's verdict on an earlier nonconformity, as the workbench records it (docs/cycle.md): one undo step
/// that sets the verdict, who verified it and when (the lead auditor and today, unless already stated), and — for
/// "not effective" — raises it again as a new finding of this audit (EarlierFindings::raisedAgain) and links the
/// carried record to it. Undo takes back the verdict and the new finding together.
class EarlierVerification
{
    Q_DECLARE_TR_FUNCTIONS(EarlierVerification)

public:
    /// Sets the verdict ("" = none) on the carried finding `uuid`. `raisedAgain` receives the new finding's
    /// reference when one was raised.
    static Status setVerdict(AuditDocument& document, const QString& uuid, const QString& verdict,
                             const QDate& today = QDate::currentDate(), QString* raisedAgain = nullptr);
    /// The lead auditor's name ("" when the team has none): who verifies by default.
    static QString leadAuditor(const AuditStore& store);
};

} // namespace isoaudit
