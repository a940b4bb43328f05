// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/SampleSelection.h"

#include "sampling/SampleSize.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <map>
#include <vector>

namespace isoaudit {

namespace {

/// SplitMix64 (Steele, Lea, Flood 2014): a 64-bit state advanced by a constant and mixed. Its output is defined by
/// these lines alone, so every platform and compiler draws the same numbers; the state is one number to record.
quint64 splitMix64(quint64& state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// A uniform whole number in [0, n): outputs below 2^64 mod n are rejected so that every remainder is equally
/// likely (std::uniform_int_distribution is implementation-defined and would not re-draw the same items).
quint64 uniformBelow(quint64& state, quint64 n)
{
    const quint64 threshold = (0 - n) % n;
    for (;;) {
        const quint64 x = splitMix64(state);
        if (x >= threshold)
            return x % n;
    }
}

/// The items of one stratum not drawn yet, in population order, with "the r-th of them" and its removal in
/// O(log n): a Fenwick tree of ones.
class RemainingItems
{
public:
    explicit RemainingItems(qsizetype count)
        : m_tree(size_t(count) + 1, 0)
        , m_count(count)
    {
        for (qsizetype i = 1; i <= count; ++i)
            m_tree[size_t(i)] = i & -i; // every position holds a one
        for (m_top = 1; m_top * 2 <= count;)
            m_top *= 2;
    }
    qsizetype count() const { return m_count; }
    /// Position (0-based, in the stratum) of the r-th remaining item (0-based), removed.
    qsizetype take(qsizetype r)
    {
        qsizetype position = 0;
        qsizetype left = r + 1;
        for (qsizetype step = m_top; step > 0; step /= 2) {
            const qsizetype next = position + step;
            if (next < qsizetype(m_tree.size()) && m_tree[size_t(next)] < left) {
                position = next;
                left -= m_tree[size_t(next)];
            }
        }
        for (qsizetype i = position + 1; i < qsizetype(m_tree.size()); i += i & -i)
            --m_tree[size_t(i)];
        --m_count;
        return position;
    }

private:
    std::vector<qsizetype> m_tree;
    qsizetype m_count = 0;
    qsizetype m_top = 0;
};

int monthKey(const QDate& date)
{
    return date.year() * 12 + date.month() - 1;
}

QString monthName(int key)
{
    const int year = key >= 0 ? key / 12 : (key - 11) / 12;
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(key - year * 12 + 1, 2, 10, QLatin1Char('0'));
}

/// Proportional allocation with largest-remainder rounding, computed in whole numbers (the remainders are
/// size·n mod N, compared exactly), ties to the earlier month; then, when the size allows, one item for every month
/// left without, each taken from the month with the most (ties: the later month).
std::vector<int> allocate(const std::vector<qsizetype>& counts, qsizetype total, int size)
{
    std::vector<int> allocated(counts.size());
    std::vector<quint64> remainder(counts.size());
    qsizetype given = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        const quint64 share = quint64(size) * quint64(counts[i]);
        allocated[i] = int(share / quint64(total));
        remainder[i] = share % quint64(total);
        given += allocated[i];
    }
    for (qsizetype left = size - given; left > 0; --left) {
        size_t best = counts.size();
        for (size_t i = 0; i < counts.size(); ++i) {
            if (remainder[i] > 0 && (best == counts.size() || remainder[i] > remainder[best]))
                best = i;
        }
        ++allocated[best];
        remainder[best] = 0;
    }
    if (size_t(size) < counts.size())
        return allocated;
    for (size_t empty = 0; empty < counts.size(); ++empty) {
        if (allocated[empty] > 0)
            continue;
        size_t most = 0;
        for (size_t i = 1; i < counts.size(); ++i) {
            if (allocated[i] >= allocated[most])
                most = i;
        }
        --allocated[most];
        ++allocated[empty];
    }
    return allocated;
}

SampleItem sampleItem(const QList<PopulationItem>& population, qsizetype index)
{
    const PopulationItem& item = population.at(index);
    return {item.id, item.date, index + 1, monthName(monthKey(item.date))};
}

QJsonObject itemJson(const SampleItem& item)
{
    return {
        {"id", item.id}, {"date", item.date.toString(Qt::ISODate)}, {"row", double(item.row)}, {"month", item.month}};
}

} // namespace

quint64 SampleSelection::newSeed()
{
    return QRandomGenerator::system()->generate64();
}

QString SampleSelection::populationSha256(const QList<PopulationItem>& population)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray line;
    for (const PopulationItem& item : population) {
        line = item.id.toUtf8();
        line += '\t';
        line += item.date.toString(Qt::ISODate).toLatin1();
        line += '\n';
        hash.addData(line);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<SampleSelection> SampleSelection::draw(const QList<PopulationItem>& population, int size, quint64 seed)
{
    if (population.isEmpty())
        return Error{SampleSize::noOccurrencesMessage()};
    if (size < 1)
        return Error{tr("The sample size %1 is below 1.").arg(size)};

    // Strata: the calendar months of the items' dates, in order; each holds its items' positions in population
    // order. The last month seen is remembered, since a population usually comes in date order.
    std::map<int, std::vector<qsizetype>> months;
    QHash<QString, qsizetype> rowOfId;
    rowOfId.reserve(population.size());
    std::vector<qsizetype>* current = nullptr;
    int currentKey = 0;
    for (qsizetype i = 0; i < population.size(); ++i) {
        const PopulationItem& item = population.at(i);
        if (item.id.isEmpty())
            return Error{tr("Population row %1 has no item id.").arg(i + 1)};
        if (!item.date.isValid())
            return Error{tr("Population row %1 (item \"%2\") has no valid date.").arg(i + 1).arg(item.id)};
        qsizetype& firstRow = rowOfId[item.id]; // 0: not seen yet; else the 1-based row that holds the id
        if (firstRow != 0)
            return Error{
                tr("Population row %1 repeats the item id \"%2\" of row %3.").arg(i + 1).arg(item.id).arg(firstRow)};
        firstRow = i + 1;
        const int key = monthKey(item.date);
        if (!current || key != currentKey) {
            current = &months[key];
            currentKey = key;
        }
        current->push_back(i);
    }

    SampleSelection selection;
    selection.m_population = population;
    selection.m_populationSha256 = populationSha256(population);
    selection.m_seed = seed;
    selection.m_state = seed;
    selection.m_requestedSize = size;
    selection.m_testedWhole = size >= population.size();
    std::vector<qsizetype> counts;
    for (const auto& [key, rows] : months)
        counts.push_back(qsizetype(rows.size()));
    const std::vector<int> allocated = selection.m_testedWhole ? std::vector<int>(counts.begin(), counts.end())
                                                               : allocate(counts, population.size(), size);
    size_t stratum = 0;
    for (const auto& [key, rows] : months) {
        const int take = allocated[stratum++];
        selection.m_strata.append({monthName(key), qsizetype(rows.size()), take});
        if (selection.m_testedWhole) {
            for (qsizetype row : rows)
                selection.m_items.append(sampleItem(population, row));
            continue;
        }
        RemainingItems remaining(qsizetype(rows.size()));
        for (int n = 0; n < take; ++n) {
            const qsizetype r = qsizetype(uniformBelow(selection.m_state, quint64(remaining.count())));
            selection.m_items.append(sampleItem(population, rows[size_t(remaining.take(r))]));
        }
    }
    return selection;
}

Result<SampleSelection> SampleSelection::replace(const SampleSelection& selection, const QString& itemId,
                                                 const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Item \"%1\" is not replaced: a replacement needs the reason it is replaced.").arg(itemId)};
    qsizetype position = -1;
    for (qsizetype i = 0; i < selection.m_items.size(); ++i) {
        if (selection.m_items.at(i).id == itemId)
            position = i;
    }
    if (position < 0)
        return Error{tr("Item \"%1\" is not in the sample, so it cannot be replaced.").arg(itemId)};
    const SampleItem& replaced = selection.m_items.at(position);

