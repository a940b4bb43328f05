// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sampling/SampleSizePolicy.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace isoaudit {

/// What a sample is sized from: the control's frequency (Enums::controlFrequencies), whether it is automated, the
/// number of occurrences in the period and whether the control had a deviation in the prior period.
struct SampleSizeInput
{
    QString frequency;
    bool automated = false;
    int populationSize = 0;
    bool priorDeviation = false;

    QJsonObject toJson() const;
    static Result<SampleSizeInput> fromJson(const QJsonObject& json);
    bool operator==(const SampleSizeInput&) const = default;
};

/// The size of a sample under the firm's policy, with the policy row it came from, so the workbench can say "from
/// the firm's policy row Daily" and a reviewer can retrace it.
struct SampleSizeResult
{
    QString policyId;
    QString policyName;
    SampleSizeInput input;
    SampleSizeRow row; ///< the policy row read (the automated row, or the frequency's row or band)
    int policySize = 0; ///< what the row gives (increased after a prior deviation), before the population caps it
    int size = 0; ///< the items to test: policySize, or the whole population when it is not larger
    bool testedWhole = false; ///< every occurrence is tested (a row of "all", or a population not above the size)
    bool increased = false; ///< the next size applied for a deviation in the prior period
    bool changeManagementEvidence = false; ///< an automated control: change-management evidence is tested too

    /// One translated line saying why: the size, the row, a whole population, a prior deviation.
    QString rationale() const;
    QString rowLabel() const { return SampleSizePolicy::rowLabel(row); }

    QJsonObject toJson() const;
    static Result<SampleSizeResult> fromJson(const QJsonObject& json);
    bool operator==(const SampleSizeResult&) const = default;
};

/// The sample-size calculator for SOC 2 tests of controls over the firm's policy (docs/soc2-sampling.md). Pure: no
/// store, no settings.
class SampleSize
{
    Q_DECLARE_TR_FUNCTIONS(SampleSize)

public:
    static Result<SampleSizeResult> compute(const SampleSizeInput& input,
                                            const SampleSizePolicy& policy = SampleSizePolicy::shipped());
    /// The refusal for an empty population: a control that did not occur is "not occurring during the period",
    /// never a pass. SampleSelection says the same.
    static QString noOccurrencesMessage();
};

} // namespace isoaudit
