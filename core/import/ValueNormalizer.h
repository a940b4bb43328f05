// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace isoaudit {

/// One Annex A control reference as the client wrote it and as IsoAudit reads it.
struct ControlRef
{
    QString written; ///< "A.9.2.3"
    QString id; ///< the ISO/IEC 27001:2022 control, "8.2"
    bool from2013 = false; ///< mapped through the 2013 -> 2022 correspondence
};

/// Turns the values in a client's cells into IsoAudit's: risk levels through the client's own method (numbers,
/// "4 - Likely", level labels in English, Danish or German), Annex A references in every common spelling and in
/// 2013 numbering, treatment words, yes/no, implementation states, finding grades and dates. Each function says
/// in one translated sentence why a value cannot be read.
class ValueNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(ValueNormalizer)

public:
    /// `labels` are the method's level names, lowest first (likelihood_levels or impact_levels).
    static Result<int> level(const QVariant& value, const QStringList& labels);
    /// Every control named in the text ("A.5.15, A.8.2", "Annex A 5.15", "A5.15", "A.9.2.3" in 2013 numbering).
    /// References that name no control are left out and described in `problems`; text with no reference at all
    /// is one problem.
    static QList<ControlRef> controls(const QString& text, QStringList* problems);
    /// The 2022 control for a 2013 id ("A.9.2.3" or "9.2.3"); empty when the 2013 edition has no such control.
    static QString control2022For2013(const QString& id2013);
    static Result<QString> treatment(const QString& text); ///< one of Enums::treatments
    static Result<QString> applicability(const QVariant& value); ///< "yes", "no" or "undecided"
    static Result<QString> implementation(const QString& text); ///< one of Enums::implementation
    static Result<QString> grade(const QString& text); ///< one of Enums::findingGrades
    static Result<bool> boolean(const QVariant& value);
    /// A QDate cell, or text as YYYY-MM-DD, DD.MM.YYYY, DD-MM-YYYY, DD/MM/YYYY (day first, as in Europe).
    static Result<QDate> date(const QVariant& value);
    /// "3", "3.5", "3,5" (decimal comma), "1.234,5", "1 234,5".
    static std::optional<double> number(const QString& text);
};

} // namespace isoaudit
