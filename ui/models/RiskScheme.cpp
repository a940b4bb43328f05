// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RiskScheme.h"

#include "delegates/EnumLabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit {

QStringList RiskScheme::readLevels(const QVariant& json)
{
    QStringList labels;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue& value : array) {
        if (labels.size() == maximumLevels)
            break;
        labels << (value.isString() ? value.toString() : QString::number(value.toInt()));
    }
    return labels;
}

RiskScheme RiskScheme::fromRecord(const Record& method)
{
    RiskScheme scheme;
    scheme.m_name = method.text(QStringLiteral("name"));
    scheme.m_likelihood = readLevels(method.values.value(QStringLiteral("likelihood_levels")));
    scheme.m_impact = readLevels(method.values.value(QStringLiteral("impact_levels")));
    const QJsonArray bands = QJsonDocument::fromJson(method.text(QStringLiteral("bands")).toUtf8()).array();
    for (const QJsonValue& value : bands) {
        const QJsonObject o = value.toObject();
        RiskBand band;
        band.from = o.value(QLatin1String("from")).toInt();
        band.to = o.value(QLatin1String("to")).toInt();
        band.label = o.value(QLatin1String("label")).toString();
        band.color = QColor(o.value(QLatin1String("color")).toString());
        if (!band.color.isValid())
            band.color = QColor(0xbd, 0xbd, 0xbd);
        scheme.m_bands << band;
    }
    scheme.m_threshold = method.integer(QStringLiteral("acceptance_threshold"));
    return scheme;
}

QString RiskScheme::likelihoodLabel(int level) const
{
    return level >= 1 && level <= m_likelihood.size() ? m_likelihood.at(level - 1) : QString::number(level);
}

QString RiskScheme::impactLabel(int level) const
{
    return level >= 1 && level <= m_impact.size() ? m_impact.at(level - 1) : QString::number(level);
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
    return levelChoices(m_likelihood);
}

QVariantList RiskScheme::impactChoices() const
{
    return levelChoices(m_impact);
}

const RiskBand* RiskScheme::band(int score) const
{
    for (const RiskBand& b : m_bands) {
        if (score >= b.from && score <= b.to)
            return &b;
    }
    return nullptr;
}

QColor RiskScheme::color(int score) const
{
    const RiskBand* b = band(score);
    return b ? b->color : QColor(0xe0, 0xe0, 0xe0);
}

} // namespace isoaudit
