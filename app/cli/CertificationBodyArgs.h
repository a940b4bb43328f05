// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Arguments.h"

#include "report/ReportData.h"

namespace isoaudit::cli {

/// `--body NAME [--body-address TEXT] [--body-accreditation TEXT]`: the certification body a report identifies
/// (ISO/IEC 17021-1 9.4.8), as the workbench takes it from Preferences ▸ Certification body.
inline QStringList certificationBodyOptions()
{
    return {QStringLiteral("body"), QStringLiteral("body-address"), QStringLiteral("body-accreditation")};
}

/// `--body-wording`: the finding grades in the certification body's wording (Preferences ▸ Report ▸ Wording).
inline QStringList certificationBodyFlags()
{
    return {QStringLiteral("body-wording")};
}

inline void applyCertificationBody(const Arguments& a, ReportOptions& options)
{
    options.bodyWording = a.flag(QStringLiteral("body-wording"));
    options.issuer = a.value(QStringLiteral("body"));
    options.issuerAddress = a.value(QStringLiteral("body-address"));
    options.issuerAccreditation = a.value(QStringLiteral("body-accreditation"));
}

} // namespace isoaudit::cli
