// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "storage/AuditStore.h"

#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <functional>

namespace isoaudit {

/// Follows one AuditStore's four change signals (a record inserted, removed or changed, a record's links changed) on
/// behalf of a receiver: the record models, the clause tree and the editors that show what the store holds. Following
/// another store, or none, drops the old connections, and only those (the receiver may listen to the store for more).
/// A handler left empty is not connected.
class StoreSubscription
{
public:
    struct Handlers
    {
        std::function<void(RecordKind kind, const QString& uuid)> inserted;
        std::function<void(RecordKind kind, const QString& uuid)> removed;
        std::function<void(RecordKind kind, const QString& uuid, const QString& column)> changed;
        std::function<void(RecordKind kind, const QString& uuid)> linksChanged;
    };

    StoreSubscription() = default;
    StoreSubscription(const StoreSubscription&) = delete;
    StoreSubscription& operator=(const StoreSubscription&) = delete;
    ~StoreSubscription() { stop(); }

    /// Calls the handlers in `receiver`'s thread while both the store and the receiver live.
    void follow(AuditStore* store, QObject* receiver, const Handlers& handlers);
    /// The same for a receiver that only needs to know that something changed (a summary, a preview to redo).
    void followAnyChange(AuditStore* store, QObject* receiver, const std::function<void()>& changed);
    void stop();
    AuditStore* store() const { return m_store; }

private:
    QPointer<AuditStore> m_store;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace isoaudit
