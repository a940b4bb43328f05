// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/TeamMerge.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace isoaudit {

namespace {

using Outcome = RecordMergeResult::Outcome;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isSigned(const Record& audit)
{
    return audit.text(QStringLiteral("lifecycle")) == QLatin1String("signed");
}

/// A record for people: its kind and what identifies it ("finding F-03 Access reviews not done").
QString labelOf(const Record& record)
{
    QStringList parts{RecordKinds::label(record.kind, true)};
    for (const char* column :
         {"ref", "clause_id", "control_id", "client", "name", "interviewee", "title", "file_name", "topic", "subject"}) {
        const QString value = record.text(QLatin1String(column)).simplified();
        if (!value.isEmpty() && !parts.contains(value))
            parts << value;
        if (parts.size() == 3)
            break;
    }
    if (parts.size() == 1)
        parts << record.uuid.left(8);
    QString label = parts.join(QLatin1Char(' '));
    if (label.size() > 90)
        label = label.left(87) + QStringLiteral("...");
    return label;
}

int kindOrder(RecordKind kind)
{
    const auto& all = RecordKinds::all();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).kind == kind)
            return i;
    }
    return int(all.size());
}

/// The order changes apply in: new records owner first, then changes, then removals owned records first.
int phaseOf(const MergeChange& change)
{
    if (!change.mine)
        return 0;
    return change.result.outcome == Outcome::Remove ? 2 : 1;
}

/// Loads every record of the kinds asked for, once, by uuid.
class RecordIndex
{
public:
    explicit RecordIndex(const AuditStore& store)
        : m_store(store)
    {
    }
    Result<std::optional<Record>> find(RecordKind kind, const QString& uuid)
    {
        auto loaded = m_kinds.find(int(kind));
        if (loaded == m_kinds.end()) {
            auto rows = m_store.records(kind);
            if (!rows)
                return Error{rows.error()};
            QHash<QString, Record> byUuid;
            const QList<Record>& list = rows.value();
            for (const Record& r : list)
                byUuid.insert(r.uuid, r);
            loaded = m_kinds.insert(int(kind), byUuid);
        }
        const auto it = loaded->constFind(uuid);
        return it == loaded->cend() ? std::optional<Record>() : std::optional<Record>(*it);
    }

private:
    const AuditStore& m_store;
    QHash<int, QHash<QString, Record>> m_kinds;
};

/// Who last changed each field of each record in entries after `afterSeq` ("" = the record: added or deleted;
/// "link:<kind>" = its links).
QHash<QString, QHash<QString, MergeAuthor>> authorsAfter(const QList<TrailEntry>& entries, qint64 afterSeq)
{
    QHash<QString, QHash<QString, MergeAuthor>> authors;
    for (const TrailEntry& e : entries) {
        if (e.seq <= afterSeq || e.recordUuid.isEmpty())
            continue;
        const MergeAuthor author{e.who, e.at};
        if (e.action == QLatin1String("update"))
            authors[e.recordUuid].insert(e.field, author);
        else if (e.action == QLatin1String("links") || e.action == QLatin1String("link-add"))
            authors[e.recordUuid].insert(QStringLiteral("link:") + e.field, author);
        else
            authors[e.recordUuid].insert(QString(), author);
    }
    return authors;
}

/// Whether a record read from a file is the one its trail describes (blobs by their recorded SHA-256 column only).
bool sameRecord(const std::optional<Record>& trail, const std::optional<Record>& file)
{
    if (!trail || !file)
        return !trail && !file;
    if (trail->parentUuid != file->parentUuid)
        return false;
    for (const FieldInfo& field : RecordKinds::info(file->kind).fields) {
        if (field.type != FieldType::Blob
            && !RecordMerge::same(trail->values.value(field.column), file->values.value(field.column)))
            return false;
    }
    auto linkSets = [](const Record& r) {
        QMap<LinkKind, QSet<QString>> sets;
        for (auto it = r.links.cbegin(); it != r.links.cend(); ++it) {
            if (!it->isEmpty())
                sets.insert(it.key(), QSet<QString>(it->cbegin(), it->cend()));
        }
        return sets;
    };
    return linkSets(*trail) == linkSets(*file);
}

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

int MergePlan::count(RecordMergeResult::Outcome outcome) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [outcome](const MergeChange& c) { return c.result.outcome == outcome; }));
}

QString TeamMerge::choiceKey(const QString& uuid, const QString& column)
{
    return uuid + QLatin1Char('\x1f') + column;
}