    // The month's items not drawn yet (neither in the sample nor replaced before), in population order.
    QSet<qsizetype> drawn;
    for (const SampleItem& item : selection.m_items)
        drawn.insert(item.row - 1);
    for (const SampleReplacement& earlier : selection.m_replacements)
        drawn.insert(earlier.replaced.row - 1);
    const int key = monthKey(replaced.date);
    std::vector<qsizetype> remaining;
    for (qsizetype i = 0; i < selection.m_population.size(); ++i) {
        if (monthKey(selection.m_population.at(i).date) == key && !drawn.contains(i))
            remaining.push_back(i);
    }
    if (remaining.empty())
        return Error{tr("Item \"%1\" cannot be replaced: every occurrence of %2 is already in the sample or was "
                        "replaced.")
                         .arg(itemId, replaced.month)};

    SampleSelection result = selection;
    const qsizetype r = qsizetype(uniformBelow(result.m_state, quint64(remaining.size())));
    const SampleItem replacement = sampleItem(result.m_population, remaining[size_t(r)]);
    result.m_replacements.append({replaced, replacement, reason.trimmed()});
    result.m_items[position] = replacement;
    return result;
}

QJsonObject SampleSelection::toJson() const
{
    QJsonArray strata;
    for (const SampleStratum& s : m_strata)
        strata.append(
            QJsonObject{{"month", s.month}, {"population", double(s.population)}, {"allocated", s.allocated}});
    QJsonArray items;
    for (const SampleItem& item : m_items)
        items.append(itemJson(item));
    QJsonArray replacements;
    for (const SampleReplacement& r : m_replacements)
        replacements.append(QJsonObject{
            {"replaced", itemJson(r.replaced)}, {"replacement", itemJson(r.replacement)}, {"reason", r.reason}});
    // 64-bit numbers as text: a JSON number holds 53 bits exactly.
    return {{"method", methodName()},
            {"methodVersion", methodVersion},
            {"seed", QString::number(m_seed)},
            {"populationCount", double(m_population.size())},
            {"populationSha256", m_populationSha256},
            {"requestedSize", m_requestedSize},
            {"size", double(m_items.size())},
            {"testedWhole", m_testedWhole},
            {"strata", strata},
            {"items", items},
            {"replacements", replacements},
            {"generatorState", QString::number(m_state, 16).rightJustified(16, QLatin1Char('0'))}};
}

