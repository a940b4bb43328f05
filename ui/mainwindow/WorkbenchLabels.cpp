// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/WorkbenchLabels.h"

#include "widgets/ThemeColors.h"

#include <QHash>

namespace isoaudit {

QString WorkbenchLabels::label(const QString& column, const QString& value)
{
    if (value.isEmpty())
        return tr("Not stated");
    if (column == QLatin1String("verdict")) {
        if (value == QLatin1String("pending"))
            return tr("Pending");
        if (value == QLatin1String("conform"))
            return tr("Conform");
        if (value == QLatin1String("nonconform"))
            return tr("Nonconform");
        if (value == QLatin1String("not-audited"))
            return tr("Not audited");
    }
    if (column == QLatin1String("control_verdict")) {
        if (value == QLatin1String("pending"))
            return tr("Pending");
        if (value == QLatin1String("effective"))
            return tr("Effective");
        if (value == QLatin1String("nonconform"))
            return tr("Nonconform");
        if (value == QLatin1String("not-sampled"))
            return tr("Not sampled");
    }
    if (column == QLatin1String("grade")) {
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
    }
    if (column == QLatin1String("audit_type")) {
        if (value == QLatin1String("stage1"))
            return tr("Stage 1");
        if (value == QLatin1String("stage2"))
            return tr("Stage 2");
        if (value == QLatin1String("surveillance"))
            return tr("Surveillance");
        if (value == QLatin1String("recertification"))
            return tr("Recertification");
        if (value == QLatin1String("special"))
            return tr("Special / follow-up");
    }
    if (column == QLatin1String("lifecycle")) {
        if (value == QLatin1String("planning"))
            return tr("Planning");
        if (value == QLatin1String("fieldwork"))
            return tr("Fieldwork");
        if (value == QLatin1String("reporting"))
            return tr("Reporting");
        if (value == QLatin1String("signed"))
            return tr("Signed");
    }
    if (column == QLatin1String("role")) {
        if (value == QLatin1String("lead"))
            return tr("Lead auditor");
        if (value == QLatin1String("auditor"))
            return tr("Auditor");
        if (value == QLatin1String("expert"))
            return tr("Technical expert");
        if (value == QLatin1String("observer"))
            return tr("Observer");
    }
    if (column == QLatin1String("status")) {
        static const QHash<QString, const char*> statuses = {
            {"open", QT_TR_NOOP("Open")},
            {"plan-submitted", QT_TR_NOOP("Plan submitted")},
            {"plan-accepted", QT_TR_NOOP("Plan accepted")},
            {"implemented", QT_TR_NOOP("Implemented")},
            {"verified-effective", QT_TR_NOOP("Verified effective")},
            {"not-effective", QT_TR_NOOP("Not effective")},
        };
        if (statuses.contains(value))
            return tr(statuses.value(value));
    }
    // Fallback: "not-implemented" -> "Not implemented".
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
    else if (grade == QLatin1String("observation"))
        color = QColor(0xf9, 0xa8, 0x25);
    else if (grade == QLatin1String("ofi"))
        color = QColor(0x15, 0x65, 0xc0);
    return ThemeColors::readableText(color);
}

} // namespace isoaudit