Result<MergePlan> TeamMerge::plan(const AuditStore& lead, const QString& copyPath)
{
    const QFileInfo copyInfo(copyPath);
    const QString shownPath = QFileInfo(copyPath).fileName();
    if (!copyInfo.exists())
        return Error{tr("The copy %1 does not exist.").arg(copyPath)};
    if (copyInfo.canonicalFilePath() == QFileInfo(lead.path()).canonicalFilePath())
        return Error{tr("%1 is the audit itself, not a copy of it.").arg(shownPath)};

    auto leadAudit = lead.audit();
    if (!leadAudit)
        return Error{leadAudit.error()};
    if (isSigned(leadAudit.value()))
        return Error{tr("This audit is signed: nothing can be merged into it. Reopen it first, with a reason, if the "
                        "team's work must still be added.")};

    auto opened = AuditStore::open(copyPath, AuditDatabase::Mode::ReadOnly);
    if (!opened)
        return Error{tr("%1 cannot be merged: %2").arg(shownPath, opened.error())};
    const AuditStore& copy = *opened.value();
    auto copyAudit = copy.audit();
    if (!copyAudit)
        return Error{tr("%1 cannot be merged: %2").arg(shownPath, copyAudit.error())};
    if (copyAudit->uuid != leadAudit->uuid)
        return Error{tr("%1 is a copy of another audit (%2, %3), not of this one. Nothing was changed.")
                         .arg(shownPath, copyAudit->text(QStringLiteral("client")),
                              copyAudit->text(QStringLiteral("audit_type")))};
    if (isSigned(copyAudit.value()))
        return Error{tr("%1 is a copy of a signed audit: a signed audit's copy is not merged. Nothing was changed.")
                         .arg(shownPath)};

    auto leadEntries = lead.trailEntries();
    if (!leadEntries)
        return Error{leadEntries.error()};
    auto copyEntries = copy.trailEntries();
    if (!copyEntries)
        return Error{copyEntries.error()};
    const QList<TrailEntry>& mineTrail = leadEntries.value();
    const QList<TrailEntry>& theirsTrail = copyEntries.value();

    // The longest common prefix of the two chains: the state both files had.
    qsizetype shared = 0;
    while (shared < mineTrail.size() && shared < theirsTrail.size()
           && mineTrail.at(shared).hash == theirsTrail.at(shared).hash)
        ++shared;
    if (shared == 0)
        return Error{tr("%1 is of the same audit but does not share its history (it was not copied from this file, "
                        "e.g. it was imported from a package): it cannot be merged record by record.")
                         .arg(shownPath)};
    qint64 baseSeq = mineTrail.at(shared - 1).seq;

    MergePlan plan;
    plan.copyPath = copyPath;
    plan.auditUuid = leadAudit->uuid;
    plan.leadAuthor = lead.author();
    plan.copyHeadSeq = theirsTrail.isEmpty() ? 0 : theirsTrail.last().seq;
    plan.copyHeadHash = theirsTrail.isEmpty() ? QString() : theirsTrail.last().hash;

    auto origin = copy.teamOrigin();
    if (!origin)
        return Error{origin.error()};
    if (origin->has_value() && origin->value().auditUuid == plan.auditUuid) {
        plan.copyId = origin->value().copyId;
        plan.member = origin->value().member;
    } else if (shared < theirsTrail.size()) {
        // A copy made otherwise (Save Copy As): named by the first entry it has of its own.
        plan.copyId = QStringLiteral("trail:") + theirsTrail.at(shared).hash;
    }
    if (plan.member.isEmpty())
        plan.member = theirsTrail.isEmpty() ? tr("the copy") : theirsTrail.last().who;

    // How far this file already merged the copy: a later base on the copy's trail, if the copy still has it.
    auto copies = lead.teamCopies();
    if (!copies)
        return Error{copies.error()};
    const QList<TeamCopy>& known = copies.value();
    for (const TeamCopy& mark : known) {
        if (mark.copyId != plan.copyId || !mark.mergedSeq || *mark.mergedSeq <= baseSeq)
            continue;
        const qsizetype index = *mark.mergedSeq - 1;
        if (index < theirsTrail.size() && theirsTrail.at(index).seq == *mark.mergedSeq
            && theirsTrail.at(index).hash == mark.mergedHash)
            baseSeq = *mark.mergedSeq;
    }
    plan.baseSeq = baseSeq;
    if (plan.copyHeadSeq <= baseSeq)
        return plan; // nothing new in the copy

    // The records the copy's trail touched since the base, in the order it first touched them.
    QList<std::pair<RecordKind, QString>> touched;
    QSet<QString> seen;
    for (const TrailEntry& e : theirsTrail) {
        if (e.seq <= baseSeq || e.recordUuid.isEmpty() || seen.contains(e.recordUuid))
            continue;
        const auto kind = RecordKinds::fromTable(e.kind);
        if (!kind)
            continue;
        seen.insert(e.recordUuid);
        touched.append({*kind, e.recordUuid});
    }

    // What the merge takes from the copy must be what the copy's trail says: its own entries chain and hash
    // (those up to the shared prefix are the lead's own), and each record it touched is in the file as its trail
    // left it. A copy edited outside IsoAudit, or cut, is refused before anything is read from it.
    QString previous = mineTrail.at(shared - 1).hash;
    for (qsizetype i = shared; i < theirsTrail.size(); ++i) {
        const TrailEntry& e = theirsTrail.at(i);
        if (e.seq != i + 1 || e.prevHash != previous || e.computeHash() != e.hash)
            return Error{tr("%1 is damaged and cannot be merged: its audit trail is broken at entry #%2. Nothing was "
                            "changed.")
                             .arg(shownPath)
                             .arg(e.seq)};
        previous = e.hash;
    }
    auto headRecords = AuditStore::recordsAtTrailEntry(theirsTrail, plan.copyHeadSeq, seen);
    if (!headRecords)
        return Error{tr("%1 is damaged and cannot be merged: %2 Nothing was changed.").arg(shownPath, headRecords.error())};

    auto baseRecords = AuditStore::recordsAtTrailEntry(theirsTrail, baseSeq, seen);
    if (!baseRecords)
        return Error{tr("%1 cannot be merged: %2").arg(shownPath, baseRecords.error())};
    const QHash<QString, Record>& bases = baseRecords.value();
    const auto theirsBy = authorsAfter(theirsTrail, baseSeq);
    const auto mineBy = authorsAfter(mineTrail, mineTrail.at(shared - 1).seq);

    RecordIndex mineIndex(lead);
    RecordIndex theirsIndex(copy);
    QSet<QString> inserted; // uuids the plan adds to the lead's file, for owners of later records
    for (const auto& [kind, uuid] : touched) {
        MergeChange change;
        change.base = bases.contains(uuid) ? std::optional<Record>(bases.value(uuid)) : std::nullopt;
        auto mine = mineIndex.find(kind, uuid);
        if (!mine)
            return Error{mine.error()};
        change.mine = mine.value();
        auto theirs = theirsIndex.find(kind, uuid);
        if (!theirs)
            return Error{theirs.error()};
        change.theirs = theirs.value();
        if (change.theirs && RecordKinds::info(kind).fields.end()
                                 != std::find_if(RecordKinds::info(kind).fields.cbegin(),
                                                 RecordKinds::info(kind).fields.cend(),
                                                 [](const FieldInfo& f) { return f.type == FieldType::Blob; })) {
            auto withData = copy.record(kind, uuid, AuditStore::Blobs::Load);
            if (!withData)
                return Error{withData.error()};
            change.theirs = withData.value();
        }
        if (!sameRecord(headRecords->contains(uuid) ? std::optional<Record>(headRecords->value(uuid)) : std::nullopt,
                        change.theirs))
            return Error{tr("%1 is damaged and cannot be merged: %2 is not as its audit trail says (it was changed "
                            "outside IsoAudit). Nothing was changed.")
                             .arg(shownPath, RecordKinds::label(kind, true))};
        change.result = RecordMerge::merge(change.base, change.mine, change.theirs);
        if (change.result.outcome == Outcome::Unchanged)
            continue;

        // An attachment both sides added (the same bytes, SHA-256) under the same evidence is there already.
        if (kind == RecordKind::Attachment && change.result.outcome == Outcome::Insert) {
            auto siblings = lead.records(RecordKind::Attachment, change.theirs->parentUuid);
            if (!siblings)
                return Error{siblings.error()};
            const QString sha = change.theirs->text(QStringLiteral("sha256"));
            const QList<Record>& list = siblings.value();
            if (!sha.isEmpty() && std::any_of(list.cbegin(), list.cend(), [&](const Record& r) {
                    return r.text(QStringLiteral("sha256")) == sha;
                }))
                continue;
        }

        // Both sides dismissed the same cross-check: the dismissal is there already (check_key is unique).
        if (kind == RecordKind::CrosscheckDismissal && change.result.outcome == Outcome::Insert) {
            auto dismissals = lead.records(kind);
            if (!dismissals)
                return Error{dismissals.error()};
            const QString key = change.theirs->text(QStringLiteral("check_key"));
            const QList<Record>& list = dismissals.value();
            if (std::any_of(list.cbegin(), list.cend(),
                            [&](const Record& r) { return r.text(QStringLiteral("check_key")) == key; }))
                continue;
        }
        // Both sides added a control with the same reference (unique): the copy's keeps its work under a
        // reference that names the member.
        if (kind == RecordKind::ServiceControl && change.result.outcome == Outcome::Insert) {
            auto controls = lead.records(kind);
            if (!controls)
                return Error{controls.error()};
            const QString ref = change.theirs->text(QStringLiteral("ref"));
            const QList<Record>& list = controls.value();
            if (std::any_of(list.cbegin(), list.cend(),
                            [&](const Record& r) { return r.text(QStringLiteral("ref")) == ref; })) {
                const QString renamed = tr("%1 (%2)").arg(ref, plan.member);
                change.theirs->values.insert(QStringLiteral("ref"), renamed);
                change.result.merged->values.insert(QStringLiteral("ref"), renamed);
            }
        }

        // A record the copy changed under an owner this file deleted: a delete/edit conflict of its own.
        const KindInfo& info = RecordKinds::info(kind);
        if (change.theirs && !info.parentColumn.isEmpty() && !change.theirs->parentUuid.isEmpty()
            && !inserted.contains(change.theirs->parentUuid)) {
            auto owner = mineIndex.find(info.parentKind, change.theirs->parentUuid);
            if (!owner)
                return Error{owner.error()};
            if (!owner->has_value()) {
                auto theirsOwner = theirsIndex.find(info.parentKind, change.theirs->parentUuid);
                if (!theirsOwner)
                    return Error{theirsOwner.error()};
                change.theirsParent = theirsOwner.value();
                change.result.outcome = Outcome::Conflict;
                change.result.deletedOnOneSide = true;
                change.result.deletedInCopy = false;
                change.result.merged.reset();
            }
        }
        if (!change.mine && change.theirs)
            inserted.insert(uuid);

        const Record& shown = change.theirs ? *change.theirs : change.mine ? *change.mine : *change.base;
        change.label = labelOf(shown);
        change.mineBy = mineBy.value(uuid);
        change.theirsBy = theirsBy.value(uuid);
        plan.changes.append(change);
    }
    std::stable_sort(plan.changes.begin(), plan.changes.end(), [](const MergeChange& a, const MergeChange& b) {
        const int pa = phaseOf(a);
        const int pb = phaseOf(b);
        if (pa != pb)
            return pa < pb;
        const int ka = kindOrder(a.result.kind);
        const int kb = kindOrder(b.result.kind);
        return pa == 2 ? ka > kb : ka < kb;
    });
    return plan;
}

