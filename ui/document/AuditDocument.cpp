// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/AuditDocument.h"

#include "commands/ImportCommand.h"
#include "commands/RecordCommands.h"
#include "domain/Outcomes.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "soc2/Opinion.h"
#include "workflow/Lifecycle.h"

namespace isoaudit {

Result<std::unique_ptr<AuditDocument>> AuditDocument::open(const QString& path, AuditDatabase::Mode mode)
{
    auto store = Lifecycle::open(path, mode);
    if (!store)
        return Error{store.error()};
    return std::make_unique<AuditDocument>(std::move(store).value());
}

AuditDocument::AuditDocument(std::unique_ptr<AuditStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    if (!m_store->hasWriteGuard())
        Lifecycle::attach(*m_store);
    if (const auto audit = m_store->audit())
        m_engagement = Engagement::isEngagement(*audit);
    if (m_engagement) {
        // What can change a control's deviation counts: an item's or a test's result, samples, items, tests or
        // controls coming or going, an exception record going. Only then does an edit check them (followUp).
        const auto counts = [](RecordKind kind) {
            return kind == RecordKind::SampleItem || kind == RecordKind::TestProcedure || kind == RecordKind::Sample
                || kind == RecordKind::ServiceControl || kind == RecordKind::ControlException;
        };
        connect(m_store.get(), &AuditStore::recordChanged, this,
                [this](RecordKind kind, const QString&, const QString& column) {
                    if ((kind == RecordKind::SampleItem || kind == RecordKind::TestProcedure)
                        && (column.isEmpty() || column == QLatin1String("result")))
                        m_countsMayHaveChanged = true;
                });
        connect(m_store.get(), &AuditStore::recordInserted, this, [this, counts](RecordKind kind, const QString&) {
            m_countsMayHaveChanged = m_countsMayHaveChanged || counts(kind);
        });
        connect(m_store.get(), &AuditStore::recordRemoved, this, [this, counts](RecordKind kind, const QString&) {
            m_countsMayHaveChanged = m_countsMayHaveChanged || counts(kind);
        });
    }
}

AuditDocument::~AuditDocument()
{
    m_undoStack.clear(); // commands refer to the store
}

Status AuditDocument::push(RecordCommand* command)
{
    std::unique_ptr<RecordCommand> owned(command);
    if (m_macroDepth == 0 && !m_inFollowUp)
        m_countsMayHaveChanged = false; // this edit alone decides whether the counts are checked
    if (auto done = owned->execute(); !done)
        return done;
    if (!owned->changedSomething())
        return {}; // the value was already so: nothing written, nothing to undo
    // A later undo or redo the store refuses is reported here: the stack drops the refused command at once.
    owned->setFailureHandler([this](const QString& message) { emit editFailed(message); });
    if (m_macroDepth == 0 && exceptionsOutOfStep()) {
        // A result that changes a control's deviations changes its exception record in the same undo step.
        m_undoStack.beginMacro(owned->text());
        m_undoStack.push(owned.release());
        followUp();
        m_undoStack.endMacro();
        return {};
    }
    m_undoStack.push(owned.release());
    return {};
}

bool AuditDocument::exceptionsOutOfStep() const
{
    if (!m_engagement || !m_countsMayHaveChanged || m_inFollowUp || m_store->isReadOnly())
        return false;
    const auto data = EngagementData::load(*m_store);
    return data && !ExceptionRollup::outOfStep(data.value()).isEmpty();
}

void AuditDocument::followUp()
{
    m_inFollowUp = true;
    (void)rollUpExceptions(); // refused only where the edit itself was (a signed or read-only audit)
    m_inFollowUp = false;
}

namespace {

struct ExceptionCounts
{
    QString control;
    int deviations = 0;
    int sampleSize = 0;
    QVariantMap values() const
    {
        return {{QStringLiteral("deviations"), deviations}, {QStringLiteral("sample_size"), sampleSize}};
    }
};

QHash<QString, ExceptionCounts> exceptionCounts(const AuditStore& store)
{
    QHash<QString, ExceptionCounts> counts;
    if (auto records = store.records(RecordKind::ControlException)) {
        for (const Record& r : records.value())
            counts.insert(r.uuid,
                          {r.parentUuid, r.integer(QStringLiteral("deviations")).value_or(0),
                           r.integer(QStringLiteral("sample_size")).value_or(0)});
    }
    return counts;
}

/// What one roll-up wrote, so that redo writes the same (the records it created keep their uuids: later undo steps
/// name them) and undo takes it back.
struct RollupDelta
{
    bool recorded = false;
    QHash<QString, ExceptionCounts> created; ///< uuid -> the new record's control and counts
    QHash<QString, QPair<ExceptionCounts, ExceptionCounts>> changed; ///< uuid -> counts before, after
};

} // namespace

Result<QStringList> AuditDocument::rollUpExceptions()
{
    if (!m_engagement || m_store->isReadOnly())
        return QStringList();
    auto data = EngagementData::load(*m_store);
    if (!data)
        return QStringList();
    const QStringList refs = ExceptionRollup::outOfStep(data.value());
    if (refs.isEmpty())
        return refs;
    AuditStore* store = m_store.get();
    auto delta = std::make_shared<RollupDelta>();
    auto apply = [store, delta]() -> Status {
        if (!delta->recorded) {
            const QHash<QString, ExceptionCounts> before = exceptionCounts(*store);
            if (auto rolled = ExceptionRollup::update(*store); !rolled)
                return Error{rolled.error()};
            const QHash<QString, ExceptionCounts> after = exceptionCounts(*store);
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
                    = store->insert({RecordKind::ControlException, it.key(), it->control, it->values(), {}});
                    !inserted)
                    return Error{inserted.error()};
            }
            for (auto it = delta->changed.cbegin(); it != delta->changed.cend(); ++it) {
                if (Status s = store->setFields(RecordKind::ControlException, it.key(), it->second.values()); !s)
                    return s;
            }
            return {};
        });
    };
    auto revert = [store, delta]() -> Status {
        return store->batch([&]() -> Status {
            for (auto it = delta->changed.cbegin(); it != delta->changed.cend(); ++it) {
                if (Status s = store->setFields(RecordKind::ControlException, it.key(), it->first.values()); !s)
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
    const bool wasFollowingUp = m_inFollowUp;
    m_inFollowUp = true; // the roll-up's own push needs no roll-up after it
    const Status done = perform(text, apply, revert);
    m_inFollowUp = wasFollowingUp;
    if (!done)
        return Error{done.error()};
    return refs;
}

Status AuditDocument::setField(RecordKind kind, const QString& uuid, const QString& column, const QVariant& value,
                               const QString& undoText)
{
    // The store reads the row once, inside the write, and hands the command the value it replaces.
    const QString text = undoText.isEmpty()
        ? tr("Edit %1", "undo text; %1 is a record kind as written inside a sentence")
              .arg(RecordKinds::label(kind, true))
        : undoText;
    if (kind == RecordKind::Audit && column == QLatin1String("audit_type"))
        return setAuditType(uuid, value.toString(), text);
    return push(new SetFieldCommand(*m_store, kind, uuid, column, value, text));
}

Status AuditDocument::setAuditType(const QString& uuid, const QString& auditType, const QString& undoText)
{
    // Each audit type has outcomes of its own (core/domain/Outcomes): a recorded outcome follows the type to the
    // new type's outcome of the same tier ("recommend" at Stage 2 becomes "continuation-recommended" in a
    // surveillance audit), in the same undo step, so no audit is left with another type's outcome.
    const auto audit = m_store->record(RecordKind::Audit, uuid);
    const QString outcome = audit ? audit->text(QStringLiteral("recommendation")) : QString();
    const QString adapted = Outcomes::adapt(auditType, outcome);
    const auto setType = [&] {
        return push(
            new SetFieldCommand(*m_store, RecordKind::Audit, uuid, QStringLiteral("audit_type"), auditType, undoText));
    };
    if (!audit || audit->text(QStringLiteral("audit_type")) == auditType || adapted.isEmpty() || adapted == outcome)
        return setType();
    return macro(undoText, [&]() -> Status {
        if (auto done = setType(); !done)
            return done;
        return push(new SetFieldCommand(*m_store, RecordKind::Audit, uuid, QStringLiteral("recommendation"), adapted,
                                        undoText));
    });
}

Result<QString> AuditDocument::insertRecord(const Record& record, const QString& undoText)
{
    const QString text = undoText.isEmpty()
        ? tr("Add %1", "undo text; %1 is a record kind as written inside a sentence")
              .arg(RecordKinds::label(record.kind, true))
        : undoText;
    auto* command = new InsertRecordCommand(*m_store, record, text);
    const QString uuid = command->uuid();
    if (auto done = push(command); !done)
        return Error{done.error()};
    return uuid;
}

Status AuditDocument::removeRecord(RecordKind kind, const QString& uuid, const QString& undoText)
{
    auto snapshot = Snapshots::take(*m_store, kind, uuid);
    if (!snapshot)
        return Error{snapshot.error()};
    const QString text = undoText.isEmpty()
        ? tr("Delete %1", "undo text; %1 is a record kind as written inside a sentence")
              .arg(RecordKinds::label(kind, true))
        : undoText;
    return push(new RemoveRecordCommand(*m_store, std::move(snapshot).value(), text));
}

Status AuditDocument::setLinks(RecordKind kind, const QString& uuid, LinkKind linkKind, const QStringList& targets,
                               const QString& undoText)
{
    auto current = m_store->record(kind, uuid);
    if (!current)
        return Error{current.error()};
    const QStringList old = current->linked(linkKind);
    const QString text = undoText.isEmpty()
        ? tr("Change links of %1", "undo text; %1 is a record kind as written inside a sentence")
              .arg(RecordKinds::label(kind, true))
        : undoText;
    return push(new SetLinksCommand(*m_store, kind, uuid, linkKind, old, targets, text));
}

Status AuditDocument::importTable(const ImportPlan& plan)
{
    return push(new ImportCommand(*m_store, plan, ImportCommand::undoText(plan)));
}

Status AuditDocument::perform(const QString& undoText, std::function<Status()> apply, std::function<Status()> revert)
{
    return push(new OperationCommand(*m_store, std::move(apply), std::move(revert), undoText));
}

Status AuditDocument::macro(const QString& undoText, const std::function<Status()>& work)
{
    m_undoStack.beginMacro(undoText);
    if (m_macroDepth == 0)
        m_countsMayHaveChanged = false;
    ++m_macroDepth;
    const Status done = work();
    --m_macroDepth;
    if (done && m_macroDepth == 0 && exceptionsOutOfStep())
        followUp(); // the bulk edit's results and the exception counts are one undo step
    m_undoStack.endMacro();
    if (!done && m_undoStack.canUndo() && m_undoStack.undoText() == undoText) {
        // A half-done bulk edit is taken back whole, and then leaves the stack: QUndoStack drops an obsolete command
        // instead of redoing it, so a refused edit never stays behind as a step to redo.
        m_undoStack.undo();
        const_cast<QUndoCommand*>(m_undoStack.command(m_undoStack.index()))->setObsolete(true);
        m_undoStack.redo();
    }
    return done;
}

} // namespace isoaudit
