// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/WorkbenchLabels.h"

#include "widgets/ThemeColors.h"

#include <QHash>

namespace isoaudit {

std::optional<ValueList> WorkbenchLabels::listOf(const QString& column)
{
    static const QHash<QString, ValueList> lists = {
        {QStringLiteral("audit_type"), ValueList::AuditType},
        {QStringLiteral("lifecycle"), ValueList::LifecycleState},
        {QStringLiteral("role"), ValueList::TeamRole},
        {QStringLiteral("verdict"), ValueList::ClauseVerdict},
        {QStringLiteral("applicable"), ValueList::Applicability},
        {QStringLiteral("implementation"), ValueList::Implementation},
        {QStringLiteral("control_verdict"), ValueList::ControlVerdict},
        {QStringLiteral("treatment"), ValueList::Treatment},
        {QStringLiteral("kind"), ValueList::EvidenceKind},
        {QStringLiteral("grade"), ValueList::FindingGrade},
        {QStringLiteral("status"), ValueList::ActionStatus},
        {QStringLiteral("recommendation"), ValueList::Recommendation},
        {QStringLiteral("nature"), ValueList::FindingNature},
        {QStringLiteral("frameworks"), ValueList::Framework},
        {QStringLiteral("suggested_grade"), ValueList::FindingGrade},
        {QStringLiteral("audit_combination"), ValueList::AuditCombination},
        {QStringLiteral("scope_appropriate"), ValueList::Confirmation},
        {QStringLiteral("objectives_met"), ValueList::Confirmation},
        {QStringLiteral("scoring"), ValueList::RiskScoring},
    };
    const auto it = lists.constFind(column);
    return it == lists.cend() ? std::nullopt : std::optional<ValueList>(*it);
}

QString WorkbenchLabels::label(const QString& column, const QString& value)
{
    if (const auto list = listOf(column))
        return ValueLabels::label(*list, value);
    if (value.isEmpty())
        return ValueLabels::notStated();
    // A column without a list of values: "not-implemented" -> "Not implemented".
    QString text = value;
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QColor WorkbenchLabels::verdictColor(const QString& value)
{
    // Used as text colour in tables and labels: made readable on the light or dark palette (docs/style.md).
    if (value == QLatin1String("conform") || value == QLatin1String("effective"))
        return ThemeColors::readableText(QColor(0x2e, 0x7d, 0x32));
    if (value == QLatin1String("nonconform"))
        return ThemeColors::readableText(QColor(0xc6, 0x28, 0x28));
    if (value == QLatin1String("not-audited") || value == QLatin1String("not-sampled"))
        return ThemeColors::dimmedText();
    return ThemeColors::readableText(QColor(0xef, 0x8f, 0x00)); // pending: still to do
}

QColor WorkbenchLabels::gradeColor(const QString& grade)
{
    QColor color(0x2e, 0x7d, 0x32);
    if (grade == QLatin1String("major"))
        color = QColor(0xc6, 0x28, 0x28);
    else if (grade == QLatin1String("minor"))
        color = QColor(0xef, 0x6c, 0x00);
    else if (grade == QLatin1String("area-of-concern"))
        color = QColor(0x8e, 0x24, 0xaa); // Stage 1: neither a nonconformity's red nor an observation's yellow
    else if (grade == QLatin1String("observation"))
        color = QColor(0xf9, 0xa8, 0x25);
    else if (grade == QLatin1String("ofi"))
        color = QColor(0x15, 0x65, 0xc0);
    return ThemeColors::readableText(color);
}

} // namespace isoaudit
