// SPDX-License-Identifier: GPL-3.0-or-later
// TeamMerge: applying a plan in one transaction, and taking it back.
#include "merge/MergeSupport.h"
#include "merge/TeamMerge.h"

#include <QSet>

#include <algorithm>

namespace isoaudit {

using mergesupport::isSigned;
using mergesupport::nowUtc;

namespace {

using Outcome = RecordMergeResult::Outcome;

QString nameOf(const MergeAuthor& author, const QString& fallback)
{
    return author.who.isEmpty() ? fallback : author.who;
}

Record withoutLinks(Record record)
{
    record.links.clear();
    return record;
}

QVariantMap changedValues(const Record& from, const Record& to)
{
    const KindInfo& info = RecordKinds::info(to.kind);
    QVariantMap values;
    for (const FieldInfo& field : info.fields) {
        if (field.type == FieldType::Blob)
            continue; // the trail compares blobs by hash; the merge never rewrites one in place
        if (info.naturalKey == field.column)
            continue;
        const QVariant target = to.values.value(field.column);
        if (!RecordMerge::same(from.values.value(field.column), target))
            values.insert(field.column, target);
    }
    return values;
}

Status writeLinks(AuditStore& store, const std::optional<Record>& from, const Record& to)
{
    QSet<LinkKind> kinds;
    for (auto it = to.links.cbegin(); it != to.links.cend(); ++it)
        kinds.insert(it.key());
    if (from) {
        for (auto it = from->links.cbegin(); it != from->links.cend(); ++it)
            kinds.insert(it.key());
    }
    QList<LinkKind> ordered(kinds.cbegin(), kinds.cend());
    std::sort(ordered.begin(), ordered.end());
    for (LinkKind kind : ordered) {
        QStringList before = from ? from->links.value(kind) : QStringList();
        QStringList after = to.links.value(kind);
        before.sort();
        after.sort();
        if (before == after)
            continue;
        if (auto done = store.setLinks(to.kind, to.uuid, kind, to.links.value(kind)); !done)
            return done;
    }
    return {};
}

} // namespace

Result<MergeOutcome> TeamMerge::apply(AuditStore& lead, const MergePlan& plan, const MergeChoices& choices,
                                      MergeUndo* undo)
{
    auto leadAudit = lead.audit();
    if (!leadAudit)
        return Error{leadAudit.error()};
    if (leadAudit->uuid != plan.auditUuid)
        return Error{tr("This merge was prepared for another audit; nothing was changed.")};
    if (isSigned(leadAudit.value()))
        return Error{tr("This audit is signed: nothing can be merged into it.")};

    // Every conflict decided, before anything is written.
    struct Step
    {
        const MergeChange* change;
        std::optional<Record> target;
    };
    QList<Step> steps;
    steps.reserve(plan.changes.size());
    for (const MergeChange& change : plan.changes) {
        QHash<QString, RecordMerge::Choice> own;
        if (change.result.outcome == Outcome::Conflict) {
            const QStringList columns
                = change.result.deletedOnOneSide ? QStringList{QString()} : change.result.conflictColumns();
            for (const QString& column : columns) {
                const auto choice = choices.constFind(choiceKey(change.result.uuid, column));
                if (choice == choices.cend())
                    return Error{column.isEmpty()
                                     ? tr("%1 was deleted on one side and changed on the other: choose whether to "
                                          "keep it. Nothing was merged.")
                                           .arg(change.label)
                                     : tr("%1: %2 was changed on both sides; choose which value to keep. Nothing was "
                                          "merged.")
                                           .arg(change.label, column)};
                own.insert(column, choice.value());
            }
        }
        auto target = RecordMerge::resolve(change.result, own, change.mine, change.theirs, plan.member);
        if (!target)
            return Error{tr("%1: %2").arg(change.label, target.error())};
        steps.append({&change, target.value()});
    }

    auto before = lead.trailLength();
    if (!before)
        return Error{before.error()};
    const qint64 entriesBefore = before.value();

    MergeUndo record;
    record.copyId = plan.copyId;
    auto copies = lead.teamCopies();
    if (!copies)
        return Error{copies.error()};
    const QList<TeamCopy>& known = copies.value();
    for (const TeamCopy& mark : known) {
        if (mark.copyId == plan.copyId)
            record.previousMark = mark;
    }

    MergeOutcome outcome;
    const QString leadAuthor = lead.author();
    const QString resolving = tr("%1, resolving a merge conflict").arg(leadAuthor);
    auto theirsAuthor = [&](const MergeChange& change, const QString& column) {
        const MergeAuthor author = change.theirsBy.value(column, change.theirsBy.value(QString()));
        return tr("%1, merged from %2's copy").arg(nameOf(author, plan.member), plan.member);
    };

    QSet<QString> kept; // the records whose state before the merge is in `record.before`
    const Status written = lead.batch([&]() -> Status {
        // 1. New records, owners first, without their links (a link's target may come later in the plan).
        for (const Step& step : steps) {
            const MergeChange& change = *step.change;
            if (change.mine || !step.target)
                continue;
            if (change.theirsParent) {
                lead.setAuthor(theirsAuthor(change, QString()));
                auto restored = lead.insert(withoutLinks(*change.theirsParent));
                if (!restored)
                    return Error{restored.error()};
                record.inserted.append({change.theirsParent->kind, change.theirsParent->uuid});
            }
            lead.setAuthor(theirsAuthor(change, QString()));
            auto added = lead.insert(withoutLinks(*step.target));
            if (!added)
                return Error{tr("%1 could not be added: %2").arg(change.label, added.error())};
            record.inserted.append({change.result.kind, change.result.uuid});
        }
        // 2. Changed fields; a conflict the lead wins first records the copy's value, so the history keeps it.
        for (const Step& step : steps) {
            const MergeChange& change = *step.change;
            if (!change.mine || !step.target)
                continue;
            const QVariantMap values = changedValues(*change.mine, *step.target);
            const bool conflict = change.result.outcome == Outcome::Conflict;
            bool snapshotTaken = false;
            // The record as it was is the plan's "mine" (a changed record keeps its owned records and incoming links).
            auto snapshot = [&]() -> Status {
                if (!snapshotTaken && !kept.contains(change.result.uuid)) {
                    kept.insert(change.result.uuid);
                    record.before.append(RecordSnapshot{*change.mine, {}, {}});
                }
                snapshotTaken = true;
                return {};
            };
            if (conflict && !change.result.deletedOnOneSide) {
                for (const FieldMerge& field : change.result.fields) {
                    if (!field.conflict || !RecordMerge::same(step.target->values.value(field.column), field.mine))
                        continue;
                    if (auto s = snapshot(); !s)
                        return s;
                    lead.setAuthor(theirsAuthor(change, field.column));
                    if (auto s = lead.setField(change.result.kind, change.result.uuid, field.column, field.theirs);
                        !s)
                        return s;
                    lead.setAuthor(resolving);
                    if (auto s = lead.setField(change.result.kind, change.result.uuid, field.column, field.mine); !s)
                        return s;
                }
            }
            if (!values.isEmpty()) {
                if (auto s = snapshot(); !s)
                    return s;
                // One write per author: the fields the member changed, and those the lead's choice decided.
                QMap<QString, QVariantMap> byAuthor;
                for (auto it = values.cbegin(); it != values.cend(); ++it) {
                    const auto field = std::find_if(change.result.fields.cbegin(), change.result.fields.cend(),
                                                    [&](const FieldMerge& f) { return f.column == it.key(); });
                    const bool decided = field != change.result.fields.cend() && field->conflict;
                    byAuthor[decided ? resolving : theirsAuthor(change, it.key())].insert(it.key(), it.value());
                }
                for (auto group = byAuthor.cbegin(); group != byAuthor.cend(); ++group) {
                    lead.setAuthor(group.key());
                    if (auto s = lead.setFields(change.result.kind, change.result.uuid, group.value()); !s)
                        return Error{tr("%1 could not be changed: %2").arg(change.label, s.error())};
                }
            }
        }
        // 3. Links, once every record they may point at exists.
        for (const Step& step : steps) {
            const MergeChange& change = *step.change;
            if (!step.target)
                continue;
            const std::optional<Record> current = change.mine ? change.mine : std::optional<Record>(withoutLinks(*step.target));
            if (current->links == step.target->links && change.mine)
                continue;
            lead.setAuthor(theirsAuthor(change, QString()));
            if (change.mine) {
                if (!kept.contains(change.result.uuid)) {
                    kept.insert(change.result.uuid);
                    record.before.append(RecordSnapshot{*change.mine, {}, {}});
                }
            }
            if (auto s = writeLinks(lead, current, *step.target); !s)
                return Error{tr("%1: its links could not be merged: %2").arg(change.label, s.error())};
        }
        // 4. Removals: the copy's deletions, and deletions the auditor kept over the copy's edit (the edited record
        // is written first, as the member's, so the history holds it).
        for (const Step& step : steps) {
            const MergeChange& change = *step.change;
            if (step.target)
                continue;
            if (!change.mine && change.theirs) {
                lead.setAuthor(theirsAuthor(change, QString()));
                if (change.theirsParent) {
                    if (auto added = lead.insert(withoutLinks(*change.theirsParent)); !added)
                        return Error{tr("%1 could not be recorded: %2").arg(change.label, added.error())};
                }
                auto added = lead.insert(withoutLinks(*change.theirs));
                if (!added)
                    return Error{tr("%1 could not be recorded: %2").arg(change.label, added.error())};
                if (!change.theirsParent) {
                    if (auto s = writeLinks(lead, std::nullopt, *change.theirs); !s)
                        return s;
                }
                lead.setAuthor(resolving);
                const RecordKind kind = change.theirsParent ? change.theirsParent->kind : change.result.kind;
                const QString uuid = change.theirsParent ? change.theirsParent->uuid : change.result.uuid;
                if (auto s = lead.remove(kind, uuid); !s)
                    return s;
                continue;
            }
            if (!change.mine)
                continue;
            auto taken = Snapshots::take(lead, change.result.kind, change.result.uuid);
            if (!taken)
                return Error{taken.error()};
            record.before.append(taken.value());
            lead.setAuthor(change.result.outcome == Outcome::Conflict ? resolving : theirsAuthor(change, QString()));
            if (auto s = lead.remove(change.result.kind, change.result.uuid); !s)
                return Error{tr("%1 could not be deleted: %2").arg(change.label, s.error())};
        }
        // 5. How far this copy is merged.
        if (!plan.copyId.isEmpty()) {
            TeamCopy mark = record.previousMark.value_or(TeamCopy{});
            if (!record.previousMark) {
                mark.copyId = plan.copyId;
                mark.member = plan.member;
                mark.forkSeq = plan.baseSeq;
                mark.forkedAt = nowUtc();
            }
            mark.mergedSeq = plan.copyHeadSeq;
            mark.mergedHash = plan.copyHeadHash;
            mark.mergedAt = nowUtc();
            mark.mergedBy = leadAuthor;
            ++mark.merges;
            if (auto s = lead.saveTeamCopy(mark); !s)
                return s;
        }
        return {};
    });
    lead.setAuthor(leadAuthor);
    if (!written)
        return Error{tr("Nothing was merged: %1").arg(written.error())};
    outcome.inserted = plan.count(Outcome::Insert);
    outcome.updated = plan.count(Outcome::Update);
    outcome.removed = plan.count(Outcome::Remove);
    outcome.conflictsResolved = plan.conflictCount();
    auto after = lead.trailLength();
    if (after)
        outcome.trailEntries = after.value() - entriesBefore;
    if (undo)
        *undo = record;
    return outcome;
}

Status TeamMerge::revert(AuditStore& lead, const MergeUndo& undo)
{
    return lead.batch([&]() -> Status {
        for (auto it = undo.inserted.crbegin(); it != undo.inserted.crend(); ++it) {
            auto exists = lead.records(it->first);
            if (!exists)
                return Error{exists.error()};
            const QList<Record>& list = exists.value();
            if (std::none_of(list.cbegin(), list.cend(), [&](const Record& r) { return r.uuid == it->second; }))
                continue; // taken with its owner
            if (auto s = lead.remove(it->first, it->second); !s)
                return s;
        }
        for (auto it = undo.before.crbegin(); it != undo.before.crend(); ++it) {
            const Record& was = it->record;
            auto now = lead.records(was.kind);
            if (!now)
                return Error{now.error()};
            const QList<Record>& list = now.value();
            const auto current
                = std::find_if(list.cbegin(), list.cend(), [&](const Record& r) { return r.uuid == was.uuid; });
            if (current == list.cend()) {
                if (auto s = Snapshots::restore(lead, *it); !s)
                    return s;
                continue;
            }
            const QVariantMap values = changedValues(*current, was);
            if (!values.isEmpty()) {
                if (auto s = lead.setFields(was.kind, was.uuid, values); !s)
                    return s;
            }
            if (auto s = writeLinks(lead, *current, was); !s)
                return s;
        }
        if (undo.previousMark)
            return lead.saveTeamCopy(*undo.previousMark);
        if (!undo.copyId.isEmpty()) {
            auto copies = lead.teamCopies();
            if (!copies)
                return Error{copies.error()};
            const QList<TeamCopy>& known = copies.value();
            for (TeamCopy mark : known) {
                if (mark.copyId != undo.copyId)
                    continue;
                mark.mergedSeq.reset();
                mark.mergedHash.clear();
                mark.mergedAt.clear();
                mark.merges = 0;
                return lead.saveTeamCopy(mark);
            }
        }
        return {};
    });
}

} // namespace isoaudit
