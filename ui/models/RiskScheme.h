// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "domain/RiskMethod.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace isoaudit {

/// The client's risk method as the workbench shows it: core's one reading of the method (RiskMethod: levels,
/// scoring, bands, threshold) plus what only a screen needs — "3 · Possible" level texts, the choices of the level
/// combo boxes, and a colour for every score. The heat map, the register and the level combo boxes all draw from
/// this one reading; none of them computes a score itself.
class RiskScheme
{
    Q_DECLARE_TR_FUNCTIONS(RiskScheme)

public:
    static constexpr int maximumLevels = RiskMethod::maximumLevels;

    RiskScheme() = default;
    /// Reads a RiskMethod record; malformed JSON leaves that part empty rather than failing.
    static RiskScheme fromRecord(const Record& method);
    static RiskScheme fromMethod(const RiskMethod& method);

    const RiskMethod& method() const { return m_method; }
    const QString& name() const { return m_method.name; }
    int likelihoodCount() const { return m_method.likelihoodCount(); }
    int impactCount() const { return m_method.impactCount(); }
    const QStringList& likelihoodLabels() const { return m_method.likelihoodLevels; }
    const QStringList& impactLabels() const { return m_method.impactLevels; }
    /// The client's label of a 1-based level, or the number when the method names no such level.
    QString likelihoodLabel(int level) const;
    QString impactLabel(int level) const;
    /// "3 · Possible": number and label, as the register and the combo boxes show a level.
    QString likelihoodText(int level) const;
    QString impactText(int level) const;
    /// Choices for ItemRoles::ChoicesRole: "Not stated" then each level.
    QVariantList likelihoodChoices() const;
    QVariantList impactChoices() const;

    /// The score of a pair of levels under the client's method (RiskMethod::score).
    std::optional<int> score(int likelihood, int impact) const { return m_method.score(likelihood, impact); }
    /// The bands, each with a colour to paint (a band without a readable colour is grey).
    const QList<RiskBand>& bands() const { return m_method.bands; }
    /// The band the score falls in, or nullptr.
    const RiskBand* band(int score) const { return m_method.band(score); }
    /// The band's colour, or a neutral grey for a score no band covers.
    QColor color(int score) const;
    /// The colour of a cell: its score's colour, or the neutral grey when the method gives the pair no score.
    QColor cellColor(int likelihood, int impact) const;
    std::optional<int> acceptanceThreshold() const { return m_method.acceptanceThreshold; }
    /// Whether a score needs treatment under the client's threshold (false when the method states none).
    bool aboveThreshold(int score) const { return m_method.aboveThreshold(score); }

private:
    static QVariantList levelChoices(const QStringList& labels);

    RiskMethod m_method;
};

} // namespace isoaudit
