// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NaturalSort.h"

namespace isoaudit {

int NaturalSort::compare(const QString& left, const QString& right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        const QChar a = left.at(i);
        const QChar b = right.at(j);
        if (a.isDigit() && b.isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < left.size() && left.at(i).isDigit())
                ++i;
            while (j < right.size() && right.at(j).isDigit())
                ++j;
            // Compare the numbers without converting them, so any length works: strip leading zeros, then
            // a longer run is larger, then digit by digit.
            QStringView numberA = QStringView(left).mid(startA, i - startA);
            QStringView numberB = QStringView(right).mid(startB, j - startB);
            while (numberA.size() > 1 && numberA.front() == QLatin1Char('0'))
                numberA = numberA.mid(1);
            while (numberB.size() > 1 && numberB.front() == QLatin1Char('0'))
                numberB = numberB.mid(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size() ? -1 : 1;
            if (const int c = numberA.compare(numberB); c != 0)
                return c;
            continue;
        }
        const QChar lowerA = a.toCaseFolded();
        const QChar lowerB = b.toCaseFolded();
        if (lowerA != lowerB)
            return lowerA < lowerB ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < left.size())
        return 1;
    if (j < right.size())
        return -1;
    return 0;
}

} // namespace isoaudit
