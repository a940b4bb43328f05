// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/SampleSizePolicy.h"

#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace isoaudit {

namespace {

bool isCount(const QJsonValue& value, int minimum)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble() && value.toDouble() >= minimum
        && value.toDouble() <= 1e9;
}

const QStringList manualFrequencies
    = {QStringLiteral("annual"), QStringLiteral("quarterly"), QStringLiteral("monthly"),
       QStringLiteral("weekly"), QStringLiteral("daily"),     QStringLiteral("multiple-daily")};

} // namespace

const SampleSizePolicy& SampleSizePolicy::shipped()
{
    static const SampleSizePolicy policy = [] {
        auto loaded = load(shippedPath());
        return loaded ? loaded.value() : SampleSizePolicy{};
    }();
    return policy;
}

Result<SampleSizePolicy> SampleSizePolicy::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The sample-size policy %1 cannot be read: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), path);
}

Result<SampleSizePolicy> SampleSizePolicy::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The sample-size policy %1 is not valid JSON: %2").arg(origin, parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("isoaudit-sample-size-policy")
        || root.value(QLatin1String("version")).toInt() != 1)
        return Error{tr("The sample-size policy %1 is not an IsoAudit sample-size policy of version 1.").arg(origin)};
    const auto invalid = [&origin](const QString& what) {
        return Error{tr("The sample-size policy %1 is invalid: %2").arg(origin, what)};
    };

    SampleSizePolicy policy;
    policy.m_id = root.value(QLatin1String("id")).toString();
    policy.m_name = root.value(QLatin1String("name")).toString();
    if (policy.m_id.isEmpty() || policy.m_name.isEmpty())
        return invalid(tr("it has no id or no name"));

    // The size and the next size of a row; `where` names the row in the message.
    const auto readSizes
        = [&invalid](const QJsonObject& o, const QString& where, bool allowAll, SampleSizeRow& row) -> Status {
        const QJsonValue size = o.value(QLatin1String("size"));
        if (allowAll && size.toString() == QLatin1String("all")) {
            row.all = true;
            return {};
        }
        if (!isCount(size, 1))
            return invalid(allowAll
                               ? tr("%1: size is missing or neither a whole number of 1 or more nor \"all\"").arg(where)
                               : tr("%1: size is missing or not a whole number of 1 or more").arg(where));
        row.size = size.toInt();
        const QJsonValue increased = o.value(QLatin1String("increasedSize"));
        if (!isCount(increased, 1))
            return invalid(tr("%1: increasedSize (the next size, after a deviation in the prior period) is missing "
                              "or not a whole number")
                               .arg(where));
        if (increased.toInt() <= row.size)
            return invalid(tr("%1: increasedSize %2 is not larger than the size %3")
                               .arg(where)
                               .arg(increased.toInt())
                               .arg(row.size));
        row.increasedSize = increased.toInt();
        return {};
    };

    const QJsonArray frequencyRows = root.value(QLatin1String("byFrequency")).toArray();
    QList<std::optional<SampleSizeRow>> byFrequency(manualFrequencies.size());
    for (qsizetype i = 0; i < frequencyRows.size(); ++i) {
        const QJsonObject o = frequencyRows.at(i).toObject();
        const QString frequency = o.value(QLatin1String("frequency")).toString();
        const QString where = tr("byFrequency row %1 (\"%2\")").arg(i + 1).arg(frequency);
        const qsizetype index = manualFrequencies.indexOf(frequency);
        if (index < 0)
            return invalid(tr("%1: the frequency must be one of %2 (as-needed controls are sized by the asNeeded rows)")
                               .arg(where, manualFrequencies.join(QLatin1String(", "))));
        if (byFrequency.at(index))
            return invalid(tr("%1 repeats a frequency an earlier row gives").arg(where));
        SampleSizeRow row;
        row.id = frequency;
        row.frequency = frequency;
        if (auto ok = readSizes(o, where, false, row); !ok)
            return Error{ok.error()};
        byFrequency[index] = row;
    }
    for (qsizetype i = 0; i < manualFrequencies.size(); ++i) {
        if (!byFrequency.at(i))
            return invalid(tr("byFrequency has no row for the frequency \"%1\"").arg(manualFrequencies.at(i)));
        policy.m_frequencyRows.append(*byFrequency.at(i));
    }

    const QJsonArray asNeeded = root.value(QLatin1String("asNeeded")).toArray();
    if (asNeeded.isEmpty())
        return invalid(tr("asNeeded has no rows"));
    for (qsizetype i = 0; i < asNeeded.size(); ++i) {
        const QJsonObject o = asNeeded.at(i).toObject();
        const QString where = tr("asNeeded row %1").arg(i + 1);
        const bool last = i == asNeeded.size() - 1;
        SampleSizeRow row;
        row.frequency = QStringLiteral("as-needed");
        if (!isCount(o.value(QLatin1String("populationMin")), 1))
            return invalid(tr("%1: populationMin is missing or not a whole number of 1 or more").arg(where));
        row.populationMin = o.value(QLatin1String("populationMin")).toInt();
        const QJsonValue max = o.value(QLatin1String("populationMax"));
        if (!max.isUndefined() && !max.isNull()) {
            if (!isCount(max, row.populationMin))
                return invalid(tr("%1: populationMax is not a whole number of at least populationMin").arg(where));
            row.populationMax = max.toInt();
        } else if (!last) {
            return invalid(tr("%1 has no populationMax; only the last row is open-ended").arg(where));
        }
        if (i == 0 && row.populationMin != 1)
            return invalid(
                tr("%1 starts at %2 occurrences; the first row must start at 1").arg(where).arg(row.populationMin));
        if (i > 0) {
            const int before = *policy.m_asNeededRows.last().populationMax;
            if (row.populationMin > before + 1)
                return invalid(tr("%1 leaves a gap: the row before ends at %2 occurrences").arg(where).arg(before));
            if (row.populationMin <= before)
                return invalid(tr("%1 overlaps the row before, which ends at %2 occurrences").arg(where).arg(before));
        }
        row.id = row.populationMax ? QStringLiteral("as-needed-%1-%2").arg(row.populationMin).arg(*row.populationMax)
                                   : QStringLiteral("as-needed-%1+").arg(row.populationMin);
        if (auto ok = readSizes(o, where, true, row); !ok)
            return Error{ok.error()};
        policy.m_asNeededRows.append(row);
    }

    const QJsonObject automated = root.value(QLatin1String("automated")).toObject();
    if (automated.isEmpty())
        return invalid(tr("it has no automated row"));
    SampleSizeRow& automatedRow = policy.m_automatedRow;
    automatedRow.id = QStringLiteral("automated");
    if (!isCount(automated.value(QLatin1String("size")), 1))
        return invalid(tr("automated: size is missing or not a whole number of 1 or more"));
    automatedRow.size = automated.value(QLatin1String("size")).toInt();
    const QJsonValue evidence = automated.value(QLatin1String("changeManagementEvidence"));
    if (!evidence.isUndefined() && !evidence.isBool())
        return invalid(tr("automated: changeManagementEvidence is not true or false"));
    policy.m_changeManagementEvidence = evidence.toBool(true);
    const QString afterDeviation
        = automated.value(QLatin1String("priorDeviation")).toString(QStringLiteral("as-manual"));
    if (afterDeviation != QLatin1String("as-manual") && afterDeviation != QLatin1String("same"))
        return invalid(tr("automated: priorDeviation is \"%1\", not \"as-manual\" or \"same\"").arg(afterDeviation));
    policy.m_automatedAfterDeviation
        = afterDeviation == QLatin1String("same") ? AutomatedAfterDeviation::Same : AutomatedAfterDeviation::AsManual;
    return policy;
}

const SampleSizeRow* SampleSizePolicy::row(const QString& frequency, int populationSize) const
{
    if (frequency == QLatin1String("as-needed")) {
        for (const SampleSizeRow& band : m_asNeededRows) {
            if (populationSize >= band.populationMin && (!band.populationMax || populationSize <= *band.populationMax))
                return &band;
        }
        return nullptr;
    }
    for (const SampleSizeRow& r : m_frequencyRows) {
        if (r.frequency == frequency)
            return &r;
    }
    return nullptr;
}

QString SampleSizePolicy::rowLabel(const SampleSizeRow& row)
{
    if (row.frequency.isEmpty())
        return ValueLabels::label(ValueList::ControlAutomation, QStringLiteral("automated"));
    const QString frequency = ValueLabels::label(ValueList::ControlFrequency, row.frequency);
    if (row.frequency != QLatin1String("as-needed"))
        return frequency;
    if (!row.populationMax)
        return tr("%1, %2 or more occurrences").arg(frequency).arg(row.populationMin);
    return tr("%1, %2–%3 occurrences").arg(frequency).arg(row.populationMin).arg(*row.populationMax);
}

} // namespace isoaudit
