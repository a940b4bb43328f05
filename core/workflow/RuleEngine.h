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
    /// SOC 2 rules are those whose id starts with "soc2." (Soc2Rules.cpp); every other rule is an ISO/IEC 27001
    /// rule. Each applies only to an audit of its framework (an audit of both takes both).
    static bool isSoc2Rule(const Rule& rule);
    static bool applies(const Rule& rule, const AuditSnapshot& snapshot);
    /// The unmet rules that apply to the audit's framework(s).
    static Result<QList<RuleViolation>> evaluate(const AuditSnapshot& snapshot, const QString& target);
    static Result<QList<RuleViolation>> evaluate(const AuditStore& store, const QString& target);
    static bool hasBlocker(const QList<RuleViolation>& violations);
    static QList<RuleViolation> blockers(const QList<RuleViolation>& violations);
};

} // namespace isoaudit