Result<SampleSelection> SampleSelection::fromJson(const QJsonObject& json, const QList<PopulationItem>& population)
{
    const QString method = json.value(QLatin1String("method")).toString();
    const int version = json.value(QLatin1String("methodVersion")).toInt();
    if (method != methodName() || version != methodVersion)
        return Error{tr("The sample was drawn by the method \"%1\" version %2, which this IsoAudit does not know "
                        "(it draws with \"%3\" version %4).")
                         .arg(method)
                         .arg(version)
                         .arg(methodName())
                         .arg(methodVersion)};
    bool seedOk = false;
    const quint64 seed = json.value(QLatin1String("seed")).toString().toULongLong(&seedOk);
    if (!seedOk)
        return Error{tr("The sample's seed is missing or not a whole number written as text.")};
    const QString recordedSha = json.value(QLatin1String("populationSha256")).toString();
    const qsizetype recordedCount = qsizetype(json.value(QLatin1String("populationCount")).toDouble());
    if (recordedCount != population.size() || recordedSha != populationSha256(population))
        return Error{tr("The population differs from the one the sample was drawn from (%1 rows, SHA-256 %2): the "
                        "sample cannot be re-drawn from it.")
                         .arg(recordedCount)
                         .arg(recordedSha)};
    auto redrawn = draw(population, json.value(QLatin1String("requestedSize")).toInt(), seed);
    if (!redrawn)
        return redrawn;
    for (const QJsonValue& value : json.value(QLatin1String("replacements")).toArray()) {
        const QJsonObject r = value.toObject();
        const QString replacedId = r.value(QLatin1String("replaced")).toObject().value(QLatin1String("id")).toString();
        redrawn = replace(redrawn.value(), replacedId, r.value(QLatin1String("reason")).toString());
        if (!redrawn)
            return redrawn;
        const QString recorded = r.value(QLatin1String("replacement")).toObject().value(QLatin1String("id")).toString();
        if (redrawn->m_replacements.last().replacement.id != recorded)
            return Error{tr("The recorded replacement of item \"%1\" is \"%2\", but the seed draws \"%3\".")
                             .arg(replacedId, recorded, redrawn->m_replacements.last().replacement.id)};
    }
    QStringList recordedIds;
    for (const QJsonValue& value : json.value(QLatin1String("items")).toArray())
        recordedIds.append(value.toObject().value(QLatin1String("id")).toString());
    QStringList drawnIds;
    for (const SampleItem& item : redrawn->items())
        drawnIds.append(item.id);
    if (recordedIds != drawnIds)
        return Error{tr("The recorded sample is not the one its seed draws from this population: recorded %1, "
                        "drawn %2.")
                         .arg(recordedIds.join(QLatin1String(", ")), drawnIds.join(QLatin1String(", ")))};
    return redrawn;
}

} // namespace isoaudit
