// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RecordCommands.h"

#include <QUuid>

namespace isoaudit {

RecordCommand::RecordCommand(AuditStore& store, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
{
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // execute() already did the work
        return;
    }
    failed(apply());
}

void RecordCommand::undo()
{
    failed(revert());
}

void RecordCommand::failed(const Status& done)
{
    m_lastError = done ? QString() : done.error();
    if (done)
        return;
    setObsolete(true);
    if (m_failed)
        m_failed(m_lastError);
}

SetFieldCommand::SetFieldCommand(AuditStore& store, RecordKind kind, QString uuid, QString column, QVariant newValue,
                                 const QString& text)
    : RecordCommand(store, text)
    , m_kind(kind)
    , m_uuid(std::move(uuid))
    , m_column(std::move(column))
    , m_new(std::move(newValue))
    , m_time(QDateTime::currentDateTimeUtc())
{
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetFieldCommand*>(other);
    if (!next || next->m_kind != m_kind || next->m_uuid != m_uuid || next->m_column != m_column)
        return false;
    if (m_time.secsTo(next->m_time) > 5 || m_new.typeId() != QMetaType::QString)
        return false; // only text typed in one burst merges
    m_new = next->m_new;
    m_time = next->m_time;
    return true;
}

Status SetFieldCommand::apply()
{
    if (m_oldKnown)
        return m_store.setField(m_kind, m_uuid, m_column, m_new);
    // First run: the store's one read of the row tells what the field held, for undo.
    std::optional<QVariant> previous;
    const Status done = m_store.setField(m_kind, m_uuid, m_column, m_new, &previous);
    if (done) {
        m_changed = previous.has_value();
        m_old = previous.value_or(QVariant());
        m_oldKnown = true;
    }
    return done;
}

Status SetFieldCommand::revert()
{
    return m_store.setField(m_kind, m_uuid, m_column, m_old);
}

InsertRecordCommand::InsertRecordCommand(AuditStore& store, Record record, const QString& text)
    : RecordCommand(store, text)
    , m_record(std::move(record))
{
    if (m_record.uuid.isEmpty())
        m_record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status InsertRecordCommand::apply()
{
    auto inserted = m_store.insert(m_record);
    return inserted ? Status() : Status(Error{inserted.error()});
}

Status InsertRecordCommand::revert()
{
    return m_store.remove(m_record.kind, m_record.uuid);
}

RemoveRecordCommand::RemoveRecordCommand(AuditStore& store, RecordSnapshot snapshot, const QString& text)
    : RecordCommand(store, text)
    , m_snapshot(std::move(snapshot))
{
}

Status RemoveRecordCommand::apply()
{
    return m_store.remove(m_snapshot.record.kind, m_snapshot.record.uuid);
}

Status RemoveRecordCommand::revert()
{
    return Snapshots::restore(m_store, m_snapshot);
}

SetLinksCommand::SetLinksCommand(AuditStore& store, RecordKind kind, QString uuid, LinkKind linkKind,
                                 QStringList oldTargets, QStringList newTargets, const QString& text)
    : RecordCommand(store, text)
    , m_kind(kind)
    , m_uuid(std::move(uuid))
    , m_linkKind(linkKind)
    , m_old(std::move(oldTargets))
    , m_new(std::move(newTargets))
{
}

Status SetLinksCommand::apply()
{
    return m_store.setLinks(m_kind, m_uuid, m_linkKind, m_new);
}

Status SetLinksCommand::revert()
{
    return m_store.setLinks(m_kind, m_uuid, m_linkKind, m_old);
}

OperationCommand::OperationCommand(AuditStore& store, std::function<Status()> apply, std::function<Status()> revert,
                                   const QString& text)
    : RecordCommand(store, text)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
{
}

} // namespace isoaudit
