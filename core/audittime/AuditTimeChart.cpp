// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittime/AuditTimeChart.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <utility>

namespace isoaudit {

namespace {

const QStringList complexityLevels = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};

/// A policy entry is written {"value": …, "note": "…"} so the file can say why; a bare value is read too.
QJsonValue policyValue(const QJsonObject& policy, const char* key)
{
    const QJsonValue entry = policy.value(QLatin1String(key));
    if (entry.isObject() && entry.toObject().contains(QLatin1String("value")))
        return entry.toObject().value(QLatin1String("value"));
    return entry;
}

/// A share is a number or an exact fraction "1/3" (one third is not a finite decimal); nullopt when neither.
std::optional<double> shareOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    const QStringList parts = value.toString().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okNumerator = false;
    bool okDenominator = false;
    const double numerator = parts.at(0).trimmed().toDouble(&okNumerator);
    const double denominator = parts.at(1).trimmed().toDouble(&okDenominator);
    if (!okNumerator || !okDenominator || denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
}

} // namespace

const AuditTimeChart& AuditTimeChart::shipped()
{
    static const AuditTimeChart chart = [] {
        auto loaded = load(shippedPath());
        return loaded ? loaded.value() : AuditTimeChart{};
    }();
    return chart;
}

Result<AuditTimeChart> AuditTimeChart::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The audit-time chart %1 cannot be read: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), path);
}

Result<AuditTimeChart> AuditTimeChart::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The audit-time chart %1 is not valid JSON: %2").arg(origin, parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("isoaudit-audit-time-chart")
        || root.value(QLatin1String("version")).toInt() != 1)
        return Error{tr("The audit-time chart %1 is not an IsoAudit audit-time chart of version 1.").arg(origin)};
    const auto invalid = [&origin](const QString& what) {
        return Error{tr("The audit-time chart %1 is invalid: %2").arg(origin, what)};
    };

    AuditTimeChart chart;
    chart.m_id = root.value(QLatin1String("id")).toString();
    chart.m_name = root.value(QLatin1String("name")).toString();
    const QJsonObject sources = root.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        chart.m_sources.insert(it.key(), it.value().toString());
    const QJsonArray bands = root.value(QLatin1String("bands")).toArray();
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QJsonObject o = bands.at(i).toObject();
        const QString where = tr("band %1").arg(i + 1);
        for (const char* key : {"personsMin", "personsMax"}) {
            if (!isWholeNumber(o.value(QLatin1String(key))))
                return invalid(tr("%1: %2 is missing or not a whole number").arg(where, QLatin1String(key)));
        }
        if (!o.value(QLatin1String("initialDays")).isDouble())
            return invalid(tr("%1: initialDays is missing or not a number").arg(where));
        AuditTimeBand band;
        band.personsMin = o.value(QLatin1String("personsMin")).toInt();
        band.personsMax = o.value(QLatin1String("personsMax")).toInt();
        band.initialDays = o.value(QLatin1String("initialDays")).toDouble();
        for (const auto& source : o.value(QLatin1String("sources")).toArray())
            band.sources.append(source.toString());
        chart.m_bands.append(band);
    }
    const QString rule = root.value(QLatin1String("beyondLastBand")).toObject().value(QLatin1String("rule")).toString();
    if (rule != QLatin1String("progression") && rule != QLatin1String("none"))
        return invalid(tr("beyondLastBand.rule is \"%1\", not \"progression\" or \"none\"").arg(rule));
    chart.m_extrapolates = rule == QLatin1String("progression");

    const QJsonObject policy = root.value(QLatin1String("policy")).toObject();
    AuditTimePolicy& p = chart.m_policy;
    const auto badPolicy = [&invalid](const char* key, const QJsonValue& value, const QString& expected) {
        // The value as the file writes it (130, true, [..]); a string without its quotes.
        const QString shown = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        return invalid(tr("policy.%1 is %2; it must be %3").arg(QLatin1String(key), shown, expected));
    };
    if (const QJsonValue v = policyValue(policy, "personsRounding"); !v.isUndefined()) {
        if (v.toString() != QLatin1String("up") && v.toString() != QLatin1String("nearest"))
            return badPolicy("personsRounding", v, tr("\"up\" or \"nearest\""));
        p.personsRounding = v.toString() == QLatin1String("up") ? AuditTimePolicy::PersonsRounding::Up
                                                                : AuditTimePolicy::PersonsRounding::Nearest;
    }
    if (const QJsonValue v = policyValue(policy, "sameWorkRule"); !v.isUndefined()) {
        if (v.toString() != QLatin1String("square-root") && v.toString() != QLatin1String("none"))
            return badPolicy("sameWorkRule", v, tr("\"square-root\" or \"none\""));
        p.sameWorkRule = v.toString() == QLatin1String("none") ? AuditTimePolicy::SameWorkRule::None
                                                               : AuditTimePolicy::SameWorkRule::SquareRoot;
    }
    if (const QJsonValue v = policyValue(policy, "maxReductionPercent"); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() >= 100)
            return badPolicy("maxReductionPercent", v, tr("a number from 0 to below 100"));
        p.maxReductionPercent = v.toDouble();
    }
    for (const auto& [key, table] : {std::pair{"businessComplexityPercent", &p.businessComplexityPercent},
                                     std::pair{"itComplexityPercent", &p.itComplexityPercent}}) {
        const QJsonValue v = policyValue(policy, key);
        if (v.isUndefined()) {
            *table = {{QStringLiteral("low"), -10}, {QStringLiteral("medium"), 0}, {QStringLiteral("high"), 20}};
            continue;
        }
        const QJsonObject levels = v.toObject();
        for (const QString& level : complexityLevels) {
            const QJsonValue percent = levels.value(level);
            if (!percent.isDouble() || percent.toDouble() <= -100 || percent.toDouble() > 500)
                return invalid(tr("policy.%1.%2 is missing or not a percent above -100 and up to 500")
                                   .arg(QLatin1String(key), level));
            table->insert(level, percent.toDouble());
        }
        if (levels.size() != complexityLevels.size())
            return invalid(tr("policy.%1 has levels other than low, medium and high").arg(QLatin1String(key)));
    }
    for (const auto& [key, share, allowOne] :
         {std::tuple{"stage1Share", &p.stage1Share, false}, std::tuple{"surveillanceShare", &p.surveillanceShare, true},
          std::tuple{"recertificationShare", &p.recertificationShare, true}}) {
        const QJsonValue v = policyValue(policy, key);
        if (v.isUndefined())
            continue;
        const auto value = shareOf(v);
        if (!value || *value <= 0 || *value > 1 || (!allowOne && *value >= 1))
            return badPolicy(key, v,
                             allowOne ? tr("a share above 0 and up to 1 (a number or a fraction such as 2/3)")
                                      : tr("a share above 0 and below 1 (a number or a fraction such as 1/3)"));
        *share = *value;
    }
    if (const QJsonValue v = policyValue(policy, "roundingStepDays"); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1)
            return badPolicy("roundingStepDays", v, tr("a number of days above 0 and up to 1"));
        p.roundingStepDays = v.toDouble();
    }
    if (auto ok = chart.validate(); !ok)
        return invalid(ok.error());
    return chart;
}