MergeChoices TeamMerge::chooseAll(const MergePlan& plan, RecordMerge::Choice choice)
{
    MergeChoices choices;
    for (const MergeChange& change : plan.changes) {
        if (change.result.outcome != Outcome::Conflict)
            continue;
        if (change.result.deletedOnOneSide) {
            choices.insert(choiceKey(change.result.uuid, QString()), choice);
            continue;
        }
        for (const QString& column : change.result.conflictColumns())
            choices.insert(choiceKey(change.result.uuid, column), choice);
    }
    return choices;
}

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
    for (const MergeChange& change : plan.changes) {
        switch (change.result.outcome) {
        case Outcome::Insert:
            ++outcome.inserted;
            break;
        case Outcome::Update:
            ++outcome.updated;
            break;
        case Outcome::Remove:
            ++outcome.removed;
            break;
        case Outcome::Conflict:
            ++outcome.conflictsResolved;
            break;
        case Outcome::Unchanged:
            break;
        }
    }
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

QJsonObject TeamMerge::toJson(const MergePlan& plan)
{
    auto outcomeName = [](Outcome outcome) {
        switch (outcome) {
        case Outcome::Unchanged:
            return QStringLiteral("unchanged");
        case Outcome::Insert:
            return QStringLiteral("insert");
        case Outcome::Update:
            return QStringLiteral("update");
        case Outcome::Remove:
            return QStringLiteral("remove");
        case Outcome::Conflict:
            return QStringLiteral("conflict");
        }
        return QString();
    };
    auto value = [](const QVariant& v) {
        return v.isValid() && !v.isNull() ? QJsonValue::fromVariant(v) : QJsonValue();
    };
    auto author = [](const QHash<QString, MergeAuthor>& by, const QString& column) {
        const MergeAuthor a = by.value(column, by.value(QString()));
        return QJsonObject{{QStringLiteral("who"), a.who}, {QStringLiteral("at"), a.at}};
    };
    QJsonArray changes;
    for (const MergeChange& change : plan.changes) {
        QJsonArray fields;
        for (const FieldMerge& field : change.result.fields) {
            QJsonObject f{{QStringLiteral("field"), field.column},
                          {QStringLiteral("base"), value(field.base)},
                          {QStringLiteral("mine"), value(field.mine)},
                          {QStringLiteral("theirs"), value(field.theirs)},
                          {QStringLiteral("conflict"), field.conflict},
                          {QStringLiteral("mineBy"), author(change.mineBy, field.column)},
                          {QStringLiteral("theirsBy"), author(change.theirsBy, field.column)}};
            if (!field.conflict)
                f.insert(QStringLiteral("merged"), value(field.merged));
            fields.append(f);
        }
        QJsonObject c{{QStringLiteral("kind"), RecordKinds::info(change.result.kind).table},
                      {QStringLiteral("uuid"), change.result.uuid},
                      {QStringLiteral("label"), change.label},
                      {QStringLiteral("outcome"), outcomeName(change.result.outcome)},
                      {QStringLiteral("fields"), fields}};
        if (change.result.deletedOnOneSide)
            c.insert(QStringLiteral("deletedIn"), change.result.deletedInCopy ? QStringLiteral("theirs")
                                                                               : QStringLiteral("mine"));
        changes.append(c);
    }
    return QJsonObject{{QStringLiteral("copy"), plan.copyPath},
                       {QStringLiteral("member"), plan.member},
                       {QStringLiteral("audit"), plan.auditUuid},
                       {QStringLiteral("baseEntry"), plan.baseSeq},
                       {QStringLiteral("copyHeadEntry"), plan.copyHeadSeq},
                       {QStringLiteral("inserts"), plan.count(Outcome::Insert)},
                       {QStringLiteral("updates"), plan.count(Outcome::Update)},
                       {QStringLiteral("removals"), plan.count(Outcome::Remove)},
                       {QStringLiteral("conflicts"), plan.conflictCount()},
                       {QStringLiteral("changes"), changes}};
}

