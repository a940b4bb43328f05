// SPDX-License-Identifier: GPL-3.0-or-later
// TeamMerge: planning a merge of a team member's copy (reads both files, writes nothing), and the plan as JSON.
#include "merge/MergeSupport.h"
#include "merge/TeamMerge.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace isoaudit {

using mergesupport::isSigned;
using mergesupport::nowUtc;

namespace {

using Outcome = RecordMergeResult::Outcome;

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

} // namespace isoaudit
