// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittime/AuditTime.h"

#include "domain/RecordKind.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace isoaudit {

namespace {

/// Far above any organization; keeps the progression's arithmetic inside int.
constexpr int maximumPersons = 10'000'000;
/// Tolerance for sums of decimal percents and shares (29.9999999 must not round or cap differently from 30).
constexpr double epsilon = 1e-9;

/// tr() for the input's messages (AuditTimeInput has no tr() of its own); the texts are marked with
/// QT_TRANSLATE_NOOP so lupdate finds them in the context "AuditTime".
QString inputText(const char* text)
{
    return QCoreApplication::translate("AuditTime", text);
}

/// ceil(sqrt(n)) in integers, so a perfect square (49 → 7) never becomes 8 through floating point.
int ceilSquareRoot(int n)
{
    int root = int(std::sqrt(double(n)));
    while (root * root < n)
        ++root;
    while (root > 0 && (root - 1) * (root - 1) >= n)
        --root;
    return root;
}

bool isLevel(const QString& level)
{
    return level == QLatin1String("low") || level == QLatin1String("medium") || level == QLatin1String("high");
}

/// A percent adjustment: above -100 (nothing left) and up to +500.
bool percentInRange(double percent)
{
    return std::isfinite(percent) && percent > -100 && percent <= 500;
}

} // namespace

std::optional<AuditTimeInput::Problem> AuditTimeInput::problem() const
{
    const auto problem = [](const char* field, const QString& message) {
        return Problem{QLatin1String(field), message};
    };
    if (fullTimePersons < 0 || fullTimePersons > maximumPersons)
        return problem(
            "fullTimePersons",
            inputText(QT_TRANSLATE_NOOP("AuditTime", "The number of full-time persons must be from 0 to 10,000,000.")));
    if (!std::isfinite(partTimeFte) || partTimeFte < 0 || partTimeFte > maximumPersons)
        return problem("partTimeFte",
                       inputText(QT_TRANSLATE_NOOP(
                           "AuditTime", "The part-time persons in FTE must be a number from 0 to 10,000,000.")));
    if (fullTimePersons == 0 && partTimeFte <= 0)
        return problem("fullTimePersons",
                       inputText(QT_TRANSLATE_NOOP("AuditTime", "There are no persons to size the audit by.")));
    qint64 sameWork = 0;
    for (int group : sameWorkGroups) {
        if (group < 1)
            return problem(
                "sameWorkGroups",
                inputText(QT_TRANSLATE_NOOP(
                    "AuditTime", "A group of persons doing the same simple work must have 1 person or more.")));
        sameWork += group;
    }
    if (sameWork > fullTimePersons)
        return problem(
            "sameWorkGroups",
            inputText(QT_TRANSLATE_NOOP("AuditTime",
                                        "The persons doing the same simple work are part of the full-time persons and "
                                        "cannot be more than them.")));
    for (const auto& [field, level, reasonField, reason] :
         {std::tuple{"businessComplexity", businessComplexity, "businessReason", businessReason},
          std::tuple{"itComplexity", itComplexity, "itReason", itReason}}) {
        if (!level.isEmpty() && !isLevel(level))
            return problem(field,
                           inputText(QT_TRANSLATE_NOOP("AuditTime", "A complexity level is low, medium or high.")));
        if (!level.isEmpty() && reason.trimmed().isEmpty())
            return problem(
                reasonField,
                inputText(QT_TRANSLATE_NOOP("AuditTime", "A complexity level needs the reason it was chosen.")));
    }
    for (const auto& [field, reasonField, adjustment] : {std::tuple{"outsourcing", "outsourcingReason", outsourcing},
                                                         std::tuple{"multiSite", "multiSiteReason", multiSite}}) {
        if (!percentInRange(adjustment.percent))
            return problem(
                field,
                inputText(QT_TRANSLATE_NOOP("AuditTime", "An adjustment is a percent above -100 and up to 500.")));
        if (adjustment.percent != 0 && adjustment.reason.trimmed().isEmpty())
            return problem(reasonField,
                           inputText(QT_TRANSLATE_NOOP("AuditTime", "An adjustment needs the reason it is made.")));
    }
    if (sitesSampled < 0)
        return problem("sitesSampled",
                       inputText(QT_TRANSLATE_NOOP("AuditTime", "The number of sites sampled cannot be negative.")));
    for (const AuditTimeAdjustment& adjustment : other) {
        if (!percentInRange(adjustment.percent))
            return problem(
                "other",
                inputText(QT_TRANSLATE_NOOP("AuditTime", "An adjustment is a percent above -100 and up to 500.")));
        if (adjustment.label.trimmed().isEmpty() || adjustment.reason.trimmed().isEmpty())
            return problem("other",
                           inputText(QT_TRANSLATE_NOOP(
                               "AuditTime", "Another adjustment needs what it is and the reason it is made.")));
    }
    if (!auditType.isEmpty() && !Enums::auditTypes.contains(auditType))
        return problem(
            "auditType",
            inputText(QT_TRANSLATE_NOOP(
                "AuditTime", "The audit type is stage1, stage2, surveillance, recertification or special.")));
    return std::nullopt;
}

