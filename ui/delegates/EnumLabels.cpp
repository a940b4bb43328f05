// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates/EnumLabels.h"

namespace isoaudit {

QString EnumLabels::applicability(const QString& value)
{
    if (value == QLatin1String("yes"))
        return tr("Applicable");
    if (value == QLatin1String("no"))
        return tr("Not applicable");
    if (value == QLatin1String("undecided"))
        return tr("Undecided");
    return value.isEmpty() ? notStated() : value;
}

QString EnumLabels::theme(const QString& value)
{
    if (value == QLatin1String("Organizational"))
        return tr("Organizational");
    if (value == QLatin1String("People"))
        return tr("People");
    if (value == QLatin1String("Physical"))
        return tr("Physical");
    if (value == QLatin1String("Technological"))
        return tr("Technological");
    return value;
}

QString EnumLabels::implementation(const QString& value)
{
    if (value == QLatin1String("implemented"))
        return tr("Implemented");
    if (value == QLatin1String("partial"))
        return tr("Partially implemented");
    if (value == QLatin1String("planned"))
        return tr("Planned");
    if (value == QLatin1String("not-implemented"))
        return tr("Not implemented");
    return value.isEmpty() ? notStated() : value;
}

QString EnumLabels::controlVerdict(const QString& value)
{
    if (value == QLatin1String("pending"))
        return tr("Pending");
    if (value == QLatin1String("effective"))
        return tr("Effective");
    if (value == QLatin1String("nonconform"))
        return tr("Nonconformity");
    if (value == QLatin1String("not-sampled"))
        return tr("Not sampled");
    return value.isEmpty() ? notStated() : value;
}

QString EnumLabels::treatment(const QString& value)
{
    if (value == QLatin1String("mitigate"))
        return tr("Mitigate");
    if (value == QLatin1String("accept"))
        return tr("Accept");
    if (value == QLatin1String("avoid"))
        return tr("Avoid");
    if (value == QLatin1String("transfer"))
        return tr("Transfer");
    return value.isEmpty() ? notStated() : value;
}

QString EnumLabels::notStated()
{
    return tr("Not stated");
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

} // namespace isoaudit
