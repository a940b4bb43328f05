// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportText.h"

namespace isoaudit {

QString ReportText::label(ValueList list, const QString& value, LabelForm form)
{
    return ValueLabels::label(list, value, form, &ReportLanguage::translate, ReportLanguage::bodyWording());
}

QString ReportText::requirements(const QStringList& clauses, const QStringList& controls)
{
    QStringList parts;
    if (!clauses.isEmpty())
        parts << clauses.join(QStringLiteral(", "));
    //: The Annex A controls a record refers to, e.g. "Annex A 5.1, 5.4" (the catalogue's word for Annex A).
    if (!controls.isEmpty())
        parts << tr("Annex A %1").arg(controls.join(QStringLiteral(", ")));
    return orDash(ReportLanguage::join(parts, QLatin1Char(';')));
}

QString ReportText::auditType(const QString& value)
{
    return label(ValueList::AuditType, value);
}

QString ReportText::grade(const QString& value)
{
    return label(ValueList::FindingGrade, value);
}

QString ReportText::gradePlural(const QString& value)
{
    return label(ValueList::FindingGrade, value, LabelForm::Plural);
}

QString ReportText::clauseVerdict(const QString& value)
{
    return label(ValueList::ClauseVerdict, value);
}

QString ReportText::controlVerdict(const QString& value)
{
    return label(ValueList::ControlVerdict, value);
}

QString ReportText::applicability(const QString& value)
{
    return label(ValueList::Applicability, value);
}

QString ReportText::implementation(const QString& value)
{
    return label(ValueList::Implementation, value);
}

QString ReportText::actionStatus(const QString& value)
{
    return label(ValueList::ActionStatus, value);
}

QString ReportText::recommendation(const QString& value)
{
    return label(ValueList::Recommendation, value);
}

QString ReportText::evidenceKind(const QString& value)
{
    return label(ValueList::EvidenceKind, value);
}

QString ReportText::teamRole(const QString& value)
{
    return label(ValueList::TeamRole, value);
}

QString ReportText::treatment(const QString& value)
{
    return label(ValueList::Treatment, value);
}

QString ReportText::theme(const QString& value)
{
    return label(ValueList::AnnexATheme, value);
}

QString ReportText::orDash(const QString& value)
{
    return value.trimmed().isEmpty() ? QStringLiteral("—") : value;
}

QColor ReportText::gradeColor(const QString& grade)
{
    if (grade == QLatin1String("major"))
        return QColor(0xa3, 0x1f, 0x1f);
    if (grade == QLatin1String("minor"))
        return QColor(0xc7, 0x5b, 0x12);
    if (grade == QLatin1String("area-of-concern"))
        return QColor(0x7b, 0x3f, 0xa0);
    if (grade == QLatin1String("observation"))
        return QColor(0xb0, 0x8a, 0x00);
    if (grade == QLatin1String("ofi"))
        return QColor(0x1f, 0x5f, 0x99);
    if (grade == QLatin1String("positive"))
        return QColor(0x2e, 0x7d, 0x32);
    return QColor(0x60, 0x60, 0x60);
}

QColor ReportText::gradeTint(const QString& grade)
{
    if (grade == QLatin1String("major"))
        return QColor(0xf6, 0xd5, 0xd5);
    if (grade == QLatin1String("minor"))
        return QColor(0xfb, 0xe3, 0xcf);
    if (grade == QLatin1String("area-of-concern"))
        return QColor(0xec, 0xde, 0xf4);
    if (grade == QLatin1String("observation"))
        return QColor(0xfb, 0xf1, 0xc6);
    if (grade == QLatin1String("ofi"))
        return QColor(0xd8, 0xe6, 0xf4);
    if (grade == QLatin1String("positive"))
        return QColor(0xdc, 0xee, 0xdc);
    return QColor(0xee, 0xee, 0xee);
}

QColor ReportText::verdictTint(const QString& verdict)
{
    if (verdict == QLatin1String("conform") || verdict == QLatin1String("effective"))
        return QColor(0xdc, 0xee, 0xdc);
    if (verdict == QLatin1String("nonconform"))
        return QColor(0xf6, 0xd5, 0xd5);
    if (verdict == QLatin1String("pending"))
        return QColor(0xfb, 0xf1, 0xc6);
    return {};
}

} // namespace isoaudit
