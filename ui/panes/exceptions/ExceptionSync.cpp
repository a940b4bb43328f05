// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/exceptions/ExceptionSync.h"

#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "soc2/Opinion.h"

#include <memory>
#include <utility>

namespace isoaudit {

namespace {

const QString deviationsField = QStringLiteral("deviations");
const QString sizeField = QStringLiteral("sample_size");

struct Counts
{
    QString control;
    int deviations = 0;
    int sampleSize = 0;
};

QHash<QString, Counts> countsByUuid(const AuditStore& store)
{
    QHash<QString, Counts> counts;
    if (auto records = store.records(RecordKind::ControlException)) {
        for (const Record& r : records.value())
            counts.insert(r.uuid,
                          {r.parentUuid, r.integer(deviationsField).value_or(0), r.integer(sizeField).value_or(0)});
    }
    return counts;
}

QVariantMap values(const Counts& counts)
{
    return {{deviationsField, counts.deviations}, {sizeField, counts.sampleSize}};
}

/// What one roll-up wrote, so that redo writes the same (the records it created keep their uuids: later undo steps
/// name them) and undo takes it back.
struct RollupDelta
{
    bool recorded = false;
    QHash<QString, Counts> created; ///< uuid -> the new record's control and counts
    QHash<QString, QPair<Counts, Counts>> changed; ///< uuid -> counts before, after
};

} // namespace

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
    disconnect(m_undoConnection);
    if (document)
        m_undoConnection = connect(document->undoStack(), &QUndoStack::indexChanged, this, &ExceptionSync::schedule);
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

QStringList ExceptionSync::outOfStep(const EngagementData& data)
{
    // The same comparison ExceptionRollup::update makes before it writes.
    QStringList refs;
    for (const Record& control : data.controls) {
        const DeviationCount n = ExceptionRollup::count(data, control);
        const QList<const Record*> existing = data.exceptionsOf(control.uuid);
        const bool differs = existing.isEmpty() ? n.deviations > 0
                                                : (existing.first()->integer(deviationsField) != n.deviations
                                                   || existing.first()->integer(sizeField) != n.sampleSize);
        if (differs)
            refs << control.text(QStringLiteral("ref"));
    }
    return refs;
}

Result<QStringList> ExceptionSync::rollUp()
{
    if (!m_document || m_document->isReadOnly() || m_document->undoStack()->canRedo())
        return QStringList();
    auto data = EngagementData::load(m_document->store());
    if (!data)
        return QStringList(); // not a SOC 2 engagement: nothing to keep in step
    const QStringList refs = outOfStep(data.value());
    if (refs.isEmpty())
        return refs;
    AuditStore* store = &m_document->store();
    auto delta = std::make_shared<RollupDelta>();
    auto apply = [store, delta]() -> Status {
        if (!delta->recorded) {
            const QHash<QString, Counts> before = countsByUuid(*store);
            if (auto rolled = ExceptionRollup::update(*store); !rolled)
                return Error{rolled.error()};
            const QHash<QString, Counts> after = countsByUuid(*store);
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                const auto old = before.constFind(it.key());
                if (old == before.cend())
                    delta->created.insert(it.key(), it.value());
                else if (old->deviations != it->deviations || old->sampleSize != it->sampleSize)
                    delta->changed.insert(it.key(), {old.value(), it.value()});
            }
            delta->recorded = true;
            return {};
        }
        return store->batch([&]() -> Status {
            for (auto it = delta->created.cbegin(); it != delta->created.cend(); ++it) {
                if (auto inserted
                    = store->insert({RecordKind::ControlException, it.key(), it->control, values(*it), {}});
                    !inserted)
                    return Error{inserted.error()};
            }
            for (auto it = delta->changed.cbegin(); it != delta->changed.cend(); ++it) {
                if (Status s = store->setFields(RecordKind::ControlException, it.key(), values(it.value().second)); !s)
                    return s;
            }
            return {};
        });
    };
    auto revert = [store, delta]() -> Status {
        return store->batch([&]() -> Status {
            for (auto it = delta->changed.cbegin(); it != delta->changed.cend(); ++it) {
                if (Status s = store->setFields(RecordKind::ControlException, it.key(), values(it->first)); !s)
                    return s;
            }
            for (auto it = delta->created.cbegin(); it != delta->created.cend(); ++it) {
                if (Status s = store->remove(RecordKind::ControlException, it.key()); !s)
                    return s;
            }
            return {};
        });
    };
    const QString text = tr("Update the exception counts of %1").arg(Opinion::joinIds(refs));
    if (Status done = m_document->perform(text, apply, revert); !done)
        return Error{done.error()};
    emit rolledUp(refs);
    return refs;
}

} // namespace isoaudit
