// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace isoaudit {

/// Orders identifiers the way people read them: runs of digits compare as numbers, so control 5.2 sorts before
/// 5.10 and risk R-9 before R-10. Letters compare case-insensitively.
class NaturalSort
{
public:
    /// Negative, zero or positive like QString::compare.
    static int compare(const QString& left, const QString& right);
    static bool lessThan(const QString& left, const QString& right) { return compare(left, right) < 0; }
};

} // namespace isoaudit
