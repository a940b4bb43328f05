// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "workflow/Rule.h"

namespace isoaudit {

class AuditStore;

/// Evaluates the readiness rules for a lifecycle transition. Entering `fieldwork` checks the fieldwork rules,
/// `reporting` the reporting rules, and `signed` the reporting rules again (the data may have changed since) plus
/// the signing rules. Results come in rule order, then in catalog order of the records concerned.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)

public:
    /// Every rule, in the order of the lifecycle.
    static const QList<Rule>& rules();
    /// The rules checked on the way into `target` (fieldwork, reporting or signed).
    static QList<Rule> rulesFor(const QString& target);
    static Result<QList<RuleViolation>> evaluate(const AuditSnapshot& snapshot, const QString& target);
    static Result<QList<RuleViolation>> evaluate(const AuditStore& store, const QString& target);
    static bool hasBlocker(const QList<RuleViolation>& violations);
    static QList<RuleViolation> blockers(const QList<RuleViolation>& violations);
};

} // namespace isoaudit
