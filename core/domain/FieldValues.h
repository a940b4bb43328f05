// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QVariant>

namespace isoaudit {

/// Checks and converts a value for a field of the record metadata: enum spelling, date format, number range, JSON
/// shape. Storage, the audit package and the importers all validate through this one function.
class FieldValues
{
    Q_DECLARE_TR_FUNCTIONS(FieldValues)

public:
    static Result<QVariant> normalize(const KindInfo& kind, const FieldInfo& field, const QVariant& value);
};

} // namespace isoaudit
