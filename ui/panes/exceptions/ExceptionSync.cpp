// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/exceptions/ExceptionSync.h"


#include <utility>

namespace isoaudit {

ExceptionSync::ExceptionSync(QObject* parent)
    : QObject(parent)
{
}

void ExceptionSync::setDocument(AuditDocument* document)
{
    m_document = document;
    StoreSubscription::Handlers handlers;
    auto structural = [this](RecordKind kind, const QString&) {
        if (kind == RecordKind::SampleItem || kind == RecordKind::Sample || kind == RecordKind::TestProcedure)
            schedule();
    };
    handlers.inserted = structural;
    handlers.removed = structural;
    handlers.changed = [this](RecordKind kind, const QString&, const QString& column) {
        if ((kind == RecordKind::SampleItem || kind == RecordKind::TestProcedure)
            && (column == QLatin1String("result") || column.isEmpty()))
            schedule();
    };
    m_subscription.follow(document ? &document->store() : nullptr, this, handlers);
    if (document) {
        m_quiet = true;
        schedule();
    }
}

void ExceptionSync::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ExceptionSync::runScheduled, Qt::QueuedConnection);
}

void ExceptionSync::runScheduled()
{
    m_scheduled = false;
    const bool quiet = std::exchange(m_quiet, false);
    auto done = rollUp();
    if (!done && !quiet)
        emit refused(done.error());
}

Result<QStringList> ExceptionSync::rollUp()
{
    if (!m_document || m_document->isReadOnly() || m_document->undoStack()->canRedo())
        return QStringList();
    auto rolled = m_document->rollUpExceptions();
    if (rolled && !rolled->isEmpty())
        emit rolledUp(rolled.value());
    return rolled;
}

} // namespace isoaudit
