// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <initializer_list>

namespace isoaudit {

/// The generator's source of chance: one seeded QRandomGenerator and the few ways AuditGenerator draws from it.
/// Everything random in a generated audit comes from here, in a fixed order, so one seed always gives one audit.
class GeneratorRandom
{
public:
    explicit GeneratorRandom(quint32 seed)
        : m_random(seed)
    {
    }

    /// A whole number in [0, count).
    int below(int count) { return count > 0 ? int(m_random.bounded(quint32(count))) : 0; }
    /// A whole number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    /// The index of the bucket a roll falls in, given bucket sizes in percent that add up to 100.
    int weighted(std::initializer_list<int> percentages);
    QString pick(const QStringList& list) { return list.isEmpty() ? QString() : list.at(below(int(list.size()))); }
    template<typename T> const T& pickFrom(const QList<T>& list) { return list.at(below(int(list.size()))); }
    /// Between minimum and maximum different items of the list (fewer if the list is shorter).
    QStringList pickSome(const QStringList& list, int minimum, int maximum);
    template<typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }
    /// A first and last name from the Danish and German name lists.
    QString person();
    void fill(quint32* words, qsizetype count) { m_random.fillRange(words, count); }
    quint32 word() { return m_random.generate(); }

private:
    QRandomGenerator m_random;
};

} // namespace isoaudit
