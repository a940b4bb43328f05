// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittime/AuditTime.h"
#include "i18n/ReportLanguage.h"

#include <QStringList>

namespace isoaudit {

/// An audit-time result as a few sentences, in the report's language (ReportLanguage::Scope) or the UI's outside
/// one: the persons counted, the chart's band, each factor with its percent and reason, the total adjustment and
/// the cap, the days of each audit of the cycle. The report's audit programme section and `isoaudit-cli
/// audit-time` print these lines.
class AuditTimeText
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(AuditTimeText)

public:
    static QStringList lines(const AuditTimeResult& result);
    /// A number of days or persons in the report language's way ("4.5", "4,5").
    static QString number(double value);
    /// A percent with its sign ("+20", "-10", "0").
    static QString signedPercent(double percent);
};

} // namespace isoaudit
