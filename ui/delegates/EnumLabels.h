// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValueLabels.h"

#include <QStringList>
#include <QVariantList>

namespace isoaudit {

/// The workbench's labels for the stored enum spellings ("not-implemented" -> "Not implemented") and the choice
/// lists the EnumComboDelegate offers, read from the one label table (core/domain/ValueLabels). Stored values never
/// reach the screen unlabelled.
class EnumLabels
{
public:
    using LabelFunction = QString (*)(const QString& value);

    static QString applicability(const QString& value);
    /// An Annex A theme ("Organizational", "People", "Physical", "Technological") in the UI's language; empty for
    /// an empty value.
    static QString theme(const QString& value);
    static QString implementation(const QString& value);
    static QString controlVerdict(const QString& value);
    static QString treatment(const QString& value);
    static QString notStated();

    /// Choices for ItemRoles::ChoicesRole: {label, value} per stored value, with a leading "Not stated" (null value)
    /// when the field is nullable.
    static QVariantList choices(const QStringList& values, LabelFunction label, bool nullable = false);
    /// The same for every value of a list, labelled by the table.
    static QVariantList choices(ValueList list, bool nullable = false);
};

} // namespace isoaudit