Status AuditTimeChart::validate() const
{
    if (m_id.isEmpty() || m_name.isEmpty())
        return Error{tr("it has no id or no name")};
    if (m_bands.isEmpty())
        return Error{tr("it has no bands")};
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        const AuditTimeBand& band = m_bands.at(i);
        const QString where = tr("band %1 (persons %2–%3)").arg(i + 1).arg(band.personsMin).arg(band.personsMax);
        if (i == 0 && band.personsMin != 1)
            return Error{tr("%1 starts at %2 persons; the chart must start at 1").arg(where).arg(band.personsMin)};
        if (band.personsMax < band.personsMin)
            return Error{tr("%1: personsMax is below personsMin").arg(where)};
        if (!(band.initialDays > 0))
            return Error{tr("%1: initialDays must be above 0").arg(where)};
        for (const QString& source : band.sources) {
            if (!m_sources.contains(source))
                return Error{
                    tr("%1 names the source \"%2\", which the chart's sources do not list").arg(where, source)};
        }
        if (i == 0)
            continue;
        const AuditTimeBand& before = m_bands.at(i - 1);
        if (band.personsMin > before.personsMax + 1)
            return Error{tr("%1 leaves a gap: the band before ends at %2 persons").arg(where).arg(before.personsMax)};
        if (band.personsMin <= before.personsMax)
            return Error{tr("%1 overlaps the band before, which ends at %2 persons").arg(where).arg(before.personsMax)};
        if (band.initialDays <= before.initialDays)
            return Error{tr("%1: initialDays %2 is not more than the %3 of the band before")
                             .arg(where)
                             .arg(band.initialDays)
                             .arg(before.initialDays)};
    }
    if (m_extrapolates && m_bands.size() < 2)
        return Error{tr("beyondLastBand.rule \"progression\" needs at least two bands to follow")};
    return {};
}

std::optional<AuditTimeChart::Lookup> AuditTimeChart::lookup(int persons) const
{
    if (persons < 1 || m_bands.isEmpty())
        return std::nullopt;
    for (const AuditTimeBand& band : m_bands) {
        if (persons <= band.personsMax)
            return Lookup{band, false};
    }
    if (!m_extrapolates)
        return std::nullopt;
    // "Follow the progression": each further band ends at the previous end times the ratio of the last two band
    // ends, and adds the last band's step in days (validate() guarantees two bands, increasing ends and days).
    const AuditTimeBand& last = m_bands.last();
    const AuditTimeBand& previous = m_bands.at(m_bands.size() - 2);
    const double ratio = double(last.personsMax) / double(previous.personsMax);
    const double step = last.initialDays - previous.initialDays;
    AuditTimeBand band = last;
    while (persons > band.personsMax) {
        const int min = band.personsMax + 1;
        band.personsMax = std::max(min, int(std::lround(band.personsMax * ratio)));
        band.personsMin = min;
        band.initialDays += step;
    }
    band.sources.clear();
    return Lookup{band, true};
}

} // namespace isoaudit
