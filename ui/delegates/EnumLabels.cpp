// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates/EnumLabels.h"

#include "report/ReportText.h"

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
    return value.isEmpty() ? QString() : ReportText::theme(value); // one list of the themes' names, UI and report
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
