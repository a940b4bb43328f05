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
/// The record tables whose existing rows migration `version` (1-based) gives new columns or new values. A file
/// that already keeps an audit trail gets one trail entry per changed value, so the trail still agrees with it.
QStringList recordTablesChangedBy(int version);
/// Whether migration `version` rebuilds a table (drop and recreate under a new CHECK): foreign keys must be off
/// around it, or dropping the old table would cascade into its children.
bool rebuildsTables(int version);
/// The application_id stamped in every audit file ("ISAU"), so a foreign SQLite file is recognised as such.
constexpr int applicationId = 0x49534155;
} // namespace Schema

} // namespace isoaudit
