// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace isoaudit {

/// One row of the sample-size policy: a control frequency, a band of population sizes (as-needed controls) or the
/// automated-control row. `size` 0 with `all` set: every occurrence is tested.
struct SampleSizeRow
{
    QString id; ///< "daily", "as-needed-11-50", "as-needed-251+", "automated": what the result names
    QString frequency; ///< Enums::controlFrequencies; "as-needed" for the population bands, empty for automated
    int populationMin = 0; ///< as-needed bands only
    std::optional<int> populationMax; ///< as-needed bands only; nullopt: no upper end (the last band)
    bool all = false;
    int size = 0;
    int increasedSize = 0; ///< the next size, after a deviation in the prior period (0 for a row of "all")

    bool operator==(const SampleSizeRow&) const = default;
};

/// The firm's sample-size policy for SOC 2 tests of controls, as data: the shipped one (resources/sampling/,
/// embedded) or the firm's own file, both validated on load. It is the firm's policy, never an AICPA requirement
/// (docs/soc2-sampling.md). A bad file is refused with a message naming the row and the field.
class SampleSizePolicy
{
    Q_DECLARE_TR_FUNCTIONS(SampleSizePolicy)

public:
    /// How an automated control with a deviation in the prior period is sized.
    enum class AutomatedAfterDeviation {
        AsManual, ///< like a manual control of its frequency, increased
        Same, ///< one instance still
    };

    static QString shippedPath() { return QStringLiteral(":/isoaudit/sampling/sample-sizes.json"); }
    /// The shipped policy, loaded once; tst_samplesize proves it loads.
    static const SampleSizePolicy& shipped();
    static Result<SampleSizePolicy> load(const QString& path);
    static Result<SampleSizePolicy> fromJson(const QByteArray& json, const QString& origin);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    /// The six frequency rows, in the order of Enums::controlFrequencies.
    const QList<SampleSizeRow>& frequencyRows() const { return m_frequencyRows; }
    /// The as-needed bands, from 1 occurrence up, contiguous, the last one open-ended.
    const QList<SampleSizeRow>& asNeededRows() const { return m_asNeededRows; }
    const SampleSizeRow& automatedRow() const { return m_automatedRow; }
    bool automatedNeedsChangeManagementEvidence() const { return m_changeManagementEvidence; }
    AutomatedAfterDeviation automatedAfterDeviation() const { return m_automatedAfterDeviation; }

    /// The row of a frequency; for "as-needed" the band holding the population size. nullptr when none does.
    const SampleSizeRow* row(const QString& frequency, int populationSize) const;
    /// The row's words for the workbench and the rationale ("Daily", "As needed, 11–50 occurrences", "Automated").
    static QString rowLabel(const SampleSizeRow& row);

private:
    QString m_id;
    QString m_name;
    QList<SampleSizeRow> m_frequencyRows;
    QList<SampleSizeRow> m_asNeededRows;
    SampleSizeRow m_automatedRow;
    bool m_changeManagementEvidence = true;
    AutomatedAfterDeviation m_automatedAfterDeviation = AutomatedAfterDeviation::AsManual;
};

} // namespace isoaudit