double AuditTime::roundDays(double days, double step)
{
    return std::floor(days / step + 0.5 + epsilon) * step;
}

Result<AuditTimeResult> AuditTime::compute(const AuditTimeInput& input, const AuditTimeChart& chart)
{
    if (const auto problem = input.problem())
        return Error{problem->message};
    if (chart.bands().isEmpty())
        return Error{tr("The audit-time chart has no bands.")};
    const AuditTimePolicy& policy = chart.policy();

    AuditTimeResult r;
    r.chartId = chart.id();
    r.chartName = chart.name();
    r.fullTimePersons = input.fullTimePersons;
    r.partTimeFte = input.partTimeFte;
    r.sitesSampled = input.sitesSampled;
    for (int group : input.sameWorkGroups) {
        r.sameWorkPersons += group;
        r.sameWorkCounted
            += policy.sameWorkRule == AuditTimePolicy::SameWorkRule::SquareRoot ? ceilSquareRoot(group) : group;
    }
    r.effectivePersons = input.fullTimePersons - r.sameWorkPersons + r.sameWorkCounted + input.partTimeFte;
    r.countedPersons = policy.personsRounding == AuditTimePolicy::PersonsRounding::Up
        ? int(std::ceil(r.effectivePersons - epsilon))
        : int(std::floor(r.effectivePersons + 0.5));
    r.countedPersons = std::max(r.countedPersons, 1); // 0.2 FTE is still someone to audit
    const auto lookup = chart.lookup(r.countedPersons);
    if (!lookup)
        return Error{tr("%1 persons are beyond the chart's last band (up to %2 persons), and the chart does not "
                        "extrapolate.")
                         .arg(r.countedPersons)
                         .arg(chart.bands().last().personsMax)};
    r.band = lookup->band;
    r.extrapolated = lookup->extrapolated;
    r.baseDays = r.band.initialDays;

    if (!input.businessComplexity.isEmpty())
        r.factors.append({QStringLiteral("business-complexity"),
                          input.businessComplexity,
                          {},
                          policy.businessComplexityPercent.value(input.businessComplexity),
                          input.businessReason});
    if (!input.itComplexity.isEmpty())
        r.factors.append({QStringLiteral("it-complexity"),
                          input.itComplexity,
                          {},
                          policy.itComplexityPercent.value(input.itComplexity),
                          input.itReason});
    if (input.outsourcing.percent != 0 || !input.outsourcing.reason.isEmpty())
        r.factors.append({QStringLiteral("outsourcing"), {}, {}, input.outsourcing.percent, input.outsourcing.reason});
    if (input.multiSite.percent != 0 || !input.multiSite.reason.isEmpty())
        r.factors.append({QStringLiteral("multi-site"), {}, {}, input.multiSite.percent, input.multiSite.reason});
    for (const AuditTimeAdjustment& other : input.other)
        r.factors.append({QStringLiteral("other"), {}, other.label, other.percent, other.reason});

    for (const AuditTimeFactor& factor : r.factors)
        r.totalAdjustmentPercent += factor.percent;
    r.maxReductionPercent = policy.maxReductionPercent;
    r.reductionCapApplied = r.totalAdjustmentPercent < -policy.maxReductionPercent - epsilon;
    r.appliedAdjustmentPercent = r.reductionCapApplied ? -policy.maxReductionPercent : r.totalAdjustmentPercent;

    const double step = policy.roundingStepDays;
    r.initialDays = roundDays(r.baseDays * (1 + r.appliedAdjustmentPercent / 100), step);
    r.stage1Days = roundDays(r.initialDays * policy.stage1Share, step);
    r.stage2Days = r.initialDays - r.stage1Days; // the two stages add up to the initial time
    r.surveillanceDays = roundDays(r.initialDays * policy.surveillanceShare, step);
    r.recertificationDays = roundDays(r.initialDays * policy.recertificationShare, step);

    r.auditType = input.auditType;
    if (r.auditType == QLatin1String("stage1"))
        r.auditTypeDays = r.stage1Days;
    else if (r.auditType == QLatin1String("stage2"))
        r.auditTypeDays = r.stage2Days;
    else if (r.auditType == QLatin1String("surveillance"))
        r.auditTypeDays = r.surveillanceDays;
    else if (r.auditType == QLatin1String("recertification"))
        r.auditTypeDays = r.recertificationDays;
    return r;
}

} // namespace isoaudit
