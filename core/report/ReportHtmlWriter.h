// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/ReportLanguage.h"

#include <QCoreApplication>
#include <QString>

namespace isoaudit {

class ReportDocument;

/// Writes a ReportDocument as one self-contained HTML file: styles inline, heat maps as inline SVG, no external
/// resources, so it can be mailed or archived as it is. The contents links to the sections instead of pages.
class ReportHtmlWriter
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(ReportHtmlWriter)

public:
    static QString write(const ReportDocument& document);
};

} // namespace isoaudit
