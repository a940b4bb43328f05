// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for entering fieldwork: the audit is defined and its plan is complete (docs/workflow.md).
#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/ProgrammeCoverage.h"
#include "workflow/Rule.h"

namespace isoaudit {

namespace {

QString lit(const char* s)
{
    return QString::fromLatin1(s);
}

QStringList unplanned(const AuditSnapshot& s, const QStringList& clauseIds)
{
    QStringList missing;
    for (const QString& id : clauseIds) {
        const Record* c = s.clause(id);
        if (!c || !c->flag(QStringLiteral("planned")))
            missing << id;
    }
    return missing;
}

QStringList allClauseIds(const AuditSnapshot& s)
{
    QStringList ids;
    for (const auto& c : s.clauses)
        ids << c.text(QStringLiteral("clause_id"));
    return ids;
}

bool needsFullCoverage(const QString& type)
{
    return type == QLatin1String("stage1") || type == QLatin1String("stage2")
        || type == QLatin1String("recertification");
}

} // namespace

QList<Rule> WorkflowRules::fieldwork()
{
    const QString stage = QStringLiteral("fieldwork");
    QList<Rule> rules;
    rules.append({lit("fieldwork.client"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.1.1"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (s.audit.text(QStringLiteral("client")).trimmed().isEmpty())
                          return {tr("The audit names no client: the audit plan, the report cover and the "
                                     "certificate need the client's name.")};
                      return {};
                  }});
    rules.append(
        {lit("fieldwork.scope"), stage, Severity::Blocker, lit("4.3"), [](const AuditSnapshot& s) -> QStringList {
             if (s.audit.text(QStringLiteral("scope")).trimmed().isEmpty())
                 return {tr("The audit has no scope statement: record the client's ISMS scope (clause 4.3) "
                            "that this audit covers.")};
             return {};
         }});
    rules.append({lit("fieldwork.audit-type"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.1.1"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (!Enums::auditTypes.contains(s.auditType()))
                          return {tr("The audit type is not set; choose one of: %1.")
                                      .arg(Enums::auditTypes.join(QStringLiteral(", ")))};
                      return {};
                  }});
    rules.append({lit("fieldwork.dates"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.2.3"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (!s.startDate().isValid() || !s.endDate().isValid())
                          return {tr("The audit plan needs the audit's start and end dates.")};
                      if (s.endDate() < s.startDate())
                          return {tr("The audit ends (%1) before it starts (%2).")
                                      .arg(s.endDate().toString(Qt::ISODate), s.startDate().toString(Qt::ISODate))};
                      return {};
                  }});
    rules.append({lit("fieldwork.lead-auditor"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.2.2"),
                  [](const AuditSnapshot& s) -> QStringList {
                      const int leads = int(s.leads().size());
                      if (leads == 0)
                          return {tr("The audit team has no lead auditor: name exactly one team member as lead.")};
                      if (leads > 1)
                          return {tr("The audit team has %1 lead auditors; exactly one must lead.").arg(leads)};
                      return {};
                  }});
    rules.append({lit("fieldwork.plan-coverage"), stage, Severity::Blocker, lit("4-10"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (!needsFullCoverage(s.auditType()))
                          return {};
                      const QStringList missing = unplanned(s, allClauseIds(s));
                      if (missing.isEmpty())
                          return {};
                      return {tr("A %1 audit assesses every clause 4-10 item; the audit plan leaves out %2.")
                                  .arg(ValueLabels::label(ValueList::AuditType, s.auditType()),
                                       missing.join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("fieldwork.surveillance-coverage"), stage, Severity::Blocker, lit("9.2, 9.3, 10.2"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() != QLatin1String("surveillance"))
                          return {};
                      QStringList mandatory;
                      for (const auto& c : s.clauses) {
                          const QString id = c.text(QStringLiteral("clause_id"));
                          if (ProgrammeCoverage::mandatoryAtSurveillance(id))
                              mandatory << id;
                      }
                      const QStringList missing = unplanned(s, mandatory);
                      if (missing.isEmpty())
                          return {};
                      return {tr("A surveillance audit always covers internal audit (9.2), management review (9.3) "
                                 "and corrective action (10.2); the audit plan leaves out %1.")
                                  .arg(missing.join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("fieldwork.plan-auditors"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.2.3"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList unassigned;
                      for (const auto& c : s.clauses) {
                          if (c.flag(QStringLiteral("planned"))
                              && c.text(QStringLiteral("plan_auditor")).trimmed().isEmpty())
                              unassigned << c.text(QStringLiteral("clause_id"));
                      }
                      if (unassigned.isEmpty())
                          return {};
                      return {tr("No auditor is assigned in the audit plan to clause items %1.")
                                  .arg(unassigned.join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("fieldwork.controls-sampled"), stage, Severity::Warning, lit("Annex A"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() != QLatin1String("stage2") && s.auditType() != QLatin1String("recertification"))
                          return {};
                      for (const auto& e : s.soa) {
                          if (e.flag(QStringLiteral("planned")))
                              return {};
                      }
                      return {tr("The audit plan samples no Annex A control; a %1 audit evaluates the "
                                 "implementation of the controls the SoA includes.")
                                  .arg(ValueLabels::label(ValueList::AuditType, s.auditType()))};
                  }});
    return rules;
}

} // namespace isoaudit
