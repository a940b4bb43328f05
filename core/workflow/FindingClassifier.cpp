// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/FindingClassifier.h"

#include "catalog/Catalog.h"
#include "storage/AuditStore.h"
#include "workflow/AuditSnapshot.h"

#include <QMap>

namespace isoaudit {

ClassificationFacts ClassificationFacts::of(const Record& finding)
{
    ClassificationFacts facts;
    facts.nature = finding.text(QStringLiteral("nature"));
    facts.samplesFailed = finding.integer(QStringLiteral("samples_failed"));
    facts.samplesTaken = finding.integer(QStringLiteral("samples_taken"));
    facts.capabilityInDoubt = finding.flag(QStringLiteral("capability_in_doubt"));
    return facts;
}

Result<GradeSuggestion> FindingClassifier::suggest(const ClassificationFacts& facts, const SamplingPolicy& policy)
{
    if (facts.nature.isEmpty())
        return Error{tr("Say whether the required process is absent, operates without the documented information "
                        "required, has broken down systemically, or shows an isolated lapse; the grade follows from "
                        "that.")};
    if (!Enums::findingNatures.contains(facts.nature))
        return Error{tr("The nature of a nonconformity must be one of: %1; \"%2\" is not.")
                         .arg(Enums::findingNatures.join(QStringLiteral(", ")), facts.nature)};
    if (facts.samplesFailed.has_value() != facts.samplesTaken.has_value())
        return Error{tr("Give both the samples that failed and the samples taken, or neither.")};
    const int failed = facts.samplesFailed.value_or(0);
    const int taken = facts.samplesTaken.value_or(0);
    if (failed < 0 || taken < 0)
        return Error{tr("Sample counts cannot be negative.")};
    if (facts.samplesTaken && failed > taken)
        return Error{tr("%1 samples cannot fail out of %2 taken.").arg(failed).arg(taken)};
    QString sampled;
    if (facts.samplesTaken)
        sampled = QLatin1Char(' ') + tr("%1 of %2 samples failed.").arg(failed).arg(taken);
    // The grades rest on ISO/IEC 17021-1's definitions only: a major nonconformity affects the capability of the
    // management system to achieve its intended results (for example significant doubt that effective process
    // control is in place, or several minors against one requirement showing a systemic failure); a minor one does
    // not. Any sample-failure rate is the certification body's own policy and is labelled as such.
    const QString majorDefinition = tr("ISO/IEC 17021-1 defines a major nonconformity as one that affects the "
                                       "capability of the management system to achieve its intended results.");
    if (facts.nature == QLatin1String("absent"))
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major: the process the requirement calls for is absent, so the capability of the "
                                  "management system to achieve its intended results is in doubt.")
                                   + QLatin1Char(' ') + majorDefinition + sampled};
    if (facts.nature == QLatin1String("systemic"))
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major: the requirement has broken down across instances, not in one, which gives "
                                  "significant doubt that effective process control is in place.")
                                   + QLatin1Char(' ') + majorDefinition + sampled};
    if (facts.capabilityInDoubt)
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major: you recorded significant doubt that the ISMS can achieve its intended "
                                  "results.")
                                   + QLatin1Char(' ') + majorDefinition + sampled};
    if (facts.nature == QLatin1String("undocumented"))
        return GradeSuggestion{QStringLiteral("minor"),
                               tr("Minor: the process operates, but the documented information the requirement "
                                  "calls for is missing; that alone does not affect the capability of the ISMS to "
                                  "achieve its intended results (ISO/IEC 17021-1 minor nonconformity). Grade major "
                                  "if the missing information puts effective process control in doubt.")
                                   + sampled};
    if (policy.enabled && taken > 0 && failed >= policy.minimumFailures && failed * 100 > policy.failurePercent * taken)
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major by the certification body's sampling policy, not by ISO/IEC 17021-1 (which "
                                  "sets no failure rate): %1 of %2 samples failed, more than the policy's %3 %. "
                                  "Grade minor if the failures share one isolated cause and the capability of the "
                                  "ISMS is not in doubt.")
                                   .arg(failed)
                                   .arg(taken)
                                   .arg(policy.failurePercent)};
    return GradeSuggestion{QStringLiteral("minor"),
                           tr("Minor: the requirement is not fulfilled in an isolated instance, and the capability "
                              "of the ISMS to achieve its intended results is not affected (ISO/IEC 17021-1 minor "
                              "nonconformity).")
                               + sampled};
}

