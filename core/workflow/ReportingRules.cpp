// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for entering reporting: every planned item is judged on evidence, the SoA is complete, every
// nonconformity is a complete finding and every cross-check result is dealt with (docs/workflow.md).
#include "workflow/AuditSnapshot.h"
#include "workflow/CrossChecks.h"
#include "workflow/FindingClassifier.h"
#include "workflow/Rule.h"

namespace isoaudit {

namespace {

QString lit(const char* s)
{
    return QString::fromLatin1(s);
}

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

bool isNonconformity(const Record& finding)
{
    const QString grade = finding.text(QStringLiteral("grade"));
    return grade == QLatin1String("major") || grade == QLatin1String("minor");
}

/// Whether the auditor raised the cross-check result `key` as a finding, which answers the rule by itself.
bool raised(const AuditSnapshot& s, const QString& key)
{
    return s.findingFromCrosscheck(key) != nullptr;
}

} // namespace

QList<Rule> WorkflowRules::reporting()
{
    const QString stage = QStringLiteral("reporting");
    QList<Rule> rules;
    rules.append({lit("reporting.clause-verdicts"), stage, Severity::Blocker, lit("4-10"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList pending;
                      for (const auto& c : s.clauses) {
                          if (c.flag(QStringLiteral("planned")) && c.text(QStringLiteral("verdict")) == lit("pending"))
                              pending << c.text(QStringLiteral("clause_id"));
                      }
                      if (pending.isEmpty())
                          return {};
                      return {tr("Planned clause items still have no verdict: %1.").arg(joined(pending))};
                  }});
    rules.append({lit("reporting.control-verdicts"), stage, Severity::Blocker, lit("Annex A"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList pending;
                      for (const auto& e : s.soa) {
                          if (e.flag(QStringLiteral("planned")) && e.text(QStringLiteral("verdict")) == lit("pending"))
                              pending << e.text(QStringLiteral("control_id"));
                      }
                      if (pending.isEmpty())
                          return {};
                      return {
                          tr("Annex A controls planned for sampling still have no verdict: %1.").arg(joined(pending))};
                  }});
    rules.append(
        {lit("reporting.verdict-evidence"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.5"),
         [](const AuditSnapshot& s) -> QStringList {
             QStringList clauses;
             QStringList controls;
             for (const auto& c : s.clauses) {
                 const QString v = c.text(QStringLiteral("verdict"));
                 const QString id = c.text(QStringLiteral("clause_id"));
                 if ((v == lit("conform") || v == lit("nonconform")) && s.evidenceCount(LinkKind::Clause, id) == 0)
                     clauses << id;
             }
             for (const auto& e : s.soa) {
                 const QString v = e.text(QStringLiteral("verdict"));
                 const QString id = e.text(QStringLiteral("control_id"));
                 if ((v == lit("effective") || v == lit("nonconform")) && s.evidenceCount(LinkKind::Control, id) == 0)
                     controls << id;
             }
             QStringList messages;
             if (!clauses.isEmpty())
                 messages << tr("Clause verdicts rest on no interview, document, record or observation: %1.")
                                 .arg(joined(clauses));
             if (!controls.isEmpty())
                 messages << tr("Control verdicts rest on no interview, document, record or observation: "
                                "%1.")
                                 .arg(joined(controls));
             return messages;
         }});
    rules.append({lit("reporting.soa-decided"), stage, Severity::Blocker, lit("6.1.3 d)"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (raised(s, QStringLiteral("soa.incomplete:SoA")))
                          return {};
                      QStringList undecided;
                      for (const auto& e : s.soa) {
                          if (e.text(QStringLiteral("applicable")) == lit("undecided"))
                              undecided << e.text(QStringLiteral("control_id"));
                      }
                      if (undecided.isEmpty())
                          return {};
                      return {tr("The applicability of Annex A controls is not decided: %1 (or raise the SoA's "
                                 "omission as a finding).")
                                  .arg(joined(undecided))};
                  }});
    rules.append({lit("reporting.exclusions-justified"), stage, Severity::Blocker, lit("6.1.3 d)"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList bare;
                      for (const auto& e : s.soa) {
                          const QString id = e.text(QStringLiteral("control_id"));
                          if (e.text(QStringLiteral("applicable")) == lit("no")
                              && e.text(QStringLiteral("justification")).trimmed().isEmpty()
                              && !raised(s, QStringLiteral("soa.exclusion-unjustified:") + id))
                              bare << id;
                      }
                      if (bare.isEmpty())
                          return {};
                      return {tr("Excluded controls have no justification: %1 (record the client's justification, "
                                 "or raise its absence as a finding).")
                                  .arg(joined(bare))};
                  }});
    rules.append(
        {lit("reporting.nonconformities-covered"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.5"),
         [](const AuditSnapshot& s) -> QStringList {
             auto covered = [&](LinkKind kind, const QString& id) {
                 for (const Record* f : s.findingsLinkedTo(kind, id)) {
                     if (isNonconformity(*f))
                         return true;
                 }
                 return false;
             };
             QStringList uncovered;
             for (const auto& c : s.clauses) {
                 const QString id = c.text(QStringLiteral("clause_id"));
                 if (c.text(QStringLiteral("verdict")) == lit("nonconform") && !covered(LinkKind::Clause, id))
                     uncovered << tr("clause %1").arg(id);
             }
             for (const auto& e : s.soa) {
                 const QString id = e.text(QStringLiteral("control_id"));
                 if (e.text(QStringLiteral("verdict")) == lit("nonconform") && !covered(LinkKind::Control, id))
                     uncovered << tr("control %1").arg(id);
             }
             if (uncovered.isEmpty())
                 return {};
             return {
                 tr("Nonconform verdicts have no major or minor finding that names them: %1.").arg(joined(uncovered))};
         }});
    rules.append({lit("reporting.verdict-contradicts-finding"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      // A technical reviewer's first check: a requirement judged conform (or a control effective) that
                      // carries a major or minor nonconformity says two things at once.
                      auto nonconformities = [&](LinkKind kind, const QString& id) {
                          QStringList refs;
                          for (const Record* f : s.findingsLinkedTo(kind, id)) {
                              if (isNonconformity(*f))
                                  refs << f->text(QStringLiteral("ref"));
                          }
                          return refs;
                      };
                      QStringList contradictions;
                      for (const auto& c : s.clauses) {
                          const QString id = c.text(QStringLiteral("clause_id"));
                          if (c.text(QStringLiteral("verdict")) != lit("conform"))
                              continue;
                          if (const QStringList refs = nonconformities(LinkKind::Clause, id); !refs.isEmpty())
                              contradictions << tr("clause %1 is conform but carries %2").arg(id, joined(refs));
                      }
                      for (const auto& e : s.soa) {
                          const QString id = e.text(QStringLiteral("control_id"));
                          if (e.text(QStringLiteral("verdict")) != lit("effective"))
                              continue;
                          if (const QStringList refs = nonconformities(LinkKind::Control, id); !refs.isEmpty())
                              contradictions << tr("control %1 is effective but carries %2").arg(id, joined(refs));
                      }
                      if (contradictions.isEmpty())
                          return {};
                      return {
                          tr("Verdicts contradict the nonconformities raised against them: %1. Change the verdict to "
                             "nonconform, or regrade or unlink the finding.")
                              .arg(contradictions.join(QStringLiteral("; ")))};
                  }});
    rules.append({lit("reporting.effective-not-implemented"), stage, Severity::Blocker, lit("6.1.3 d), Annex A"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList excluded;
                      QStringList notImplemented;
                      for (const auto& e : s.soa) {
                          if (e.text(QStringLiteral("verdict")) != lit("effective"))
                              continue;
                          const QString id = e.text(QStringLiteral("control_id"));
                          const QString implementation = e.text(QStringLiteral("implementation"));
                          if (e.text(QStringLiteral("applicable")) == lit("no"))
                              excluded << id;
                          else if (implementation == lit("planned") || implementation == lit("not-implemented"))
                              notImplemented << id;
                      }
                      QStringList messages;
                      if (!excluded.isEmpty())
                          messages << tr("Controls judged effective are excluded in the SoA: %1. A control the "
                                         "client excludes cannot be found operating effectively; correct the verdict "
                                         "or the SoA entry.")
                                          .arg(joined(excluded));
                      if (!notImplemented.isEmpty())
                          messages << tr("Controls judged effective are planned or not implemented according to the "
                                         "SoA: %1. Correct the verdict or the SoA's implementation status.")
                                          .arg(joined(notImplemented));
                      return messages;
                  }});
    rules.append({lit("reporting.findings-complete"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList messages;
                      for (const auto& f : s.findings) {
                          if (!isNonconformity(f))
                              continue;
                          QStringList missing;
                          if (f.linked(LinkKind::Clause).isEmpty() && f.linked(LinkKind::Control).isEmpty())
                              missing << tr("the clause or control");
                          if (f.text(QStringLiteral("statement")).trimmed().isEmpty())
                              missing << tr("the statement of nonconformity");
                          if (f.text(QStringLiteral("objective_evidence")).trimmed().isEmpty())
                              missing << tr("the objective evidence");
                          if (!missing.isEmpty())
                              messages << tr("Finding %1 (%2) lacks %3.")
                                              .arg(f.text(QStringLiteral("ref")), f.text(QStringLiteral("grade")),
                                                   joined(missing));
                      }
                      return messages;
                  }});
    rules.append({lit("reporting.crosschecks-resolved"), stage, Severity::Blocker, lit("4-10, per result"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList messages;
                      for (const auto& r : CrossChecks::run(s)) {
                          if (r.state == CrossCheckResult::State::Open)
                              // The result's own message and clause, readable; its key (for `crosscheck --raise`)
                              // is listed by `isoaudit-cli crosscheck` and shown on the Risks page.
                              messages << tr("%1 Raise it as a finding or dismiss it with a reason (ISO/IEC 27001 %2).")
                                              .arg(r.message, r.clause);
                      }
                      return messages;
                  }});
    rules.append({lit("reporting.consider-major"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.4.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      QStringList messages;
                      for (const auto& candidate : FindingClassifier::considerMajor(s))
                          messages << tr("%1 minor nonconformities name %2 (%3); together they may amount to a "
                                         "major nonconformity.")
                                          .arg(candidate.findingRefs.size())
                                          .arg(candidate.requirement, joined(candidate.findingRefs));
                      return messages;
                  }});
    rules.append({lit("reporting.area-of-concern-stage1"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.3.1.2.2"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() == QLatin1String("stage1"))
                          return {};
                      QStringList concerns;
                      for (const auto& f : s.findings) {
                          if (f.text(QStringLiteral("grade")) == lit("area-of-concern"))
                              concerns << AuditSnapshot::findingLabel(f);
                      }
                      if (concerns.isEmpty())
                          return {};
                      return {tr("Areas of concern belong to a Stage 1 audit; grade them as nonconformities, "
                                 "observations or opportunities for improvement: %1.")
                                  .arg(joined(concerns))};
                  }});
    rules.append({lit("reporting.stage1-nonconformity"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.3.1.2.2"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() != QLatin1String("stage1"))
                          return {};
                      QStringList graded;
                      for (const auto& f : s.findings) {
                          if (isNonconformity(f))
                              graded << AuditSnapshot::findingLabel(f);
                      }
                      if (graded.isEmpty())
                          return {};
                      return {tr("A Stage 1 audit identifies areas of concern that could be classified as "
                                 "nonconformities at Stage 2; these are graded as nonconformities: %1.")
                                  .arg(joined(graded))};
                  }});
    return rules;
}

} // namespace isoaudit
