// SPDX-License-Identifier: GPL-3.0-or-later
// AuditTimeInput and AuditTimeResult as JSON: the form the audit stores and `isoaudit-cli audit-time --format json`
// prints (docs/audit-time.md lists every key). Keys are only added, never renamed.
#include "audittime/AuditTime.h"

#include <QJsonArray>

namespace isoaudit {

namespace {

/// tr() for the input's messages (AuditTimeInput has no tr() of its own); the texts are marked with
/// QT_TRANSLATE_NOOP so lupdate finds them in the context "AuditTime".
QString inputText(const char* text)
{
    return QCoreApplication::translate("AuditTime", text);
}

QJsonObject adjustmentJson(const AuditTimeAdjustment& a, bool withLabel)
{
    QJsonObject o{{"percent", a.percent}, {"reason", a.reason}};
    if (withLabel)
        o.insert(QLatin1String("label"), a.label);
    return o;
}

AuditTimeAdjustment adjustmentFrom(const QJsonObject& o)
{
    return {o.value(QLatin1String("label")).toString(), o.value(QLatin1String("percent")).toDouble(),
            o.value(QLatin1String("reason")).toString()};
}

/// A key that must hold a number (a missing key reads as 0); false when it holds anything else.
bool numberOrAbsent(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() || v.isDouble();
}

QJsonObject bandJson(const AuditTimeBand& band)
{
    return {{"personsMin", band.personsMin},
            {"personsMax", band.personsMax},
            {"initialDays", band.initialDays},
            {"sources", QJsonArray::fromStringList(band.sources)}};
}

} // namespace

QJsonObject AuditTimeInput::toJson() const
{
    QJsonArray groups;
    for (int group : sameWorkGroups)
        groups.append(group);
    QJsonArray others;
    for (const AuditTimeAdjustment& a : other)
        others.append(adjustmentJson(a, true));
    return {{"fullTimePersons", fullTimePersons},
            {"partTimeFte", partTimeFte},
            {"sameWorkGroups", groups},
            {"businessComplexity", businessComplexity},
            {"businessReason", businessReason},
            {"itComplexity", itComplexity},
            {"itReason", itReason},
            {"outsourcing", adjustmentJson(outsourcing, false)},
            {"sitesSampled", sitesSampled},
            {"multiSite", adjustmentJson(multiSite, false)},
            {"other", others},
            {"auditType", auditType}};
}

Result<AuditTimeInput> AuditTimeInput::fromJson(const QJsonObject& json)
{
    for (const char* key : {"fullTimePersons", "partTimeFte", "sitesSampled"}) {
        if (!numberOrAbsent(json, key))
            return Error{inputText(QT_TRANSLATE_NOOP("AuditTime", "The audit-time input's %1 is not a number."))
                             .arg(QLatin1String(key))};
    }
    AuditTimeInput input;
    input.fullTimePersons = json.value(QLatin1String("fullTimePersons")).toInt();
    input.partTimeFte = json.value(QLatin1String("partTimeFte")).toDouble();
    for (const auto& group : json.value(QLatin1String("sameWorkGroups")).toArray()) {
        if (!group.isDouble())
            return Error{inputText(QT_TRANSLATE_NOOP(
                "AuditTime", "The audit-time input's sameWorkGroups holds something other than numbers."))};
        input.sameWorkGroups.append(group.toInt());
    }
    input.businessComplexity = json.value(QLatin1String("businessComplexity")).toString();
    input.businessReason = json.value(QLatin1String("businessReason")).toString();
    input.itComplexity = json.value(QLatin1String("itComplexity")).toString();
    input.itReason = json.value(QLatin1String("itReason")).toString();
    input.outsourcing = adjustmentFrom(json.value(QLatin1String("outsourcing")).toObject());
    input.sitesSampled = json.value(QLatin1String("sitesSampled")).toInt();
    input.multiSite = adjustmentFrom(json.value(QLatin1String("multiSite")).toObject());
    for (const auto& other : json.value(QLatin1String("other")).toArray())
        input.other.append(adjustmentFrom(other.toObject()));
    input.auditType = json.value(QLatin1String("auditType")).toString();
    return input;
}

QJsonObject AuditTimeResult::toJson() const
{
    QJsonArray factorArray;
    for (const AuditTimeFactor& f : factors)
        factorArray.append(QJsonObject{
            {"id", f.id}, {"level", f.level}, {"label", f.label}, {"percent", f.percent}, {"reason", f.reason}});
    QJsonObject band = bandJson(this->band);
    band.insert(QLatin1String("extrapolated"), extrapolated);
    return {{"chart", QJsonObject{{"id", chartId}, {"name", chartName}}},
            {"persons",
             QJsonObject{{"fullTime", fullTimePersons},
                         {"partTimeFte", partTimeFte},
                         {"sameWork", sameWorkPersons},
                         {"sameWorkCounted", sameWorkCounted},
                         {"effective", effectivePersons},
                         {"counted", countedPersons}}},
            {"band", band},
            {"baseDays", baseDays},
            {"sitesSampled", sitesSampled},
            {"factors", factorArray},
            {"adjustment",
             QJsonObject{{"totalPercent", totalAdjustmentPercent},
                         {"appliedPercent", appliedAdjustmentPercent},
                         {"maxReductionPercent", maxReductionPercent},
                         {"capApplied", reductionCapApplied}}},
            {"days",
             QJsonObject{{"initial", initialDays},
                         {"stage1", stage1Days},
                         {"stage2", stage2Days},
                         {"surveillance", surveillanceDays},
                         {"recertification", recertificationDays}}},
            {"auditType", auditType},
            {"auditTypeDays", auditTypeDays ? QJsonValue(*auditTypeDays) : QJsonValue(QJsonValue::Null)}};
}

Result<AuditTimeResult> AuditTimeResult::fromJson(const QJsonObject& json)
{
    const QJsonObject persons = json.value(QLatin1String("persons")).toObject();
    const QJsonObject band = json.value(QLatin1String("band")).toObject();
    const QJsonObject adjustment = json.value(QLatin1String("adjustment")).toObject();
    const QJsonObject days = json.value(QLatin1String("days")).toObject();
    if (!json.value(QLatin1String("baseDays")).isDouble() || !days.value(QLatin1String("initial")).isDouble()
        || !persons.value(QLatin1String("counted")).isDouble())
        return Error{
            inputText(QT_TRANSLATE_NOOP("AuditTime",
                                        "The stored audit time is incomplete: it lacks its base or initial days or its "
                                        "persons."))};
    AuditTimeResult r;
    const QJsonObject chart = json.value(QLatin1String("chart")).toObject();
    r.chartId = chart.value(QLatin1String("id")).toString();
    r.chartName = chart.value(QLatin1String("name")).toString();
    r.fullTimePersons = persons.value(QLatin1String("fullTime")).toInt();
    r.partTimeFte = persons.value(QLatin1String("partTimeFte")).toDouble();
    r.sameWorkPersons = persons.value(QLatin1String("sameWork")).toInt();
    r.sameWorkCounted = persons.value(QLatin1String("sameWorkCounted")).toInt();
    r.effectivePersons = persons.value(QLatin1String("effective")).toDouble();
    r.countedPersons = persons.value(QLatin1String("counted")).toInt();
    r.band.personsMin = band.value(QLatin1String("personsMin")).toInt();
    r.band.personsMax = band.value(QLatin1String("personsMax")).toInt();
    r.band.initialDays = band.value(QLatin1String("initialDays")).toDouble();
    for (const auto& source : band.value(QLatin1String("sources")).toArray())
        r.band.sources.append(source.toString());
    r.extrapolated = band.value(QLatin1String("extrapolated")).toBool();
    r.baseDays = json.value(QLatin1String("baseDays")).toDouble();
    r.sitesSampled = json.value(QLatin1String("sitesSampled")).toInt();
    for (const auto& value : json.value(QLatin1String("factors")).toArray()) {
        const QJsonObject f = value.toObject();
        r.factors.append({f.value(QLatin1String("id")).toString(), f.value(QLatin1String("level")).toString(),
                          f.value(QLatin1String("label")).toString(), f.value(QLatin1String("percent")).toDouble(),
                          f.value(QLatin1String("reason")).toString()});
    }
    r.totalAdjustmentPercent = adjustment.value(QLatin1String("totalPercent")).toDouble();
    r.appliedAdjustmentPercent = adjustment.value(QLatin1String("appliedPercent")).toDouble();
    r.maxReductionPercent = adjustment.value(QLatin1String("maxReductionPercent")).toDouble();
    r.reductionCapApplied = adjustment.value(QLatin1String("capApplied")).toBool();
    r.initialDays = days.value(QLatin1String("initial")).toDouble();
    r.stage1Days = days.value(QLatin1String("stage1")).toDouble();
    r.stage2Days = days.value(QLatin1String("stage2")).toDouble();
    r.surveillanceDays = days.value(QLatin1String("surveillance")).toDouble();
    r.recertificationDays = days.value(QLatin1String("recertification")).toDouble();
    r.auditType = json.value(QLatin1String("auditType")).toString();
    if (json.value(QLatin1String("auditTypeDays")).isDouble())
        r.auditTypeDays = json.value(QLatin1String("auditTypeDays")).toDouble();
    return r;
}

} // namespace isoaudit