GradeSuggestion FindingClassifier::atStage1(const GradeSuggestion& atStage2)
{
    const QString grade = atStage2.grade == QLatin1String("major") ? tr("a major nonconformity")
                                                                   : tr("a minor nonconformity");
    return {QStringLiteral("area-of-concern"),
            tr("Area of concern: a Stage 1 audit identifies areas of concern that could be classified as "
               "nonconformities at Stage 2 (ISO/IEC 17021-1 9.3.1.2.2). At Stage 2 this would be %1. %2")
                .arg(grade, atStage2.rationale)};
}

Status SamplingPolicy::validate() const
{
    if (failurePercent < 1 || failurePercent > 100)
        return Error{FindingClassifier::tr("The sampling policy's failure rate must be 1 to 100 %; %1 is not.")
                         .arg(failurePercent)};
    if (minimumFailures < 1)
        return Error{FindingClassifier::tr("The sampling policy needs at least one failed sample; %1 is not enough.")
                         .arg(minimumFailures)};
    return {};
}

Result<GradeSuggestion> FindingClassifier::classifyFinding(AuditStore& store, const QString& findingUuid,
                                                           const std::optional<ClassificationFacts>& facts,
                                                           const SamplingPolicy& policy)
{
    auto finding = store.record(RecordKind::Finding, findingUuid);
    if (!finding)
        return Error{finding.error()};
    const ClassificationFacts used = facts ? *facts : ClassificationFacts::of(finding.value());
    auto suggestion = suggest(used, policy);
    if (!suggestion)
        return Error{tr("Finding %1: %2").arg(finding->text(QStringLiteral("ref")), suggestion.error())};
    if (auto audit = store.audit(); audit && audit->text(QStringLiteral("audit_type")) == QLatin1String("stage1"))
        suggestion = atStage1(*suggestion);
    QVariantMap values{{"suggested_grade", suggestion->grade}, {"suggestion_rationale", suggestion->rationale}};
    if (facts) {
        values.insert(QStringLiteral("nature"), used.nature);
        values.insert(QStringLiteral("samples_failed"),
                      used.samplesFailed ? QVariant(*used.samplesFailed) : QVariant());
        values.insert(QStringLiteral("samples_taken"), used.samplesTaken ? QVariant(*used.samplesTaken) : QVariant());
        values.insert(QStringLiteral("capability_in_doubt"), used.capabilityInDoubt);
    }
    if (auto saved = store.setFields(RecordKind::Finding, findingUuid, values); !saved)
        return Error{saved.error()};
    return suggestion;
}

QList<MajorCandidate> FindingClassifier::considerMajor(const AuditSnapshot& snapshot)
{
    const int threshold = snapshot.minorToMajorThreshold();
    QMap<QString, QStringList> byRequirement;
    QStringList order;
    const Catalog& catalog = Catalog::isoSpecificByNature();
    for (const auto& finding : snapshot.findings) {
        if (finding.text(QStringLiteral("grade")) != QLatin1String("minor"))
            continue;
        QStringList requirements = finding.linked(LinkKind::Clause);
        for (const QString& control : finding.linked(LinkKind::Control))
            requirements << QStringLiteral("A.") + control;
        for (const QString& requirement : requirements)
            byRequirement[requirement] << finding.text(QStringLiteral("ref"));
    }
    // Clauses first, then controls, each in catalog order.
    for (const auto& clause : catalog.clauses())
        order << clause.id;
    for (const auto& control : catalog.controls())
        order << QStringLiteral("A.") + control.id;
    QList<MajorCandidate> result;
    for (const QString& requirement : order) {
        const QStringList refs = byRequirement.value(requirement);
        if (refs.size() >= threshold)
            result.append({requirement, refs});
    }
    return result;
}

} // namespace isoaudit
