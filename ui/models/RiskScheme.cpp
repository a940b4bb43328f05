// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RiskScheme.h"

#include "delegates/EnumLabels.h"

namespace isoaudit {

RiskScheme RiskScheme::fromRecord(const Record& method)
{
    return fromMethod(RiskMethod::fromRecord(method));
}

RiskScheme RiskScheme::fromMethod(const RiskMethod& method)
{
    RiskScheme scheme;
    scheme.m_method = method;
    for (RiskBand& band : scheme.m_method.bands) {
        if (!band.color.isValid())
            band.color = QColor(0xbd, 0xbd, 0xbd);
    }
    return scheme;
}

QString RiskScheme::likelihoodLabel(int level) const
{
    return level >= 1 && level <= m_method.likelihoodLevels.size() ? m_method.likelihoodLevels.at(level - 1)
                                                                   : QString::number(level);
}

QString RiskScheme::impactLabel(int level) const
{
    return level >= 1 && level <= m_method.impactLevels.size() ? m_method.impactLevels.at(level - 1)
                                                               : QString::number(level);
}

QString RiskScheme::likelihoodText(int level) const
{
    const QString label = likelihoodLabel(level);
    return label == QString::number(level) ? label : tr("%1 · %2").arg(level).arg(label);
}

QString RiskScheme::impactText(int level) const
{
    const QString label = impactLabel(level);
    return label == QString::number(level) ? label : tr("%1 · %2").arg(level).arg(label);
}

QVariantList RiskScheme::levelChoices(const QStringList& labels)
{
    QVariantList result{QVariant(QVariantList{EnumLabels::notStated(), QVariant()})};
    for (int level = 1; level <= labels.size(); ++level)
        result << QVariant(QVariantList{tr("%1 · %2").arg(level).arg(labels.at(level - 1)), level});
    return result;
}

QVariantList RiskScheme::likelihoodChoices() const
{
    return levelChoices(m_method.likelihoodLevels);
}

QVariantList RiskScheme::impactChoices() const
{
    return levelChoices(m_method.impactLevels);
}

QColor RiskScheme::color(int score) const
{
    const RiskBand* b = band(score);
    return b ? b->color : QColor(0xe0, 0xe0, 0xe0);
}

QColor RiskScheme::cellColor(int likelihood, int impact) const
{
    const auto s = score(likelihood, impact);
    return s ? color(*s) : QColor(0xe0, 0xe0, 0xe0);
}

} // namespace isoaudit
