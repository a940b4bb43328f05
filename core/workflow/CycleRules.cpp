// SPDX-License-Identifier: GPL-3.0-or-later
// The certification cycle's rules (docs/cycle.md, docs/workflow.md): earlier nonconformities are verified before
// reporting, a surveillance audits what every surveillance must, the programme covers everything over the cycle, and
// the surveillance windows are kept.
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

bool verifiesEarlierFindings(const AuditSnapshot& s)
{
    const QString type = s.auditType();
    return type == QLatin1String("surveillance") || type == QLatin1String("recertification")
        || type == QLatin1String("special") || type == QLatin1String("stage2");
}

QStringList controlLabels(const QStringList& ids)
{
    QStringList labels;
    for (const QString& id : ids)
        labels << QStringLiteral("A.") + id;
    return labels;
}

} // namespace

QList<Rule> WorkflowRules::cycle()
{
    QList<Rule> rules;
    rules.append({lit("reporting.earlier-nonconformities-verified"), lit("reporting"), Severity::Blocker,
                  lit("ISO/IEC 17021-1 9.6.2.2"), [](const AuditSnapshot& s) -> QStringList {
                      if (!verifiesEarlierFindings(s))
                          return {};
                      QStringList pending;
                      for (const auto& f : s.carriedFindings) {
                          if (f.text(QStringLiteral("verification")).isEmpty() && !f.flag(QStringLiteral("deferred")))
                              pending << AuditSnapshot::findingLabel(f);
                      }
                      if (pending.isEmpty())
                          return {};
                      return {tr("Earlier nonconformities carried into this audit have no verification verdict "
                                 "yet: %1. Record for each whether its correction and corrective action are "
                                 "effective, not effective or still open.")
                                  .arg(pending.join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("reporting.not-effective-raised-again"), lit("reporting"), Severity::Blocker,
                  lit("ISO/IEC 17021-1 9.4.8"), [](const AuditSnapshot& s) -> QStringList {
                      QStringList missing;
                      for (const auto& f : s.carriedFindings) {
                          if (f.text(QStringLiteral("verification")) != QLatin1String("not-effective"))
                              continue;
                          const QString again = f.text(QStringLiteral("reraised_as"));
                          if (again.isEmpty() || !s.findingByUuid(again))
                              missing << AuditSnapshot::findingLabel(f);
                      }
                      if (missing.isEmpty())
                          return {};
                      return {tr("Earlier nonconformities verified as not effective are not raised again in this "
                                 "audit: %1. Raise each again as a finding of this audit (it keeps its history).")
                                  .arg(missing.join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("fieldwork.programme-coverage"), lit("fieldwork"), Severity::Warning,
                  lit("ISO/IEC 27006 9.1.3"), [](const AuditSnapshot& s) -> QStringList {
                      const QString type = s.auditType();
                      if (type != QLatin1String("surveillance") && type != QLatin1String("recertification"))
                          return {};
                      const ProgrammeCoverage coverage = ProgrammeCoverage::compute(s);
                      if (coverage.remainingAudits > 0)
                          return {};
                      const QStringList clauses = coverage.uncovered(LinkKind::Clause);
                      const QStringList controls = controlLabels(coverage.uncovered(LinkKind::Control));
                      if (clauses.isEmpty() && controls.isEmpty())
                          return {};
                      return {tr("No further audit of this certification cycle is planned, and these items would "
                                 "stay unaudited over the cycle: %1.")
                                  .arg((clauses + controls).join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("fieldwork.certification-decision-date"), lit("fieldwork"), Severity::Warning,
                  lit("ISO/IEC 17021-1 9.1.3.3"), [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() != QLatin1String("surveillance"))
                          return {};
                      if (!s.programme.text(QStringLiteral("decision_date")).isEmpty())
                          return {};
                      return {tr("The programme does not give the date of the certification decision; the "
                                 "surveillance windows are counted from it. Enter it on the Overview page.")};
                  }});
    rules.append({lit("fieldwork.audit-within-window"), lit("fieldwork"), Severity::Warning,
                  lit("ISO/IEC 17021-1 9.1.3.3"), [](const AuditSnapshot& s) -> QStringList {
                      const QDate start = s.startDate();
                      if (!start.isValid())
                          return {};
                      for (const auto& row : s.programmeAudits) {
                          if (row.text(QStringLiteral("status")) != QLatin1String("current"))
                              continue;
                          const QDate dueBy = QDate::fromString(row.text(QStringLiteral("due_by")), Qt::ISODate);
                          if (dueBy.isValid() && start > dueBy)
                              return {tr("The audit starts on %1, after the date the programme plans it by (%2).")
                                          .arg(start.toString(Qt::ISODate), dueBy.toString(Qt::ISODate))};
                      }
                      return {};
                  }});
    return rules;
}

} // namespace isoaudit
