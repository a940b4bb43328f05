// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for signing the report: a recommendation consistent with the findings, and a named lead auditor
// (docs/workflow.md). Entering `signed` also re-checks the reporting rules (RuleEngine::rulesFor).
#include "workflow/AuditSnapshot.h"
#include "workflow/CorrectiveActions.h"
#include "workflow/Rule.h"

namespace isoaudit {

namespace {

QString lit(const char* s)
{
    return QString::fromLatin1(s);
}

QString recommendation(const AuditSnapshot& s)
{
    return s.audit.text(QStringLiteral("recommendation"));
}

/// Findings of `grade` none of whose corrective actions is done in the sense of CorrectiveActions::isDone.
QStringList withoutDoneAction(const AuditSnapshot& s, const QString& grade)
{
    QStringList labels;
    for (const auto& f : s.findings) {
        if (f.text(QStringLiteral("grade")) != grade)
            continue;
        bool done = false;
        for (const Record* action : s.actionsOf(f.uuid))
            done = done || CorrectiveActions::isDone(grade, action->text(QStringLiteral("status")));
        if (!done)
            labels << AuditSnapshot::findingLabel(f);
    }
    return labels;
}

} // namespace

QList<Rule> WorkflowRules::signing()
{
    const QString stage = QStringLiteral("signed");
    QList<Rule> rules;
    rules.append({lit("signed.recommendation-recorded"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.8"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (recommendation(s).isEmpty())
                          return {tr("No certification recommendation is recorded; choose recommend, "
                                     "recommend-after-verification or do-not-recommend.")};
                      return {};
                  }});
    rules.append({lit("signed.recommend-open-major"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (recommendation(s) != lit("recommend"))
                          return {};
                      const QStringList open = withoutDoneAction(s, QStringLiteral("major"));
                      if (open.isEmpty())
                          return {};
                      return {tr("\"recommend\" is impossible while a major nonconformity lacks a verified corrective "
                                 "action: %1. Verify the action, or record recommend-after-verification or "
                                 "do-not-recommend.")
                                  .arg(open.join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("signed.recommend-open-minor"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      // The certification decision needs each minor's plan accepted. The report may be signed
                      // before that, but then its recommendation must say it is conditional.
                      if (recommendation(s) != lit("recommend"))
                          return {};
                      const QStringList open = withoutDoneAction(s, QStringLiteral("minor"));
                      if (open.isEmpty())
                          return {};
                      return {tr("An unconditional \"recommend\" needs every minor nonconformity's corrective-action "
                                 "plan accepted: %1. Record recommend-after-verification, so the report says the "
                                 "decision waits for the plans.")
                                  .arg(open.join(QStringLiteral(", ")))};
                  }});
    rules.append(
        {lit("signed.actions-awaited"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.5"),
         [](const AuditSnapshot& s) -> QStringList {
             if (recommendation(s) != lit("recommend-after-verification"))
                 return {};
             QStringList awaited;
             for (const char* grade : {"major", "minor"}) {
                 for (const auto& f : s.findings) {
                     if (f.text(QStringLiteral("grade")) != QLatin1String(grade))
                         continue;
                     bool done = false;
                     QDate due;
                     for (const Record* action : s.actionsOf(f.uuid)) {
                         done = done
                             || CorrectiveActions::isDone(QLatin1String(grade), action->text(QStringLiteral("status")));
                         const QDate d = QDate::fromString(action->text(QStringLiteral("due_date")), Qt::ISODate);
                         if (d.isValid() && (!due.isValid() || d < due))
                             due = d;
                     }
                     if (done)
                         continue;
                     const QString label = AuditSnapshot::findingLabel(f);
                     awaited << (due.isValid() ? tr("%1 due %2").arg(label, due.toString(Qt::ISODate))
                                               : tr("%1 (no corrective action yet)").arg(label));
                 }
             }
             if (awaited.isEmpty())
                 return {};
             return {tr("The recommendation is conditional: the certification body still awaits accepted "
                        "plans (minors) and verified corrections (majors) for %1.")
                         .arg(awaited.join(QStringLiteral(", ")))};
         }});
    rules.append({lit("signed.major-six-months"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      const QString r = recommendation(s);
                      if (r != lit("recommend") && r != lit("recommend-after-verification"))
                          return {};
                      const QDate limit = CorrectiveActions::majorVerificationLimit(s);
                      if (!limit.isValid() || s.today <= limit)
                          return {};
                      const QStringList open = withoutDoneAction(s, QStringLiteral("major"));
                      if (open.isEmpty())
                          return {};
                      return {tr("Major nonconformities of this Stage 2 were not verified by %1, six months after its "
                                 "last day: %2. Another Stage 2 is needed before certification can be recommended; "
                                 "record do-not-recommend.")
                                  .arg(limit.toString(Qt::ISODate), open.join(QStringLiteral(", ")))};
                  }});
    rules.append({lit("signed.lead-auditor"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.8"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (s.leads().size() != 1)
                          return {tr("The report is signed by the lead auditor; the audit team must name exactly one "
                                     "lead (it names %1).")
                                      .arg(s.leads().size())};
                      return {};
                  }});
    rules.append({lit("signed.recommendation-consistent"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      const QString r = recommendation(s);
                      const bool openMajor = !withoutDoneAction(s, QStringLiteral("major")).isEmpty();
                      if (r == lit("recommend-after-verification") && !openMajor)
                          return {tr("The recommendation waits for verification, but no major nonconformity is "
                                     "open; \"recommend\" may be what is meant.")};
                      bool anyMajor = false;
                      for (const auto& f : s.findings)
                          anyMajor = anyMajor || f.text(QStringLiteral("grade")) == lit("major");
                      if (r == lit("do-not-recommend") && !anyMajor)
                          return {tr("The recommendation is do-not-recommend, but no major nonconformity is "
                                     "recorded to support it.")};
                      return {};
                  }});
    rules.append({lit("signed.recommendation-rationale"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.4.8"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (!recommendation(s).isEmpty()
                          && s.audit.text(QStringLiteral("recommendation_rationale")).trimmed().isEmpty())
                          return {tr("The recommendation has no rationale for the certification body's reviewer.")};
                      return {};
                  }});
    return rules;
}

} // namespace isoaudit
