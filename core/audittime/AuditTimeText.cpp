// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittime/AuditTimeText.h"

#include "domain/ValueLabels.h"

namespace isoaudit {

QString AuditTimeText::number(double value)
{
    return ReportLanguage::locale().toString(value, 'f', QLocale::FloatingPointShortest); // never "1E+04"
}

QString AuditTimeText::signedPercent(double percent)
{
    return percent > 0 ? QLatin1Char('+') + number(percent) : number(percent);
}

QStringList AuditTimeText::lines(const AuditTimeResult& r)
{
    QStringList lines;
    lines << tr("Persons doing work under the organization's control: %1 full-time and %2 FTE part-time, counted as "
                "%3.")
                 .arg(number(r.fullTimePersons), number(r.partTimeFte), number(r.countedPersons));
    if (r.sameWorkPersons > 0) {
        lines << (r.sameWorkCounted < r.sameWorkPersons
                      ? tr("Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 "
                           "(the square root of each group, rounded up).")
                      : tr("Of the full-time persons, %1 doing the same simple, repetitive work are counted as %2 "
                           "(the chart allows no reduction for them)."))
                     .arg(number(r.sameWorkPersons), number(r.sameWorkCounted));
    }
    lines << tr("Audit time chart \"%1\": %2 to %3 persons, %4 days for the initial audit (Stage 1 and Stage 2) "
                "before adjustment.")
                 .arg(r.chartName, number(r.band.personsMin), number(r.band.personsMax), number(r.baseDays));
    if (r.extrapolated)
        lines << tr("The persons exceed the chart's last band: this band is extrapolated by the chart's progression.");
    const auto level = [](const QString& value) {
        return ValueLabels::label(ValueList::ComplexityLevel, value, LabelForm::Report, &ReportLanguage::translate);
    };
    for (const AuditTimeFactor& f : r.factors) {
        const QString percent = signedPercent(f.percent);
        if (f.id == QLatin1String("business-complexity"))
            lines << tr("Business complexity: %1, %2 % (%3).").arg(level(f.level), percent, f.reason);
        else if (f.id == QLatin1String("it-complexity"))
            lines << tr("IT complexity: %1, %2 % (%3).").arg(level(f.level), percent, f.reason);
        else if (f.id == QLatin1String("outsourcing"))
            lines << tr("Outsourcing: %1 % (%2).").arg(percent, f.reason);
        else if (f.id == QLatin1String("multi-site") && r.sitesSampled > 0)
            lines << tr("Multi-site sampling, %1 sites sampled: %2 % (%3).")
                         .arg(number(r.sitesSampled), percent, f.reason);
        else if (f.id == QLatin1String("multi-site"))
            lines << tr("Multi-site sampling: %1 % (%2).").arg(percent, f.reason);
        else
            lines << tr("%1: %2 % (%3).").arg(f.label, percent, f.reason);
    }
    if (r.factors.isEmpty())
        lines << tr("No adjustment factors are recorded.");
    else if (r.reductionCapApplied)
        lines << tr("Total adjustment: %1 %, limited to the largest reduction allowed, %2 %.")
                     .arg(signedPercent(r.totalAdjustmentPercent), signedPercent(-r.maxReductionPercent));
    else
        lines << tr("Total adjustment: %1 %.").arg(signedPercent(r.totalAdjustmentPercent));
    lines << tr("Initial audit: %1 days (Stage 1: %2 days, Stage 2: %3 days). Each surveillance audit: %4 days. "
                "Recertification audit: %5 days.")
                 .arg(number(r.initialDays), number(r.stage1Days), number(r.stage2Days), number(r.surveillanceDays),
                      number(r.recertificationDays));
    if (!r.auditType.isEmpty()) {
        const QString type
            = ValueLabels::label(ValueList::AuditType, r.auditType, LabelForm::Report, &ReportLanguage::translate);
        lines << (r.auditTypeDays ? tr("This audit (%1): %2 days.").arg(type, number(*r.auditTypeDays))
                                  : tr("This audit (%1): its time is set from the nonconformities it verifies, not "
                                       "from the chart.")
                                        .arg(type));
    }
    return lines;
}

} // namespace isoaudit
