// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace isoaudit {

class AuditStore;
struct EngagementData;

/// A control's deviations as counted from its records: the sample items with an exception out of those drawn, or,
/// when the control has no sample items, its test procedures with exceptions out of those with a result.
struct DeviationCount
{
    int deviations = 0;
    int sampleSize = 0;
};

/// Rolls each control's deviations up into its one `control_exception` record (docs/soc2.md): created when the first
/// deviation appears, its counts kept in step with the items and tests, the auditor's assessment (nature, cause,
/// pattern, management's response, compensating controls, effect) kept whatever the counts do. When the deviations
/// go back to zero the record stays and says 0; the rule soc2.exception-without-deviations asks the auditor to
/// remove it or say in its nature why it stays.
class ExceptionRollup
{
    Q_DECLARE_TR_FUNCTIONS(ExceptionRollup)

public:
    static DeviationCount count(const EngagementData& data, const Record& control);
    /// The refs of the controls whose exception record disagrees with their items and tests (deviations and no
    /// record, or a record whose counts differ): what update() would write; empty when everything agrees.
    static QStringList outOfStep(const EngagementData& data);
    /// Brings every control's exception record in step, in one transaction; returns the refs of the controls whose
    /// record was created or changed. Writes nothing when everything already agrees.
    static Result<QStringList> update(AuditStore& store);
    /// The assessment fields (package names: nature, cause, pattern, managementResponse, compensatingControls,
    /// effect) the auditor has not given yet, for the rule soc2.exceptions-assessed and the CLI. Nature, pattern and
    /// management's response are required; the others are optional.
    static QStringList missingAssessment(const Record& exception);
    /// Records the auditor's assessment of a control's exception (by the control's ref), after rolling up, so it
    /// works right after a result was entered. `values` are by column; `effectCriteria` (if given) replaces the
    /// criteria the effect names. Refused for a control with no exception record.
    static Status assess(AuditStore& store, const QString& controlRef, const QVariantMap& values,
                         const std::optional<QStringList>& effectCriteria = std::nullopt);
};

} // namespace isoaudit
