// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace isoaudit {

/// One occurrence of a control in a frozen population: the client's id for it and its date.
struct PopulationItem
{
    QString id;
    QDate date;

    bool operator==(const PopulationItem&) const = default;
};

/// An item of a sample: the occurrence, its row in the population (1 = the first) and its stratum ("2024-03").
struct SampleItem
{
    QString id;
    QDate date;
    qsizetype row = 0;
    QString month;

    bool operator==(const SampleItem&) const = default;
};

/// A calendar month of the population: how many occurrences it holds and how many items it was allocated.
struct SampleStratum
{
    QString month;
    qsizetype population = 0;
    int allocated = 0;

    bool operator==(const SampleStratum&) const = default;
};

/// An item the auditor replaced, the item drawn in its place and the reason on record.
struct SampleReplacement
{
    SampleItem replaced;
    SampleItem replacement;
    QString reason;

    bool operator==(const SampleReplacement&) const = default;
};

/// A seeded, reproducible sample of a frozen population, stratified by calendar month (docs/soc2-sampling.md).
/// The method's name and version, the seed and the population's SHA-256 are kept with it, so a reviewer re-draws the
/// same items from the same population: fromJson() re-draws and refuses a record that its seed does not give.
/// The generator is SplitMix64 with a rejection-sampled uniform mapping, both written out here, so the draw is the
/// same on every platform and Qt version.
class SampleSelection
{
    Q_DECLARE_TR_FUNCTIONS(SampleSelection)

public:
    static QString methodName() { return QStringLiteral("isoaudit-month-stratified-splitmix64"); }
    static constexpr int methodVersion = 1;

    /// A fresh seed from the system's random source, for a first draw (the seed is then recorded).
    static quint64 newSeed();
    /// Draws `size` items (all of them when the population is not larger). Refuses an empty population ("no
    /// occurrences during the period"), a size below 1, an item without an id or a valid date, and repeated ids.
    static Result<SampleSelection> draw(const QList<PopulationItem>& population, int size, quint64 seed);
    /// Replaces a sampled item by one drawn from the same month with the generator continued; refuses without a
    /// reason, for an item not in the sample, and when the month has no item left.
    static Result<SampleSelection> replace(const SampleSelection& selection, const QString& itemId,
                                           const QString& reason);
    /// SHA-256 (hex) of the population as the draw reads it: per item, in order, `id TAB yyyy-MM-dd LF` in UTF-8.
    static QString populationSha256(const QList<PopulationItem>& population);

    quint64 seed() const { return m_seed; }
    int requestedSize() const { return m_requestedSize; }
    qsizetype populationCount() const { return m_population.size(); }
    QString populationSha256() const { return m_populationSha256; }
    bool testedWhole() const { return m_testedWhole; }
    /// The sample now: months in order, within a month in the order drawn; a replacement takes its item's place.
    const QList<SampleItem>& items() const { return m_items; }
    const QList<SampleStratum>& strata() const { return m_strata; }
    const QList<SampleReplacement>& replacements() const { return m_replacements; }
    quint64 generatorState() const { return m_state; }

    QJsonObject toJson() const;
    /// Reads a recorded sample back over its population: checks the method, the population's count and SHA-256,
    /// re-draws from the seed, replays the replacements and refuses a record whose items differ.
    static Result<SampleSelection> fromJson(const QJsonObject& json, const QList<PopulationItem>& population);

private:
    QList<PopulationItem> m_population; // implicitly shared with the caller's list
    QString m_populationSha256;
    quint64 m_seed = 0;
    quint64 m_state = 0;
    int m_requestedSize = 0;
    bool m_testedWhole = false;
    QList<SampleStratum> m_strata;
    QList<SampleItem> m_items;
    QList<SampleReplacement> m_replacements;
};

} // namespace isoaudit
