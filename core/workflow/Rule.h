// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace isoaudit {

struct AuditSnapshot;

/// How much an unmet rule matters: a blocker stops the transition, a warning is shown and does not.
enum class Severity { Blocker, Warning };

/// One unmet rule, as `check` and a refused transition report it.
struct RuleViolation
{
    QString ruleId; ///< stable, e.g. "fieldwork.lead-auditor"
    Severity severity = Severity::Blocker;
    QString clause; ///< the clause, control or ISO/IEC 17021-1 requirement concerned, e.g. "6.1.3 d)"
    QString message; ///< translated, names the record concerned
};

/// A readiness rule of the clause 4-10 workflow: which transition it guards, and a check that returns one message
/// per unmet instance (none when the rule holds). docs/workflow.md lists every rule and why it matters.
struct Rule
{
    QString id;
    QString stage; ///< the lifecycle state the rule guards entry to: fieldwork, reporting or signed
    Severity severity = Severity::Blocker;
    QString clause;
    std::function<QStringList(const AuditSnapshot&)> check;
};

/// Translation context shared by the rule tables (FieldworkRules.cpp, ReportingRules.cpp, SigningRules.cpp).
struct WorkflowRules
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRules)

public:
    static QList<Rule> fieldwork();
    static QList<Rule> reporting();
    static QList<Rule> signing();
    /// The certification cycle's rules: earlier nonconformities verified, programme coverage (CycleRules.cpp).
    static QList<Rule> cycle();
    /// The SOC 2 engagement's rules, ids soc2.* (Soc2Rules.cpp); they apply only to a SOC 2 engagement.
    static QList<Rule> soc2();
    /// report.<column>: one per item of core/domain/ReportContent, guarding `signed` (ReportContentRules.cpp).
    static QList<Rule> reportContent();
    /// "report.client-address" for the column "client_address".
    static QString reportContentRuleId(const QString& column);
};

QString severityName(Severity severity); ///< "blocker" or "warning"

} // namespace isoaudit
