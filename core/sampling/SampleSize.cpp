// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/SampleSize.h"

#include "domain/RecordKind.h"

#include <algorithm>

namespace isoaudit {

QString SampleSize::noOccurrencesMessage()
{
    return tr("The population has no occurrences during the period: the control is not occurring during the period, "
              "which is not a pass, and no sample is drawn.");
}

Result<SampleSizeResult> SampleSize::compute(const SampleSizeInput& input, const SampleSizePolicy& policy)
{
    if (!Enums::controlFrequencies.contains(input.frequency))
        return Error{tr("The control frequency \"%1\" is not one of %2.")
                         .arg(input.frequency, Enums::controlFrequencies.join(QLatin1String(", ")))};
    if (input.populationSize < 0)
        return Error{tr("The population size %1 is below 0.").arg(input.populationSize)};
    if (input.populationSize == 0)
        return Error{noOccurrencesMessage()};

    SampleSizeResult result;
    result.policyId = policy.id();
    result.policyName = policy.name();
    result.input = input;
    const bool asManual = !input.automated
        || (input.priorDeviation
            && policy.automatedAfterDeviation() == SampleSizePolicy::AutomatedAfterDeviation::AsManual);
    if (asManual) {
        const SampleSizeRow* row = policy.row(input.frequency, input.populationSize);
        if (!row) // a validated policy covers every frequency and every population from 1 up
            return Error{tr("The sample-size policy \"%1\" has no row for this control.").arg(policy.name())};
        result.row = *row;
        result.increased = input.priorDeviation && !row->all;
        result.policySize = row->all ? input.populationSize : result.increased ? row->increasedSize : row->size;
        result.testedWhole = row->all || input.populationSize <= result.policySize;
    } else {
        result.row = policy.automatedRow();
        result.policySize = result.row.size;
        result.testedWhole = input.populationSize <= result.policySize;
    }
    result.changeManagementEvidence = input.automated && policy.automatedNeedsChangeManagementEvidence();
    result.size = std::min(result.policySize, input.populationSize);
    return result;
}

QString SampleSizeResult::rationale() const
{
    const QString row = rowLabel();
    QString line;
    if (this->row.all) {
        line = SampleSize::tr("All %n occurrence(s) are tested: the firm's policy row \"%1\" tests every occurrence.",
                              nullptr, size)
                   .arg(row);
    } else if (testedWhole) {
        line = (increased ? SampleSize::tr("All %n occurrence(s) are tested: the population is not larger than the "
                                           "%1 items of the firm's policy row \"%2\" after a deviation in the prior "
                                           "period.",
                                           nullptr, size)
                          : SampleSize::tr("All %n occurrence(s) are tested: the population is not larger than the "
                                           "%1 items of the firm's policy row \"%2\".",
                                           nullptr, size))
                   .arg(policySize)
                   .arg(row);
    } else if (increased) {
        line = SampleSize::tr("%n item(s), the next size after a deviation in the prior period, from the firm's "
                              "policy row \"%1\" (%2 without it).",
                              nullptr, size)
                   .arg(row)
                   .arg(this->row.size);
    } else {
        line = SampleSize::tr("%n item(s) from the firm's policy row \"%1\".", nullptr, size).arg(row);
    }
    if (input.automated && !this->row.frequency.isEmpty())
        line += QLatin1Char(' ')
            + SampleSize::tr("Automated control, sized as a manual one after the deviation in "
                             "the prior period.");
    if (changeManagementEvidence)
        line += QLatin1Char(' ')
            + SampleSize::tr("Automated control: change-management evidence over the period is "
                             "tested as well.");
    return line;
}

// The JSON the engagement will store with a sample (issue 16): keys are only added, never renamed.

QJsonObject SampleSizeInput::toJson() const
{
    return {{"frequency", frequency},
            {"automated", automated},
            {"populationSize", populationSize},
            {"priorDeviation", priorDeviation}};
}

Result<SampleSizeInput> SampleSizeInput::fromJson(const QJsonObject& json)
{
    if (!json.value(QLatin1String("populationSize")).isDouble())
        return Error{SampleSize::tr("The sample-size input's populationSize is missing or not a number.")};
    SampleSizeInput input;
    input.frequency = json.value(QLatin1String("frequency")).toString();
    input.automated = json.value(QLatin1String("automated")).toBool();
    input.populationSize = json.value(QLatin1String("populationSize")).toInt();
    input.priorDeviation = json.value(QLatin1String("priorDeviation")).toBool();
    return input;
}

QJsonObject SampleSizeResult::toJson() const
{
    QJsonObject rowJson{{"id", row.id},
                        {"frequency", row.frequency},
                        {"all", row.all},
                        {"size", row.size},
                        {"increasedSize", row.increasedSize}};
    if (row.frequency == QLatin1String("as-needed")) {
        rowJson.insert(QLatin1String("populationMin"), row.populationMin);
        rowJson.insert(QLatin1String("populationMax"),
                       row.populationMax ? QJsonValue(*row.populationMax) : QJsonValue(QJsonValue::Null));
    }
    return {{"policy", QJsonObject{{"id", policyId}, {"name", policyName}}},
            {"input", input.toJson()},
            {"row", rowJson},
            {"policySize", policySize},
            {"size", size},
            {"testedWhole", testedWhole},
            {"increased", increased},
            {"changeManagementEvidence", changeManagementEvidence}};
}

Result<SampleSizeResult> SampleSizeResult::fromJson(const QJsonObject& json)
{
    auto input = SampleSizeInput::fromJson(json.value(QLatin1String("input")).toObject());
    if (!input)
        return Error{input.error()};
    for (const char* key : {"policySize", "size"}) {
        if (!json.value(QLatin1String(key)).isDouble())
            return Error{SampleSize::tr("The sample size's %1 is missing or not a number.").arg(QLatin1String(key))};
    }
    SampleSizeResult result;
    const QJsonObject policy = json.value(QLatin1String("policy")).toObject();
    result.policyId = policy.value(QLatin1String("id")).toString();
    result.policyName = policy.value(QLatin1String("name")).toString();
    result.input = input.value();
    const QJsonObject row = json.value(QLatin1String("row")).toObject();
    result.row.id = row.value(QLatin1String("id")).toString();
    result.row.frequency = row.value(QLatin1String("frequency")).toString();
    result.row.all = row.value(QLatin1String("all")).toBool();
    result.row.size = row.value(QLatin1String("size")).toInt();
    result.row.increasedSize = row.value(QLatin1String("increasedSize")).toInt();
    result.row.populationMin = row.value(QLatin1String("populationMin")).toInt();
    if (row.value(QLatin1String("populationMax")).isDouble())
        result.row.populationMax = row.value(QLatin1String("populationMax")).toInt();
    result.policySize = json.value(QLatin1String("policySize")).toInt();
    result.size = json.value(QLatin1String("size")).toInt();
    result.testedWhole = json.value(QLatin1String("testedWhole")).toBool();
    result.increased = json.value(QLatin1String("increased")).toBool();
    result.changeManagementEvidence = json.value(QLatin1String("changeManagementEvidence")).toBool();
    return result;
}

} // namespace isoaudit
