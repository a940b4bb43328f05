// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for signing the report: an outcome of the audit's own type (core/domain/Outcomes.h) consistent with the
// findings, and a named lead auditor (docs/workflow.md). Entering `signed` also re-checks the reporting rules (RuleEngine::rulesFor).
#include "domain/Outcomes.h"
#include "domain/ValueLabels.h"
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

/// The recorded outcome's tier, when it is an outcome of the audit's own type.
std::optional<OutcomeTier> tierOf(const AuditSnapshot& s)
{
    const QString r = recommendation(s);
    if (!Outcomes::fits(s.auditType(), r))
        return std::nullopt;
    return Outcomes::tier(r);
}

bool isTier(const AuditSnapshot& s, OutcomeTier tier)
{
    const auto t = tierOf(s);
    return t && *t == tier;
}

/// Stage 2, surveillance and recertification recommend on the certification; Stage 1 and special audits conclude
/// on other questions (readiness, closure) and have rules of their own.
bool recommendsOnCertification(const AuditSnapshot& s)
{
    const QString type = s.auditType();
    return type == QLatin1String("stage2") || type == QLatin1String("surveillance")
        || type == QLatin1String("recertification");
}

/// The outcome's label for messages, in the workbench's language.
QString outcomeLabel(const QString& outcome)
{
    return ValueLabels::label(ValueList::Recommendation, outcome);
}

QString quoted(const QString& text)
{
    return WorkflowRules::tr("“%1”", "a name in the language's quotation marks").arg(text);
}

