// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StoreSubscription.h"

#include "storage/AuditStore.h"

namespace isoaudit {

void StoreSubscription::follow(AuditStore* store, QObject* receiver, const Handlers& handlers)
{
    stop();
    m_store = store;
    if (!store)
        return;
    if (handlers.inserted)
        m_connections << QObject::connect(store, &AuditStore::recordInserted, receiver, handlers.inserted);
    if (handlers.removed)
        m_connections << QObject::connect(store, &AuditStore::recordRemoved, receiver, handlers.removed);
    if (handlers.changed)
        m_connections << QObject::connect(store, &AuditStore::recordChanged, receiver, handlers.changed);
    if (handlers.linksChanged)
        m_connections << QObject::connect(store, &AuditStore::linksChanged, receiver, handlers.linksChanged);
}

void StoreSubscription::followAnyChange(AuditStore* store, QObject* receiver, const std::function<void()>& changed)
{
    const auto any = [changed](RecordKind, const QString&) { changed(); };
    follow(store, receiver, {any, any, [changed](RecordKind, const QString&, const QString&) { changed(); }, any});
}

void StoreSubscription::stop()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    m_connections.clear();
    m_store = nullptr;
}

} // namespace isoaudit
