// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace isoaudit {

/// How far an outcome goes: the audit team's conclusion is positive, positive on a condition the certification
/// body checks after the audit (corrective actions verified, areas of concern addressed), or negative.
enum class OutcomeTier { Positive, Conditional, Negative };

/// The audit's outcome (the `recommendation` field) by audit type, as ISO/IEC 17021-1 frames each audit's
/// conclusion (docs/workflow.md, "Outcomes by audit type"):
/// - Stage 1 concludes on readiness for Stage 2 (9.3.1.2): ready-for-stage2, ready-after-concerns,
///   not-ready-for-stage2. It never recommends certification.
/// - Stage 2 recommends certification (9.4.8, 9.5): recommend, recommend-after-verification, do-not-recommend.
/// - Recertification recommends renewal (9.6.3): renewal-recommended, renewal-after-verification,
///   renewal-not-recommended.
/// - Surveillance recommends continuation, or suspension (9.6.2, 9.6.5): continuation-recommended,
///   continuation-after-verification, suspension-recommended.
/// - A special audit concludes whether the nonconformities it was called for are closed (9.6.4):
///   nonconformities-closed, nonconformities-not-closed.
/// Rules, the report, the workbench and the CLI all read this one table; the labels are in ValueLabels
/// (ValueList::Recommendation).
namespace Outcomes {

/// Every outcome id, in the order of Enums::auditTypes and then of tier: the values the file accepts.
const QStringList& all();
/// The outcomes open to an audit type, positive first; empty for an unknown type.
QStringList forAuditType(const QString& auditType);
/// The audit type an outcome belongs to ("" for an unknown id). Stage 2 owns the three original ids.
QString auditTypeOf(const QString& outcome);
bool fits(const QString& auditType, const QString& outcome);
std::optional<OutcomeTier> tier(const QString& outcome);
/// The audit type's outcome of that tier. A special audit has no conditional outcome: its nonconformities are
/// closed or they are not, so Conditional gives nonconformities-not-closed.
QString forTier(const QString& auditType, OutcomeTier tier);
/// An outcome read from an older file or package, or one recorded before the audit type changed, as the outcome
/// of the same tier for `auditType`: "recommend" in a surveillance audit is "continuation-recommended". An empty
/// value stays empty; an id that is no outcome at all gives "".
QString adapt(const QString& auditType, const QString& outcome);

/// What the findings of an audit say, for suggest().
struct Facts
{
    int openMajors = 0; ///< majors whose corrective action is not verified effective
    int minorsAwaitingPlan = 0; ///< minors whose corrective-action plan is not accepted yet
    int unclosedNonconformities = 0; ///< majors and minors whose corrective action is not verified effective
    int areasOfConcern = 0;
};
/// The outcome the findings point to, for the auditor to confirm or overrule (never recorded by itself): a Stage 1
/// with areas of concern (or nonconformities) is ready once they are addressed; a special audit's nonconformities
/// are closed when every corrective action is verified effective; otherwise an open major or a minor awaiting its
/// plan makes the outcome conditional. A negative outcome is always the auditor's own call.
QString suggest(const QString& auditType, const Facts& facts);

} // namespace Outcomes

} // namespace isoaudit