Result<TeamOrigin> TeamCopies::fork(AuditStore& lead, const QString& copyPath, const QString& member)
{
    const QString name = member.simplified();
    if (name.isEmpty())
        return Error{tr("Name the team member the copy is for.")};
    if (QFileInfo::exists(copyPath))
        return Error{tr("%1 exists already; choose another name for the copy.").arg(copyPath)};
    auto audit = lead.audit();
    if (!audit)
        return Error{audit.error()};
    if (isSigned(audit.value()))
        return Error{tr("This audit is signed: reopen it before giving out copies to work on.")};
    auto entries = lead.trailEntries();
    if (!entries)
        return Error{entries.error()};
    if (entries->isEmpty())
        return Error{tr("This audit has no trail yet; make a change and save it before giving out copies.")};

    TeamOrigin origin;
    origin.copyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    origin.auditUuid = audit->uuid;
    origin.member = name;
    origin.forkSeq = entries->last().seq;
    origin.forkHash = entries->last().hash;
    origin.forkedAt = nowUtc();
    origin.forkedBy = lead.author();

    const QString temporary = copyPath + QStringLiteral(".part");
    QFile::remove(temporary);
    auto cleanup = [&](const QString& error) -> Result<TeamOrigin> {
        QFile::remove(temporary);
        return Error{tr("The copy was not written: %1").arg(error)};
    };
    if (auto saved = lead.saveCopyAs(temporary); !saved)
        return cleanup(saved.error());
    {
        auto opened = AuditStore::open(temporary);
        if (!opened)
            return cleanup(opened.error());
        AuditStore& copy = *opened.value();
        // The copy's own writes are guarded by whoever opens it; this one writes bookkeeping only.
        copy.setWriteGuard([](RecordKind, const QStringList&) -> Status {
            return Error{tr("A copy being made takes no changes.")};
        });
        if (auto s = copy.setTeamOrigin(origin); !s)
            return cleanup(s.error());
        if (auto s = copy.leaveWriteAheadLog(); !s)
            return cleanup(s.error());
    }
    if (!QFile::rename(temporary, copyPath))
        return cleanup(tr("%1 could not be renamed to %2.").arg(temporary, copyPath));
    TeamCopy mark;
    mark.copyId = origin.copyId;
    mark.member = name;
    mark.forkSeq = origin.forkSeq;
    mark.forkedAt = origin.forkedAt;
    if (auto s = lead.saveTeamCopy(mark); !s)
        return Error{tr("The copy %1 was written, but this audit could not note it: %2").arg(copyPath, s.error())};
    return origin;
}

} // namespace isoaudit
