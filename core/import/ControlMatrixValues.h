// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace isoaudit {

/// Reads the cells of a SOC 2 control matrix that are not plain text: how often a control operates, whether it is
/// manual or automated, and the Trust Services Criteria it is mapped to. Only words that name one value without
/// doubt are read ("Ad hoc" is as needed; "Continuous" says nothing a sample can be sized by and is reported); every
/// label of the one label table (ValueLabels) in every language is read as well. Each refusal is one translated
/// sentence for the row report. The schema gives every control a frequency and an automation (new ones start "as
/// needed" and manual), so a word that is not read leaves the control's value as it is, and the report says so.
class ControlMatrixValues
{
    Q_DECLARE_TR_FUNCTIONS(ControlMatrixValues)

public:
    static Result<QString> frequency(const QString& text); ///< one of Enums::controlFrequencies
    static Result<QString> automation(const QString& text); ///< "manual" or "automated"
    /// The criteria ids named in the text ("CC6.1, CC6.2; A1.2", "cc 6.1"), each checked against the Trust Services
    /// Criteria catalog, without repeats. Words that name no criterion are left out and described in `problems`.
    static QStringList criteria(const QString& text, QStringList* problems);
    /// The words of a criteria cell as criteria() reads them: "cc 6.1; CC6.2." -> "CC6.1", "CC6.2" (a gap between
    /// the series and the number closed, upper case, trailing dots dropped), whether or not each names a criterion.
    static QStringList criteriaWords(const QString& text);
};

} // namespace isoaudit
