// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace isoaudit {

class AuditStore;
struct AuditSnapshot;

/// The facts an auditor records about a nonconformity, from which a grade is suggested.
struct ClassificationFacts
{
    /// "absent" (the required process is missing), "undocumented" (the process operates, its required documented
    /// information is missing), "systemic" (broken down across instances), "isolated" (a lapse)
    QString nature;
    std::optional<int> samplesFailed;
    std::optional<int> samplesTaken;
    bool capabilityInDoubt = false; ///< the ISMS's ability to achieve its intended results is in doubt

    /// The facts stored on a finding.
    static ClassificationFacts of(const Record& finding);
};

/// The certification body's own sampling policy — never a requirement of ISO/IEC 17021-1, which sets no failure
/// rate. When enabled (Preferences, or `isoaudit-cli classify --policy-failure-rate`), an isolated nonconformity
/// with more than `failurePercent` % of its samples failed, and at least `minimumFailures` failures, is suggested
/// as major, and the rationale says that the policy, not the standard, made it so. Off by default.
struct SamplingPolicy
{
    bool enabled = false;
    int failurePercent = 20;
    int minimumFailures = 2;
    bool operator==(const SamplingPolicy&) const = default;
    /// Fails with a message naming the value that is out of range.
    Status validate() const;
};

/// A suggested grade and the rationale for it, written from the ISO/IEC 17021-1 definitions.
struct GradeSuggestion
{
    QString grade; ///< "major" or "minor"; "area-of-concern" in a Stage 1 audit
    QString rationale;
};

/// Requirements (a clause or control) with enough minor nonconformities to consider one major.
struct MajorCandidate
{
    QString requirement; ///< "8.8" for a clause or "A.8.8" for a control
    QStringList findingRefs;
};

/// The finding classification assistant. It only suggests: the auditor's grade is final and is stored beside the
/// suggestion (finding.grade vs finding.suggested_grade). The rules are in docs/workflow.md.
class FindingClassifier
{
    Q_DECLARE_TR_FUNCTIONS(FindingClassifier)

public:
    static Result<GradeSuggestion> suggest(const ClassificationFacts& facts, const SamplingPolicy& policy = {});
    /// Stores the facts (when given) and the suggestion on the finding and returns the suggestion; the finding's
    /// own grade is left as the auditor set it.
    static Result<GradeSuggestion> classifyFinding(AuditStore& store, const QString& findingUuid,
                                                   const std::optional<ClassificationFacts>& facts = std::nullopt,
                                                   const SamplingPolicy& policy = {});
    /// The suggestion at Stage 1, where nonconformities are not yet graded: an area of concern, saying what it would
    /// be at Stage 2. classifyFinding() applies it in a Stage 1 audit.
    static GradeSuggestion atStage1(const GradeSuggestion& atStage2);
    /// Minor nonconformities grouped by the clause or control they name, for groups at or above the audit's
    /// threshold (audit.minor_to_major_threshold, default 3).
    static QList<MajorCandidate> considerMajor(const AuditSnapshot& snapshot);
};

} // namespace isoaudit
