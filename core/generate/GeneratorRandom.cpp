// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/GeneratorRandom.h"

#include "generate/GeneratorVocabulary.h"

#include <algorithm>

namespace isoaudit {

int GeneratorRandom::weighted(std::initializer_list<int> percentages)
{
    const int roll = below(100);
    int index = 0;
    int limit = 0;
    for (int percent : percentages) {
        limit += percent;
        if (roll < limit)
            return index;
        ++index;
    }
    return index - 1;
}

QStringList GeneratorRandom::pickSome(const QStringList& list, int minimum, int maximum)
{
    const int wanted = std::min(int(list.size()), between(minimum, std::max(minimum, maximum)));
    QStringList picked;
    while (picked.size() < wanted) {
        const QString candidate = pick(list);
        if (!picked.contains(candidate))
            picked << candidate;
    }
    return picked;
}

QString GeneratorRandom::person()
{
    const QString first = pick(GeneratorVocabulary::firstNames());
    return first + QLatin1Char(' ') + pick(GeneratorVocabulary::lastNames());
}

} // namespace isoaudit
