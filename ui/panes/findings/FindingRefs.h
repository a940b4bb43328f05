// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace isoaudit {

class AuditStore;

/// Finding references by grade: nonconformities NC-01, NC-02 ..., observations OBS-01, opportunities for improvement
/// OFI-01, positive findings POS-01. New references continue after the highest number in use for the prefix.
class FindingRefs
{
public:
    static QString prefix(const QString& grade);
    /// The next free reference for a grade in this audit ("NC-03").
    static QString next(const AuditStore& store, const QString& grade);
    /// Whether `ref` already has the numbering of `grade` (an NC- ref for a minor, and so on).
    static bool matches(const QString& ref, const QString& grade);
};

} // namespace isoaudit
