// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/TableImporter.h"
#include "storage/AuditStore.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace isoaudit {

/// One open audit in the GUI: the store plus its undo stack. Every edit the panes make goes through here, becomes
/// a QUndoCommand and is committed to the file before the call returns (house style 9). The document is an opener:
/// it opens through Lifecycle::open, and a store handed to it gets the workflow's write guard if it has none, so a
/// signed audit refuses edits however it was opened.
class AuditDocument : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<AuditDocument>> open(const QString& path,
                                                       AuditDatabase::Mode mode = AuditDatabase::Mode::ReadWrite);
    explicit AuditDocument(std::unique_ptr<AuditStore> store, QObject* parent = nullptr);
    ~AuditDocument() override;

    AuditStore& store() { return *m_store; }
    const AuditStore& store() const { return *m_store; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    /// A SOC 2 engagement (its pages, wording and rules) rather than an ISO/IEC 27001 audit: read once when the
    /// document opens; an audit's framework never changes while it is open.
    bool isEngagement() const { return m_engagement; }

    /// Edits. Each returns the store's refusal (validation, read-only, signed audit) and then nothing changed.
    /// Setting the audit's `audit_type` also adapts a recorded outcome (`recommendation`) to the new type's outcome
    /// of the same tier (Outcomes::adapt), in the same undo step.
    Status setField(RecordKind kind, const QString& uuid, const QString& column, const QVariant& value,
                    const QString& undoText = {});
    Result<QString> insertRecord(const Record& record, const QString& undoText = {});
    Status removeRecord(RecordKind kind, const QString& uuid, const QString& undoText = {});
    Status setLinks(RecordKind kind, const QString& uuid, LinkKind linkKind, const QStringList& targets,
                    const QString& undoText = {});
    /// Writes a whole table import (TableImporter::plan) as one undo step, in one transaction.
    Status importTable(const ImportPlan& plan);
    /// An edit core makes in its own transaction (a population imported, a sample drawn): `apply` runs now and on
    /// redo, `revert` on undo. The closures share whatever state they need (the uuid apply created, the seed a draw
    /// used) through captured shared pointers. Nothing reaches the stack when apply is refused.
    Status perform(const QString& undoText, std::function<Status()> apply, std::function<Status()> revert);
    /// SOC 2: brings the control exception records in step with the sample results (ExceptionRollup::update) as an
    /// undo step ("Update the exception counts of C-1") whose redo writes the same records again (same uuids) and
    /// whose undo takes them back. Returns the refs of the controls touched; empty when everything agreed or the
    /// audit is no engagement. An edit that puts them out of step does this itself, in its own undo step (push()).
    Result<QStringList> rollUpExceptions();
    /// Groups the edits made inside `work` into one undo step (a bulk edit).
    Status macro(const QString& undoText, const std::function<Status()>& work);

signals:
    /// An undo or redo could not be applied (e.g. the audit was signed meanwhile); the message says why.
    void editFailed(const QString& message);

private:
    Status push(class RecordCommand* command);
    /// Whether the last edit left a SOC 2 engagement's exception records out of step with its results.
    bool exceptionsOutOfStep() const;
    /// Rolls the exceptions up inside the undo step being built (a macro), so undo takes the edit and the counts
    /// back together.
    void followUp();
    Status setAuditType(const QString& uuid, const QString& auditType, const QString& undoText);

    std::unique_ptr<AuditStore> m_store;
    QUndoStack m_undoStack;
    bool m_engagement = false; ///< a SOC 2 engagement: its exception counts follow its results (followUp)
    bool m_countsMayHaveChanged = false; ///< the edit being made touched what the deviation counts are made of
    int m_macroDepth = 0;
    bool m_inFollowUp = false;
};

} // namespace isoaudit
