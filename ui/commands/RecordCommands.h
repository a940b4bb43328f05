// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"
#include "storage/RecordSnapshot.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace isoaudit {

/// Base of every edit: the change is made (and committed) once before the command is pushed, so a refused edit
/// never reaches the undo stack; later redo()/undo() repeat or revert it and report failures through the store's
/// owner (AuditDocument::editFailed).
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(AuditStore& store, const QString& text);
    void redo() final;
    void undo() final;
    /// Performs the change the first time; the command is pushed only if this succeeds and changed something.
    Status execute() { return apply(); }
    /// False when execute() found nothing to change (a field set to the value it had).
    virtual bool changedSomething() const { return true; }
    const QString& lastError() const { return m_lastError; }
    /// Called with the message when a later redo() or undo() is refused. The stack deletes a refused command (it is
    /// made obsolete) before anyone could look at it, so its owner hears of the failure here.
    void setFailureHandler(std::function<void(const QString&)> handler) { m_failed = std::move(handler); }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    AuditStore& m_store;

private:
    void failed(const Status& done);

    bool m_firstRedo = true;
    QString m_lastError;
    std::function<void(const QString&)> m_failed;
};

/// Sets one field; consecutive edits of the same field within a few seconds merge into one undo step
/// (typing notes is one step, not one per keystroke).
class SetFieldCommand : public RecordCommand
{
public:
    /// The value it replaces is learnt from the store when the command first runs (the write's one read).
    SetFieldCommand(AuditStore& store, RecordKind kind, QString uuid, QString column, QVariant newValue,
                    const QString& text);
    int id() const override { return 1; }
    bool changedSomething() const override { return m_changed; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordKind m_kind;
    QString m_uuid;
    QString m_column;
    QVariant m_old;
    QVariant m_new;
    QDateTime m_time;
    bool m_oldKnown = false;
    bool m_changed = true;
};

class InsertRecordCommand : public RecordCommand
{
public:
    InsertRecordCommand(AuditStore& store, Record record, const QString& text);
    const QString& uuid() const { return m_record.uuid; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Record m_record;
};

class RemoveRecordCommand : public RecordCommand
{
public:
    RemoveRecordCommand(AuditStore& store, RecordSnapshot snapshot, const QString& text);

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordSnapshot m_snapshot;
};

class SetLinksCommand : public RecordCommand
{
public:
    SetLinksCommand(AuditStore& store, RecordKind kind, QString uuid, LinkKind linkKind, QStringList oldTargets,
                    QStringList newTargets, const QString& text);

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordKind m_kind;
    QString m_uuid;
    LinkKind m_linkKind;
    QStringList m_old;
    QStringList m_new;
};

/// An edit that is not one field, record or link set: a population imported, a sample drawn or an item replaced
/// (core/soc2 writes those in their own transactions). `apply` does it (the first time, and on redo), `revert` takes
/// it back; both report the store's refusal, which AuditDocument turns into editFailed on undo/redo.
class OperationCommand : public RecordCommand
{
public:
    OperationCommand(AuditStore& store, std::function<Status()> apply, std::function<Status()> revert,
                     const QString& text);

protected:
    Status apply() override { return m_apply(); }
    Status revert() override { return m_revert(); }

private:
    std::function<Status()> m_apply;
    std::function<Status()> m_revert;
};

} // namespace isoaudit
