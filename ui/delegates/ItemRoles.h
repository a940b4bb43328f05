// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace isoaudit {

/// Item data roles shared by the table models and the delegates that edit them, so a delegate can ask any model for
/// the choices of a cell without knowing the model.
namespace ItemRoles {
enum : int {
    /// QVariantList of QVariantList{label, value}: the values an EnumComboDelegate offers, in order. A null value
    /// means "not stated".
    ChoicesRole = Qt::UserRole + 1,
    /// A value that sorts naturally (numbers as numbers, catalog ids in catalog order).
    SortRole,
    /// The record's uuid (any column).
    UuidRole,
    /// QStringList: the rules this row breaks, each a sentence (empty when the row is fine).
    IssuesRole,
    /// The stored value (enum spelling, integer, bool) for filtering and tests.
    RawValueRole,
};
} // namespace ItemRoles

} // namespace isoaudit
