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

Result<GradeSuggestion> FindingClassifier::suggest(const ClassificationFacts& facts)
{
    if (facts.nature.isEmpty())
        return Error{tr("Say whether the requirement is absent, has broken down systemically, or shows an isolated "
                        "lapse; the grade follows from that.")};
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
        sampled = tr(" %1 of %2 samples failed.").arg(failed).arg(taken);

    if (facts.nature == QLatin1String("absent"))
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major: the requirement is not addressed at all. ISO/IEC 17021-1 defines a major "
                                  "nonconformity as one that affects the capability of the management system to "
                                  "achieve its intended results; an absent requirement does.")
                                   + sampled};
    if (facts.nature == QLatin1String("systemic"))
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major: the requirement has broken down systemically, not in a single instance, "
                                  "so effective control cannot be relied on (ISO/IEC 17021-1 major "
                                  "nonconformity).")
                                   + sampled};
    if (facts.capabilityInDoubt)
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major: although the lapse looks isolated, there is significant doubt that the "
                                  "ISMS can achieve its intended results, which ISO/IEC 17021-1 grades as a major "
                                  "nonconformity.")
                                   + sampled};
    if (taken > 0 && failed >= 2 && double(failed) / taken > systemicFailureShare)
        return GradeSuggestion{QStringLiteral("major"),
                               tr("Major: reported as isolated, but %1 of %2 samples failed (more than one in five), "
                                  "which points to a systemic breakdown rather than a single lapse (ISO/IEC 17021-1 "
                                  "major nonconformity). Grade minor only if the failures share one isolated cause.")
                                   .arg(failed)
                                   .arg(taken)};
    return GradeSuggestion{QStringLiteral("minor"),
                           tr("Minor: the requirement is not fulfilled in an isolated instance, and the ISMS's "
                              "capability to achieve its intended results is not in doubt (ISO/IEC 17021-1 minor "
                              "nonconformity).")
                               + sampled};
}

Result<GradeSuggestion> FindingClassifier::classifyFinding(AuditStore& store, const QString& findingUuid,
                                                           const std::optional<ClassificationFacts>& facts)
{
    auto finding = store.record(RecordKind::Finding, findingUuid);
    if (!finding)
        return Error{finding.error()};
    const ClassificationFacts used = facts ? *facts : ClassificationFacts::of(finding.value());
    auto suggestion = suggest(used);
    if (!suggestion)
        return Error{tr("Finding %1: %2").arg(finding->text(QStringLiteral("ref")), suggestion.error())};
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
