// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace isoaudit {

/// One score band of the client's method: scores from..to (inclusive) carry a label and a colour.
struct RiskBand
{
    int from = 0;
    int to = 0;
    QString label;
    QColor color;
};

/// The client's risk method (the RiskMethod record) read for display: likelihood and impact levels with the client's
/// labels (any N x M up to 10 x 10), score bands over score = likelihood x impact, and the acceptance threshold.
/// The heat map, the register and the level combo boxes all draw from this one reading.
class RiskScheme
{
    Q_DECLARE_TR_FUNCTIONS(RiskScheme)

public:
    static constexpr int maximumLevels = 10;

    RiskScheme() = default;
    /// Reads a RiskMethod record; malformed JSON leaves that part empty rather than failing.
    static RiskScheme fromRecord(const Record& method);

    const QString& name() const { return m_name; }
    int likelihoodCount() const { return int(m_likelihood.size()); }
    int impactCount() const { return int(m_impact.size()); }
    const QStringList& likelihoodLabels() const { return m_likelihood; }
    const QStringList& impactLabels() const { return m_impact; }
    /// The client's label of a 1-based level, or the number when the method names no such level.
    QString likelihoodLabel(int level) const;
    QString impactLabel(int level) const;
    /// "3 · Possible": number and label, as the register and the combo boxes show a level.
    QString likelihoodText(int level) const;
    QString impactText(int level) const;
    /// Choices for ItemRoles::ChoicesRole: "Not stated" then each level.
    QVariantList likelihoodChoices() const;
    QVariantList impactChoices() const;

    const QList<RiskBand>& bands() const { return m_bands; }
    /// The band the score falls in, or nullptr.
    const RiskBand* band(int score) const;
    /// The band's colour, or a neutral grey for a score no band covers.
    QColor color(int score) const;
    std::optional<int> acceptanceThreshold() const { return m_threshold; }
    /// Whether a score needs treatment under the client's threshold (false when the method states none).
    bool aboveThreshold(int score) const { return m_threshold && score > *m_threshold; }

private:
    static QStringList readLevels(const QVariant& json);
    static QVariantList levelChoices(const QStringList& labels);

    QString m_name;
    QStringList m_likelihood;
    QStringList m_impact;
    QList<RiskBand> m_bands;
    std::optional<int> m_threshold;
};

} // namespace isoaudit
