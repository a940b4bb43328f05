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
        + WorkflowRules::reportContent() + WorkflowRules::cycle() + WorkflowRules::soc2();
    return all;
}

bool RuleEngine::isSoc2Rule(const Rule& rule)
{
    return rule.id.startsWith(QLatin1String("soc2."));
}

bool RuleEngine::applies(const Rule& rule, const AuditSnapshot& snapshot)
{
    return isSoc2Rule(rule) ? snapshot.isSoc2() : snapshot.isIso();
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
        if (!applies(rule, snapshot))
            continue;
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
