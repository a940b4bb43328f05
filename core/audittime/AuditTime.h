// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittime/AuditTimeChart.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace isoaudit {

/// An adjustment the certification body records beyond complexity (outsourcing, multi-site sampling, other): a
/// percent of the base time (negative: a reduction) and why.
struct AuditTimeAdjustment
{
    QString label; ///< only for "other" adjustments: what it is
    double percent = 0;
    QString reason;

    bool operator==(const AuditTimeAdjustment&) const = default;
};

/// What the auditor enters to size an audit by ISO/IEC 27006 (docs/audit-time.md). Stored by the caller as JSON
/// (toJson/fromJson), so the audit keeps what its time was computed from.
struct AuditTimeInput
{
    int fullTimePersons = 0; ///< persons doing work under the organization's control, full-time, head count
    double partTimeFte = 0; ///< part-time persons, in full-time equivalents
    /// Head counts of groups of persons doing the same simple, repetitive work, each already included in
    /// fullTimePersons; each group is counted by the chart's same-work rule (square root, rounded up).
    QList<int> sameWorkGroups;
    QString businessComplexity; ///< "low", "medium", "high", or empty: not assessed
    QString businessReason;
    QString itComplexity;
    QString itReason;
    AuditTimeAdjustment outsourcing;
    int sitesSampled = 0; ///< multi-site sampling: how many sites the audit visits (0: not multi-site)
    AuditTimeAdjustment multiSite;
    QList<AuditTimeAdjustment> other;
    QString auditType; ///< Enums::auditTypes, or empty: no audit type asked for

    /// What is wrong with the input, naming its field ("outsourcingReason"), or nullopt when it can be computed.
    struct Problem
    {
        QString field;
        QString message;
    };
    std::optional<Problem> problem() const;

    QJsonObject toJson() const;
    static Result<AuditTimeInput> fromJson(const QJsonObject& json);
    bool operator==(const AuditTimeInput&) const = default;
};

/// One factor as applied: its id ("business-complexity", "it-complexity", "outsourcing", "multi-site", "other"),
/// the level for complexity, the percent and the reason.
struct AuditTimeFactor
{
    QString id;
    QString level;
    QString label;
    double percent = 0;
    QString reason;

    bool operator==(const AuditTimeFactor&) const = default;
};

/// The computed audit time, with every step shown so the report and the auditor can retrace it. Days are auditor
/// days, rounded to the chart's step.
struct AuditTimeResult
{
    QString chartId;
    QString chartName;
    int fullTimePersons = 0;
    double partTimeFte = 0;
    int sameWorkPersons = 0; ///< persons in the same-work groups
    int sameWorkCounted = 0; ///< what the same-work rule counts them as
    double effectivePersons = 0; ///< before rounding to whole persons
    int countedPersons = 0; ///< the whole number the chart is read with
    AuditTimeBand band;
    bool extrapolated = false; ///< beyond the chart's last band, by its progression
    int sitesSampled = 0; ///< multi-site sampling: the sites the audit visits (0: not multi-site)
    double baseDays = 0;
    QList<AuditTimeFactor> factors;
    double totalAdjustmentPercent = 0; ///< the sum of the factors
    double appliedAdjustmentPercent = 0; ///< after the cap on reductions
    double maxReductionPercent = 0;
    bool reductionCapApplied = false;
    double initialDays = 0; ///< Stage 1 + Stage 2, adjusted
    double stage1Days = 0;
    double stage2Days = 0;
    double surveillanceDays = 0; ///< each surveillance audit
    double recertificationDays = 0;
    QString auditType;
    /// The days of auditType; nullopt for "special" (set from the nonconformities to verify, not the chart) and
    /// when no type was asked for.
    std::optional<double> auditTypeDays;

    QJsonObject toJson() const;
    static Result<AuditTimeResult> fromJson(const QJsonObject& json);
    bool operator==(const AuditTimeResult&) const = default;
};

/// The ISO/IEC 27006 audit-time calculator: persons → band → base days → factors (capped reduction) → rounded
/// initial, Stage 1/Stage 2, surveillance and recertification days. Pure: no store, no settings.
class AuditTime
{
    Q_DECLARE_TR_FUNCTIONS(AuditTime)

public:
    static Result<AuditTimeResult> compute(const AuditTimeInput& input,
                                           const AuditTimeChart& chart = AuditTimeChart::shipped());
    /// Rounds days to the nearest step (halves up), as every computed time is.
    static double roundDays(double days, double step);
};

} // namespace isoaudit
