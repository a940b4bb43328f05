// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportText.h"

namespace isoaudit {

QString ReportText::auditType(const QString& value)
{
    if (value == QLatin1String("stage1"))
        return tr("Stage 1");
    if (value == QLatin1String("stage2"))
        return tr("Stage 2");
    if (value == QLatin1String("surveillance"))
        return tr("Surveillance");
    if (value == QLatin1String("recertification"))
        return tr("Recertification");
    if (value == QLatin1String("special"))
        return tr("Special");
    return orDash(value);
}

QString ReportText::grade(const QString& value)
{
    if (value == QLatin1String("major"))
        return tr("Major nonconformity");
    if (value == QLatin1String("minor"))
        return tr("Minor nonconformity");
    if (value == QLatin1String("observation"))
        return tr("Observation");
    if (value == QLatin1String("ofi"))
        return tr("Opportunity for improvement");
    if (value == QLatin1String("positive"))
        return tr("Positive finding");
    return orDash(value);
}

QString ReportText::gradePlural(const QString& value)
{
    if (value == QLatin1String("major"))
        return tr("Major nonconformities");
    if (value == QLatin1String("minor"))
        return tr("Minor nonconformities");
    if (value == QLatin1String("observation"))
        return tr("Observations");
    if (value == QLatin1String("ofi"))
        return tr("Opportunities for improvement");
    if (value == QLatin1String("positive"))
        return tr("Positive findings");
    return orDash(value);
}

QString ReportText::clauseVerdict(const QString& value)
{
    if (value == QLatin1String("conform"))
        return tr("Conforms");
    if (value == QLatin1String("nonconform"))
        return tr("Nonconformity");
    if (value == QLatin1String("not-audited"))
        return tr("Not audited");
    if (value == QLatin1String("pending"))
        return tr("Pending");
    return orDash(value);
}

QString ReportText::controlVerdict(const QString& value)
{
    if (value == QLatin1String("effective"))
        return tr("Effective");
    if (value == QLatin1String("nonconform"))
        return tr("Nonconformity");
    if (value == QLatin1String("not-sampled"))
        return tr("Not sampled");
    if (value == QLatin1String("pending"))
        return tr("Pending");
    return orDash(value);
}

QString ReportText::applicability(const QString& value)
{
    if (value == QLatin1String("yes"))
        return tr("Applicable");
    if (value == QLatin1String("no"))
        return tr("Excluded");
    if (value == QLatin1String("undecided"))
        return tr("Undecided");
    return orDash(value);
}

QString ReportText::implementation(const QString& value)
{
    if (value == QLatin1String("implemented"))
        return tr("Implemented");
    if (value == QLatin1String("partial"))
        return tr("Partially implemented");
    if (value == QLatin1String("planned"))
        return tr("Planned");
    if (value == QLatin1String("not-implemented"))
        return tr("Not implemented");
    return orDash(value);
}

QString ReportText::actionStatus(const QString& value)
{
    if (value == QLatin1String("open"))
        return tr("Open");
    if (value == QLatin1String("plan-submitted"))
        return tr("Plan submitted");
    if (value == QLatin1String("plan-accepted"))
        return tr("Plan accepted");
    if (value == QLatin1String("implemented"))
        return tr("Implemented");
    if (value == QLatin1String("verified-effective"))
        return tr("Verified effective");
    if (value == QLatin1String("not-effective"))
        return tr("Not effective");
    return orDash(value);
}

QString ReportText::recommendation(const QString& value)
{
    if (value == QLatin1String("recommend"))
        return tr("Certification recommended");
    if (value == QLatin1String("recommend-after-verification"))
        return tr("Certification recommended after verification of corrective actions");
    if (value == QLatin1String("do-not-recommend"))
        return tr("Certification not recommended");
    return tr("No recommendation recorded yet");
}

QString ReportText::evidenceKind(const QString& value)
{
    if (value == QLatin1String("document"))
        return tr("Document");
    if (value == QLatin1String("record"))
        return tr("Record");
    if (value == QLatin1String("observation"))
        return tr("Observation");
    if (value == QLatin1String("technical"))
        return tr("Technical");
    return orDash(value);
}

QString ReportText::teamRole(const QString& value)
{
    if (value == QLatin1String("lead"))
        return tr("Lead auditor");
    if (value == QLatin1String("auditor"))
        return tr("Auditor");
    if (value == QLatin1String("expert"))
        return tr("Technical expert");
    if (value == QLatin1String("observer"))
        return tr("Observer");
    return orDash(value);
}

QString ReportText::treatment(const QString& value)
{
    if (value == QLatin1String("mitigate"))
        return tr("Mitigate");
    if (value == QLatin1String("accept"))
        return tr("Accept");
    if (value == QLatin1String("avoid"))
        return tr("Avoid");
    if (value == QLatin1String("transfer"))
        return tr("Transfer");
    return orDash(value);
}

QString ReportText::theme(const QString& value)
{
    if (value == QLatin1String("Organizational"))
        return tr("Organizational");
    if (value == QLatin1String("People"))
        return tr("People");
    if (value == QLatin1String("Physical"))
        return tr("Physical");
    if (value == QLatin1String("Technological"))
        return tr("Technological");
    return orDash(value);
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
