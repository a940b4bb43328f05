// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RiskMethod.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace isoaudit {

namespace {

const QString nameColumn = QStringLiteral("name");
const QString descriptionColumn = QStringLiteral("description");
const QString likelihoodColumn = QStringLiteral("likelihood_levels");
const QString impactColumn = QStringLiteral("impact_levels");
const QString scoringColumn = QStringLiteral("scoring");
const QString matrixColumn = QStringLiteral("score_matrix");
const QString bandsColumn = QStringLiteral("bands");
const QString thresholdColumn = QStringLiteral("acceptance_threshold");

QJsonArray jsonArray(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList readLevels(const QString& json)
{
    QStringList labels;
    for (const QJsonValue& value : jsonArray(json)) {
        if (labels.size() == RiskMethod::maximumLevels)
            break;
        labels << (value.isString() ? value.toString() : QString::number(value.toInt()));
    }
    return labels;
}

/// A JSON value as a message quotes it: "high", 2.5, null.
QString quoted(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return RiskMethod::tr("a list");
    case QJsonValue::Object:
        return RiskMethod::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return RiskMethod::tr("nothing");
}

} // namespace

RiskMethod RiskMethod::fromRecord(const Record& record)
{
    RiskMethod method;
    method.name = record.text(nameColumn);
    method.description = record.text(descriptionColumn);
    method.likelihoodLevels = readLevels(record.text(likelihoodColumn));
    method.impactLevels = readLevels(record.text(impactColumn));
    method.scoring = scoringFromId(record.text(scoringColumn));
    if (auto matrix = readMatrix(record.text(matrixColumn)))
        method.matrix = std::move(matrix).value();
    else
        method.matrixProblem = matrix.error();
    for (const QJsonValue& value : jsonArray(record.text(bandsColumn))) {
        const QJsonObject o = value.toObject();
        method.bands.append({o.value(QLatin1String("from")).toInt(), o.value(QLatin1String("to")).toInt(),
                             o.value(QLatin1String("label")).toString(),
                             QColor(o.value(QLatin1String("color")).toString())});
    }
    method.acceptanceThreshold = record.integer(thresholdColumn);
    return method;
}

QVariantMap RiskMethod::toValues() const
{
    QJsonArray bandArray;
    for (const RiskBand& band : bands) {
        QJsonObject o{{"from", band.from}, {"to", band.to}, {"label", band.label}};
        if (band.color.isValid())
            o.insert(QStringLiteral("color"), band.color.name());
        bandArray.append(o);
    }
    return {
        {nameColumn, name},
        {descriptionColumn, description},
        {likelihoodColumn, compact(QJsonArray::fromStringList(likelihoodLevels))},
        {impactColumn, compact(QJsonArray::fromStringList(impactLevels))},
        {scoringColumn, scoringId(scoring)},
        {matrixColumn, matrixJson(scoring == Scoring::Matrix ? matrix : QList<QList<int>>())},
        {bandsColumn, compact(bandArray)},
        {thresholdColumn, acceptanceThreshold ? QVariant(*acceptanceThreshold) : QVariant()},
    };
}

QString RiskMethod::scoringId(Scoring scoring)
{
    switch (scoring) {
    case Scoring::Sum:
        return QStringLiteral("sum");
    case Scoring::Matrix:
        return QStringLiteral("matrix");
    case Scoring::Product:
        break;
    }
    return QStringLiteral("product");
}

RiskMethod::Scoring RiskMethod::scoringFromId(const QString& id)
{
    if (id == QLatin1String("sum"))
        return Scoring::Sum;
    if (id == QLatin1String("matrix"))
        return Scoring::Matrix;
    return Scoring::Product;
}

std::optional<int> RiskMethod::score(int likelihood, int impact) const
{
    if (likelihood < 1 || impact < 1)
        return std::nullopt;
    switch (scoring) {
    case Scoring::Product:
        return likelihood * impact;
    case Scoring::Sum:
        return likelihood + impact;
    case Scoring::Matrix:
        if (likelihood > matrix.size() || impact > matrix.at(likelihood - 1).size())
            return std::nullopt;
        return matrix.at(likelihood - 1).at(impact - 1);
    }
    return std::nullopt;
}

std::optional<int> RiskMethod::score(std::optional<int> likelihood, std::optional<int> impact) const
{
    if (!likelihood || !impact)
        return std::nullopt;
    return score(*likelihood, *impact);
}

std::optional<int> RiskMethod::scoreOf(const Record& risk, bool residual) const
{
    return residual
        ? score(risk.integer(QStringLiteral("residual_likelihood")), risk.integer(QStringLiteral("residual_impact")))
        : score(risk.integer(QStringLiteral("likelihood")), risk.integer(QStringLiteral("impact")));
}

std::optional<std::pair<int, int>> RiskMethod::scoreRange() const
{
    std::optional<std::pair<int, int>> range;
    for (int l = 1; l <= likelihoodCount(); ++l) {
        for (int i = 1; i <= impactCount(); ++i) {
            const auto s = score(l, i);
            if (!s)
                return std::nullopt; // a matrix that does not fit the levels has no range to speak of
            range = range ? std::make_pair(std::min(range->first, *s), std::max(range->second, *s))
                          : std::make_pair(*s, *s);
        }
    }
    return range;
}

const RiskBand* RiskMethod::band(int score) const
{
    for (const RiskBand& b : bands) {
        if (score >= b.from && score <= b.to)
            return &b;
    }
    return nullptr;
}

Status RiskMethod::validate() const
{
    const std::pair<const QStringList*, bool> axes[] = {{&likelihoodLevels, true}, {&impactLevels, false}};
    for (const auto& [levels, isLikelihood] : axes) {
        if (levels->isEmpty() || levels->size() > maximumLevels)
            return Error{(isLikelihood ? tr("The method needs 1 to %1 likelihood levels; it has %2.")
                                       : tr("The method needs 1 to %1 impact levels; it has %2."))
                             .arg(maximumLevels)
                             .arg(levels->size())};
        for (int level = 1; level <= levels->size(); ++level) {
            if (levels->at(level - 1).trimmed().isEmpty())
                return Error{
                    (isLikelihood ? tr("Likelihood level %1 has no label.") : tr("Impact level %1 has no label."))
                        .arg(level)};
        }
    }
    if (auto scoringOk = validateScoring(); !scoringOk)
        return scoringOk;
    for (int b = 0; b < bands.size(); ++b) {
        const RiskBand& band = bands.at(b);
        if (band.label.trimmed().isEmpty())
            return Error{tr("Band %1 has no label.").arg(b + 1)};
        if (band.from < 0 || band.from > band.to)
            return Error{tr("The band %1 runs from %2 to %3; its scores must be whole numbers from 0 up, the first "
                            "no higher than the last.")
                             .arg(band.label)
                             .arg(band.from)
                             .arg(band.to)};
        for (int other = 0; other < b; ++other) {
            const RiskBand& earlier = bands.at(other);
            if (band.from <= earlier.to && earlier.from <= band.to)
                return Error{tr("The bands %1 (%2–%3) and %4 (%5–%6) overlap; a score can fall in one band only.")
                                 .arg(earlier.label)
                                 .arg(earlier.from)
                                 .arg(earlier.to)
                                 .arg(band.label)
                                 .arg(band.from)
                                 .arg(band.to)};
        }
    }
    if (acceptanceThreshold) {
        if (const auto range = scoreRange();
            range && (*acceptanceThreshold < range->first || *acceptanceThreshold > range->second))
            return Error{tr("The acceptance threshold %1 is outside the scores this method gives (%2 to %3).")
                             .arg(*acceptanceThreshold)
                             .arg(range->first)
                             .arg(range->second)};
    }
    return {};
}

Status RiskMethod::validateScoring() const
{
    if (scoring != Scoring::Matrix)
        return {};
    if (!matrixProblem.isEmpty())
        return Error{matrixProblem};
    if (matrix.size() != likelihoodCount())
        return Error{tr("The score matrix has a row for each of %1 likelihood levels, but the method has %2 "
                        "likelihood levels; give one row per likelihood level, lowest first.")
                         .arg(matrix.size())
                         .arg(likelihoodCount())};
    for (int l = 1; l <= matrix.size(); ++l) {
        const QList<int>& row = matrix.at(l - 1);
        if (row.size() != impactCount())
            return Error{tr("The score matrix row for likelihood %1 gives a score for each of %2 impact levels, "
                            "but the method has %3 impact levels; give one score per impact level, lowest first.")
                             .arg(l)
                             .arg(row.size())
                             .arg(impactCount())};
        for (int i = 1; i <= row.size(); ++i) {
            const int cell = row.at(i - 1);
            if (cell < 0 || cell > maximumCellScore)
                return Error{tr("The score matrix gives %1 for likelihood %2 and impact %3; a score is a whole "
                                "number from 0 to %4.")
                                 .arg(cell)
                                 .arg(l)
                                 .arg(i)
                                 .arg(maximumCellScore)};
        }
    }
    return {};
}

QString RiskMethod::formulaText() const
{
    switch (scoring) {
    case Scoring::Sum:
        return tr("Score = likelihood + impact.");
    case Scoring::Matrix:
        return tr("Scores are read from the client's matrix, one per likelihood and impact level.");
    case Scoring::Product:
        break;
    }
    return tr("Score = likelihood × impact.");
}

QString RiskMethod::scoreText(int likelihood, int impact) const
{
    const auto s = score(likelihood, impact);
    switch (scoring) {
    case Scoring::Sum:
        return tr("likelihood %1 + impact %2 = %3").arg(likelihood).arg(impact).arg(s.value_or(0));
    case Scoring::Matrix:
        return s
            ? tr("likelihood %1 and impact %2 score %3 in the client's matrix").arg(likelihood).arg(impact).arg(*s)
            : tr("likelihood %1 and impact %2, which the client's matrix does not score").arg(likelihood).arg(impact);
    case Scoring::Product:
        break;
    }
    return tr("likelihood %1 × impact %2 = %3").arg(likelihood).arg(impact).arg(s.value_or(0));
}

QList<QList<int>> RiskMethod::productMatrix(int likelihoods, int impacts)
{
    QList<QList<int>> result;
    for (int l = 1; l <= likelihoods; ++l) {
        QList<int> row;
        for (int i = 1; i <= impacts; ++i)
            row << l * i;
        result << row;
    }
    return result;
}

QString RiskMethod::matrixJson(const QList<QList<int>>& matrix)
{
    QJsonArray rows;
    for (const QList<int>& row : matrix) {
        QJsonArray cells;
        for (int cell : row)
            cells.append(cell);
        rows.append(cells);
    }
    return compact(rows);
}

Result<QList<QList<int>>> RiskMethod::readMatrix(const QString& json)
{
    if (json.trimmed().isEmpty())
        return QList<QList<int>>();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Error{tr("The score matrix is not a list of rows (one per likelihood level).")};
    QList<QList<int>> matrix;
    const QJsonArray rows = document.array();
    for (qsizetype l = 0; l < rows.size(); ++l) {
        if (!rows.at(l).isArray())
            return Error{tr("The score matrix row for likelihood %1 is %2, not a list of scores.")
                             .arg(l + 1)
                             .arg(quoted(rows.at(l)))};
        QList<int> row;
        const QJsonArray cells = rows.at(l).toArray();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QJsonValue cell = cells.at(i);
            const double number = cell.toDouble(std::nan(""));
            if (!cell.isDouble() || number != std::floor(number) || std::fabs(number) > 1e9)
                return Error{tr("The score matrix gives %1 for likelihood %2 and impact %3, which is not a whole "
                                "number.")
                                 .arg(quoted(cell))
                                 .arg(l + 1)
                                 .arg(i + 1)};
            row << int(number);
        }
        matrix << row;
    }
    return matrix;
}

} // namespace isoaudit
