// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValueLabels.h"

#include <QColor>
#include <QString>

#include <optional>

namespace isoaudit {

/// The workbench's labels for the stored enum spellings by column, read from the one label table
/// (core/domain/ValueLabels), and the colours the workbench uses for verdicts and grades, so every pane says and
/// shows the same thing.
class WorkbenchLabels
{
public:
    /// `column` is the field's SQL column ("verdict", "grade", "audit_type", "lifecycle", "role", ...); the SoA's
    /// verdict is "control_verdict".
    static QString label(const QString& column, const QString& value);
    /// The list of values a column holds; nullopt for a column that is not an enum.
    static std::optional<ValueList> listOf(const QString& column);
    static QString clauseVerdict(const QString& value) { return label(QStringLiteral("verdict"), value); }
    static QString controlVerdict(const QString& value) { return label(QStringLiteral("control_verdict"), value); }
    static QString grade(const QString& value) { return label(QStringLiteral("grade"), value); }
    static QString lifecycle(const QString& value) { return label(QStringLiteral("lifecycle"), value); }
    /// Colour of a clause or control verdict (green conform, red nonconform, amber pending), readable as text on
    /// the application palette, light or dark.
    static QColor verdictColor(const QString& value);
    static QColor gradeColor(const QString& grade);
};

} // namespace isoaudit
