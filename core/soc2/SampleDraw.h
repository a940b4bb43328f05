// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "sampling/SampleSelection.h"
#include "sampling/SampleSize.h"
#include "sampling/SampleSizePolicy.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace isoaudit {

class AuditStore;

/// What to draw: a control's sample from one of its populations.
struct SampleDrawOptions
{
    QString controlUuid;
    QString population; ///< a name or uuid; the control's only population when empty
    std::optional<quint64> seed; ///< a new one from the system's random source when not given
    std::optional<int> size; ///< the auditor's size instead of the policy's; needs `sizeReason`
    QString sizeReason;
    QString drawnBy;
    /// The firm's own sample-size table (docs/soc2-sampling.md); IsoAudit's shipped one when not given.
    std::optional<SampleSizePolicy> policy;
};

/// A sample as drawn and recorded.
struct SampleDrawResult
{
    Record sample;
    Record population;
    SampleSizeResult policy; ///< the size under the firm's policy, and its basis
    int size = 0; ///< the size drawn: the policy's, or the auditor's (then `sizeReason` says why)
    QString sizeReason;
    SampleSelection selection;
    QList<Record> items; ///< the sample item records, in the selection's order
};

/// Draws a control's sample from its frozen population into records (docs/soc2.md, docs/soc2-sampling.md): the size
/// from the firm's policy (SampleSize) unless the auditor gives one with a reason, the seeded month-stratified
/// selection (SampleSelection), one sample record and one item record per item in one transaction. Replacements
/// need a reason; a reviewer's re-draw check draws again from the stored seed and compares.
class SampleDraw
{
    Q_DECLARE_TR_FUNCTIONS(SampleDraw)

public:
    static Result<SampleDrawResult> draw(AuditStore& store, const SampleDrawOptions& options);
    /// Replaces the item `occurrenceId` of the control's sample by one drawn from the same month; refused without a
    /// reason or once the item has a result. Returns the new item's record.
    static Result<Record> replace(AuditStore& store, const QString& controlUuid, const QString& occurrenceId,
                                  const QString& reason, const QString& population = {});
    /// Re-draws the sample from its stored population with its stored seed and compares with its item records;
    /// fails naming the first difference. Returns the re-drawn selection.
    static Result<SampleSelection> redrawCheck(const AuditStore& store, const Record& sample);
    /// Removes a sample and its items, refused once an item has a result.
    static Status remove(AuditStore& store, const Record& sample);
    /// The control's sample (from `population` when named; the control's only sample otherwise).
    static Result<Record> sampleOf(const AuditStore& store, const QString& controlUuid, const QString& population = {});
    /// The item record of an occurrence among the control's samples.
    static Result<Record> itemOf(const AuditStore& store, const QString& controlUuid, const QString& occurrenceId);
    /// The method as recorded in sample.method: "isoaudit-month-stratified-splitmix64 version 1".
    static QString methodText();
};

} // namespace isoaudit
