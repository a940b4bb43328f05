// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates/EnumLabels.h"

namespace isoaudit {

QString EnumLabels::applicability(const QString& value)
{
    return ValueLabels::label(ValueList::Applicability, value);
}

QString EnumLabels::theme(const QString& value)
{
    return value.isEmpty() ? QString() : ValueLabels::label(ValueList::AnnexATheme, value);
}

QString EnumLabels::implementation(const QString& value)
{
    return ValueLabels::label(ValueList::Implementation, value);
}

QString EnumLabels::controlVerdict(const QString& value)
{
    return ValueLabels::label(ValueList::ControlVerdict, value);
}

QString EnumLabels::treatment(const QString& value)
{
    return ValueLabels::label(ValueList::Treatment, value);
}

QString EnumLabels::notStated()
{
    return ValueLabels::notStated();
}

QVariantList EnumLabels::choices(const QStringList& values, LabelFunction label, bool nullable)
{
    QVariantList result;
    if (nullable)
        result.append(QVariant(QVariantList{notStated(), QVariant()}));
    for (const QString& value : values)
        result.append(QVariant(QVariantList{label(value), value}));
    return result;
}

QVariantList EnumLabels::choices(ValueList list, bool nullable)
{
    QVariantList result;
    if (nullable)
        result.append(QVariant(QVariantList{ValueLabels::label(list, QString()), QVariant()}));
    for (const QString& value : ValueLabels::values(list))
        result.append(QVariant(QVariantList{ValueLabels::label(list, value), value}));
    return result;
}

} // namespace isoaudit