QString choices(const QString& auditType)
{
    QStringList labels;
    for (const QString& outcome : Outcomes::forAuditType(auditType))
        labels << quoted(outcomeLabel(outcome));
    return labels.join(QStringLiteral(", "));
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

/// Nonconformities (major or minor) none of whose corrective actions is verified effective: what a special audit
/// has not closed.
QStringList unclosed(const AuditSnapshot& s)
{
    QStringList labels;
    for (const auto& f : s.findings) {
        const QString grade = f.text(QStringLiteral("grade"));
        if (grade != QLatin1String("major") && grade != QLatin1String("minor"))
            continue;
        bool verified = false;
        for (const Record* action : s.actionsOf(f.uuid))
            verified = verified || action->text(QStringLiteral("status")) == QLatin1String("verified-effective");
        if (!verified)
            labels << AuditSnapshot::findingLabel(f);
    }
    // The earlier nonconformities a special audit verifies (schema 6) are closed by this audit's verdict.
    for (const auto& c : s.carriedFindings) {
        if (!c.flag(QStringLiteral("deferred")) && c.text(QStringLiteral("verification")) != QLatin1String("effective"))
            labels << AuditSnapshot::findingLabel(c);
    }
    return labels;
}

QStringList findingsOfGrade(const AuditSnapshot& s, const QString& grade)
{
    QStringList labels;
    for (const auto& f : s.findings) {
        if (f.text(QStringLiteral("grade")) == grade)
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
                          return {tr("No outcome of the audit is recorded; choose one of %1.")
                                      .arg(choices(s.auditType()))};
                      return {};
                  }});
    rules.append({lit("signed.outcome-fits-type"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.8"),
                  [](const AuditSnapshot& s) -> QStringList {
                      const QString r = recommendation(s);
                      if (r.isEmpty() || Outcomes::fits(s.auditType(), r))
                          return {};
                      return {tr("%1 is not an outcome of a %2 audit; choose one of %3.")
                                  .arg(quoted(outcomeLabel(r)),
                                       ValueLabels::label(ValueList::AuditType, s.auditType()),
                                       choices(s.auditType()))};
                  }});
    rules.append({lit("signed.recommend-open-major"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (!recommendsOnCertification(s) || !isTier(s, OutcomeTier::Positive))
                          return {};
                      const QStringList open = withoutDoneAction(s, QStringLiteral("major"));
                      if (open.isEmpty())
                          return {};
                      return {tr("%1 is impossible while a major nonconformity lacks a verified corrective action: "
                                 "%2. Verify the action, or record %3 or %4.")
                                  .arg(quoted(outcomeLabel(recommendation(s))), open.join(QStringLiteral(", ")),
                                       quoted(outcomeLabel(Outcomes::forTier(s.auditType(), OutcomeTier::Conditional))),
                                       quoted(outcomeLabel(Outcomes::forTier(s.auditType(), OutcomeTier::Negative))))};
                  }});
    rules.append({lit("signed.recommend-open-minor"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.5"),
                  [](const AuditSnapshot& s) -> QStringList {
                      // The certification decision needs each minor's plan accepted. The report may be signed
                      // before that, but then its recommendation must say it is conditional.
                      if (!recommendsOnCertification(s) || !isTier(s, OutcomeTier::Positive))
                          return {};
                      const QStringList open = withoutDoneAction(s, QStringLiteral("minor"));
                      if (open.isEmpty())
                          return {};
                      return {tr("An unconditional %1 needs every minor nonconformity's corrective-action plan "
                                 "accepted: %2. Record %3, so the report says the decision waits for the plans.")
                                  .arg(quoted(outcomeLabel(recommendation(s))), open.join(QStringLiteral(", ")),
                                       quoted(outcomeLabel(
                                           Outcomes::forTier(s.auditType(), OutcomeTier::Conditional))))};
                  }});
    rules.append(
        {lit("signed.actions-awaited"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.5"),
         [](const AuditSnapshot& s) -> QStringList {
             if (!recommendsOnCertification(s) || !isTier(s, OutcomeTier::Conditional))
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
                      if (s.auditType() != QLatin1String("stage2") || isTier(s, OutcomeTier::Negative)
                          || recommendation(s).isEmpty())
                          return {};
                      const QDate limit = CorrectiveActions::majorVerificationLimit(s);
                      if (!limit.isValid() || s.today <= limit)
                          return {};
                      const QStringList open = withoutDoneAction(s, QStringLiteral("major"));
                      if (open.isEmpty())
                          return {};
                      return {tr("Major nonconformities of this Stage 2 were not verified by %1, six months after its "
                                 "last day: %2. Another Stage 2 is needed before certification can be recommended; "
                                 "record %3.")
                                  .arg(limit.toString(Qt::ISODate), open.join(QStringLiteral(", ")),
                                       quoted(outcomeLabel(QStringLiteral("do-not-recommend"))))};
                  }});
    rules.append({lit("signed.ready-with-open-concerns"), stage, Severity::Warning,
                  lit("ISO/IEC 17021-1 9.3.1.2.2"), [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() != QLatin1String("stage1") || !isTier(s, OutcomeTier::Positive))
                          return {};
                      QStringList concerns = findingsOfGrade(s, QStringLiteral("area-of-concern"));
                      concerns << findingsOfGrade(s, QStringLiteral("major"))
                               << findingsOfGrade(s, QStringLiteral("minor"));
                      if (concerns.isEmpty())
                          return {};
                      return {tr("The client is declared ready for Stage 2 while areas of concern are recorded: %1. "
                                 "%2 tells the client and the Stage 2 team they must be addressed first.")
                                  .arg(concerns.join(QStringLiteral(", ")),
                                       quoted(outcomeLabel(QStringLiteral("ready-after-concerns"))))};
                  }});
    rules.append({lit("signed.special-closed-open"), stage, Severity::Blocker, lit("ISO/IEC 17021-1 9.4.8"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() != QLatin1String("special") || !isTier(s, OutcomeTier::Positive))
                          return {};
                      const QStringList open = unclosed(s);
                      if (open.isEmpty())
                          return {};
                      return {tr("The nonconformities cannot be reported closed while their corrective actions are "
                                 "not verified effective: %1. Verify them, or record %2.")
                                  .arg(open.join(QStringLiteral(", ")),
                                       quoted(outcomeLabel(QStringLiteral("nonconformities-not-closed"))))};
                  }});
    rules.append({lit("signed.special-names-nonconformities"), stage, Severity::Blocker,
                  lit("ISO/IEC 17021-1 9.4.8"), [](const AuditSnapshot& s) -> QStringList {
                      if (s.auditType() != QLatin1String("special") || recommendation(s).isEmpty())
                          return {};
                      if (!s.carriedFindings.isEmpty() || !findingsOfGrade(s, QStringLiteral("major")).isEmpty()
                          || !findingsOfGrade(s, QStringLiteral("minor")).isEmpty())
                          return {};
                      return {tr("A special audit concludes on the nonconformities it verifies, and none is recorded: "
                                 "record each nonconformity followed up, with its corrective action.")};
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
                      if (!recommendsOnCertification(s))
                          return {};
                      const bool openMajor = !withoutDoneAction(s, QStringLiteral("major")).isEmpty();
                      const bool awaitedPlan = !withoutDoneAction(s, QStringLiteral("minor")).isEmpty();
                      if (isTier(s, OutcomeTier::Conditional) && !openMajor && !awaitedPlan)
                          return {tr("The recommendation waits for verification, but no major nonconformity is open "
                                     "and no minor's plan is awaited; %1 may be what is meant.")
                                      .arg(quoted(outcomeLabel(Outcomes::forTier(s.auditType(),
                                                                                 OutcomeTier::Positive))))};
                      if (isTier(s, OutcomeTier::Negative) && findingsOfGrade(s, QStringLiteral("major")).isEmpty())
                          return {tr("The recommendation is %1, but no major nonconformity is recorded to support it.")
                                      .arg(quoted(outcomeLabel(recommendation(s))))};
                      return {};
                  }});
    rules.append({lit("signed.recommendation-rationale"), stage, Severity::Warning, lit("ISO/IEC 17021-1 9.4.8"),
                  [](const AuditSnapshot& s) -> QStringList {
                      if (!recommendation(s).isEmpty()
                          && s.audit.text(QStringLiteral("recommendation_rationale")).trimmed().isEmpty())
                          return {tr("The outcome has no rationale for the certification body's reviewer.")};
                      return {};
                  }});
    return rules;
}

} // namespace isoaudit
