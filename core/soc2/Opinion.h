// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace isoaudit {

class AuditStore;
struct EngagementData;

/// The service auditor's opinion as the auditor states it: the opinion (Enums::opinions), its basis, and the
/// criteria not met (the engagement's criteriaNotMet links).
struct OpinionChoice
{
    QString opinion;
    QString basis;
    QStringList notMet;
};

/// A criterion the tool proposes as possibly not met (never imposes): every control mapped to it failed, each with
/// exceptions assessed as systematic or a design concluded not suitably designed. `weighed` when the auditor has
/// stated each failure's effect on the criteria (the exception's effect, or the control's design note).
struct NotMetCandidate
{
    QString criterion;
    QStringList controls; ///< the refs of the failing controls
    bool weighed = false;
};

/// Records the opinion and checks it for consistency (docs/soc2.md, docs/workflow.md soc2.opinion-consistent):
/// - unmodified: refused while a criterion is listed as not met, and while a candidate (candidates()) is not
///   weighed and not listed;
/// - qualified: names at least one criterion not met and gives a basis;
/// - adverse and disclaimer: give a basis;
/// - every criterion listed as not met is a criterion of a category in scope.
/// The auditor decides which criteria are not met; the candidates only ask.
class Opinion
{
    Q_DECLARE_TR_FUNCTIONS(Opinion)

public:
    static QList<NotMetCandidate> candidates(const EngagementData& data);
    /// What is inconsistent in a choice, one sentence per problem; empty when it may be recorded.
    static QStringList problems(const EngagementData& data, const OpinionChoice& choice);
    /// The opinion recorded on the engagement (opinion, opinion_basis, criteriaNotMet).
    static OpinionChoice recorded(const EngagementData& data);
    /// Checks and records the choice in one transaction; a refusal names every problem. `notMet` nullopt keeps
    /// the criteria already listed.
    static Status record(AuditStore& store, const QString& opinion, const QString& basis,
                         const std::optional<QStringList>& notMet);
    /// "CC6.1", "CC6.1 and CC7.2", "CC6.1, CC6.2 and CC7.2".
    static QString joinIds(const QStringList& ids);
};

} // namespace isoaudit
