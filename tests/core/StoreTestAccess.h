// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"

#include <QSqlDatabase>

namespace isoaudit {

/// Tests only: the store's own connection, which AuditStore keeps to itself. For checks that need that very
/// connection (its pragmas, a size limit set on it, an integrity check while it is open); the application has no
/// such door.
struct StoreTestAccess
{
    static QSqlDatabase& db(AuditStore& store) { return store.database().db(); }
    static sqlite3* handle(AuditStore& store) { return store.database().handle(); }
};

} // namespace isoaudit
