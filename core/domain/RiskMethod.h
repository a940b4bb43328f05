// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "i18n/ReportLanguage.h"
#include "util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <utility>

namespace isoaudit {

/// One score band of the client's method: scores from..to (inclusive) carry the client's label and a colour.
struct RiskBand
{
    int from = 0;
    int to = 0;
    QString label;
    QColor color; ///< as stored; invalid when the method gives none or an unreadable one
    bool operator==(const RiskBand&) const = default;
};

/// The client's risk method (the RiskMethod record, DOMAIN.md section 3) read once, as data: its likelihood and
/// impact levels, how it scores a pair of ratings (their product, their sum, or a matrix the client gives cell by
/// cell), its score bands and its acceptance threshold on that score. It is the only place that knows how a
/// risk's score comes about: the cross-checks, the report and its heat maps, the table export, the workbench's
/// register, heat map and statistics all ask it, so none of them imposes a formula of its own.
///
/// The matrix is stored as JSON: an array with one array per likelihood level (1..N, lowest first), each holding
/// one whole-number score per impact level (1..M, lowest first) — `[[1,2,3],[2,4,6],[3,6,9]]` for a 3 x 3 product.
///
/// Its texts (validate(), formulaText(), scoreText()) follow the report's language inside a ReportLanguage::Scope
/// and the workbench's language elsewhere.
struct RiskMethod
{
    ISOAUDIT_REPORT_TR_FUNCTIONS(RiskMethod)

public:
    enum class Scoring { Product, Sum, Matrix };
    static constexpr int maximumLevels = 10;
    /// The highest score a matrix cell may give.
    static constexpr int maximumCellScore = 999;

    QString name;
    QString description;
    QStringList likelihoodLevels; ///< the client's labels, lowest first
    QStringList impactLevels;
    Scoring scoring = Scoring::Product;
    /// One row per likelihood level, one score per impact level; used when scoring is Matrix.
    QList<QList<int>> matrix;
    /// Why the stored matrix could not be read as whole numbers (fromRecord), empty when it could; validate()
    /// reports it.
    QString matrixProblem;
    QList<RiskBand> bands;
    std::optional<int> acceptanceThreshold;

    /// Reads a RiskMethod record. Malformed JSON leaves that part empty (and a malformed matrix is named by
    /// matrixProblem) rather than failing, so a method with a problem can still be shown and corrected.
    static RiskMethod fromRecord(const Record& method);
    /// The method as the RiskMethod record's column values (name, levels, scoring, matrix, bands, threshold,
    /// description), as the store writes them. A method that does not score by matrix stores an empty matrix.
    QVariantMap toValues() const;

    /// The stored spelling of a scoring ("product", "sum", "matrix": Enums::riskScorings).
    static QString scoringId(Scoring scoring);
    /// The scoring a stored spelling names; Product for an empty or unknown one (files before format 5).
    static Scoring scoringFromId(const QString& id);

    int likelihoodCount() const { return int(likelihoodLevels.size()); }
    int impactCount() const { return int(impactLevels.size()); }

    /// The score of a likelihood and an impact rating (1-based levels) under the client's method; nullopt when
    /// either is missing or below 1, or when the matrix gives no score for the pair.
    std::optional<int> score(int likelihood, int impact) const;
    std::optional<int> score(std::optional<int> likelihood, std::optional<int> impact) const;
    /// A risk register entry's inherent (likelihood, impact) or residual (residual_likelihood, residual_impact)
    /// score.
    std::optional<int> scoreOf(const Record& risk, bool residual = false) const;
    /// The lowest and highest score the method gives over its levels; nullopt for a method without levels or with
    /// an unusable matrix.
    std::optional<std::pair<int, int>> scoreRange() const;
    /// The band a score falls in, or nullptr.
    const RiskBand* band(int score) const;
    /// Whether a score is above the client's acceptance threshold, i.e. needs treatment (false when the method
    /// states none).
    bool aboveThreshold(int score) const { return acceptanceThreshold && score > *acceptanceThreshold; }

    /// The first problem that makes the method unusable or ambiguous, in words naming what is wrong: levels (1 to
    /// 10 of each, none blank), the matrix (rows, cells, whole numbers), the bands (from ≤ to, a label, no
    /// overlap, within the scores the method gives) and the acceptance threshold (within the scores).
    Status validate() const;
    /// Only the part of validate() about how scores come about: a matrix method's matrix fits its levels and
    /// holds whole numbers. The package importer refuses a method that fails it.
    Status validateScoring() const;

    /// The method's rule for people: "Score = likelihood × impact.", "Score = likelihood + impact.", "Scores are
    /// read from the client's matrix, one per likelihood and impact level."
    QString formulaText() const;
    /// How one pair was scored, for evidence texts: "likelihood 4 × impact 5 = 20", "likelihood 4 + impact 5 = 9",
    /// "likelihood 4 and impact 5 score 14 in the client's matrix".
    QString scoreText(int likelihood, int impact) const;

    /// The scores likelihood × impact for an N x M method: what a matrix starts from when the auditor switches a
    /// product method to a matrix.
    static QList<QList<int>> productMatrix(int likelihoods, int impacts);
    /// The matrix as stored: compact JSON, `[[1,2],[2,4]]`.
    static QString matrixJson(const QList<QList<int>>& matrix);
    /// Reads a stored matrix; fails naming the first row or cell that is not a whole number.
    static Result<QList<QList<int>>> readMatrix(const QString& json);

    bool operator==(const RiskMethod&) const = default;
};

} // namespace isoaudit
