// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/MergeSides.h"

#include "team/MergeText.h"

#include <QLocale>

#include <algorithm>

namespace isoaudit {

MergeSides::MergeSides(Purpose purpose, QString member, QString repository)
    : m_purpose(purpose)
    , m_member(std::move(member))
    , m_repository(std::move(repository))
{
}

MergeSides MergeSides::teamCopy(const QString& member)
{
    return MergeSides(Purpose::TeamCopy, member, {});
}

MergeSides MergeSides::push(const QString& repository)
{
    return MergeSides(Purpose::Push, {}, repository);
}

QString MergeSides::names(const QHash<QString, MergeAuthor>& by)
{
    QStringList who;
    for (const MergeAuthor& author : by) {
        if (!author.who.isEmpty() && !who.contains(author.who))
            who << author.who;
    }
    std::sort(who.begin(), who.end());
    return QLocale().createSeparatedList(who);
}

QString MergeSides::windowTitle() const
{
    if (m_purpose == Purpose::Push) {
        return m_repository.isEmpty() ? tr("Push: Merge with the Repository's Version")
                                      : tr("Push to %1: Merge with the Repository's Version").arg(m_repository);
    }
    return tr("Merge %1").arg(MergeText::copyName(m_member));
}

QString MergeSides::summary(const MergePlan& plan) const
{
    const int conflicts = plan.conflictCount();
    const int clean = int(plan.changes.size()) - conflicts - plan.count(RecordMergeResult::Outcome::Unchanged);
    const QString conflictText = conflicts == 1 ? tr("%n conflict to resolve", nullptr, conflicts)
                                                : tr("%n conflicts to resolve", nullptr, conflicts);
    if (m_purpose == Purpose::Push) {
        const QString send
            = clean == 1 ? tr("%n change to send", nullptr, clean) : tr("%n changes to send", nullptr, clean);
        if (conflicts == 0)
            return tr("This file against the repository's version: %1, no conflicts").arg(send);
        return tr("This file against the repository's version: %1, %2").arg(send, conflictText);
    }
    const QString take
        = clean == 1 ? tr("%n change to take", nullptr, clean) : tr("%n changes to take", nullptr, clean);
    if (conflicts == 0)
        return tr("%1: %2, no conflicts").arg(MergeText::copyName(m_member), take);
    return tr("%1: %2, %3").arg(MergeText::copyName(m_member), take, conflictText);
}

QString MergeSides::hint() const
{
    if (m_purpose == Purpose::Push)
        return tr("Changes only one side made are taken as they are. For each conflict choose which version stands: "
                  "the other stays in the history. Alt+M keeps the repository's version, Alt+T takes this file's, "
                  "Alt+B keeps both texts; the arrow keys move through the list.");
    return tr("Changes only one side made are taken as they are. For each conflict choose which version stands: the "
              "other stays in the history. Alt+M keeps mine, Alt+T takes theirs, Alt+B keeps both texts; the arrow "
              "keys move through the list.");
}

QString MergeSides::changeListName() const
{
    return m_purpose == Purpose::Push ? tr("Changes in this file") : tr("Changes in the team member's copy");
}

QString MergeSides::keepAllMine() const
{
    return m_purpose == Purpose::Push ? tr("Keep A&ll the Repository's") : tr("Keep A&ll Mine");
}

QString MergeSides::keepAllMineToolTip() const
{
    return m_purpose == Purpose::Push ? tr("Keep the repository's version of every conflict")
                                      : tr("Keep your file's version of every conflict");
}

QString MergeSides::takeAllTheirs() const
{
    return m_purpose == Purpose::Push ? tr("Take All from T&his File") : tr("Take All T&heirs");
}

QString MergeSides::takeAllTheirsToolTip() const
{
    return m_purpose == Purpose::Push ? tr("Take this file's version of every conflict")
                                      : tr("Take the copy's version of every conflict");
}

QString MergeSides::acceptText() const
{
    return m_purpose == Purpose::Push ? tr("Merge and Push") : tr("Merge");
}

QString MergeSides::acceptToolTip() const
{
    return m_purpose == Purpose::Push ? tr("Merge this file into the repository's version and push it; this file is "
                                           "then replaced by the merged audit")
                                      : tr("Bring the changes into your file as one step (Ctrl+Z takes it back)");
}

QString MergeSides::baseHeader() const
{
    return m_purpose == Purpose::Push ? tr("When last in sync") : tr("At the fork");
}

QString MergeSides::mineHeader() const
{
    return m_purpose == Purpose::Push ? tr("The repository's version") : tr("Mine (your file)");
}

QString MergeSides::theirsHeader() const
{
    return m_purpose == Purpose::Push ? tr("This file") : tr("Theirs (%1)").arg(MergeText::copyName(m_member));
}

QString MergeSides::keepMine() const
{
    return m_purpose == Purpose::Push ? tr("Keep the repository's") : tr("Keep mine");
}

QString MergeSides::takeTheirs() const
{
    return m_purpose == Purpose::Push ? tr("Take this file's") : tr("Take theirs");
}

QString MergeSides::keepBoth() const
{
    return tr("Keep both");
}

QString MergeSides::keepRecord(bool deletedInCopy) const
{
    if (m_purpose == Purpose::Push)
        return deletedInCopy ? tr("Keep the record (the repository's changes)")
                             : tr("Keep the record (this file's changes)");
    const QString who = m_member.isEmpty() ? tr("the team member") : m_member;
    return deletedInCopy ? tr("Keep the record (your changes)") : tr("Keep the record (%1's changes)").arg(who);
}

QString MergeSides::deleteRecord(bool deletedInCopy) const
{
    if (m_purpose == Purpose::Push)
        return deletedInCopy ? tr("Delete it (as this file did)") : tr("Delete it (as the repository's version did)");
    const QString who = m_member.isEmpty() ? tr("the team member") : m_member;
    return deletedInCopy ? tr("Delete it (as %1 did)").arg(who) : tr("Delete it (as you did)");
}

QString MergeSides::description(const MergeChange& change) const
{
    const RecordMergeResult& result = change.result;
    if (m_purpose == Purpose::Push) {
        // The repository's side is "mine" in a push's plan: its authors are in mineBy, this file's in theirsBy.
        const QString server = names(change.mineBy);
        const QString local = names(change.theirsBy);
        switch (result.outcome) {
        case RecordMergeResult::Outcome::Insert:
            return tr("This file added this record. The push adds it to the repository.");
        case RecordMergeResult::Outcome::Update:
            return tr("This file changed this record. The changes below are sent to the repository.");
        case RecordMergeResult::Outcome::Remove:
            return tr("This file deleted this record, which nobody changed in the repository. It is deleted there "
                      "too; the history keeps it.");
        case RecordMergeResult::Outcome::Conflict:
            if (result.deletedOnOneSide) {
                if (result.deletedInCopy)
                    return server.isEmpty()
                        ? tr("This file deleted this record; the repository's version changed it. Keep it or delete "
                             "it.")
                        : tr("This file deleted this record; %1 changed it in the repository's version. Keep it or "
                             "delete it.")
                              .arg(server);
                return server.isEmpty()
                    ? tr("The repository's version deleted this record; this file changed it. Keep it or delete it.")
                    : tr("%1 deleted this record in the repository's version; this file changed it. Keep it or "
                         "delete it.")
                          .arg(server);
            }
            if (!server.isEmpty() && !local.isEmpty())
                return tr("This file (changed by %1) and the repository's version (changed by %2) both changed this "
                          "record. Choose for each field below; the version not taken stays in the history.")
                    .arg(local, server);
            return tr("This file and the repository's version both changed this record. Choose for each field below; "
                      "the version not taken stays in the history.");
        case RecordMergeResult::Outcome::Unchanged:
            break;
        }
        return tr("Nothing to send.");
    }
    const QString who = m_member.isEmpty() ? tr("The team member") : m_member;
    switch (result.outcome) {
    case RecordMergeResult::Outcome::Insert:
        return tr("%1 added this record. It is added to your file.").arg(who);
    case RecordMergeResult::Outcome::Update:
        return tr("%1 changed this record. The changes below are taken.").arg(who);
    case RecordMergeResult::Outcome::Remove:
        return tr("%1 deleted this record, which nobody changed in your file. It is deleted here too; the history "
                  "keeps it.")
            .arg(who);
    case RecordMergeResult::Outcome::Conflict:
        if (result.deletedOnOneSide) {
            return result.deletedInCopy ? tr("%1 deleted this record; you changed it. Keep it or delete it.").arg(who)
                                        : tr("You deleted this record; %1 changed it. Keep it or delete it.").arg(who);
        }
        return tr("You and %1 both changed this record. Choose for each field below; the version not taken stays "
                  "in the history.")
            .arg(who);
    case RecordMergeResult::Outcome::Unchanged:
        break;
    }
    return tr("Nothing to bring over.");
}

QString MergeSides::takenTitle(bool besideConflict) const
{
    if (m_purpose == Purpose::Push)
        return besideConflict ? tr("Also taken from this file, without a conflict") : tr("Taken from this file");
    const QString copy = MergeText::copyName(m_member);
    return besideConflict ? tr("Also taken from %1, without a conflict").arg(copy) : tr("Taken from %1").arg(copy);
}

QString MergeSides::nowHeader() const
{
    return m_purpose == Purpose::Push ? tr("Now in the repository") : tr("Now in your file");
}

QString MergeSides::recordAsItIsTitle() const
{
    return m_purpose == Purpose::Push ? tr("The record as it is in the repository")
                                      : tr("The record as it is in your file");
}

} // namespace isoaudit
