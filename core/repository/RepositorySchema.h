// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace isoaudit {

/// The repository's PostgreSQL schema (`isoaudit`) as a list of forward migrations, like the file's
/// (core/storage/Schema): migrations()[i] takes the schema from version i to i + 1, each in its own transaction,
/// run as the owning role isoaudit_admin; the version is the one row of isoaudit.schema_version. Never edit a
/// migration that has shipped: add the next one. docs/repository.md explains the tables, roles and policies.
namespace RepositorySchema {
/// The schema version this build works with.
int currentVersion();
/// Migration i (0-based) as SQL statements, in order.
const QList<QStringList>& migrations();
/// Run before the migrations by a role that may create roles (repo init): the group roles and the schema itself.
QStringList bootstrap();
} // namespace RepositorySchema

} // namespace isoaudit
