// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/RecordMerge.h"

#include <QSet>

namespace isoaudit {

namespace {

bool isEmpty(const QVariant& v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

/// Three-way merge of a set of link targets: both sides' additions and removals, in the order mine then theirs.
QStringList mergeLinks(const QStringList& base, const QStringList& mine, const QStringList& theirs)
{
    const QSet<QString> baseSet(base.cbegin(), base.cend());
    const QSet<QString> theirsSet(theirs.cbegin(), theirs.cend());
    QStringList merged;
    for (const QString& target : mine) {
        // Kept unless the member removed a target the fork point had.
        if (!(baseSet.contains(target) && !theirsSet.contains(target)))
            merged << target;
    }
    const QSet<QString> mineSet(mine.cbegin(), mine.cend());
    for (const QString& target : theirs) {
        if (!baseSet.contains(target) && !mineSet.contains(target))
            merged << target; // added by the member
    }
    return merged;
}

QStringList columnsOf(const Record* a, const Record* b, const Record* c)
{
    QStringList columns;
    for (const Record* r : {a, b, c}) {
        if (!r)
            continue;
        for (auto it = r->values.cbegin(); it != r->values.cend(); ++it) {
            if (!columns.contains(it.key()))
                columns << it.key();
        }
    }
    std::sort(columns.begin(), columns.end());
    return columns;
}

bool isTextColumn(RecordKind kind, const QString& column)
{
    for (const FieldInfo& field : RecordKinds::info(kind).fields) {
        if (field.column == column)
            return field.type == FieldType::Text;
    }
    return false;
}

} // namespace

QStringList RecordMergeResult::conflictColumns() const
{
    QStringList columns;
    for (const FieldMerge& field : fields) {
        if (field.conflict)
            columns << field.column;
    }
    return columns;
}

bool RecordMerge::same(const QVariant& a, const QVariant& b)
{
    if (isEmpty(a) || isEmpty(b))
        return isEmpty(a) && isEmpty(b);
    return a == b || a.toString() == b.toString();
}

RecordMergeResult RecordMerge::merge(const std::optional<Record>& base, const std::optional<Record>& mine,
                                     const std::optional<Record>& theirs)
{
    RecordMergeResult result;
    const Record* any = mine ? &*mine : theirs ? &*theirs : base ? &*base : nullptr;
    if (!any)
        return result;
    result.kind = any->kind;
    result.uuid = any->uuid;

    // Created, deleted, or neither, on each side.
    if (!base) {
        if (!theirs)
            return result; // only in the lead's file: nothing to bring over
        if (!mine) {
            result.outcome = RecordMergeResult::Outcome::Insert;
            result.merged = theirs;
            return result;
        }
        // The same uuid created on both sides (a copy merged twice): merge against nothing.
    }
    const auto fieldsDiffer = [](const Record& a, const Record& b) {
        return !(a.parentUuid == b.parentUuid && a.links == b.links
                 && [&] {
                        for (const QString& c : columnsOf(&a, &b, nullptr)) {
                            if (!same(a.values.value(c), b.values.value(c)))
                                return false;
                        }
                        return true;
                    }());
    };
    if (base && (!mine || !theirs)) {
        if (!mine && !theirs)
            return result; // deleted on both sides
        const Record& kept = mine ? *mine : *theirs;
        if (!fieldsDiffer(*base, kept)) {
            // Deleted on one side, unchanged on the other: deleted.
            result.outcome = mine ? RecordMergeResult::Outcome::Remove : RecordMergeResult::Outcome::Unchanged;
            return result;
        }
        result.outcome = RecordMergeResult::Outcome::Conflict;
        result.deletedOnOneSide = true;
        result.deletedInCopy = !theirs;
        for (const QString& column : columnsOf(&*base, &kept, nullptr)) {
            if (same(base->values.value(column), kept.values.value(column)))
                continue;
            FieldMerge field;
            field.column = column;
            field.base = base->values.value(column);
            (mine ? field.mine : field.theirs) = kept.values.value(column);
            result.fields << field;
        }
        return result;
    }

    // Both sides have it: field by field.
    const Record empty{result.kind, result.uuid, {}, {}, {}};
    const Record& b = base ? *base : empty;
    Record merged = *mine;
    bool changedByCopy = false;
    bool conflict = false;
    for (const QString& column : columnsOf(&b, &*mine, &*theirs)) {
        const QVariant vb = b.values.value(column);
        const QVariant vm = mine->values.value(column);
        const QVariant vt = theirs->values.value(column);
        const bool mineChanged = !same(vb, vm);
        const bool theirsChanged = !same(vb, vt);
        if (!mineChanged && !theirsChanged)
            continue;
        FieldMerge field{column, vb, vm, vt, false, vm};
        if (theirsChanged && !mineChanged) {
            field.merged = vt;
            merged.values.insert(column, vt);
            changedByCopy = true;
        } else if (theirsChanged && mineChanged && !same(vm, vt)) {
            field.conflict = true;
            conflict = true;
        }
        result.fields << field;
    }
    if (theirs->parentUuid != b.parentUuid && mine->parentUuid == b.parentUuid) {
        merged.parentUuid = theirs->parentUuid;
        changedByCopy = true;
    }
    QSet<LinkKind> linkKinds;
    for (const auto* r : {&b, &*mine, &*theirs}) {
        for (auto it = r->links.cbegin(); it != r->links.cend(); ++it)
            linkKinds.insert(it.key());
    }
    for (const LinkKind kind : std::as_const(linkKinds)) {
        const QStringList links = mergeLinks(b.links.value(kind), mine->links.value(kind), theirs->links.value(kind));
        const QSet<QString> now(links.cbegin(), links.cend());
        const QStringList& ownList = mine->links.value(kind);
        if (now != QSet<QString>(ownList.cbegin(), ownList.cend()))
            changedByCopy = true;
        if (links.isEmpty())
            merged.links.remove(kind);
        else
            merged.links.insert(kind, links);
    }
    result.merged = merged;
    result.outcome = conflict ? RecordMergeResult::Outcome::Conflict
                     : changedByCopy ? RecordMergeResult::Outcome::Update
                                     : RecordMergeResult::Outcome::Unchanged;
    return result;
}

QString RecordMerge::appendBoth(const QString& mine, const QString& theirs, const QString& theirsAuthor)
{
    if (mine.trimmed().isEmpty())
        return theirs;
    if (theirs.trimmed().isEmpty())
        return mine;
    return mine + QStringLiteral("\n\n") + tr("From %1's copy:").arg(theirsAuthor) + QLatin1Char('\n') + theirs;
}

Result<std::optional<Record>> RecordMerge::resolve(const RecordMergeResult& result,
                                                   const QHash<QString, Choice>& choices,
                                                   const std::optional<Record>& mine,
                                                   const std::optional<Record>& theirs, const QString& theirsAuthor)
{
    if (result.outcome == RecordMergeResult::Outcome::Remove)
        return std::optional<Record>();
    if (result.outcome != RecordMergeResult::Outcome::Conflict)
        return result.merged;
    if (result.deletedOnOneSide) {
        const auto choice = choices.constFind(QString());
        if (choice == choices.cend() || choice.value() == Choice::Both)
            return Error{tr("%1 %2 was deleted on one side and changed on the other: keep it or delete it.")
                             .arg(RecordKinds::info(result.kind).displayName, result.uuid)};
        // Mine: the lead's side (deleted or edited) stands; Theirs: the member's side stands.
        return choice.value() == Choice::Mine ? mine : theirs;
    }
    Record resolved = *result.merged;
    for (const FieldMerge& field : result.fields) {
        if (!field.conflict)
            continue;
        const auto choice = choices.constFind(field.column);
        if (choice == choices.cend())
            return Error{tr("The field %1 of %2 %3 was changed on both sides; choose which value to keep.")
                             .arg(field.column, RecordKinds::info(result.kind).displayName, result.uuid)};
        switch (choice.value()) {
        case Choice::Mine:
            resolved.values.insert(field.column, field.mine);
            break;
        case Choice::Theirs:
            resolved.values.insert(field.column, field.theirs);
            break;
        case Choice::Both:
            if (!isTextColumn(result.kind, field.column))
                return Error{tr("The field %1 is not text: keep one of the two values.").arg(field.column)};
            resolved.values.insert(field.column,
                                   appendBoth(field.mine.toString(), field.theirs.toString(), theirsAuthor));
            break;
        }
    }
    return std::optional<Record>(resolved);
}

} // namespace isoaudit
