// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace isoaudit {

/// The audit file's schema as a list of forward migrations: migrations()[i] takes a file from user_version i to
/// i + 1. A new file runs them all; an older file runs the ones it lacks, each in its own transaction
/// (house style 10). Never edit a migration that has shipped: add the next one.
namespace Schema {
/// The schema version this build writes.
int currentVersion();
/// Migration i (0-based) as SQL statements, in order.
const QList<QStringList>& migrations();
/// A column that migration `version` (1-based) adds to the records of an existing table. A file that already keeps
/// an audit trail gets one trail entry per record for it, so the trail still agrees with the file.
struct AddedField
{
    QString table;
    QString column;
};
QList<AddedField> fieldsAddedBy(int version);
/// The application_id stamped in every audit file ("ISAU"), so a foreign SQLite file is recognised as such.
constexpr int applicationId = 0x49534155;
} // namespace Schema

} // namespace isoaudit
