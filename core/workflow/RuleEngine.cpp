// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/RuleEngine.h"

#include "workflow/AuditSnapshot.h"

#include <algorithm>

namespace isoaudit {

QString severityName(Severity severity)
{
    return severity == Severity::Blocker ? QStringLiteral("blocker") : QStringLiteral("warning");
}

const QList<Rule>& RuleEngine::rules()
{
    static const QList<Rule> all = WorkflowRules::fieldwork() + WorkflowRules::reporting() + WorkflowRules::signing()
        + WorkflowRules::reportContent() + WorkflowRules::cycle();
    return all;
}

QList<Rule> RuleEngine::rulesFor(const QString& target)
{
    QStringList stages;
    if (target == QLatin1String("fieldwork"))
        stages = {QStringLiteral("fieldwork")};
    else if (target == QLatin1String("reporting"))
        stages = {QStringLiteral("reporting")};
    else if (target == QLatin1String("signed"))
        stages = {QStringLiteral("reporting"), QStringLiteral("signed")};
    QList<Rule> result;
    for (const auto& rule : rules()) {
        if (stages.contains(rule.stage))
            result << rule;
    }
    return result;
}

Result<QList<RuleViolation>> RuleEngine::evaluate(const AuditSnapshot& snapshot, const QString& target)
{
    if (target != QLatin1String("fieldwork") && target != QLatin1String("reporting")
        && target != QLatin1String("signed"))
        return Error{tr("There are no rules for \"%1\"; use fieldwork, reporting or signed.").arg(target)};
    QList<RuleViolation> violations;
    for (const auto& rule : rulesFor(target)) {
        for (const QString& message : rule.check(snapshot))
            violations.append({rule.id, rule.severity, rule.clause, message});
    }
    return violations;
}

Result<QList<RuleViolation>> RuleEngine::evaluate(const AuditStore& store, const QString& target)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    return evaluate(snapshot.value(), target);
}

bool RuleEngine::hasBlocker(const QList<RuleViolation>& violations)
{
    return std::any_of(violations.cbegin(), violations.cend(),
                       [](const RuleViolation& v) { return v.severity == Severity::Blocker; });
}

QList<RuleViolation> RuleEngine::blockers(const QList<RuleViolation>& violations)
{
    QList<RuleViolation> result;
    for (const auto& v : violations) {
        if (v.severity == Severity::Blocker)
            result << v;
    }
    return result;
}

} // namespace isoaudit
