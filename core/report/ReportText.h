// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValueLabels.h"
#include "i18n/ReportLanguage.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace isoaudit {

/// The words the report uses for stored enum values ("major" -> "Major nonconformity"), read from the one label
/// table (core/domain/ValueLabels) in the report's language, and the colours it gives the finding grades and
/// verdicts. One place, so the PDF, the HTML and the preview always agree with each other and with the workbench.
class ReportText
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(ReportText)

public:
    /// A value's label in the report's language; an empty value reads "—" (or the list's own null label).
    static QString label(ValueList list, const QString& value, LabelForm form = LabelForm::Report);
    static QString auditType(const QString& value);
    static QString grade(const QString& value);
    static QString gradePlural(const QString& value);
    static QString clauseVerdict(const QString& value);
    static QString controlVerdict(const QString& value);
    static QString applicability(const QString& value);
    static QString implementation(const QString& value);
    static QString actionStatus(const QString& value);
    static QString recommendation(const QString& value);
    static QString evidenceKind(const QString& value);
    static QString teamRole(const QString& value);
    static QString treatment(const QString& value);
    static QString theme(const QString& value);
    /// A record's requirements in the report's language: "4.1, 5.1; Annex A 5.1, 5.4" (clauses, then controls, so
    /// that clause 5.1 and control A.5.1 cannot be confused); "—" when there are none.
    static QString requirements(const QStringList& clauses, const QStringList& controls);
    /// "—" for an empty value, so a table never shows a blank that looks like a rendering fault.
    static QString orDash(const QString& value);

    /// Strong colour of a grade (bars, legend) and its light tint (table cells).
    static QColor gradeColor(const QString& grade);
    static QColor gradeTint(const QString& grade);
    /// Light tint for a clause or control verdict; invalid colour = no fill.
    static QColor verdictTint(const QString& verdict);
};

} // namespace isoaudit
