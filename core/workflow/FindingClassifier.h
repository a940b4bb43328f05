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
    QString nature; ///< "absent" (requirement not addressed), "systemic" (broken down), "isolated" (a lapse)
    std::optional<int> samplesFailed;
    std::optional<int> samplesTaken;
    bool capabilityInDoubt = false; ///< the ISMS's ability to achieve its intended results is in doubt

    /// The facts stored on a finding.
    static ClassificationFacts of(const Record& finding);
};

/// A suggested grade and the rationale for it, written from the ISO/IEC 17021-1 definitions.
struct GradeSuggestion
{
    QString grade; ///< "major" or "minor"
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
    /// A sampled failure rate above this share suggests a systemic breakdown even when reported as isolated.
    static constexpr double systemicFailureShare = 0.2;

    static Result<GradeSuggestion> suggest(const ClassificationFacts& facts);
    /// Stores the facts (when given) and the suggestion on the finding and returns the suggestion; the finding's
    /// own grade is left as the auditor set it.
    static Result<GradeSuggestion> classifyFinding(AuditStore& store, const QString& findingUuid,
                                                   const std::optional<ClassificationFacts>& facts = std::nullopt);
    /// Minor nonconformities grouped by the clause or control they name, for groups at or above the audit's
    /// threshold (audit.minor_to_major_threshold, default 3).
    static QList<MajorCandidate> considerMajor(const AuditSnapshot& snapshot);
};

} // namespace isoaudit
